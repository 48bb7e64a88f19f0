import type { Driver } from "neo4j-driver";
import {
  nodeLabels,
  relationshipTypes,
  type NodeLabel,
  type RelationshipType,
} from "../../schema/generated/domain-model.js";
import { mergeNodes, mergeRelationships } from "../import/keep-edits/merge-keeping-edits.js";
import { recordImportChanges, type ImportedChange } from "../import/keep-edits/record-import-changes.js";

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
  /** The file it comes from, named in the change records of what the seed writes. */
  file?: string;
}

export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** sourceId and locator identify the relationship with its endpoints; the rest is set. */
  properties: Record<string, Value> & { sourceId: string; locator?: string };
  file?: string;
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
  const plain: Record<string, Exclude<Value, undefined>> = {};
  const dates: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    if (dateFields.has(key) && typeof value === "string") dates[key] = value;
    else plain[key] = value;
  }
  return { plain, dates };
}

/** Who the change records name for what the seed writes from a file: `seed:curated actors.yaml`. */
export const seededBy = (file: string | undefined) => `seed:curated ${file ?? "seeds/curated"}`;

function addChanges(changes: Map<string, ImportedChange[]>, file: string | undefined, added: ImportedChange[]) {
  if (added.length > 0) changes.set(seededBy(file), [...(changes.get(seededBy(file)) ?? []), ...added]);
}

/** Groups items by a key, in their order. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * Writes a seed graph idempotently: nodes are merged by id, relationships by their endpoints,
 * type, source and locator; writing the same graph twice changes nothing. What editors did stays:
 * the fields they set are not written over, and a relationship they deleted or keep as a draft is
 * not made again. Every node and relationship the seed creates or changes gets a `Change` naming
 * its file. One transaction, so a failure leaves nothing half-written.
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
  for (const relationship of graph.relationships) {
    if (!labelOf.has(relationship.from) || !labelOf.has(relationship.to))
      throw new Error(`seed: ${relationship.type} ${relationship.from} → ${relationship.to}: unknown endpoint`);
  }
  const session = driver.session({ database });
  try {
    await session.executeWrite(
      async (tx) => {
        const changes = new Map<string, ImportedChange[]>();
        for (const [key, nodes] of groupBy(graph.nodes, (node) => `${node.label}|${node.file ?? ""}`)) {
          const label = key.split("|")[0];
          const rows = nodes.map((node) => ({ id: node.id, ...splitDates(node.properties) }));
          addChanges(changes, nodes[0].file, await mergeNodes(tx, label, rows));
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
        const groups = groupBy(
          graph.relationships,
          (r) => `${labelOf.get(r.from)}|${r.type}|${labelOf.get(r.to)}|${r.file ?? ""}`,
        );
        for (const [key, relationships] of groups) {
          const [fromLabel, type, toLabel] = key.split("|");
          const rows = relationships.map((relationship) => ({
            from: relationship.from,
            to: relationship.to,
            sourceId: relationship.properties.sourceId,
            locator: relationship.properties.locator ?? "",
            ...splitDates(relationship.properties),
          }));
          addChanges(changes, relationships[0].file, await mergeRelationships(tx, { fromLabel, type, toLabel }, rows));
        }
        for (const [by, recorded] of changes) await recordImportChanges(tx, by, recorded);
      },
      { timeout: seedTimeoutMs },
    );
  } finally {
    await session.close();
  }
}
