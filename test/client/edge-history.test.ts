import type { Client } from "@urql/core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createExplorerGraph, type ExplorerGraph, type SharedThing } from "../../client/src/graph/explorer-graph.js";
import { syncGraph } from "../../client/src/graph/merge-network.js";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import { createStore, type Store } from "../../client/src/state/store.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";
import { sharedTieType } from "../../client/src/state/vocabulary.js";
import { createFakeClient } from "./support/fake-client.js";
import { importClientModule } from "./support/import-client-module.js";
import { network } from "./support/networks.js";

let mountEdgePanel: (
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store<ViewState>,
  onDrawn: (listener: () => void) => () => void,
  client: Client,
) => () => void;

beforeAll(async () => {
  ({ mountEdgePanel } = await importClientModule<{ mountEdgePanel: typeof mountEdgePanel }>("panels/edge-panel.ts"));
});

afterEach(() => {
  setLanguage("en");
  document.body.replaceChildren();
});

const history = (rcn: string, since: string, until: string, programmeParts: string[]) => ({
  id: `h2020-rcn-${rcn}`,
  label: `h2020-rcn-${rcn}`,
  type: "Project",
  since,
  until,
  programmeParts,
  rcn,
  evidence: [],
});

function showTie(extra: SharedThing[] = []) {
  const graph = createExplorerGraph();
  const tie = network(
    [
      ["kth", "KTH"],
      ["stockholms-stad", "Stockholms stad", "Actor", "MUNICIPALITY"],
    ],
    [{ id: "tie", source: "kth", target: "stockholms-stad", type: sharedTieType }],
  );
  tie.edges[0].shared = [
    history("204474", "2016-09-01", "2020-11-30", ["SC4"]),
    history("194631", "2015-03-01", "2017-11-30", ["SC5", "LEIT-ICT"]),
    { id: "kth-partnerskapsavtal", label: "Partnerskapsavtal", type: "Agreement", evidence: [] },
    ...extra,
  ] as (typeof tie.edges)[0]["shared"] & object;
  syncGraph(graph, tie);
  const store = createStore<ViewState>({ ...initialViewState, edge: "tie" });
  const root = document.createElement("div");
  document.body.append(root);
  // The panel asks for the shared projects' titles and years; the history sentence needs neither.
  const { client } = createFakeClient({ SharedProjects: () => ({ data: { projects: [] } }) });
  mountEdgePanel(root, graph, store, () => () => {}, client);
  return {
    sentence: root.querySelector("[data-testid=edge-history]")?.textContent,
    projects: [...root.querySelectorAll("[data-kind=Project] .shared-thing-title button")].map((b) => b.textContent),
  };
}

describe("the tie between two organisations", () => {
  it("sums up their Horizon 2020 history: projects, years, programme parts and record numbers", () => {
    expect(showTie().sentence).toBe(
      "2 Horizon 2020 projects, 2015–2020, programme parts LEIT-ICT, SC4, SC5 (CORDIS records 204474, 194631)",
    );
  });

  it("counts a curated project matched to its Horizon 2020 record, and names a project the history gives no title", () => {
    const growSmarter = {
      id: "growsmarter",
      label: "GrowSmarter",
      type: "Project",
      since: "2015-01-01",
      until: "2019-12-31",
      programmeParts: ["SC3"],
      rcn: "194441",
      evidence: [],
    };
    const shown = showTie([growSmarter]);
    expect(shown.sentence).toBe(
      "3 Horizon 2020 projects, 2015–2020, programme parts LEIT-ICT, SC3, SC4, SC5 (CORDIS records 204474, 194631, 194441)",
    );
    expect(shown.projects).toEqual(
      expect.arrayContaining([
        "GrowSmarter",
        "Horizon 2020 project, CORDIS record 204474",
        "Horizon 2020 project, CORDIS record 194631",
      ]),
    );
    expect(shown.projects.join(" ")).not.toContain("h2020-rcn-");
  });

  it("says it in Swedish too", () => {
    setLanguage("sv");
    expect(showTie().sentence).toBe(
      "2 projekt i Horizon 2020, 2015–2020, programdelar LEIT-ICT, SC4, SC5 (CORDIS-poster 204474, 194631)",
    );
  });
});
