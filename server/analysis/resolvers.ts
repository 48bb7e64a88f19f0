import { guarded } from "../graphql/errors.js";
import type { RequestContext } from "../graphql/context.js";
import type {
  QueryCentralityArgs, QueryChangesArgs, QueryCollaboratorsArgs, QueryCommunitiesArgs, QueryNetworkArgs,
  QueryPathsArgs, QuerySearchArgs,
} from "../generated/resolvers-types.js";
import { findChanges } from "./find-changes.js";
import { findCollaborators } from "./find-collaborators.js";
import { findCommunities } from "./find-communities.js";
import { findNetwork } from "./find-network.js";
import { findPaths } from "./find-paths.js";
import { graphStats } from "./graph-stats.js";
import { rankCentrality } from "./rank-centrality.js";
import { searchGraph } from "./search-graph.js";

type Resolve<Args, Result> = (parent: unknown, args: Args, context: RequestContext) => Promise<Result>;

/** Adapts a capability `(driver, database, args)` to a GraphQL resolver with typed errors. */
function resolver<Args, Result>(run: (driver: RequestContext["driver"], database: string, args: Args) => Promise<Result>): Resolve<Args, Result> {
  return guarded((_parent: unknown, args: Args, context: RequestContext) =>
    run(context.driver, context.sessionConfig.database, args));
}

/** The analysis queries of schema/analysis.graphql. */
export const analysisResolvers = {
  Query: {
    network: resolver((driver, database, args: QueryNetworkArgs) => findNetwork(driver, database, args)),
    paths: resolver((driver, database, args: QueryPathsArgs) => findPaths(driver, database, args)),
    collaborators: resolver((driver, database, args: QueryCollaboratorsArgs) => findCollaborators(driver, database, args)),
    search: resolver((driver, database, args: QuerySearchArgs) => searchGraph(driver, database, args)),
    centrality: resolver((driver, database, args: QueryCentralityArgs) => rankCentrality(driver, database, args)),
    communities: resolver((driver, database, args: QueryCommunitiesArgs) => findCommunities(driver, database, args)),
    changes: resolver((driver, database, args: QueryChangesArgs) => findChanges(driver, database, args)),
    stats: resolver((driver, database) => graphStats(driver, database)),
  },
};
