import type { NetworkData } from "../../../client/src/graph/explorer-graph.js";

type EdgeInput = {
  id: string;
  source: string;
  target: string;
  type: string;
  quote?: string;
  since?: string;
  status?: NetworkData["edges"][number]["status"];
  confidence?: NetworkData["edges"][number]["confidence"];
};

/** A network in the API's shape, with evidence from one test source per edge. */
export function network(
  nodes: [id: string, label: string, type?: string, kind?: string][],
  edges: EdgeInput[] = [],
): NetworkData {
  return {
    nodes: nodes.map(([id, label, type = "Actor", kind = "UNIVERSITY"]) => ({
      id,
      label,
      type,
      kind,
      degree: edges.filter((edge) => edge.source === id || edge.target === id).length,
    })),
    edges: edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      since: edge.since ?? null,
      until: null,
      datePrecision: null,
      status: edge.status ?? "IN_EFFECT",
      confidence: edge.confidence ?? "STATED",
      weight: 1,
      evidence: [
        {
          source: {
            id: "test-source",
            title: "Test decision",
            issuer: "kommunstyrelsen",
            date: "2015-05-13",
            reference: "Dnr 1/2015",
            url: null,
          },
          locator: "punkt 1",
          quote: edge.quote ?? `${edge.source} och ${edge.target}`,
        },
      ],
    })),
  };
}
