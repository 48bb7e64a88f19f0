import type { ManagedTransaction } from "neo4j-driver";
import { checkRange } from "../model/validate-arguments.js";
import { toChange, type ChangeRecord } from "./record-change.js";
import { toRelationshipView, type RelationshipView } from "./store-relationship.js";
import { checkText } from "./validate-edit.js";
import { draftRelationshipType } from "../model/visibility.js";

/** The changes of a node or relationship, the newest first. */
export async function readHistory(
  tx: ManagedTransaction,
  id: string,
  rawLimit: number | null | undefined,
): Promise<ChangeRecord[]> {
  const limit = checkRange("limit", rawLimit, 1, 500, 50);
  const result = await tx.run(
    "MATCH (c:Change {targetId: $id}) RETURN c ORDER BY c.version DESC LIMIT toInteger($limit)",
    { id: checkText("id", id, 2000), limit },
  );
  return result.records.map((record) => toChange(record.get("c")));
}

/** Draft relationships, in the order of their endpoints. */
export async function readDrafts(
  tx: ManagedTransaction,
  rawLimit: number | null | undefined,
): Promise<RelationshipView[]> {
  const limit = checkRange("limit", rawLimit, 1, 500, 50);
  const result = await tx.run(
    `MATCH (a)-[r:${draftRelationshipType}]->(b)
     RETURN a.id AS from, b.id AS to, r ORDER BY from, r.relType, to LIMIT toInteger($limit)`,
    { limit },
  );
  return result.records.map((record) => {
    const properties = record.get("r").properties as Record<string, unknown>;
    return toRelationshipView(
      {
        from: record.get("from"),
        type: String(properties.relType),
        to: record.get("to"),
        sourceId: String(properties.sourceId),
        locator: String(properties.locator ?? ""),
      },
      properties,
    );
  });
}
