import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { ExplorerGraph } from "./explorer-graph.js";

/** Up to this many nodes the layout runs at once, in the page: settled in one frame, the same each time. */
export const syncLayoutNodes = 600;

/**
 * Lays the graph out with ForceAtlas2 and returns the function that stops it early; `onStop`
 * runs once, either way. Nodes with `fixed: true` (pinned, dragged, or kept from the year before)
 * stay where they are.
 *
 * @remarks
 * A graph of up to `syncLayoutNodes` nodes is laid out at once (a few hundred iterations take tens
 * of milliseconds), so it appears settled. A larger one runs in a web worker for a few seconds,
 * which keeps the page responsive; stopping then keeps the picture still once it is readable.
 */
export function runLayout(
  graph: ExplorerGraph,
  options: { durationMs?: number; onStop?: () => void } = {},
): () => void {
  const onStop = options.onStop ?? (() => {});
  if (graph.order < 2) {
    onStop();
    return () => {};
  }
  const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 300 };
  if (graph.order <= syncLayoutNodes && options.durationMs === undefined) {
    const iterations = Math.max(60, Math.min(400, Math.round(60000 / graph.order)));
    forceAtlas2.assign(graph, { iterations, settings });
    // Let the caller finish its own work (the highlight, the counts) before it hears the layout stopped.
    const timer = setTimeout(onStop, 0);
    return () => clearTimeout(timer);
  }
  const durationMs = options.durationMs ?? Math.min(5000, 2500 + 5 * graph.order);
  const layout = new FA2LayoutSupervisor(graph, { settings });
  layout.start();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    layout.kill();
    onStop();
  };
  const timer = setTimeout(stop, durationMs);
  return stop;
}
