import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import { findNode } from "../model/find-nodes.js";
import type { RelationshipKey } from "./relationship-id.js";
import { hiddenRelationshipTypes } from "../model/visibility.js";

export interface FoundRelationship {
  relationship: Relationship;
  from: Node;
  to: Node;
}

/** A relationship by its key, whether live, a draft or deleted. */
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
     RETURN r LIMIT 1`,
    {
      from: from.elementId,
      to: to.elementId,
      type: key.type,
      hidden: hiddenRelationshipTypes,
      sourceId: key.sourceId,
      locator: key.locator,
    },
  );
  const relationship = result.records[0]?.get("r");
  return relationship ? { relationship, from, to } : undefined;
}
