import type { NetworkData } from "../graph/explorer-graph.js";

/** A path as the chain of its steps, from one end to the other: KTH → member of → … */
export function orderPath(path: NetworkData, from: string): { id: string; label: string; via?: string }[] {
  const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
  const steps: { id: string; label: string; via?: string }[] = [{ id: from, label: labels.get(from) ?? from }];
  const used = new Set<string>();
  let current = from;
  for (;;) {
    const edge = path.edges.find(
      (candidate) => !used.has(candidate.id) && (candidate.source === current || candidate.target === current),
    );
    if (!edge) break;
    used.add(edge.id);
    current = edge.source === current ? edge.target : edge.source;
    steps.push({ id: current, label: labels.get(current) ?? current, via: edge.type });
  }
  return steps;
}
