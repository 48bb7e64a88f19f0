import { capabilityResolver as resolver } from "../graphql/capability-resolver.js";
import type {
  QueryCentralityArgs,
  QueryChangesArgs,
  QueryCollaboratorsArgs,
  QueryCommunitiesArgs,
  QueryNetworkArgs,
  QueryPathsArgs,
  QuerySearchArgs,
  Resolvers,
} from "../generated/resolvers-types.js";
import { findChanges } from "./find-changes.js";
import { findCollaborators } from "./find-collaborators.js";
import { communityMembers, findCommunities } from "./find-communities.js";
import { findNetwork } from "./find-network.js";
import { findPaths } from "./find-paths.js";
import { graphStats } from "./graph-stats.js";
import { rankCentrality } from "./rank-centrality.js";
import { searchGraph } from "./search-graph.js";

/** The analysis queries of schema/analysis.graphql. */
export const analysisResolvers: Resolvers = {
  Query: {
    network: resolver((driver, database, args: QueryNetworkArgs) => findNetwork(driver, database, args)),
    paths: resolver((driver, database, args: QueryPathsArgs) => findPaths(driver, database, args)),
    collaborators: resolver((driver, database, args: QueryCollaboratorsArgs) =>
      findCollaborators(driver, database, args),
    ),
    search: resolver((driver, database, args: QuerySearchArgs) => searchGraph(driver, database, args)),
    centrality: resolver((driver, database, args: QueryCentralityArgs) => rankCentrality(driver, database, args)),
    communities: resolver((driver, database, args: QueryCommunitiesArgs) => findCommunities(driver, database, args)),
    changes: resolver((driver, database, args: QueryChangesArgs) => findChanges(driver, database, args)),
    stats: resolver((driver, database) => graphStats(driver, database)),
  },
  Community: { members: (community, args, context) => communityMembers(community, args, context) },
};
