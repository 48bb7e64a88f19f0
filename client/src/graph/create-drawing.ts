/** What the canvas holds: the loaded network with the overlays over it, the nodes' sizes, and the view state's highlight. */
import type { ViewState } from "../state/view-state.js";
import { sizeForDegree, sizeForScore } from "./appearance.js";
import type { GraphRenderer } from "./create-renderer.js";
import type { ExplorerGraph, NetworkData } from "./explorer-graph.js";
import { countVisible, type Highlight } from "./highlight.js";
import type { LayoutCamera } from "./layout-camera.js";
import { combineNetworks, syncGraph } from "./merge-network.js";

export interface Drawing {
  /** The network loaded for the focused actors, drawn with the overlays; with `keepPlaces`, nodes already drawn stay put. */
  setBase(network: NetworkData, keepPlaces?: boolean): void;
  base(): NetworkData;
  /** Draws networks over the base under a name (a path, a warm path); an empty list removes them. */
  setOverlay(name: string, networks: NetworkData[]): void;
  /** Sizes the nodes by these scores (centrality), or by their degree when null. */
  setScores(scores: Map<string, number> | null): void;
  /** Applies the view state's selection, hidden and pinned nodes, and reports the visible counts. */
  applyViewState(state: ViewState): void;
  /** Calls `listener` after the drawn nodes changed. */
  onChange(listener: () => void): () => void;
  kill(): void;
}

/**
 * The drawing of one view. It reports the visible counts through `counts` and reads the view state
 * it applies after each change from `currentState`.
 */
export function createDrawing(
  parts: { graph: ExplorerGraph; renderer: GraphRenderer; highlight: Highlight; layout: LayoutCamera },
  currentState: () => ViewState,
  counts: (nodes: number, edges: number) => void,
): Drawing {
  const { graph, renderer, highlight, layout } = parts;
  const listeners = new Set<() => void>();
  const overlays = new Map<string, NetworkData[]>();
  let base: NetworkData = { nodes: [], edges: [] };
  let scores: Map<string, number> | null = null;

  function applySizes() {
    const maxScore = scores ? Math.max(0, ...scores.values()) : 0;
    graph.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      size: scores ? sizeForScore(scores.get(node) ?? 0, maxScore) : sizeForDegree(attributes.degree),
    }));
  }

  function applyViewState(state: ViewState) {
    highlight.selected = state.selected;
    highlight.selectedEdge = state.edge;
    highlight.hidden = new Set(state.hidden);
    highlight.pinned = new Set(state.pinned);
    highlight.focus = new Set(state.focus);
    graph.forEachNode((node, attributes) => {
      const fixed = highlight.pinned.has(node);
      if (Boolean(attributes.fixed) !== fixed) graph.setNodeAttribute(node, "fixed", fixed);
    });
    const visible = countVisible(graph, highlight);
    counts(visible.nodes, visible.edges);
    renderer.refresh();
  }

  /**
   * Makes the drawing hold the base and the overlays. When only the year changed, nodes already
   * drawn keep their places and only new ones are laid out around them.
   */
  function redraw(keepPlaces = false) {
    // Nodes that keep their places keep them on screen: the scale holds until a new layout.
    if (keepPlaces && graph.order > 0) renderer.holdScale();
    const { added } = syncGraph(graph, combineNetworks([base, ...[...overlays.values()].flat()]));
    applySizes();
    if (added.length > 0 && !keepPlaces) renderer.releaseScale();
    // Laid out before it is drawn: a small graph's layout runs at once, so its first frame is the settled one.
    // Nodes added around the kept ones may be laid out beyond the screen: then the camera shows them all.
    if (added.length > 0 && keepPlaces) layout.revealWhenSettled(added);
    if (added.length > 0) layout.relayout(keepPlaces ? new Set(added) : null);
    applyViewState(currentState());
    for (const listener of listeners) listener();
  }

  return {
    setBase(network, keepPlaces = false) {
      base = network;
      redraw(keepPlaces);
    },
    base: () => base,
    setOverlay(name, networks) {
      if (networks.length === 0) overlays.delete(name);
      else overlays.set(name, networks);
      redraw();
    },
    setScores(next) {
      scores = next;
      applySizes();
    },
    applyViewState,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill: () => listeners.clear(),
  };
}
