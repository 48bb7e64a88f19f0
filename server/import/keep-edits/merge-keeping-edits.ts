import type { ManagedTransaction } from "neo4j-driver";
import { heldAs, heldTypes, setUnedited } from "../../model/keep-edits.js";
import {
  nodeChanges,
  relationshipChanges,
  returnNodeChanges,
  returnRelationshipChanges,
  type ImportedChange,
} from "./record-import-changes.js";

type Value = string | number | boolean | string[] | number[] | null;

/** A node to write: its id, plain properties and dates (YYYY-MM-DD strings stored as Neo4j dates). */
export interface NodeRow {
  id: string;
  plain: Record<string, Value>;
  dates?: Record<string, string | null>;
}

/** A relationship to write: endpoints, identity (source and locator) and properties, as {@link NodeRow}. */
export interface RelationshipRow {
  from: string;
  to: string;
  sourceId: string;
  locator: string;
  plain: Record<string, Value>;
  dates?: Record<string, string | null>;
}

const name = /^[A-Z][A-Za-z_]*$/;
function checkName(value: string): string {
  if (!name.test(value)) throw new Error(`merge: ${JSON.stringify(value)} is not a label or relationship type`);
  return value;
}

const mergeNodesStatement = (label: string) => `
UNWIND $rows AS row
OPTIONAL MATCH (old:${label} {id: row.id})
WITH row, properties(old) AS before
MERGE (n:${label} {id: row.id})
${setUnedited("n", "row.plain")}
${setUnedited("n", "coalesce(row.dates, {})", "date")}
${returnNodeChanges("n", label)}`;

// A key held only by a hidden (deleted or draft) relationship is left as it is.
const mergeRelationshipsStatement = (fromLabel: string, type: string, toLabel: string) => `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
OPTIONAL MATCH (a)-[old:${heldTypes(type)}]->(b)
  WHERE ${heldAs("old", type)} AND old.sourceId = row.sourceId AND coalesce(old.locator, '') = row.locator
WITH a, b, row, collect(old) AS held
WITH a, b, row, [r IN held WHERE type(r) = '${type}'][0] AS live, size(held) AS count
WHERE count = 0 OR live IS NOT NULL
CALL (a, b, row, live) {
  WITH a, b, row, live WHERE live IS NULL
  CREATE (a)-[r:${type} {sourceId: row.sourceId, locator: row.locator}]->(b)
  RETURN r, null AS before
  UNION
  WITH live WHERE live IS NOT NULL
  RETURN live AS r, properties(live) AS before
}
WITH a, r, b, row, before
${setUnedited("r", "row.plain")}
${setUnedited("r", "coalesce(row.dates, {})", "date")}
${returnRelationshipChanges("a", "r", "b", type)}`;

/**
 * Writes nodes by id, as the seed and every importer should: a new id creates the node; an
 * existing node takes the row's values except the fields an editor has set; a deleted node stays
 * deleted. Returns a change for each node created or changed, for {@link recordImportChanges}.
 */
export async function mergeNodes(tx: ManagedTransaction, label: string, rows: NodeRow[]): Promise<ImportedChange[]> {
  if (rows.length === 0) return [];
  return nodeChanges((await tx.run(mergeNodesStatement(checkName(label)), { rows })).records);
}

/**
 * Writes relationships by their identity (endpoints, type, source, locator), as the seed and every
 * importer should: one that no relationship of the type holds is created; a live one takes the
 * row's values except the fields an editor has set; one an admin deleted, or an editor keeps as a
 * draft, is left as it is and never made again. Rows whose endpoints do not exist are skipped.
 * Returns a change for each relationship created or changed, for {@link recordImportChanges}.
 */
export async function mergeRelationships(
  tx: ManagedTransaction,
  shape: { fromLabel: string; type: string; toLabel: string },
  rows: RelationshipRow[],
): Promise<ImportedChange[]> {
  if (rows.length === 0) return [];
  const statement = mergeRelationshipsStatement(
    checkName(shape.fromLabel),
    checkName(shape.type),
    checkName(shape.toLabel),
  );
  return relationshipChanges((await tx.run(statement, { rows })).records);
}
