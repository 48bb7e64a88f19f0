/**
 * What readers may see, for Cypher written by hand (the analysis and consortium queries).
 * @neo4j/graphql's generated queries need none of this: the @authorization filter on every node
 * type hides deleted nodes, and hidden relationships have types that no schema field names.
 */
import { nodeLabels } from "../../schema/generated/domain-model.js";

/** A deleted relationship is stored under this type, its own type kept in `relType`. */
export const deletedRelationshipType = "DELETED";
/** A draft relationship is stored under this type until an editor publishes it. */
export const draftRelationshipType = "DRAFT";
export const hiddenRelationshipTypes = [deletedRelationshipType, draftRelationshipType] as const;

/**
 * The label of an organisation that only the Horizon 2020 history names, by CORDIS id and without
 * a name: not an actor, so no search, suggestion or view shows it; it counts among a history
 * project's participants. It becomes an actor when an export names it.
 */
export const namelessOrganisationLabel = "Organisation";

/** The labels a deleted node may carry, each with an index on `deletedAt` (ensure-database-schema.ts). */
export const deletedLabels = [...nodeLabels, namelessOrganisationLabel] as const;

/**
 * Cypher subquery body: every deleted node, as `d`, read from the `deletedAt` indexes rather than
 * from every node. Few nodes are ever deleted, so a query can check ties against them cheaply.
 */
export const deletedNodes = (d: string) =>
  deletedLabels.map((label) => `MATCH (${d}:${label}) WHERE ${d}.deletedAt IS NOT NULL RETURN ${d}`).join(" UNION ");

/** Cypher condition: node `n` is not deleted. */
export const visibleNode = (n: string) => `${n}.deletedAt IS NULL`;

/** Cypher condition: relationship `r` is neither deleted nor a draft. */
export const visibleRelationship = (r: string) =>
  `NOT type(${r}) IN ['${deletedRelationshipType}', '${draftRelationshipType}']`;

/**
 * Cypher condition: relationship `r` is visible and so are both its ends. One condition for
 * every tie a hand-written query follows: `filterCondition` in analysis/validate-arguments.ts
 * can start with it.
 */
export const visibleTie = (r: string) =>
  `${visibleRelationship(r)} AND ${visibleNode(`startNode(${r})`)} AND ${visibleNode(`endNode(${r})`)}`;

/** Node properties that readers must not get: internal contact details and deletion marks. */
export const internalProperties = ["contactEmail", "contactPhone", "deletedAt", "deletedBy"] as const;

/** A node's properties without the internal ones, for objects that a custom resolver returns to readers. */
export function publicProperties<T extends Record<string, unknown>>(properties: T): Partial<T> {
  const copy: Record<string, unknown> = { ...properties };
  for (const name of internalProperties) delete copy[name];
  return copy as Partial<T>;
}
