import type { TestProject } from "vitest/node";
import { readConfig } from "../../server/config.js";
import { describeDatabase, createDriver } from "../../server/database/driver.js";
import { ensureDatabaseSchema } from "../../server/database/ensure-database-schema.js";
import { startScratchNeo4j } from "../../server/database/start-scratch-neo4j.js";
import { loadSeedGraph } from "../../server/seed/load-seed-graph.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

interface SharedDatabase {
  connection: { uri: string; username: string; password: string; database: string };
  stop(): Promise<void>;
  users: number;
}

const shared = globalThis as typeof globalThis & { samverkanTestDatabase?: Promise<SharedDatabase> };

async function startDatabase(): Promise<SharedDatabase> {
  // The tests load the Horizon Europe projects with a participant in Sweden (a strict subset of
  // all of them), which keeps the suite's seeding short; SEED_CORDIS=all tests on everything.
  process.env.SEED_CORDIS ||= "sweden";
  const config = readConfig();
  let connection = { uri: config.neo4jUri ?? "", username: config.neo4jUsername, password: config.neo4jPassword ?? "" };
  let stop = async () => {};
  if (!config.neo4jUri) {
    const { listenAddress, transactionMemory } = config.local;
    // Generous for the test database: the request budgets are tested in the API, not by the server's timeout.
    const transactionTimeout = "60s";
    const scratch = await startScratchNeo4j({
      settings: {
        listenAddress,
        transactionMemory,
        transactionTimeout,
        password: "test-password",
        heapSize: "1g",
        pageCacheSize: "256m",
      },
    });
    connection = { uri: scratch.uri, username: scratch.username, password: scratch.password };
    stop = scratch.remove;
  }
  const driver = createDriver(connection.uri, connection.username, connection.password);
  try {
    const info = await describeDatabase(driver, config.neo4jDatabase);
    console.log(
      `tests run against Neo4j ${info.version} ${info.edition} at ${connection.uri} (APOC ${info.apoc ?? "missing"}, GDS ${info.gds ?? "missing"})`,
    );
    await ensureDatabaseSchema(driver, config.neo4jDatabase);
    await loadSeedGraph(driver, config.neo4jDatabase, config.seedCordis);
  } catch (error) {
    await stop();
    throw error;
  } finally {
    await driver.close();
  }
  return { connection: { ...connection, database: config.neo4jDatabase }, stop, users: 0 };
}

/**
 * Starts a throw-away Neo4j on free ports (or uses NEO4J_URI), loads the seed graph once, and
 * hands the connection to the tests; tests that write use their own ids and clean up. The
 * integration and end-to-end projects share one database: the second setup reuses the first's.
 */
export default async function setup(project: TestProject) {
  shared.samverkanTestDatabase ??= startDatabase();
  const database = await shared.samverkanTestDatabase;
  database.users += 1;
  project.provide("neo4j", database.connection);
  return async () => {
    database.users -= 1;
    if (database.users === 0) {
      shared.samverkanTestDatabase = undefined;
      await database.stop();
    }
  };
}
