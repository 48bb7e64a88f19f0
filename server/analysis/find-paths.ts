import type { Driver, Path } from "neo4j-driver";
import { badInput } from "../model/errors.js";
import type { QueryPathsArgs } from "../generated/resolvers-types.js";
import { assembleNetwork, type Network } from "./assemble-network.js";
import { findElementIds } from "../model/find-nodes.js";
import { filterCondition } from "../model/filter-condition.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

export const maxHops = 6;

/**
 * The shortest paths between two nodes, up to `limit` of them (the shortest first), each as a
 * Network whose edges carry their evidence. Sources are never stepping stones.
 *
 * @remarks The hop bound and the path count are validated integers written into the pattern,
 * since Cypher takes no parameters there.
 */
export async function findPaths(driver: Driver, database: string, args: QueryPathsArgs): Promise<Network[]> {
  const hops = checkRange("maxHops", args.maxHops, 1, maxHops, 4);
  const limit = checkRange("limit", args.limit, 1, 10, 3);
  if (args.from === args.to) throw badInput("from and to must name two different nodes", "to");
  const filter = toFilterParams(args.filter);
  const ids = await findElementIds(driver, database, [args.from, args.to]);
  const result = await driver.executeQuery(
    `MATCH (a) WHERE elementId(a) = $from
     MATCH (b) WHERE elementId(b) = $to
     MATCH p = SHORTEST ${limit} (a)(()-[r]-(m) WHERE type(r) <> 'MENTIONED_IN' AND NOT m:Source
       AND ${filterCondition("r", "m")}){1,${hops}}(b)
     RETURN p`,
    { from: ids.get(args.from), to: ids.get(args.to), ...filter },
    { database, routing: "READ" },
  );
  const paths = result.records.map((record) => record.get("p") as Path);
  return Promise.all(
    paths.map(async (path) => {
      const elementIds = [path.start.elementId, ...path.segments.map((segment) => segment.end.elementId)];
      const network = await assembleNetwork(driver, database, elementIds, filter);
      // The induced subgraph may hold ties between path nodes that the path does not use.
      const used = new Set(
        path.segments.flatMap(({ start, end, relationship }) => [
          `${start.properties.id}|${relationship.type}|${end.properties.id}`,
          `${end.properties.id}|${relationship.type}|${start.properties.id}`,
        ]),
      );
      return { ...network, edges: network.edges.filter((edge) => used.has(edge.id)) };
    }),
  );
}
