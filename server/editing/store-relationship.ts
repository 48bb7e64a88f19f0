import neo4j, { type ManagedTransaction, type Relationship as StoredRelationship } from "neo4j-driver";
import type { Confidence, Relationship } from "../generated/resolvers-types.js";
import { toPlainProperties } from "../model/graph-values.js";
import { domainModel } from "../model/read-domain-model.js";
import { relationshipId, type RelationshipKey } from "./relationship-id.js";
import { deletedRelationshipType, draftRelationshipType } from "../model/visibility.js";

/** A relationship as the editing API shows it. */
export type RelationshipView = Relationship;

export function toRelationshipView(key: RelationshipKey, properties: Record<string, unknown>): RelationshipView {
  const plain = toPlainProperties(properties);
  const text = (name: string) => (plain[name] as string | undefined) ?? null;
  return {
    ...key,
    id: relationshipId(key),
    quote: text("quote"),
    since: text("since"),
    until: text("until"),
    datePrecision: text("datePrecision"),
    role: text("role"),
    confidence: text("confidence") as Confidence | null,
    citedSource: text("citedSource"),
    draft: plain.draft === true,
  };
}

/** The type a relationship is stored under: deleted and draft ones under types that no query names. */
export function storedType(type: string, state: { draft: boolean; deleted: boolean }): string {
  if (state.deleted) return deletedRelationshipType;
  return state.draft ? draftRelationshipType : type;
}

/** The snapshot of a relationship for its change record: endpoints and type with its properties. */
export const relationshipSnapshot = (key: RelationshipKey, properties: Record<string, unknown>) => ({
  from: key.from,
  type: key.type,
  to: key.to,
  ...properties,
});

export const now = () => neo4j.types.DateTime.fromStandardDate(new Date());

/**
 * Sets properties of a relationship (null removes one) and, when its stored type changes (to or
 * from deleted or draft), moves it to that type: Cypher cannot change a relationship's type, so
 * a new one takes over its properties in the same transaction and the old one goes.
 */
export async function storeRelationship(
  tx: ManagedTransaction,
  relationship: StoredRelationship,
  type: string,
  set: Record<string, unknown>,
): Promise<StoredRelationship> {
  const allowed = [...domainModel().relationships.keys(), deletedRelationshipType, draftRelationshipType];
  if (!allowed.includes(type)) throw new Error(`editing: ${type} is not a relationship type of the schema`);
  const result = await tx.run(
    relationship.type === type
      ? "MATCH ()-[r]->() WHERE elementId(r) = $id SET r += $set RETURN r AS stored"
      : `MATCH (a)-[r]->(b) WHERE elementId(r) = $id
       CREATE (a)-[n:${type}]->(b) SET n = properties(r) SET n += $set
       DELETE r
       RETURN n AS stored`,
    { id: relationship.elementId, set },
  );
  return result.records[0].get("stored");
}
