import type { NetworkData, NetworkEdgeData } from "../graph/explorer-graph.js";

export interface PathStep {
  id: string;
  label: string;
  /** The relationship that leads to this step from the one before (absent on the first). */
  via?: string;
  edge?: NetworkEdgeData;
}

/** A path as the chain of its steps, from one end to the other: KTH → member of → … */
export function orderPath(path: NetworkData, from: string): PathStep[] {
  const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
  const steps: PathStep[] = [{ id: from, label: labels.get(from) ?? from }];
  const used = new Set<string>();
  let current = from;
  for (;;) {
    const edge = path.edges.find(
      (candidate) => !used.has(candidate.id) && (candidate.source === current || candidate.target === current),
    );
    if (!edge) break;
    used.add(edge.id);
    current = edge.source === current ? edge.target : edge.source;
    steps.push({ id: current, label: labels.get(current) ?? current, via: edge.type, edge });
  }
  return steps;
}

/**
 * A path's relationships as sentences, each in the direction its source states it: walking from
 * KTH to StAF along "KTH —MEMBER_OF→ StAF" gives "KTH is a member of StAF", and walking the other
 * way gives the same sentence.
 */
export function pathSentences(
  path: NetworkData,
  from: string,
): { subject: { id: string; label: string }; object: { id: string; label: string }; edge: NetworkEdgeData }[] {
  const steps = orderPath(path, from);
  return steps.slice(1).flatMap((step, index) => {
    const previous = steps[index];
    if (!step.edge) return [];
    const forward = step.edge.source === previous.id;
    const [subject, object] = forward ? [previous, step] : [step, previous];
    return [
      {
        subject: { id: subject.id, label: subject.label },
        object: { id: object.id, label: object.label },
        edge: step.edge,
      },
    ];
  });
}
