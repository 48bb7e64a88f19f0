import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { readCallCatalogue } from "../consortium/index.js";
import { readFamilyProjects } from "./read-family-projects.js";
import { prepareProjectWords } from "./find-actor-record.js";

/**
 * Reads the calls' profiles, the call families' projects and every project's words in the
 * background after start-up, for the first openCalls.
 */
export function warmCallCaches(driver: Driver, database: string): void {
  const started = Date.now();
  readCallCatalogue(driver, database)
    .then(async (catalogue) => {
      await readFamilyProjects(driver, database, catalogue.version);
      const projects = await prepareProjectWords(driver, database, catalogue.version);
      log.info(`Open calls: the words of ${projects} projects read in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    })
    .catch((error: unknown) =>
      log.warn(`open calls not prepared: ${error instanceof Error ? error.message : String(error)}`),
    );
}
