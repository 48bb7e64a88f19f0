import type { NetworkData } from "./explorer-graph.js";

export interface MarkedChanges {
  /** The next network, its new ties marked "began" and, where both ends are still drawn, the ties gone marked "ended". */
  network: NetworkData;
  began: number;
  ended: number;
}

/**
 * What changed between the network shown for one year and the next: ties that began and ties
 * that ended since the slider's previous position. Ended ties stay drawn, marked, while both
 * their ends are still in the picture.
 */
export function markChanges(previous: NetworkData, next: NetworkData): MarkedChanges {
  const before = new Set(previous.edges.map((edge) => edge.id));
  const after = new Set(next.edges.map((edge) => edge.id));
  const nodes = new Set(next.nodes.map((node) => node.id));
  const edges = next.edges.map((edge) => (before.has(edge.id) ? edge : { ...edge, change: "began" as const }));
  const gone = previous.edges.filter((edge) => !after.has(edge.id) && edge.change !== "ended");
  const kept = gone.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target));
  return {
    network: { nodes: next.nodes, edges: [...edges, ...kept.map((edge) => ({ ...edge, change: "ended" as const }))] },
    began: edges.length - next.edges.filter((edge) => before.has(edge.id)).length,
    ended: gone.length,
  };
}
