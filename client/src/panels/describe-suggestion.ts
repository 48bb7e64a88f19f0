import type { NetworkData } from "../graph/explorer-graph.js";
import { t } from "../i18n/i18n.js";
import { relationshipVerb } from "../state/vocabulary.js";
import { orderPath } from "./order-path.js";

/** The name an organisation is shown by: its short name when it has one. */
export function displayName(actor: { name: string; shortName?: string | null }): string {
  return actor.shortName?.trim() || actor.name;
}

/**
 * A warm path written out from the consortium member it starts at: "KTH worked with AVL in
 * Cynergy4MIE"; steps that are not a shared project read as their relationship ("KTH is a member of StAF").
 */
export function describeWarmPath(path: NetworkData, members: readonly string[]): string {
  const start = path.nodes.find((node) => members.includes(node.id)) ?? path.nodes[0];
  if (!start) return "";
  const steps = orderPath(path, start.id);
  const types = new Map(path.nodes.map((node) => [node.id, node.type]));
  const sentences: string[] = [];
  for (let index = 1; index < steps.length; index++) {
    const previous = steps[index - 1];
    const step = steps[index];
    const next = steps[index + 1];
    if (types.get(step.id) === "Project" && next && types.get(previous.id) === "Actor") {
      sentences.push(t("partners.workedWith", { a: previous.label, b: next.label, project: step.label }));
      index++;
      continue;
    }
    if (!step.edge) continue;
    const forward = step.edge.source === previous.id;
    const [subject, object] = forward ? [previous, step] : [step, previous];
    sentences.push(`${subject.label} ${relationshipVerb(step.edge.type)} ${object.label}`);
  }
  return sentences.join("; ");
}
