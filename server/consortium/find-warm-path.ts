import type { Driver } from "neo4j-driver";
import type { Network } from "../analysis/assemble-network.js";
import { findPaths } from "../analysis/find-paths.js";

/** The ties a warm introduction can run along: collaborations, not shared places or strategies. */
export const introductionTypes = [
  "PARTICIPATES_IN",
  "PARTY_TO",
  "MEMBER_OF",
  "COLLABORATES_WITH",
  "FOUNDED",
  "FINANCES",
  "OWNS",
  "PART_OF",
];

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
): Promise<Network | null> {
  const [path] = await findPaths(driver, database, {
    from,
    to,
    maxHops: 4,
    limit: 1,
    filter: { relationshipTypes: introductionTypes },
  });
  return path ?? null;
}
