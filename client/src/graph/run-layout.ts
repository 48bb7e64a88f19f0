import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import type { ExplorerGraph } from "./explorer-graph.js";

/**
 * Runs ForceAtlas2 in a web worker for a while, then stops it; returns the function that stops it
 * early. `onStop` runs once, either way.
 *
 * @remarks
 * The worker keeps the page responsive while the layout runs; stopping after a few seconds keeps
 * the picture still once it is readable (a person can drag nodes after that). Nodes with
 * `fixed: true` (pinned or dragged) stay where they are.
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
  const durationMs = options.durationMs ?? Math.min(5000, 2500 + 5 * graph.order);
  const layout = new FA2LayoutSupervisor(graph, {
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false, barnesHutOptimize: graph.order > 300 },
  });
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
