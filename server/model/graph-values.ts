import { isDate, isDateTime, type Node } from "neo4j-driver";
import { nodeLabels, type NodeLabel } from "../../schema/generated/domain-model.js";
import type { NodeModelOf } from "./node-models.js";
import { publicProperties } from "./visibility.js";

type Plain = Record<string, unknown>;

/** Neo4j values as GraphQL serves them: dates as YYYY-MM-DD strings, the rest as they are. */
export function toPlainValue(value: unknown): unknown {
  if (isDate(value as object) || isDateTime(value as object)) return String(value);
  if (Array.isArray(value)) return value.map(toPlainValue);
  return value;
}

export function toPlainProperties(properties: Record<string, unknown>): Plain {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toPlainValue(value)]));
}

export function typeOf(node: Node): string {
  return typeOfLabels(node.labels);
}

export function typeOfLabels(labels: readonly string[]): string {
  return nodeLabels.find((label) => labels.includes(label)) ?? labels[0] ?? "Node";
}

/**
 * What a person reads for a node: an actor's short name, a project's acronym, else its name or
 * title; a Horizon 2020 project its participation history gives no title (only its CORDIS record
 * number) is "H2020 · 204474".
 */
export function labelOf(properties: Record<string, unknown>): string {
  const record = properties.rcn === undefined || properties.rcn === null ? null : `H2020 · ${String(properties.rcn)}`;
  const candidates = [
    properties.shortName,
    properties.acronym,
    properties.name,
    properties.title,
    record,
    properties.id,
  ];
  return String(candidates.find((value) => typeof value === "string" && value !== ""));
}

/**
 * A node of label `L` as its model (`NodeModelOf<L>`), which codegen maps the node types to: its
 * public values and its `__typename`.
 *
 * @remarks The one place where the database's values are taken to be what the SDL declares: the
 * schema's constraints, the seed and imports, and editing's validation keep them so.
 */
export function toNodeModel<L extends NodeLabel>(node: Node): NodeModelOf<L> {
  const values = { ...toPlainProperties(publicProperties(node.properties as Plain)), __typename: typeOf(node) };
  return values as unknown as NodeModelOf<L>;
}
