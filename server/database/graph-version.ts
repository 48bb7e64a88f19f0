import type { Driver } from "neo4j-driver";

/**
 * Bumps the graph's version after a bulk write (seed, CORDIS import, ROR enrichment): the analysis
 * caches and the response cache key on it, so that changes that leave the node and relationship
 * counts as they were (updated rows) are seen too. Edits bump it in their own transaction.
 */
export async function bumpGraphVersion(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    "MERGE (m:Meta {id: 'graph'}) SET m.version = coalesce(m.version, 0) + 1",
    {},
    // Right after a bulk write, on a busy machine, even this may wait for locks longer than the default.
    { database, transactionConfig: { timeout: 120_000 } },
  );
}
