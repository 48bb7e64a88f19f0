import type { Client } from "@urql/core";
import { graphql } from "../generated/gql.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { expand, select } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { sizeForDegree, sizeForScore } from "./appearance.js";
import { createRenderer, type GraphRenderer } from "./create-renderer.js";
import { createExplorerGraph, type ExplorerGraph, type NetworkData } from "./explorer-graph.js";
import { countVisible, createHighlight } from "./highlight.js";
import { loadCentrality, loadNeighbourhoods, loadPaths } from "./load-network.js";
import { combineNetworks, syncGraph } from "./merge-network.js";
import { createMetricsReporter } from "./report-metrics.js";
import { runLayout } from "./run-layout.js";
import { t } from "../i18n/i18n.js";

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
  /** Writes the view's messages again, in the language just chosen. */
  refreshWords(): void;
  /** Calls `listener` after the drawn nodes changed. */
  onChange(listener: () => void): () => void;
  kill(): void;
}

/**
 * The network view: keeps the drawn graph in step with the view state (the focused
 * neighbourhoods, the filters, the path, the sizes) and reports what it shows.
 */
export function mountGraphView(elements: GraphViewElements, client: Client, store: Store<ViewState>): GraphView {
  const graph = createExplorerGraph();
  const highlight = createHighlight();
  const metrics = createMetricsReporter(elements);
  const listeners = new Set<() => void>();
  const overlays = new Map<string, NetworkData[]>();
  let base: NetworkData = { nodes: [], edges: [] };
  let scores: Map<string, number> | null = null;
  let centreWhenSettled: string | null = null;
  let stopLayout = () => {};
  const requests = { base: 0, path: 0, sizes: 0 };

  const renderer = createRenderer(elements.canvas, graph, highlight, {
    clickNode: (node) => store.update(select(node)),
    doubleClickNode: (node) => store.update((state) => select(node)(expand(node)(state))),
    clickStage: () => store.update(select(null)),
    afterRender: () => metrics.drawn(),
  });

  const status = h("div", { class: "graph-status-message" });
  const note = h("p", { class: "graph-note", role: "status" });
  replaceChildren(elements.status, status, note);

  function redraw() {
    const { added } = syncGraph(graph, combineNetworks([base, ...[...overlays.values()].flat()]));
    applyViewState(store.get());
    applySizes();
    if (added.length > 0) relayout();
    for (const listener of listeners) listener();
  }

  function applyViewState(state: ViewState) {
    highlight.selected = state.selected;
    highlight.hidden = new Set(state.hidden);
    highlight.pinned = new Set(state.pinned);
    highlight.focus = new Set(state.focus);
    graph.forEachNode((node, attributes) => {
      const fixed = highlight.pinned.has(node);
      if (Boolean(attributes.fixed) !== fixed) graph.setNodeAttribute(node, "fixed", fixed);
    });
    const { nodes, edges } = countVisible(graph, highlight);
    metrics.counts(nodes, edges);
    renderer.refresh();
  }

  function applySizes() {
    const maxScore = scores ? Math.max(0, ...scores.values()) : 0;
    graph.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      size: scores ? sizeForScore(scores.get(node) ?? 0, maxScore) : sizeForDegree(attributes.degree),
    }));
  }

  function relayout() {
    stopLayout();
    document.body.dataset.layout = "running";
    stopLayout = runLayout(graph, {
      onStop: () => {
        document.body.dataset.layout = "idle";
        if (centreWhenSettled && graph.hasNode(centreWhenSettled)) renderer.centreOn(centreWhenSettled);
        centreWhenSettled = null;
      },
    });
  }

  async function reloadBase(state: ViewState, centre: string | null) {
    const request = ++requests.base;
    if (state.focus.length === 0) {
      base = { nodes: [], edges: [] };
      redraw();
      replaceChildren(status, state.path ? null : emptyMessage(t("graph.empty")));
      return;
    }
    replaceChildren(status, loadingMessage(t("graph.loading")));
    try {
      const loaded = await loadNeighbourhoods(client, state.focus, toNetworkFilter(state.filter));
      if (request !== requests.base) return;
      base = loaded.network;
      centreWhenSettled = centre;
      redraw();
      replaceChildren(status, loaded.network.nodes.length === 0 ? emptyMessage(t("graph.nothingMatches")) : null);
      note.textContent = loaded.omittedNodes > 0 ? t("graph.omitted", { count: loaded.omittedNodes }) : "";
    } catch (error) {
      if (request !== requests.base) return;
      replaceChildren(
        status,
        errorMessage(
          t("graph.loadFailed", { reason: (error as Error).message }),
          () => void reloadBase(store.get(), centre),
        ),
      );
    }
  }

  async function reloadPath(state: ViewState) {
    const request = ++requests.path;
    let paths: NetworkData[] = [];
    if (state.path) {
      try {
        paths = await loadPaths(client, state.path.from, state.path.to, toNetworkFilter(state.filter));
      } catch {
        paths = []; // the paths panel says why
      }
      if (request !== requests.path) return;
    }
    highlight.pathNodes = new Set(paths.flatMap((path) => path.nodes.map((node) => node.id)));
    highlight.pathEdges = new Set(paths.flatMap((path) => path.edges.map((edge) => edge.id)));
    overlays.set("path", paths);
    redraw();
  }

  async function reloadSizes(state: ViewState) {
    const request = ++requests.sizes;
    if (state.sizeBy === "degree") {
      scores = null;
    } else {
      try {
        const measured = await loadCentrality(
          client,
          state.sizeBy === "pagerank" ? "PAGERANK" : "BETWEENNESS",
          toNetworkFilter(state.filter),
        );
        if (request !== requests.sizes) return;
        scores = measured;
      } catch (error) {
        if (request !== requests.sizes) return;
        scores = null;
        note.textContent = t("graph.centralityFailed", { reason: (error as Error).message });
      }
    }
    applySizes();
  }

  const unsubscribe = store.subscribe((next, previous) => {
    const filterChanged = next.filter !== previous.filter;
    if (filterChanged || next.focus !== previous.focus) {
      const newest = next.focus.find((id) => !previous.focus.includes(id)) ?? null;
      void reloadBase(next, next.selected && newest === next.selected ? newest : null);
    }
    if (filterChanged || next.path !== previous.path) void reloadPath(next);
    if (filterChanged || next.sizeBy !== previous.sizeBy) void reloadSizes(next);
    applyViewState(next);
  });

  const initial = store.get();
  void reloadBase(initial, initial.selected);
  if (initial.path) void reloadPath(initial);
  if (initial.sizeBy !== "degree") void reloadSizes(initial);

  return {
    graph,
    renderer,
    showOverlay(name, networks) {
      if (networks.length === 0) overlays.delete(name);
      else overlays.set(name, networks);
      redraw();
    },
    refreshWords() {
      void reloadBase(store.get(), null);
      renderer.refresh();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    kill() {
      unsubscribe();
      stopLayout();
      renderer.kill();
      listeners.clear();
    },
  };
}
