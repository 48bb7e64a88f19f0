import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { findCommunities } from "./find-communities.js";
import { rankCentrality } from "./rank-centrality.js";

/**
 * Computes the default centrality ranking and communities in the background after start-up, so
 * that the first person to ask does not wait for the projection and the algorithms.
 */
export function warmAnalysisCaches(driver: Driver, database: string): Promise<void> {
  const started = Date.now();
  return rankCentrality(driver, database, { measure: "BETWEENNESS", limit: 25 })
    .then(() => findCommunities(driver, database, {}))
    .then(() => {
      log.info(`Centrality and communities ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })
    .catch((error: unknown) => {
      log.warn(`centrality and communities not precomputed: ${error instanceof Error ? error.message : String(error)}`);
    });
}
