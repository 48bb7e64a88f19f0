import type { Driver } from "neo4j-driver";
import { warmAnalysisCaches } from "./analysis/index.js";
import { warmCallCaches } from "./calls/index.js";
import { warmPartnerFinder } from "./consortium/index.js";

/**
 * Prepares in the background, once the API listens, what the first requests would otherwise wait
 * for: the partner finder's history and text index, the analysis projections, the call catalogue and the projects' words.
 */
export function warmCaches(driver: Driver, database: string): void {
  warmPartnerFinder(driver, database);
  warmAnalysisCaches(driver, database);
  warmCallCaches(driver, database);
}
