import type { Driver } from "neo4j-driver";
import { badInput } from "../model/errors.js";
import type { QueryNetworkArgs } from "../generated/resolvers-types.js";
import { assembleNetwork, type Network } from "./assemble-network.js";
import { findElementIds } from "../model/find-nodes.js";
import { filterCondition } from "../model/filter-condition.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

/** At most this many neighbours are taken from one node, so that a hub does not flood the view. */
export const hubCap = 50;
export const maxDepth = 3;
export const maxNetworkNodes = 2000;

/**
 * The neighbourhood of some nodes to a depth: a breadth-first expansion in which each node gives at
 * most {@link hubCap} neighbours (curated ties first, then the best connected) and the whole stops
 * at `limit` nodes; what was left out is counted in `truncated`.
 */
export async function findNetwork(driver: Driver, database: string, args: QueryNetworkArgs): Promise<Network> {
  if (args.ids.length === 0) throw badInput("ids must name at least one node", "ids");
  const depth = checkRange("depth", args.depth, 0, maxDepth, 1);
  const limit = checkRange("limit", args.limit, 1, maxNetworkNodes, 500);
  const ids = [...new Set(args.ids)];
  if (ids.length > limit) throw badInput(`ids names ${ids.length} nodes, more than the limit of ${limit}`, "ids");
  const filter = toFilterParams(args.filter);
  const start = [...(await findElementIds(driver, database, ids)).values()];
  const included = new Set(start);
  let frontier = start;
  let omittedNodes = 0;
  for (let hop = 0; hop < depth && frontier.length > 0 && included.size < limit; hop += 1) {
    const result = await driver.executeQuery(
      `UNWIND $frontier AS eid
       MATCH (n) WHERE elementId(n) = eid
       CALL (n) {
         MATCH (n)-[r]-(m) WHERE type(r) <> 'MENTIONED_IN' AND NOT m:Source AND ${filterCondition("r", "m")}
         WITH DISTINCT m, min(CASE type(r) WHEN 'PARTICIPATES_IN' THEN 1 ELSE 0 END) AS cordisOnly
         WITH m, cordisOnly, COUNT { (m)--() } AS degree
         ORDER BY cordisOnly, degree DESC
         WITH collect(elementId(m)) AS neighbours
         RETURN neighbours[0..toInteger($hubCap)] AS kept, size(neighbours) AS total
       }
       RETURN kept, total`,
      { frontier, hubCap, ...filter },
      { database, routing: "READ" },
    );
    const next: string[] = [];
    for (const record of result.records) {
      const kept: string[] = record.get("kept");
      omittedNodes += Number(record.get("total")) - kept.length;
      for (const id of kept) {
        if (included.has(id)) continue;
        if (included.size >= limit) {
          omittedNodes += 1;
          continue;
        }
        included.add(id);
        next.push(id);
      }
    }
    frontier = next;
  }
  const truncated = { truncated: omittedNodes > 0, omittedNodes, omittedEdges: omittedNodes };
  return assembleNetwork(driver, database, [...included], filter, truncated);
}
