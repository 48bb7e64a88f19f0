import { LRUCache } from "lru-cache";
import neo4j, { type Driver } from "neo4j-driver";
import type { CentralityMeasure, QueryCentralityArgs, ResolversTypes } from "../generated/resolvers-types.js";
import {
  algorithmTransaction,
  analysisTimedOut,
  ensureProjection,
  projectionDropped,
  projectionLimits,
} from "./collaboration-projection.js";
import { toNodeModel } from "../model/graph-values.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

type RankedActor = ResolversTypes["RankedActor"];

/** Above this many actors, betweenness is estimated from a fixed, seeded sample of sources. */
const exactBetweennessLimit = 2000;
/**
 * Each sampled source costs one traversal of the projection (nodes + relationships): about 30 ns per
 * element on one core here, 0.33 s at the size of Horizon 2020. The sample is sized to this much
 * work (~15 s), between 32 and 500 sources.
 */
const betweennessWork = 5e8;

/** How many sources betweenness starts from: all of a small graph, a seeded sample of a large one. */
export function betweennessSampleSize(nodeCount: number, relationshipCount: number): number {
  if (nodeCount <= exactBetweennessLimit) return nodeCount;
  return Math.max(32, Math.min(500, Math.floor(betweennessWork / Math.max(1, nodeCount + relationshipCount))));
}
const ranked = 500;

/**
 * One call per measure: concurrency 1 on purpose, since on two cores the algorithms' thread pools
 * cost more than they give for graphs of this size.
 */
const procedures: Record<CentralityMeasure, string> = {
  DEGREE: "CALL gds.degree.stream($graph, {concurrency: 1})",
  PAGERANK: "CALL gds.pageRank.stream($graph, {concurrency: 1, relationshipWeightProperty: 'weight'})",
  BETWEENNESS: "CALL gds.betweenness.stream($graph, {concurrency: 1, samplingSize: $samplingSize, samplingSeed: 42})",
};

const cache = new LRUCache<string, Promise<RankedActor[]>>({ max: 3 * projectionLimits.count });
projectionDropped.add((graph) => {
  for (const key of [...cache.keys()]) if (key.endsWith(`|${graph}`)) cache.delete(key);
});

async function computeRanking(
  driver: Driver,
  database: string,
  graph: string,
  measure: CentralityMeasure,
): Promise<RankedActor[]> {
  const size = await driver.executeQuery(
    "CALL gds.graph.list($graph) YIELD nodeCount, relationshipCount RETURN nodeCount, relationshipCount",
    { graph },
    { database },
  );
  const samplingSize = neo4j.int(
    betweennessSampleSize(
      Number(size.records[0]?.get("nodeCount") ?? 0),
      Number(size.records[0]?.get("relationshipCount") ?? 0),
    ),
  );
  const result = await driver.executeQuery(
    `${procedures[measure]} YIELD nodeId, score
     WITH nodeId, score ORDER BY score DESC LIMIT ${ranked}
     WITH gds.util.asNode(nodeId) AS actor, score
     RETURN actor, score ORDER BY score DESC, actor.id`,
    { graph, samplingSize },
    { database, transactionConfig: algorithmTransaction },
  );
  return result.records.map((record) => ({
    actor: toNodeModel<"Actor">(record.get("actor")),
    score: Number(record.get("score")),
  }));
}

/**
 * Ranks actors of the collaboration graph by degree, betweenness or PageRank, computed in the
 * database by Graph Data Science and cached until the graph changes.
 */
export async function rankCentrality(
  driver: Driver,
  database: string,
  args: QueryCentralityArgs,
): Promise<RankedActor[]> {
  const limit = checkRange("limit", args.limit, 1, ranked, 25);
  const measure = args.measure ?? "BETWEENNESS";
  const graph = await ensureProjection(driver, database, toFilterParams(args.filter));
  const key = `${measure}|${graph}`;
  let ranking = cache.get(key);
  if (!ranking) {
    ranking = computeRanking(driver, database, graph, measure).catch((error: unknown) => {
      cache.delete(key);
      throw analysisTimedOut(error);
    });
    cache.set(key, ranking);
  }
  return (await ranking).slice(0, limit);
}
