import neo4j, { type Driver } from "neo4j-driver";

export interface DatabaseInfo {
  version: string;
  edition: string;
  apoc?: string;
  gds?: string;
}

/**
 * Opens a driver with timeouts that make an unreachable database fail fast rather than hang.
 *
 * @remarks Transaction functions (executeQuery, executeRead/Write, what @neo4j/graphql runs) retry
 * a transient failure for about a second, one retry, so that a request while the database is away
 * fails within a few seconds; the driver's default of 30 s would hold every request that long.
 */
export function createDriver(uri: string, username: string, password: string | undefined): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password ?? ""), {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 1_000,
    disableLosslessIntegers: true,
  });
}

/** The first queries after start-up load procedures and plans: on a busy machine they outlast the default timeout. */
const firstQueryConfig = { timeout: 60_000 };

async function optionalVersion(driver: Driver, database: string, query: string): Promise<string | undefined> {
  try {
    const result = await driver.executeQuery(query, {}, { database, transactionConfig: firstQueryConfig });
    return String(result.records[0]?.get("version"));
  } catch {
    return undefined;
  }
}

/** Asks the database for its version and which plugins (APOC, GDS) it has. */
export async function describeDatabase(driver: Driver, database: string): Promise<DatabaseInfo> {
  const result = await driver.executeQuery(
    "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    {},
    { database, transactionConfig: firstQueryConfig },
  );
  const record = result.records[0];
  return {
    version: String(record?.get("version")),
    edition: String(record?.get("edition")),
    apoc: await optionalVersion(driver, database, "RETURN apoc.version() AS version"),
    gds: await optionalVersion(driver, database, "RETURN gds.version() AS version"),
  };
}
