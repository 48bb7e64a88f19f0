import type { Driver } from "neo4j-driver";
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type RelationshipType,
} from "../../schema/generated/domain-model.js";

type Value = string | number | boolean | string[] | null | undefined;

export interface SeedMention {
  sourceId: string;
  locator?: string;
  quote?: string;
  confidence?: string;
}

export interface SeedNode {
  label: NodeLabel;
  id: string;
  /** Properties; the names in `dateFields` hold YYYY-MM-DD strings stored as Neo4j dates. */
  properties: Record<string, Value>;
  mentions?: SeedMention[];
}

export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** sourceId and locator identify the relationship with its endpoints; the rest is set. */
  properties: Record<string, Value> & { sourceId: string; locator?: string };
}

export interface SeedGraph {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

/** Longer than the server's default transaction timeout: a first load plans every statement afresh. */
const seedTimeoutMs = 300_000;

const dateFields = new Set(["date", "since", "until", "validFrom", "validUntil", "startDate", "endDate"]);

/** Splits properties into plain values and dates, so that Cypher can turn the dates with date(). */
function splitDates(properties: Record<string, Value>) {
  const plain: Record<string, Value> = {};
  const dates: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    if (dateFields.has(key) && typeof value === "string") dates[key] = value;
    else plain[key] = value;
  }
  return { plain, dates };
}

const setDates = (variable: string, param: string) =>
  `FOREACH (key IN keys(${param}) | SET ${variable}[key] = date(${param}[key]))`;

/**
 * Writes a seed graph idempotently: nodes are merged by id, relationships by their endpoints,
 * type, source and locator; writing the same graph twice changes nothing. One transaction, so a
 * failure leaves nothing half-written.
 */
export async function writeSeedGraph(driver: Driver, database: string, graph: SeedGraph): Promise<void> {
  for (const node of graph.nodes) {
    if (!nodeLabels.includes(node.label)) throw new Error(`seed: node ${node.id}: unknown label ${node.label}`);
  }
  for (const relationship of graph.relationships) {
    if (!relationshipTypes.includes(relationship.type)) {
      throw new Error(
        `seed: ${relationship.from} → ${relationship.to}: unknown relationship type ${relationship.type}`,
      );
    }
  }
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        for (const label of nodeLabels) {
          const rows = graph.nodes
            .filter((node) => node.label === label)
            .map((node) => ({ id: node.id, ...splitDates(node.properties) }));
          if (rows.length === 0) continue;
          await tx.run(
            `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.plain ${setDates("n", "row.dates")}`,
            { rows },
          );
        }
        const mentions = graph.nodes.flatMap((node) =>
          (node.mentions ?? []).map((mention) => ({ id: node.id, label: node.label, ...mention })),
        );
        for (const label of nodeLabels) {
          const rows = mentions.filter((mention) => mention.label === label);
          if (rows.length === 0) continue;
          await tx.run(
            `UNWIND $rows AS row
          MATCH (n:${label} {id: row.id}) MATCH (s:Source {id: row.sourceId})
          MERGE (n)-[m:MENTIONED_IN {locator: coalesce(row.locator, '')}]->(s)
          SET m.quote = row.quote, m.confidence = row.confidence`,
            { rows },
          );
        }
        const groups = new Map<string, Array<Record<string, unknown>>>();
        for (const relationship of graph.relationships) {
          const fromLabel = labelOf.get(relationship.from);
          const toLabel = labelOf.get(relationship.to);
          if (!fromLabel || !toLabel)
            throw new Error(`seed: ${relationship.type} ${relationship.from} → ${relationship.to}: unknown endpoint`);
          const key = `${fromLabel}|${relationship.type}|${toLabel}`;
          const { plain, dates } = splitDates(relationship.properties);
          groups.set(key, [
            ...(groups.get(key) ?? []),
            {
              from: relationship.from,
              to: relationship.to,
              plain,
              dates,
              sourceId: relationship.properties.sourceId,
              locator: relationship.properties.locator ?? "",
            },
          ]);
        }
        for (const [key, rows] of groups) {
          const [fromLabel, type, toLabel] = key.split("|");
          await tx.run(
            `UNWIND $rows AS row
          MATCH (a:${fromLabel} {id: row.from}) MATCH (b:${toLabel} {id: row.to})
          MERGE (a)-[r:${type} {sourceId: row.sourceId, locator: row.locator}]->(b)
          SET r += row.plain ${setDates("r", "row.dates")}`,
            { rows },
          );
        }
      },
      { timeout: seedTimeoutMs },
    );
  } finally {
    await session.close();
  }
}
