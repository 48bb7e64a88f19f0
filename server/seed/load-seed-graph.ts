import type { Driver } from "neo4j-driver";
import type { SeedCordis } from "../config.js";
import { bumpGraphVersion } from "../database/graph-version.js";
import { importCalls } from "../import/calls/import-calls.js";
import { enrichFromRor } from "../import/ror/enrich-from-ror.js";
import { loadShippedCordis } from "../import/cordis/load-shipped-cordis.js";
import { log } from "../log.js";
import { readCuratedGraph } from "./read-curated.js";
import { toSeedGraph } from "./to-seed-graph.js";
import { writeSeedGraph } from "./write-graph.js";

/**
 * Loads everything a fresh database should hold: the curated graph from seeds/curated, then the
 * shipped CORDIS data (its organisations resolve onto the curated actors), then ROR's enrichment
 * of actors with a ROR id, then the Horizon Europe call topics (linked to the projects funded under
 * their calls and destinations). Idempotent: loading twice changes nothing. `cordis` chooses the
 * Horizon Europe projects: every one (the default) or those with a participant in Sweden. On an
 * empty database (`firstLoad`), the CORDIS import writes no `Change` per project and
 * participation: they are the graph's origin, and recording them doubled the first start.
 */
export async function loadSeedGraph(
  driver: Driver,
  database: string,
  cordis: SeedCordis = "all",
  options: { firstLoad?: boolean } = {},
): Promise<void> {
  const started = Date.now();
  const curated = await readCuratedGraph();
  await writeSeedGraph(driver, database, toSeedGraph(curated));
  log.info(
    `Curated graph: ${curated.actors.length} actors, ${curated.relationships.length} relationships, ${curated.sources.length} sources`,
  );
  await loadShippedCordis(driver, database, cordis, { recordChanges: options.firstLoad !== true });
  await enrichFromRor(driver, database);
  await importCalls(driver, database);
  await bumpGraphVersion(driver, database);
  log.info(`Seed graph loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
