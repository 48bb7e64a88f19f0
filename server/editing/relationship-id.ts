import { badInput } from "../model/errors.js";

/** What identifies a relationship: its endpoints, type, source and locator (as the seed merges them). */
export interface RelationshipKey {
  from: string;
  type: string;
  to: string;
  sourceId: string;
  locator: string;
}

/** The relationship's id, `from|type|to|sourceId|locator`: network edge ids (`from|type|to`) plus its provenance. */
export const relationshipId = (key: RelationshipKey) =>
  [key.from, key.type, key.to, key.sourceId, key.locator].join("|");

/** Reads a relationship id; the locator is the rest, so it may itself hold `|`. */
export function parseRelationshipId(id: string): RelationshipKey {
  const [from, type, to, sourceId, ...locator] = id.split("|");
  if (!from || !type || !to || !sourceId || locator.length === 0) {
    throw badInput("id must be a relationship id: from|type|to|sourceId|locator", "id");
  }
  return { from, type, to, sourceId, locator: locator.join("|") };
}
