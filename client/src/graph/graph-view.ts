import type { Client } from "@urql/core";
import { graphql } from "../generated/gql.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { changeViewMode, expand, select, selectEdge, showMorePartners } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { sizeForDegree, sizeForScore } from "./appearance.js";
import { createRenderer, type GraphRenderer } from "./create-renderer.js";
import { createExplorerGraph, type ExplorerGraph, type NetworkData } from "./explorer-graph.js";
import { countVisible, createHighlight } from "./highlight.js";
import { loadCentrality, loadPaths } from "./load-network.js";
import { loadViewNetwork, type ViewNetwork } from "./load-view-network.js";
import { markChanges } from "./mark-changes.js";
import { combineNetworks, syncGraph } from "./merge-network.js";
import { createMetricsReporter } from "./report-metrics.js";
import { runLayout } from "./run-layout.js";
import { genitive, t } from "../i18n/i18n.js";

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
  changes(): { fromYear: number | null; began: number; ended: number } | null;
  /** Resolves once the network asked for last is drawn (or failed to load): the year slider's play waits for it. */
  whenDrawn(): Promise<void>;
  /** Writes the view's messages again, in the language just chosen. */
  refreshWords(): void;
  /** Calls `listener` after the drawn nodes changed. */
  onChange(listener: () => void): () => void;
  kill(): void;
}

type CameraTarget = { node: string } | { nodes: string[] } | null;

/**
 * The network view: keeps the drawn graph in step with the view state (the focused actors drawn
 * with their partners or their neighbourhoods, the filters, the path, the sizes) and reports what
 * it shows.
 */
export function mountGraphView(elements: GraphViewElements, client: Client, store: Store<ViewState>): GraphView {
  const graph = createExplorerGraph();
  const highlight = createHighlight();
  const metrics = createMetricsReporter(elements);
  const listeners = new Set<() => void>();
  const overlays = new Map<string, NetworkData[]>();
  let base: NetworkData = { nodes: [], edges: [] };
  let loaded: ViewNetwork | null = null;
  let yearChanges: { fromYear: number | null; began: number; ended: number } | null = null;
  let scores: Map<string, number> | null = null;
  let cameraWhenSettled: CameraTarget = null;
  let stopLayout = () => {};
  const requests = { base: 0, path: 0, sizes: 0 };
  let drawing: Promise<void> = Promise.resolve();

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

  const status = h("div", { class: "graph-status-message" });
  const note = h("div", { class: "graph-note", role: "status", "data-testid": "graph-note" });
  replaceChildren(elements.status, status, note);

  /**
   * Makes the drawing hold the base and the overlays. When only the year changed, nodes already
   * drawn keep their places and only new ones are laid out around them.
   */
  function redraw(keepPlaces = false) {
    const { added } = syncGraph(graph, combineNetworks([base, ...[...overlays.values()].flat()]));
    applySizes();
    // Laid out before it is drawn: a small graph's layout runs at once, so its first frame is the settled one.
    if (added.length > 0) relayout(keepPlaces ? new Set(added) : null);
    applyViewState(store.get());
    for (const listener of listeners) listener();
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

  /** Lays the graph out; with `onlyThese`, every other node stays where it is. */
  function relayout(onlyThese: Set<string> | null) {
    stopLayout();
    document.body.dataset.layout = "running";
    const held = onlyThese ? graph.filterNodes((node, attributes) => !onlyThese.has(node) && !attributes.fixed) : [];
    for (const node of held) graph.setNodeAttribute(node, "fixed", true);
    stopLayout = runLayout(graph, {
      onStop: () => {
        for (const node of held)
          if (graph.hasNode(node) && !highlight.pinned.has(node)) graph.setNodeAttribute(node, "fixed", false);
        document.body.dataset.layout = "idle";
        moveCamera();
        metrics.settled();
      },
    });
  }

  function moveCamera() {
    const target = cameraWhenSettled;
    cameraWhenSettled = null;
    if (!target) return;
    if ("node" in target) {
      if (graph.hasNode(target.node)) renderer.centreOn(target.node);
    } else {
      renderer.fitNodes(target.nodes.filter((node) => graph.hasNode(node)));
    }
  }

  async function reloadBase(state: ViewState, centre: string | null, previous: ViewState | null = null) {
    const request = ++requests.base;
    if (state.focus.length === 0) {
      base = { nodes: [], edges: [] };
      loaded = null;
      redraw();
      replaceChildren(status); // the first visit's introduction says what to do
      replaceChildren(note);
      return;
    }
    replaceChildren(status, loadingMessage(t("graph.loading")));
    const yearMoved =
      previous !== null &&
      previous.filter.asOfYear !== state.filter.asOfYear &&
      previous.focus === state.focus &&
      base.nodes.length > 0;
    try {
      // Another year keeps the view as it is: an actor drawn with its partners is not redrawn with
      // its projects because it had fewer of them then.
      const next = await loadViewNetwork(client, state, yearMoved ? loaded?.modes : undefined);
      if (request !== requests.base) return;
      if (yearMoved) {
        const marked = markChanges(base, next.network);
        base = marked.network;
        yearChanges = { fromYear: previous.filter.asOfYear, began: marked.began, ended: marked.ended };
      } else {
        base = next.network;
        yearChanges = null;
      }
      loaded = next;
      if (centre) cameraWhenSettled = { node: centre };
      redraw(yearMoved);
      replaceChildren(status, next.network.nodes.length === 0 ? emptyMessage(t("graph.nothingMatches")) : null);
      writeNote();
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

  /** What the drawing leaves out and how to see more; what changed since the last year shown. */
  function writeNote() {
    const state = store.get();
    const lines: (HTMLElement | null)[] = [];
    if (loaded?.partners) {
      const organisationFocus = [...loaded.modes].filter(([, mode]) => mode === "organisations").map(([id]) => id);
      lines.push(
        h(
          "p",
          { class: "graph-note-line" },
          t("view.shown", { shown: loaded.partners.drawn }),
          " ",
          loaded.partners.more > 0
            ? h(
                "button",
                { type: "button", "data-testid": "show-more-partners", onclick: () => store.update(showMorePartners) },
                t("view.showMore", { count: loaded.partners.more }),
              )
            : null,
          " ",
          organisationFocus.length === 1
            ? h(
                "button",
                {
                  type: "button",
                  class: "link-button",
                  "data-testid": "show-projects",
                  onclick: () => store.update(changeViewMode("network")),
                },
                t("view.projectsLink", {
                  owner: genitive(
                    graph.hasNode(organisationFocus[0])
                      ? graph.getNodeAttribute(organisationFocus[0], "label")
                      : organisationFocus[0],
                  ),
                }),
              )
            : null,
        ),
      );
    }
    if (loaded && loaded.omittedNodes > 0) {
      lines.push(
        h(
          "p",
          { class: "graph-note-line" },
          t("graph.omitted", { count: loaded.omittedNodes }),
          " ",
          state.view !== "organisations"
            ? h(
                "button",
                {
                  type: "button",
                  "data-testid": "show-organisations",
                  onclick: () => store.update(changeViewMode("organisations")),
                },
                t("graph.showOrganisations"),
              )
            : null,
        ),
      );
    }
    if (yearChanges) {
      const words = {
        began: t("changes.began", { count: yearChanges.began }),
        ended: t("changes.ended", { count: yearChanges.ended }),
      };
      lines.push(
        h(
          "p",
          { class: "graph-note-line graph-changes", "data-testid": "year-changes" },
          yearChanges.fromYear === null
            ? t("changes.sinceAll", words)
            : t("changes.since", { ...words, year: yearChanges.fromYear }),
        ),
      );
    }
    replaceChildren(note, lines);
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
    if (highlight.pathNodes.size > 0) cameraWhenSettled = { nodes: [...highlight.pathNodes] };
    const before = graph.order;
    redraw();
    if (graph.order === before) moveCamera();
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
        replaceChildren(note, h("p", {}, t("graph.centralityFailed", { reason: (error as Error).message })));
      }
    }
    applySizes();
  }

  const unsubscribe = store.subscribe((next, previous) => {
    const filterChanged = next.filter !== previous.filter;
    const viewChanged =
      next.view !== previous.view ||
      next.minStrength !== previous.minStrength ||
      next.partnerCount !== previous.partnerCount;
    if (filterChanged || viewChanged || next.focus !== previous.focus) {
      const newest = next.focus.find((id) => !previous.focus.includes(id)) ?? null;
      drawing = reloadBase(next, next.selected && newest === next.selected ? newest : null, previous);
    }
    if (filterChanged || next.path !== previous.path) void reloadPath(next);
    if (filterChanged || next.sizeBy !== previous.sizeBy) void reloadSizes(next);
    applyViewState(next);
  });

  const initial = store.get();
  drawing = reloadBase(initial, initial.selected);
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
    modes: () => new Map(loaded?.modes ?? []),
    async whenDrawn() {
      let awaited: Promise<void>;
      do {
        awaited = drawing;
        await awaited;
      } while (awaited !== drawing);
    },
    changes: () => yearChanges,
    refreshWords() {
      writeNote();
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
