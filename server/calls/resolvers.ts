import { capabilityResolver as resolver } from "../graphql/capability-resolver.js";
import type { QueryCallBriefArgs, QueryOpenCallsArgs, Resolvers } from "../generated/resolvers-types.js";
import { briefCall } from "./brief-call.js";
import { findOpenCalls } from "./find-open-calls.js";

/** The queries of schema/calls.graphql. */
export const callsResolvers: Resolvers = {
  Query: {
    openCalls: resolver((driver, database, args: QueryOpenCallsArgs) => findOpenCalls(driver, database, args)),
    callBrief: resolver((driver, database, args: QueryCallBriefArgs) => briefCall(driver, database, args)),
  },
};
