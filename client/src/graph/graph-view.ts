/** The network view: the parts below put together and fed by the view state (graph, layout and camera, drawing, loading). */
import type { Client } from "@urql/core";
import { graphql } from "../generated/gql.js";
import type { Store } from "../state/store.js";
import { expand, select, selectEdge } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { createDrawing } from "./create-drawing.js";
import { createRenderer, type GraphRenderer } from "./create-renderer.js";
import { createExplorerGraph, type ExplorerGraph, type NetworkData } from "./explorer-graph.js";
import { createHighlight } from "./highlight.js";
import { createLayoutCamera } from "./layout-camera.js";
import { createViewLoader, type YearChanges } from "./load-view-data.js";
import { createMetricsReporter } from "./report-metrics.js";

export const GraphView_network = graphql(`
  fragment GraphView_network on Network {
    nodes {
      id
      label
      type
      kind
      degree
    }
    edges {
      id
      source
      target
      type
      since
      until
      datePrecision
      status
      confidence
      weight
      evidence {
        ...EvidenceList_evidence
      }
    }
    truncated {
      truncated
      omittedNodes
      omittedEdges
    }
  }
`);

export interface GraphViewElements {
  canvas: HTMLElement;
  status: HTMLElement;
  nodeCount: HTMLOutputElement;
  edgeCount: HTMLOutputElement;
  onCounts?: (nodeCount: number, edgeCount: number) => void;
}

export interface GraphView {
  graph: ExplorerGraph;
  renderer: GraphRenderer;
  /** Draws networks over the focused neighbourhoods under a name (a partner's warm path); an empty list removes them. */
  showOverlay(name: string, networks: NetworkData[]): void;
  /** How each focused actor is drawn now: with its partner organisations or its projects and ties. */
  modes(): Map<string, "organisations" | "network">;
  /** Ties that began and ended at the last move of the year slider, or null when it has not moved. */
  changes(): YearChanges | null;
  /** Resolves once the network asked for last is drawn (or failed to load): the year slider's play waits for it. */
  whenDrawn(): Promise<void>;
  /** Writes the view's messages again, in the language just chosen. */
  refreshWords(): void;
  /** Calls `listener` after the drawn nodes changed. */
  onChange(listener: () => void): () => void;
  kill(): void;
}

/**
 * The network view: keeps the drawn graph in step with the view state (the focused actors drawn
 * with their partners or their neighbourhoods, the filters, the path, the sizes) and reports what
 * it shows. Set up in steps, as sigma's examples are: the graph and its renderer, the layout and
 * camera, the drawing (state), the loading, and the store's changes feeding them.
 */
export function mountGraphView(elements: GraphViewElements, client: Client, store: Store<ViewState>): GraphView {
  // 1. The graph, what is emphasised in it, and the renderer that draws it.
  const graph = createExplorerGraph();
  const highlight = createHighlight();
  const metrics = createMetricsReporter(elements);
  const renderer = createRenderer(elements.canvas, graph, highlight, {
    clickNode: (node) => store.update(select(node)),
    doubleClickNode: (node) => store.update((state) => select(node)(expand(node)(state))),
    clickEdge: (edge) => store.update(selectEdge(edge)),
    clickStage: () => store.update((state) => selectEdge(null)(select(null)(state))),
    afterRender: () => metrics.drawn(),
  });
  // For tests and measurements: where a node is drawn, so that a click can aim at it or at a tie.
  window.__samverkanViewport = (node) =>
    graph.hasNode(node) ? renderer.sigma.graphToViewport(graph.getNodeAttributes(node)) : null;
  window.__samverkanLayout = (node) => {
    if (!graph.hasNode(node)) return null;
    const { x, y } = graph.getNodeAttributes(node);
    return { x, y };
  };

  // 2. The layout and the camera, the drawing, and the loading that feeds it.
  const layout = createLayoutCamera(graph, renderer, highlight, () => metrics.settled());
  const drawing = createDrawing({ graph, renderer, highlight, layout }, store.get, (nodes, edges) =>
    metrics.counts(nodes, edges),
  );
  const status = h("div", { class: "graph-status-message" });
  const note = h("div", { class: "graph-note", role: "status", "data-testid": "graph-note" });
  replaceChildren(elements.status, status, note);
  const loader = createViewLoader(client, store, { graph, highlight, drawing, layout }, { status, note });

  // 3. What the view state asks for, loaded and drawn as it changes.
  let drawn: Promise<void> = Promise.resolve();
  const unsubscribe = store.subscribe((next, previous) => {
    const filterChanged = next.filter !== previous.filter;
    const viewChanged =
      next.view !== previous.view ||
      next.minStrength !== previous.minStrength ||
      next.partnerCount !== previous.partnerCount;
    if (filterChanged || viewChanged || next.focus !== previous.focus) {
      const newest = next.focus.find((id) => !previous.focus.includes(id)) ?? null;
      drawn = loader.reloadBase(next, next.selected && newest === next.selected ? newest : null, previous);
    }
    if (filterChanged || next.path !== previous.path) void loader.reloadPath(next);
    if (filterChanged || next.sizeBy !== previous.sizeBy) void loader.reloadSizes(next);
    drawing.applyViewState(next);
  });
  const initial = store.get();
  drawn = loader.reloadBase(initial, initial.selected);
  if (initial.path) void loader.reloadPath(initial);
  if (initial.sizeBy !== "degree") void loader.reloadSizes(initial);

  return {
    graph,
    renderer,
    showOverlay: (name, networks) => drawing.setOverlay(name, networks),
    modes: loader.modes,
    async whenDrawn() {
      let awaited: Promise<void>;
      do {
        awaited = drawn;
        await awaited;
      } while (awaited !== drawn);
    },
    changes: loader.changes,
    refreshWords() {
      loader.writeNote();
      renderer.refresh();
    },
    onChange: (listener) => drawing.onChange(listener),
    kill() {
      unsubscribe();
      layout.stop();
      renderer.kill();
      drawing.kill();
    },
  };
}
