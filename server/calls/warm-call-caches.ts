import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { readCallCatalogue } from "../consortium/index.js";
import { readFamilyProjects } from "./read-family-projects.js";

/** Reads the calls' profiles and the call families' projects in the background after start-up, for the first openCalls. */
export function warmCallCaches(driver: Driver, database: string): void {
  readCallCatalogue(driver, database)
    .then((catalogue) => readFamilyProjects(driver, database, catalogue.version))
    .catch((error: unknown) =>
      log.warn(`open calls not prepared: ${error instanceof Error ? error.message : String(error)}`),
    );
}
