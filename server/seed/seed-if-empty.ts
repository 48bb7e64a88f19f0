import type { Driver } from "neo4j-driver";
import type { SeedCordis } from "../config.js";
import { log } from "../log.js";
import { loadSeedGraph } from "./load-seed-graph.js";

/** Loads the seed graph when the database holds no node yet, so that a first start shows a graph. */
export async function seedIfEmpty(driver: Driver, database: string, cordis: SeedCordis = "all"): Promise<boolean> {
  const result = await driver.executeQuery(
    "MATCH (n) RETURN count(n) > 0 AS hasData LIMIT 1",
    {},
    {
      database,
      transactionConfig: { timeout: 120_000 },
    },
  );
  if (result.records[0]?.get("hasData")) return false;
  log.info("The database is empty: loading the seed graph");
  await loadSeedGraph(driver, database, cordis, { firstLoad: true });
  return true;
}
