import { describe, expect, it } from "vitest";
import { createExplorerGraph } from "../../client/src/graph/explorer-graph.js";
import { combineNetworks, syncGraph } from "../../client/src/graph/merge-network.js";
import { network } from "./support/networks.js";

const kthNeighbourhood = network(
  [
    ["kth", "KTH"],
    ["stockholms-stad", "Stockholms stad", "Actor", "MUNICIPALITY"],
    ["openlab", "OpenLab", "Actor", "NETWORK"],
  ],
  [
    { id: "e1", source: "kth", target: "openlab", type: "MEMBER_OF" },
    { id: "e2", source: "stockholms-stad", target: "openlab", type: "MEMBER_OF" },
  ],
);
const openlabNeighbourhood = network(
  [
    ["openlab", "OpenLab", "Actor", "NETWORK"],
    ["kth", "KTH"],
    ["su", "Stockholms universitet"],
  ],
  [
    { id: "e1", source: "kth", target: "openlab", type: "MEMBER_OF" },
    { id: "e3", source: "su", target: "openlab", type: "MEMBER_OF" },
  ],
);

describe("combineNetworks", () => {
  it("keeps each node and edge once", () => {
    const combined = combineNetworks([kthNeighbourhood, openlabNeighbourhood]);
    expect(combined.nodes.map((node) => node.id)).toEqual(["kth", "stockholms-stad", "openlab", "su"]);
    expect(combined.edges.map((edge) => edge.id)).toEqual(["e1", "e2", "e3"]);
  });
});

describe("syncGraph", () => {
  it("adds nodes with positions, colours and sizes, and edges with their evidence", () => {
    const graph = createExplorerGraph();
    const result = syncGraph(graph, kthNeighbourhood);
    expect(result).toEqual({ added: ["kth", "stockholms-stad", "openlab"], removed: [] });
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    const kth = graph.getNodeAttributes("kth");
    expect(kth).toMatchObject({ label: "KTH", category: "Actor", kind: "UNIVERSITY", color: "#d7301f" });
    expect(Number.isFinite(kth.x) && Number.isFinite(kth.y)).toBe(true);
    expect(graph.getNodeAttribute("openlab", "size")).toBeGreaterThan(graph.getNodeAttribute("kth", "size"));
    expect(graph.getEdgeAttributes("e1")).toMatchObject({
      relationship: "MEMBER_OF",
      evidence: [{ quote: "kth och openlab", locator: "punkt 1" }],
    });
    expect(graph.extremities("e1")).toEqual(["kth", "openlab"]);
  });

  it("merges a neighbourhood without moving the nodes already drawn and places new ones beside a neighbour", () => {
    const graph = createExplorerGraph();
    syncGraph(graph, kthNeighbourhood);
    graph.mergeNodeAttributes("openlab", { x: 100, y: -50 });
    const before = graph.getNodeAttributes("kth");

    const result = syncGraph(graph, combineNetworks([kthNeighbourhood, openlabNeighbourhood]));

    expect(result).toEqual({ added: ["su"], removed: [] });
    expect(graph.getNodeAttributes("kth")).toMatchObject({ x: before.x, y: before.y });
    const su = graph.getNodeAttributes("su");
    expect(Math.hypot(su.x - 100, su.y + 50)).toBeLessThanOrEqual(5);
    expect(graph.hasEdge("e3")).toBe(true);
  });

  it("drops the nodes and edges that are no longer wanted", () => {
    const graph = createExplorerGraph();
    syncGraph(graph, combineNetworks([kthNeighbourhood, openlabNeighbourhood]));
    const result = syncGraph(graph, openlabNeighbourhood);
    expect(result.removed).toEqual(["stockholms-stad"]);
    expect(graph.nodes().sort()).toEqual(["kth", "openlab", "su"]);
    expect(graph.edges().sort()).toEqual(["e1", "e3"]);
  });

  it("leaves out edges whose ends are not in the network", () => {
    const graph = createExplorerGraph();
    syncGraph(
      graph,
      network([["kth", "KTH"]], [{ id: "dangling", source: "kth", target: "elsewhere", type: "PART_OF" }]),
    );
    expect(graph.order).toBe(1);
    expect(graph.size).toBe(0);
  });

  it("keeps two relationships of different types between the same pair", () => {
    const graph = createExplorerGraph();
    syncGraph(
      graph,
      network(
        [
          ["a", "A"],
          ["b", "B"],
        ],
        [
          { id: "m", source: "a", target: "b", type: "MEMBER_OF" },
          { id: "c", source: "a", target: "b", type: "COLLABORATES_WITH" },
        ],
      ),
    );
    expect(graph.size).toBe(2);
  });
});
