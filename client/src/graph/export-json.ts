import type { ExplorerGraph } from "./explorer-graph.js";

/** The graph as JSON: the API's node and edge shapes with their evidence, plus where each node was drawn. */
export function exportJson(graph: ExplorerGraph): string {
  const nodes = graph.mapNodes((id, attributes) => ({
    id,
    label: attributes.label,
    type: attributes.category,
    kind: attributes.kind,
    degree: attributes.degree,
    x: attributes.x,
    y: attributes.y,
  }));
  const edges = graph.mapEdges((id, attributes, source, target) => ({
    id,
    source,
    target,
    type: attributes.relationship,
    since: attributes.since,
    until: attributes.until,
    weight: attributes.weight,
    evidence: attributes.evidence,
  }));
  return `${JSON.stringify({ nodes, edges }, null, 2)}\n`;
}
