import { relationshipTypes } from "../../schema/generated/domain-model.js";

/**
 * The relationship types that tie projects and calls to call topics and families. They say what a
 * project was funded under, not who works with whom: the network, paths and changes leave them out.
 */
export const callRelationshipTypes = ["FUNDED_UNDER", "IN_FAMILY"] as const;

/** Relationship types that are no tie between collaborators: mentions, resolution candidates, call links. */
export const nonTieTypes = ["MENTIONED_IN", "POSSIBLY_SAME_AS", ...callRelationshipTypes] as const;

/** The types above as a Cypher list literal (constants only, never input). */
export const nonTieTypeList = `[${nonTieTypes.map((type) => `'${type}'`).join(", ")}]`;

/** The relationship types of the domain that are ties between collaborators: every type but those above. */
export const tieTypes = relationshipTypes.filter((type) => !(nonTieTypes as readonly string[]).includes(type));

/** The tie types as a relationship type pattern, `A|B|…` (constants only, never input). */
export const tieTypePattern = tieTypes.join("|");
