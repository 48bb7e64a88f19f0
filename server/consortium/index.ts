/**
 * What other parts of the server may use of the consortium finder: the finder and the check
 * themselves, a call read as a topic, the text and wording rules the open-calls ranking shares
 * with it, its resolvers and the warming of its caches.
 * Everything else in this folder is its own.
 */
export { checkConsortium } from "./check-consortium.js";
export { actorNotFound, toConsortiumIds } from "./find-members.js";
export { suggestPartners, type SuggestionModel } from "./suggest-partners.js";
export type { ProposedPartnerModel } from "./propose-consortium.js";
export { findProjects } from "./match-topic.js";
export { findCall } from "./read-call-topic.js";
export { readCallCatalogue, type CatalogueCall } from "./read-call-catalogue.js";
export { countWords, coverage, coverageByText, indexWords } from "./call-text.js";
export { destinationOf } from "./topic-family.js";
export { topicalValue } from "./score-partners.js";
export { loadHistory } from "./load-history.js";
export { sectorOf, type Sector } from "./actor-sectors.js";
export { loadProjectText, projectWords, warmPartnerFinder } from "./match-project-text.js";
export { consortiumResolvers } from "./resolvers.js";
export { actionOfFundingScheme, actionOfTypeOfAction, actionRules, type ActionRule } from "./action-rules.js";
