import { describe, expect, it } from "vitest";
import { dimmedColour, highlightColour } from "../../client/src/graph/appearance.js";
import { createExplorerGraph } from "../../client/src/graph/explorer-graph.js";
import { countVisible, createHighlight, reduceEdge, reduceNode } from "../../client/src/graph/highlight.js";
import { syncGraph } from "../../client/src/graph/merge-network.js";
import { describePeriod, groupRelationships } from "../../client/src/panels/group-relationships.js";
import { orderPath } from "../../client/src/panels/order-path.js";
import { toNetworkFilter } from "../../client/src/state/network-filter.js";
import { emptyFilter } from "../../client/src/state/view-state.js";
import { network } from "./support/networks.js";

const sample = network(
  [
    ["kth", "KTH"],
    ["openlab", "OpenLab", "Actor", "NETWORK"],
    ["stad", "Stockholms stad", "Actor", "MUNICIPALITY"],
    ["p1", "Projekt", "Project"],
  ],
  [
    { id: "e1", source: "kth", target: "openlab", type: "MEMBER_OF", since: "2010-01-01" },
    { id: "e2", source: "stad", target: "openlab", type: "MEMBER_OF" },
    { id: "e3", source: "kth", target: "p1", type: "PARTICIPATES_IN" },
    { id: "e4", source: "stad", target: "kth", type: "COLLABORATES_WITH", quote: "staden och KTH samarbetar" },
  ],
);

describe("the API's filter", () => {
  it("is null when nothing narrows the network, and sorted so equal filters cache alike", () => {
    expect(toNetworkFilter(emptyFilter)).toBeNull();
    expect(
      toNetworkFilter({
        kinds: ["UNIVERSITY", "COMPANY"],
        relationshipTypes: [],
        programmes: ["HORIZON"],
        asOfYear: 2015,
      }),
    ).toEqual({
      kinds: ["COMPANY", "UNIVERSITY"],
      programmes: ["HORIZON"],
      asOf: "2015-12-31",
    });
  });
});

describe("reducers", () => {
  const graph = createExplorerGraph();
  syncGraph(graph, sample);

  it("hides hidden nodes and their edges, and counts what is visible", () => {
    const highlight = { ...createHighlight(), hidden: new Set(["openlab"]) };
    expect(reduceNode(graph, highlight, "openlab", graph.getNodeAttributes("openlab")).hidden).toBe(true);
    expect(reduceEdge(graph, highlight, "e1", graph.getEdgeAttributes("e1")).hidden).toBe(true);
    expect(reduceEdge(graph, highlight, "e3", graph.getEdgeAttributes("e3")).hidden).toBeUndefined();
    expect(countVisible(graph, highlight)).toEqual({ nodes: 3, edges: 2 });
  });

  it("dims everything outside a highlighted path", () => {
    const highlight = { ...createHighlight(), pathNodes: new Set(["kth", "openlab"]), pathEdges: new Set(["e1"]) };
    expect(reduceNode(graph, highlight, "stad", graph.getNodeAttributes("stad"))).toMatchObject({
      color: dimmedColour,
      label: null,
    });
    expect(reduceNode(graph, highlight, "kth", graph.getNodeAttributes("kth"))).toMatchObject({
      forceLabel: true,
      label: "KTH",
    });
    expect(reduceEdge(graph, highlight, "e1", graph.getEdgeAttributes("e1")).color).toBe(highlightColour);
    expect(reduceEdge(graph, highlight, "e2", graph.getEdgeAttributes("e2")).color).toBe(dimmedColour);
  });

  it("draws every step of a path over a partner view's tie between the same two organisations", () => {
    const withShared = createExplorerGraph();
    syncGraph(
      withShared,
      network(
        [
          ["kth", "KTH"],
          ["stad", "Stockholms stad", "Actor", "MUNICIPALITY"],
          ["staf", "StAF", "Actor", "NETWORK"],
        ],
        [
          { id: "SHARES:kth|stad", source: "kth", target: "stad", type: "SHARES" },
          { id: "SHARES:kth|staf", source: "kth", target: "staf", type: "SHARES" },
          { id: "stad|COLLABORATES_WITH|kth", source: "stad", target: "kth", type: "COLLABORATES_WITH" },
          { id: "kth|MEMBER_OF|staf", source: "kth", target: "staf", type: "MEMBER_OF" },
        ],
      ),
    );
    const highlight = {
      ...createHighlight(),
      pathNodes: new Set(["kth", "stad", "staf"]),
      pathEdges: new Set(["stad|COLLABORATES_WITH|kth", "kth|MEMBER_OF|staf"]),
    };
    const reduce = (edge: string) => reduceEdge(withShared, highlight, edge, withShared.getEdgeAttributes(edge));
    expect(reduce("stad|COLLABORATES_WITH|kth")).toMatchObject({ color: highlightColour });
    expect(reduce("kth|MEMBER_OF|staf")).toMatchObject({ color: highlightColour });
    expect(reduce("SHARES:kth|stad").hidden).toBe(true);
    expect(reduce("SHARES:kth|staf").hidden).toBe(true);
    expect(
      reduceEdge(withShared, createHighlight(), "SHARES:kth|stad", withShared.getEdgeAttributes("SHARES:kth|stad"))
        .hidden,
    ).toBeUndefined();
  });

  it("marks the selected and pinned nodes", () => {
    const highlight = { ...createHighlight(), selected: "kth", pinned: new Set(["openlab"]) };
    expect(reduceNode(graph, highlight, "kth", graph.getNodeAttributes("kth"))).toMatchObject({
      highlighted: true,
      forceLabel: true,
    });
    expect(reduceNode(graph, highlight, "openlab", graph.getNodeAttributes("openlab")).label).toBe("📌 OpenLab");
  });
});

describe("relationships of a node", () => {
  it("groups them by type with direction, partner and evidence", () => {
    const groups = groupRelationships(sample, "kth");
    expect(
      groups.map((group) => [
        group.label,
        group.relationships.map((relationship) => `${relationship.direction}:${relationship.otherLabel}`),
      ]),
    ).toEqual([
      ["collaborates with", ["in:Stockholms stad"]],
      ["member of", ["out:OpenLab"]],
      ["participates in", ["out:Projekt"]],
    ]);
    expect(groups[0].relationships[0].evidence[0]).toMatchObject({
      quote: "staden och KTH samarbetar",
      locator: "punkt 1",
      source: { title: "Test decision" },
    });
  });

  it("describes a period", () => {
    expect(describePeriod("2010-01-01", "2015-12-31")).toBe("2010-01-01 – 2015-12-31");
    expect(describePeriod("2010-01-01", null)).toBe("since 2010-01-01");
    expect(describePeriod(null, null)).toBe("");
  });
});

describe("a path", () => {
  it("is ordered from its start, whatever the direction of its edges", () => {
    const path = network(
      [
        ["stad", "Stockholms stad"],
        ["openlab", "OpenLab"],
        ["kth", "KTH"],
      ],
      [
        { id: "b", source: "stad", target: "openlab", type: "MEMBER_OF" },
        { id: "a", source: "kth", target: "openlab", type: "MEMBER_OF" },
      ],
    );
    expect(orderPath(path, "kth").map((step) => step.label)).toEqual(["KTH", "OpenLab", "Stockholms stad"]);
  });
});

describe("labels", () => {
  it("shortens long names at a word boundary, with an ellipsis", async () => {
    const { shortenLabel } = await import("../../client/src/graph/place-labels.js");
    expect(shortenLabel("KTH", 28)).toBe("KTH");
    expect(shortenLabel("CHALMERS TEKNISKA HOGSKOLA AB", 28)).toBe("CHALMERS TEKNISKA HOGSKOLA…");
    expect(shortenLabel("Länsstyrelsen i Stockholms län", 28)).toBe("Länsstyrelsen i Stockholms…");
    expect(shortenLabel("Stadens nämnder och bolag, med flera", 14)).toBe("Stadens…");
    expect(shortenLabel("Kungliga Tekniska högskolan", 14)).toBe("Kungliga…");
    expect(shortenLabel("Exploateringsnämnden", 14)).toBe("Exploaterings…");
    for (const max of [8, 14, 28])
      expect(shortenLabel("Organisationer som har i uppdrag att stötta", max).length).toBeLessThanOrEqual(max);
  });
});
