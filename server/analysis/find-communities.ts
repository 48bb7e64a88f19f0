import { LRUCache } from "lru-cache";
import type { Driver } from "neo4j-driver";
import type { CommunityMembersArgs, QueryCommunitiesArgs, ResolversTypes } from "../generated/resolvers-types.js";
import {
  algorithmTransaction,
  analysisTimedOut,
  ensureProjection,
  projectionDropped,
  projectionLimits,
} from "./collaboration-projection.js";
import { toNodeModel } from "../model/graph-values.js";
import type { ActorModel } from "../model/node-models.js";
import { nextTurn } from "../model/yield-to-requests.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

type Community = ResolversTypes["Community"];

const cache = new LRUCache<string, Promise<Community[]>>({ max: projectionLimits.count });
projectionDropped.add((graph) => cache.delete(graph));

async function computeCommunities(driver: Driver, database: string, graph: string): Promise<Community[]> {
  const louvain = await driver.executeQuery(
    `CALL gds.louvain.stream($graph, {concurrency: 1, relationshipWeightProperty: 'weight'})
     YIELD nodeId, communityId
     RETURN gds.util.asNode(nodeId) AS actor, communityId`,
    { graph },
    { database, transactionConfig: algorithmTransaction },
  );
  const degrees = await driver.executeQuery(
    `CALL gds.degree.stream($graph, {concurrency: 1, relationshipWeightProperty: 'weight'}) YIELD nodeId, score
     RETURN gds.util.asNode(nodeId).id AS id, score`,
    { graph },
    { database, transactionConfig: algorithmTransaction },
  );
  const degreeOf = new Map(degrees.records.map((record) => [record.get("id") as string, Number(record.get("score"))]));
  const groups = new Map<number, ActorModel[]>();
  for (const record of louvain.records) {
    const communityId = Number(record.get("communityId"));
    groups.set(communityId, [...(groups.get(communityId) ?? []), toNodeModel<"Actor">(record.get("actor"))]);
  }
  const byDegree = (a: ActorModel, b: ActorModel) =>
    (degreeOf.get(String(b.id)) ?? 0) - (degreeOf.get(String(a.id)) ?? 0) || String(a.id).localeCompare(String(b.id));
  return [...groups.entries()]
    .filter(([, members]) => members.length >= 2)
    .map(([communityId, members]) => {
      const sorted = [...members].sort(byDegree);
      return { id: `community-${communityId}`, size: sorted.length, members: sorted, centre: sorted[0] };
    })
    .sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
}

/**
 * Groups actors into communities with Louvain (GDS, on one thread, so the same graph gives the
 * same answer); each community's centre is its member with the highest weighted degree. The
 * largest `limit` communities are answered; each lists its members through {@link communityMembers}.
 */
export async function findCommunities(
  driver: Driver,
  database: string,
  args: QueryCommunitiesArgs,
): Promise<Community[]> {
  const limit = checkRange("limit", args.limit, 1, 500, 50);
  const graph = await ensureProjection(driver, database, toFilterParams(args.filter));
  let communities = cache.get(graph);
  if (!communities) {
    communities = computeCommunities(driver, database, graph).catch((error: unknown) => {
      cache.delete(graph);
      throw analysisTimedOut(error);
    });
    cache.set(graph, communities);
  }
  return (await communities).slice(0, limit);
}

/**
 * A community's members, the most connected first: at most `limit` of them. Each community's list
 * is answered in a turn of its own (`request` is the request's context), so that a request for
 * many large communities lets other requests through between them.
 */
export async function communityMembers(
  community: Community,
  args: CommunityMembersArgs,
  request: object,
): Promise<Community["members"]> {
  const limit = checkRange("limit", args.limit, 1, 1000, 50);
  await nextTurn(request);
  return community.members.slice(0, limit);
}
