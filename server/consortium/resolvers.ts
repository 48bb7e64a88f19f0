import { guarded } from "../graphql/errors.js";
import type { RequestContext } from "../graphql/context.js";
import type {
  QueryConsortiumCheckArgs, QueryOpportunitiesArgs, QueryPartnerSuggestionsArgs,
} from "../generated/resolvers-types.js";
import { checkConsortium } from "./check-consortium.js";
import { findOpportunities } from "./find-opportunities.js";
import { suggestPartners } from "./suggest-partners.js";

type Resolve<Args, Result> = (parent: unknown, args: Args, context: RequestContext) => Promise<Result>;

/** Adapts a capability `(driver, database, args)` to a GraphQL resolver with typed errors. */
function resolver<Args, Result>(run: (driver: RequestContext["driver"], database: string, args: Args) => Promise<Result>): Resolve<Args, Result> {
  return guarded((_parent: unknown, args: Args, context: RequestContext) =>
    run(context.driver, context.sessionConfig.database, args));
}

/** The consortium finder's queries of schema/consortium.graphql. */
export const consortiumResolvers = {
  Query: {
    partnerSuggestions: resolver((driver, database, args: QueryPartnerSuggestionsArgs) => suggestPartners(driver, database, args)),
    consortiumCheck: resolver((driver, database, args: QueryConsortiumCheckArgs) => checkConsortium(driver, database, args)),
    opportunities: resolver((driver, database, args: QueryOpportunitiesArgs) => findOpportunities(driver, database, args)),
  },
};
