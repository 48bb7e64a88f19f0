import type { ManagedTransaction } from "neo4j-driver";
import { typeOf } from "../model/graph-values.js";
import { badInput, notFound } from "../model/errors.js";
import { findNode } from "../model/find-nodes.js";
import { findRelationship } from "./find-target.js";
import { recordChange, type ChangeRecord } from "./record-change.js";
import { parseRelationshipId } from "./relationship-id.js";
import { now, relationshipSnapshot, storedType, storeRelationship } from "./store-relationship.js";
import { checkId, checkText } from "./validate-edit.js";
import { deletedRelationshipType } from "../model/visibility.js";

/**
 * Deletes a node softly: it keeps its data and relationships but carries `deletedAt` and
 * `deletedBy`, which hide it from every query until it is restored.
 */
export async function deleteNode(tx: ManagedTransaction, by: string, id: string): Promise<ChangeRecord> {
  const node = await findNode(tx, checkId("id", id));
  if (!node || node.properties.deletedAt != null) throw notFound(id);
  const result = await tx.run(
    "MATCH (n) WHERE elementId(n) = $id SET n.deletedAt = datetime(), n.deletedBy = $by RETURN n",
    { id: node.elementId, by },
  );
  return recordChange(tx, {
    by,
    action: "DELETE",
    targetId: id,
    targetType: typeOf(node),
    before: node.properties,
    after: result.records[0].get("n").properties,
  });
}

/** Brings a deleted node back, with the relationships it had. */
export async function restoreNode(tx: ManagedTransaction, by: string, id: string): Promise<ChangeRecord> {
  const node = await findNode(tx, checkId("id", id));
  if (!node) throw notFound(id);
  if (node.properties.deletedAt == null) throw badInput(`"${id}" is not deleted`, "id");
  const result = await tx.run("MATCH (n) WHERE elementId(n) = $id REMOVE n.deletedAt, n.deletedBy RETURN n", {
    id: node.elementId,
  });
  return recordChange(tx, {
    by,
    action: "RESTORE",
    targetId: id,
    targetType: typeOf(node),
    before: node.properties,
    after: result.records[0].get("n").properties,
  });
}

/** Deletes a relationship softly: it is stored under the DELETED type, its own type kept in `relType`. */
export async function deleteRelationship(tx: ManagedTransaction, by: string, id: string): Promise<ChangeRecord> {
  const key = parseRelationshipId(checkText("id", id, 2000));
  const found = await findRelationship(tx, key);
  if (!found || found.relationship.type === deletedRelationshipType) throw notFound(id);
  const stored = await storeRelationship(tx, found.relationship, deletedRelationshipType, {
    relType: key.type,
    deletedAt: now(),
    deletedBy: by,
  });
  return recordChange(tx, {
    by,
    action: "DELETE",
    targetId: id,
    targetType: "Relationship",
    before: relationshipSnapshot(key, found.relationship.properties),
    after: relationshipSnapshot(key, stored.properties),
  });
}

/** Brings a deleted relationship back under its own type (or as a draft, if it was one). */
export async function restoreRelationship(tx: ManagedTransaction, by: string, id: string): Promise<ChangeRecord> {
  const key = parseRelationshipId(checkText("id", id, 2000));
  const found = await findRelationship(tx, key);
  if (!found) throw notFound(id);
  if (found.relationship.type !== deletedRelationshipType) throw badInput(`"${id}" is not deleted`, "id");
  const draft = found.relationship.properties.draft === true;
  const stored = await storeRelationship(tx, found.relationship, storedType(key.type, { draft, deleted: false }), {
    deletedAt: null,
    deletedBy: null,
    relType: draft ? key.type : null,
  });
  return recordChange(tx, {
    by,
    action: "RESTORE",
    targetId: id,
    targetType: "Relationship",
    before: relationshipSnapshot(key, found.relationship.properties),
    after: relationshipSnapshot(key, stored.properties),
  });
}
