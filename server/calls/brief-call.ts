import type { Driver } from "neo4j-driver";
import { checkRange } from "../model/validate-arguments.js";
import { checkConsortium, toConsortiumIds, suggestPartners, findCall } from "../consortium/index.js";
import { badInput, SamverkanError } from "../model/errors.js";
import type { QueryCallBriefArgs, ResolversTypes } from "../generated/resolvers-types.js";

export type CallBrief = ResolversTypes["CallBrief"];

const callNotFound = (id: string) => new SamverkanError("NOT_FOUND", `no call has the id "${id}"`, { id });

/**
 * What a proposal team needs for one call, in one answer: the call, the consortium checked against
 * the call's type of action and text, and partners suggested for the call with their factors and
 * warm paths from the consortium, their sentences in `lang`. NOT_FOUND for an unknown call or actor.
 */
export async function briefCall(driver: Driver, database: string, args: QueryCallBriefArgs): Promise<CallBrief> {
  const limit = checkRange("limit", args.limit, 1, 20, 5);
  const consortium = toConsortiumIds(args.consortium);
  if (consortium.length === 0) throw badInput("consortium must name at least one actor", "consortium");
  const call = await findCall(driver, database, args.call);
  if (!call) throw callNotFound(args.call);
  const [check, suggestions] = await Promise.all([
    checkConsortium(driver, database, { consortium, topic: call.id, lang: args.lang }),
    suggestPartners(driver, database, { topic: call.id, consortium, limit, lang: args.lang }),
  ]);
  return { call: call.object, consortium: check.members, check, suggestions };
}
