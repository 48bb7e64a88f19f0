/**
 * What other features may use of the consortium finder: the finder and the check themselves, a
 * call read as a topic, and the text and wording rules the open-calls ranking shares with it.
 * Everything else in this folder is its own.
 */
export { checkConsortium } from "./check-consortium.js";
export { actorNotFound, toConsortiumIds } from "./find-members.js";
export { suggestPartners } from "./suggest-partners.js";
export { findProjects } from "./match-topic.js";
export { findCall } from "./read-call-topic.js";
export { readCallCatalogue, type CatalogueCall } from "./read-call-catalogue.js";
export { countWords, coverage, coverageByText, indexWords } from "./call-text.js";
export { destinationOf } from "./topic-family.js";
export { topicalValue } from "./score-partners.js";
export { loadHistory } from "./load-history.js";
export { sectorOf, type Sector } from "./actor-sectors.js";
export { loadProjectText, projectWords } from "./match-project-text.js";
export { actionOfFundingScheme, actionOfTypeOfAction, actionRules, type ActionRule } from "./action-rules.js";
