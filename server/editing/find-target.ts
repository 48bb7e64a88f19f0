import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import { findNode } from "../model/find-nodes.js";
import type { RelationshipKey } from "./relationship-id.js";
import { deletedRelationshipType, draftRelationshipType, hiddenRelationshipTypes } from "../model/visibility.js";

export interface FoundRelationship {
  relationship: Relationship;
  from: Node;
  to: Node;
}

/**
 * A relationship by its key, whether live, a draft or deleted. Should a key be held twice (a
 * seed or import before writers kept hidden relationships re-created a deleted one), the live
 * one comes first, then a draft: that is the one readers see and an admin deletes.
 */
export async function findRelationship(
  tx: ManagedTransaction,
  key: RelationshipKey,
): Promise<FoundRelationship | undefined> {
  const from = await findNode(tx, key.from);
  const to = await findNode(tx, key.to);
  if (!from || !to) return undefined;
  const result = await tx.run(
    `MATCH (a)-[r]->(b) WHERE elementId(a) = $from AND elementId(b) = $to
       AND (type(r) = $type OR (type(r) IN $hidden AND r.relType = $type))
       AND r.sourceId = $sourceId AND coalesce(r.locator, '') = $locator
     RETURN r ORDER BY type(r) = $deleted, type(r) = $draft LIMIT 1`,
    {
      from: from.elementId,
      to: to.elementId,
      type: key.type,
      hidden: hiddenRelationshipTypes,
      deleted: deletedRelationshipType,
      draft: draftRelationshipType,
      sourceId: key.sourceId,
      locator: key.locator,
    },
  );
  const relationship = result.records[0]?.get("r");
  return relationship ? { relationship, from, to } : undefined;
}
