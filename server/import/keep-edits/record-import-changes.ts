import path from "node:path";
import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import { relationshipId, relationshipSnapshot, snapshot } from "../../editing/index.js";

/** What a bulk writer did to one node or relationship, for its `Change` record. */
export interface ImportedChange {
  action: "CREATE" | "UPDATE";
  targetId: string;
  targetType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** Who made an imported change: the importer and its file, such as `import:cordis he-2024-organization.csv.gz`. */
export const importedBy = (importer: string, file: string) => `import:${importer} ${path.basename(file)}`;

/**
 * Cypher: the columns a node writer returns for the nodes it changed, after
 * `WITH n, properties(old) AS before` (null for a node it created) and its SET.
 */
export const returnNodeChanges = (n: string, label: string) =>
  `WITH ${n}, before WHERE before IS NULL OR before <> properties(${n})
   RETURN ${n}.id AS id, '${label}' AS label, before, properties(${n}) AS after`;

/** Cypher: the same for relationships `r` from `a` to `b` of type `type`. */
export const returnRelationshipChanges = (a: string, r: string, b: string, type: string) =>
  `WITH ${a}, ${r}, ${b}, before WHERE before IS NULL OR before <> properties(${r})
   RETURN ${a}.id AS from, '${type}' AS type, ${b}.id AS to, before, properties(${r}) AS after`;

const change = (targetId: string, targetType: string, before: unknown, after: unknown): ImportedChange => ({
  action: before == null ? "CREATE" : "UPDATE",
  targetId,
  targetType,
  before: (before as Record<string, unknown> | null) ?? null,
  after: after as Record<string, unknown>,
});

/** The changes that {@link returnNodeChanges} returned. */
export const nodeChanges = (records: Neo4jRecord[]): ImportedChange[] =>
  records.map((record) => change(record.get("id"), record.get("label"), record.get("before"), record.get("after")));

/** The changes that {@link returnRelationshipChanges} returned, under the relationships' ids. */
export function relationshipChanges(records: Neo4jRecord[]): ImportedChange[] {
  return records.map((record) => {
    const after = record.get("after") as Record<string, unknown>;
    const before = record.get("before") as Record<string, unknown> | null;
    const key = {
      from: String(record.get("from")),
      type: String(record.get("type")),
      to: String(record.get("to")),
      sourceId: String(after.sourceId),
      locator: String(after.locator ?? ""),
    };
    return change(
      relationshipId(key),
      "Relationship",
      before && relationshipSnapshot(key, before),
      relationshipSnapshot(key, after),
    );
  });
}

const writeChanges = `
MERGE (m:Meta {id: 'graph'})
WITH m, coalesce(m.version, 0) AS base
SET m.version = base + size($changes)
WITH base
UNWIND range(0, size($changes) - 1) AS i
WITH base + i + 1 AS version, $changes[i] AS change
CREATE (:Change {id: randomUUID(), at: datetime(), by: $by, action: change.action, targetId: change.targetId,
  targetType: change.targetType, before: change.before, after: change.after, version: version})`;

/**
 * Records the changes of one bulk write in its own transaction, in one statement: a `Change` per
 * changed entity, as the editing API writes them (who, when, before and after as JSON), with `by`
 * naming the importer and its file. Bumps the graph's version once by their number, so that each
 * change has its own version, as edits do. Run it last in the transaction: it locks the version.
 * `by` null records nothing: the first load of an empty database is the graph's origin, not a
 * change to it (every node and relationship names its source), and no editor's work can be there.
 */
export async function recordImportChanges(
  tx: ManagedTransaction,
  by: string | null,
  changes: readonly ImportedChange[],
): Promise<void> {
  if (by === null || changes.length === 0) return;
  await tx.run(writeChanges, {
    by,
    changes: changes.map((c) => ({ ...c, before: snapshot(c.before), after: snapshot(c.after) })),
  });
}
