import { capabilityResolver as resolver } from "../graphql/capability-resolver.js";
import type {
  QueryConsortiumCheckArgs,
  QueryOpportunitiesArgs,
  QueryPartnerSuggestionsArgs,
  QueryProposeConsortiumArgs,
  Resolvers,
} from "../generated/resolvers-types.js";
import { checkConsortium } from "./check-consortium.js";
import { findOpportunities } from "./find-opportunities.js";
import { proposeConsortium } from "./propose-consortium.js";
import { suggestPartners } from "./suggest-partners.js";

/** The consortium finder's queries of schema/consortium.graphql. */
export const consortiumResolvers: Resolvers = {
  Query: {
    partnerSuggestions: resolver((driver, database, args: QueryPartnerSuggestionsArgs) =>
      suggestPartners(driver, database, args),
    ),
    consortiumCheck: resolver((driver, database, args: QueryConsortiumCheckArgs) =>
      checkConsortium(driver, database, args),
    ),
    proposeConsortium: resolver((driver, database, args: QueryProposeConsortiumArgs) =>
      proposeConsortium(driver, database, args),
    ),
    opportunities: resolver((driver, database, args: QueryOpportunitiesArgs) =>
      findOpportunities(driver, database, args),
    ),
  },
};
