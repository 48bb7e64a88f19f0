import { setTimeout as delay } from "node:timers/promises";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { log } from "../log.js";
import { createDriver } from "./driver.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";

export interface Connection {
  driver: Driver;
  /** Closes the driver and stops the local database when this process started it. */
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when it is set (a server, a cluster or Aura); otherwise starts the local
 * Neo4j, or attaches to the one already running on the data directory.
 */
export async function connectDatabase(config: Config): Promise<Connection> {
  if (config.neo4jUri) {
    log.info(`Using Neo4j at ${config.neo4jUri}`);
    const driver = createDriver(config.neo4jUri, config.neo4jUsername, config.neo4jPassword);
    await driver.verifyConnectivity({ database: config.neo4jDatabase });
    return { driver, close: () => driver.close() };
  }
  const local = await startLocalNeo4j(config.local);
  const driver = createDriver(local.uri, local.username, local.password);
  return {
    driver,
    close: async () => {
      await Promise.race([driver.close(), delay(5_000)]);
      if (local.startedHere) {
        log.info("Stopping the local Neo4j");
        // By the data directory, not the process: a db:dump or db:restore meanwhile restarts the server under a new pid.
        await stopLocalNeo4j(config.local);
      }
    },
  };
}
