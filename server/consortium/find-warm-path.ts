import type { Driver } from "neo4j-driver";
import { findPaths } from "../analysis/find-paths.js";
import type { ResolversTypes } from "../generated/resolvers-types.js";
import { collaborationTieTypes } from "../model/collaboration-ties.js";

/**
 * The warm introduction from a consortium member to a candidate: the shortest path along
 * collaborations (at most four hops: member, project, partner, project, candidate), or null.
 *
 * @remarks findPaths picks one of the shortest paths; when several are equally short, which one
 * may differ between calls, though its length does not.
 */
export async function findWarmPath(
  driver: Driver,
  database: string,
  from: string,
  to: string,
): Promise<ResolversTypes["Network"] | null> {
  const [path] = await findPaths(driver, database, {
    from,
    to,
    maxHops: 4,
    limit: 1,
    // A warm introduction runs along collaborations, not shared places or strategies.
    filter: { relationshipTypes: collaborationTieTypes },
  });
  return path ?? null;
}
