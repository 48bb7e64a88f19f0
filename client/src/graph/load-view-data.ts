/** Loads what the view state asks for (the focused network, the path, the sizes) and says how it went, in a status line and a note. */
import type { Client } from "@urql/core";
import { genitive, t } from "../i18n/i18n.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { changeViewMode, showMorePartners } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import type { Drawing } from "./create-drawing.js";
import type { ExplorerGraph, NetworkData } from "./explorer-graph.js";
import type { Highlight } from "./highlight.js";
import type { LayoutCamera } from "./layout-camera.js";
import { loadCentrality, loadPaths } from "./load-network.js";
import { loadViewNetwork, type ViewNetwork } from "./load-view-network.js";
import { markChanges } from "./mark-changes.js";

/** Ties that began and ended at the last move of the year slider. */
export interface YearChanges {
  fromYear: number | null;
  began: number;
  ended: number;
}

export interface ViewLoader {
  /** Loads the focused actors' network and draws it; `centre` is where the camera goes once it is laid out. */
  reloadBase(state: ViewState, centre: string | null, previous?: ViewState | null): Promise<void>;
  /** Loads the paths the state asks for and draws them over the network. */
  reloadPath(state: ViewState): Promise<void>;
  /** Loads the centrality the nodes are sized by, if any. */
  reloadSizes(state: ViewState): Promise<void>;
  /** How each focused actor is drawn now: with its partner organisations or its projects and ties. */
  modes(): Map<string, "organisations" | "network">;
  /** Ties that began and ended at the last move of the year slider, or null when it has not moved. */
  changes(): YearChanges | null;
  /** Writes the note (what the drawing leaves out, what changed) again, in the current language. */
  writeNote(): void;
}

/**
 * The loading of one view. Only the answer to the latest request of each kind is drawn: an older
 * one that arrives late is dropped.
 */
export function createViewLoader(
  client: Client,
  store: Store<ViewState>,
  parts: { graph: ExplorerGraph; highlight: Highlight; drawing: Drawing; layout: LayoutCamera },
  messages: { status: HTMLElement; note: HTMLElement },
): ViewLoader {
  const { graph, highlight, drawing, layout } = parts;
  const { status, note } = messages;
  const requests = { base: 0, path: 0, sizes: 0 };
  let loaded: ViewNetwork | null = null;
  let yearChanges: YearChanges | null = null;

  async function reloadBase(state: ViewState, centre: string | null, previous: ViewState | null = null) {
    const request = ++requests.base;
    if (state.focus.length === 0) {
      loaded = null;
      drawing.setBase({ nodes: [], edges: [] });
      replaceChildren(status); // the first visit's introduction says what to do
      replaceChildren(note);
      return;
    }
    replaceChildren(status, loadingMessage(t("graph.loading")));
    const yearMoved =
      previous !== null &&
      previous.filter.asOfYear !== state.filter.asOfYear &&
      previous.focus === state.focus &&
      drawing.base().nodes.length > 0;
    try {
      // Another year keeps the view as it is: an actor drawn with its partners is not redrawn with
      // its projects because it had fewer of them then.
      const next = await loadViewNetwork(client, state, yearMoved ? loaded?.modes : undefined);
      if (request !== requests.base) return;
      let network = next.network;
      if (yearMoved) {
        const marked = markChanges(drawing.base(), next.network);
        network = marked.network;
        yearChanges = { fromYear: previous.filter.asOfYear, began: marked.began, ended: marked.ended };
      } else {
        yearChanges = null;
      }
      loaded = next;
      if (centre) layout.aimWhenSettled({ node: centre });
      drawing.setBase(network, yearMoved);
      replaceChildren(status, next.network.nodes.length === 0 ? emptyMessage(t("graph.nothingMatches")) : null);
      writeNote();
      if (next.withEvidence) await addSharedEvidence(request, next.withEvidence);
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

  /**
   * Gives the drawn partners' ties the evidence of what they share, which follows the drawing:
   * the ties keep their places and marks; a tie's panel open meanwhile shows it when it comes.
   */
  async function addSharedEvidence(request: number, withEvidence: () => Promise<NetworkData>) {
    let evidence: NetworkData;
    try {
      evidence = await withEvidence();
    } catch (error) {
      if (request !== requests.base) return;
      replaceChildren(
        status,
        errorMessage(t("graph.evidenceFailed", { reason: (error as Error).message }), () =>
          addSharedEvidence(request, withEvidence),
        ),
      );
      return;
    }
    if (request !== requests.base) return;
    const byId = new Map(evidence.edges.map((edge) => [edge.id, edge]));
    const base = drawing.base();
    const edges = base.edges.map((edge) => {
      const full = byId.get(edge.id);
      return edge.sharedPending && full?.shared ? { ...edge, shared: full.shared, sharedPending: false } : edge;
    });
    drawing.setBase({ ...base, edges }, true);
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
    if (highlight.pathNodes.size > 0) layout.aimWhenSettled({ nodes: [...highlight.pathNodes] });
    const before = graph.order;
    drawing.setOverlay("path", paths);
    if (graph.order === before) layout.moveCamera();
  }

  async function reloadSizes(state: ViewState) {
    const request = ++requests.sizes;
    let scores: Map<string, number> | null = null;
    if (state.sizeBy !== "degree") {
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
        replaceChildren(note, h("p", {}, t("graph.centralityFailed", { reason: (error as Error).message })));
      }
    }
    drawing.setScores(scores);
  }

  return {
    reloadBase,
    reloadPath,
    reloadSizes,
    modes: () => new Map(loaded?.modes ?? []),
    changes: () => yearChanges,
    writeNote,
  };
}
