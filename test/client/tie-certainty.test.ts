import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dashedEdgeType, edgeColour, unstatedEdgeColour } from "../../client/src/graph/appearance.js";
import { createExplorerGraph, type ExplorerGraph } from "../../client/src/graph/explorer-graph.js";
import { createHighlight, reduceEdge } from "../../client/src/graph/highlight.js";
import { syncGraph } from "../../client/src/graph/merge-network.js";
import { describeCertainty, tieStyle } from "../../client/src/graph/tie-certainty.js";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import { createStore, type Store } from "../../client/src/state/store.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";
import { importClientModule } from "./support/import-client-module.js";
import { network } from "./support/networks.js";

let mountEdgePanel: (
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store<ViewState>,
  onDrawn: (listener: () => void) => () => void,
) => () => void;
let renderLegend: (root: HTMLElement, graph: ExplorerGraph) => void;

beforeAll(async () => {
  ({ mountEdgePanel } = await importClientModule<{ mountEdgePanel: typeof mountEdgePanel }>("panels/edge-panel.ts"));
  ({ renderLegend } = await importClientModule<{ renderLegend: typeof renderLegend }>("panels/legend.ts"));
});
afterEach(() => setLanguage("en"));

const ties = network(
  [
    ["innovationsdirektoren", "Innovationsdirektören", "Actor", "POSITION"],
    ["stadsdirektoren", "Stadsdirektören", "Actor", "POSITION"],
    ["kontoret", "Exploateringskontoret", "Actor", "CITY_OFFICE"],
    ["namnden", "Exploateringsnämnden", "Actor", "CITY_BOARD"],
    ["kth", "KTH"],
  ],
  [
    {
      id: "proposed",
      source: "innovationsdirektoren",
      target: "stadsdirektoren",
      type: "REPORTS_TO",
      status: "PROPOSED",
    },
    { id: "reconstructed", source: "kontoret", target: "namnden", type: "REPORTS_TO", confidence: "RECONSTRUCTED" },
    { id: "decided", source: "namnden", target: "kth", type: "COLLABORATES_WITH", status: "DECIDED" },
  ],
);

function drawn(): ExplorerGraph {
  const graph = createExplorerGraph();
  syncGraph(graph, ties);
  return graph;
}

describe("how a tie's certainty is drawn", () => {
  it("dashes what is proposed or intended and lightens what is reconstructed or unverified", () => {
    expect(tieStyle({ status: "PROPOSED", confidence: "STATED" })).toEqual({ dashed: true, faded: false });
    expect(tieStyle({ status: "INTENDED", confidence: "STATED" })).toEqual({ dashed: true, faded: false });
    expect(tieStyle({ status: "DECIDED", confidence: "STATED" })).toEqual({ dashed: false, faded: false });
    expect(tieStyle({ status: "IN_EFFECT", confidence: "RECONSTRUCTED" })).toEqual({ dashed: false, faded: true });
    expect(tieStyle({ status: "PROPOSED", confidence: "UNVERIFIED" })).toEqual({ dashed: true, faded: true });
  });

  it("draws a proposed tie with the dashed program, an inferred one lighter, a decided one as before", () => {
    const graph = drawn();
    const highlight = createHighlight();
    const display = (edge: string) => reduceEdge(graph, highlight, edge, graph.getEdgeAttributes(edge));
    expect(display("proposed")).toMatchObject({ type: dashedEdgeType, color: edgeColour });
    expect(display("reconstructed")).toMatchObject({ color: unstatedEdgeColour });
    expect(display("reconstructed").type).toBeUndefined();
    expect(display("decided")).toMatchObject({ color: edgeColour });
    expect(display("decided").type).toBeUndefined();
  });

  it("keeps a proposed tie dashed when it is a step of a highlighted path", () => {
    const graph = drawn();
    const highlight = createHighlight();
    highlight.pathEdges.add("proposed");
    highlight.pathNodes.add("innovationsdirektoren").add("stadsdirektoren");
    expect(reduceEdge(graph, highlight, "proposed", graph.getEdgeAttributes("proposed")).type).toBe(dashedEdgeType);
  });
});

describe("the words for a tie's certainty", () => {
  it("say in the tie panel that a proposal is not decided, in English and in Swedish", () => {
    const graph = drawn();
    const root = document.createElement("div");
    const store = createStore<ViewState>({ ...initialViewState, edge: "proposed" });
    mountEdgePanel(root, graph, store, () => () => {});
    expect(root.querySelector("[data-testid=edge-certainty]")?.textContent).toBe(
      "Proposed in the documents, not decided.",
    );
    setLanguage("sv");
    store.update((state) => ({ ...state, lang: "sv" }));
    expect(root.querySelector("[data-testid=edge-certainty]")?.textContent).toBe(
      "Föreslaget i handlingarna, inte beslutat.",
    );
  });

  it("say nothing for a tie in effect as stated, and name reconstruction", () => {
    expect(describeCertainty({ status: "IN_EFFECT", confidence: "STATED" })).toEqual([]);
    expect(describeCertainty({ status: "DECIDED", confidence: "RECONSTRUCTED" })).toEqual([
      "Reconstructed: inferred from the sources, not stated in them.",
    ]);
    expect(describeCertainty({ status: "IN_EFFECT", confidence: "STATED", datePrecision: "deadline" })).toEqual([
      "Its end date is a deadline, not the day it ended.",
    ]);
    expect(describeCertainty({ status: "IN_EFFECT", confidence: "STATED", datePrecision: "year" })).toEqual([]);
  });

  it("give the legend an entry for dashed and for lighter ties, with how many are drawn", () => {
    const root = document.createElement("div");
    renderLegend(root, drawn());
    expect(root.querySelector("[data-testid=legend-undecided]")?.textContent).toBe(
      "Tie proposed or intended, not decided 1",
    );
    expect(root.querySelector("[data-testid=legend-unstated]")?.textContent).toBe("Tie reconstructed or unverified 1");
    setLanguage("sv");
    renderLegend(root, drawn());
    expect(root.querySelector("[data-testid=legend-undecided]")?.textContent).toBe(
      "Koppling som föreslås eller avses, inte beslutad 1",
    );
  });
});
