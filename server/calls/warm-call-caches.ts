import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { readCallCatalogue } from "../consortium/index.js";
import { readFamilyProjects } from "./read-family-projects.js";

/**
 * Reads the calls' profiles and the call families' projects in the background after start-up, for
 * the first openCalls (the projects' words come from the partner finder's text index, warmed beside).
 */
export function warmCallCaches(driver: Driver, database: string): Promise<void> {
  const started = Date.now();
  return readCallCatalogue(driver, database)
    .then(async (catalogue) => {
      await readFamilyProjects(driver, database, catalogue.version);
      log.info(
        `Open calls: ${catalogue.calls.size} calls and their families' projects read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    })
    .catch((error: unknown) => {
      log.warn(`open calls not prepared: ${error instanceof Error ? error.message : String(error)}`);
    });
}
