import { domainModel } from "./read-domain-model.js";

const { shared, direct } = domainModel().collaboration;

/**
 * The relationship types that make two actors collaborators, as Cypher type alternatives
 * (`PARTICIPATES_IN|PARTY_TO|…`), read from the SDL's `@collaboration`: collaborators, partner
 * proximity and the collaboration graph all count these and no others.
 *
 * @remarks `shared`: actors that point at the same thing through any of these types work together
 * through it, weighing 1/(n−1) for a thing with n parties (Newman). `direct`: ties two actors
 * itself, weighing 1.
 */
export const collaborationTies = { shared: shared.join("|"), direct: direct.join("|") };

/** Every collaboration tie type once, shared or direct: what a warm introduction can run along. */
export const collaborationTieTypes = [...new Set([...shared, ...direct])];
