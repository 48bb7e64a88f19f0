import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { readCuratedGraph } from "./read-curated.js";
import { toSeedGraph } from "./to-seed-graph.js";
import { writeSeedGraph } from "./write-graph.js";

/**
 * Loads everything a fresh database should hold: the curated graph from seeds/curated and the
 * shipped CORDIS and ROR data. Idempotent: loading twice changes nothing.
 */
export async function loadSeedGraph(driver: Driver, database: string): Promise<void> {
  const started = Date.now();
  const curated = await readCuratedGraph();
  await writeSeedGraph(driver, database, toSeedGraph(curated));
  log.info(`Curated graph: ${curated.actors.length} actors, ${curated.relationships.length} relationships, ${curated.sources.length} sources`);
  log.info(`Seed graph loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
