import type { Driver } from "neo4j-driver";
import { warmAnalysisCaches } from "./analysis/index.js";
import { warmCallCaches } from "./calls/index.js";
import { warmPartnerFinder } from "./consortium/index.js";

/**
 * Prepares in the background, once the API listens, what the first requests would otherwise wait
 * for: the partner finder's history and text index, the analysis projections, the call catalogue and the projects' words.
 * Resolves when all are ready (or given up on, which each logs); it never rejects.
 */
export async function warmCaches(driver: Driver, database: string): Promise<void> {
  await Promise.all([
    warmPartnerFinder(driver, database),
    warmAnalysisCaches(driver, database),
    warmCallCaches(driver, database),
  ]);
}
