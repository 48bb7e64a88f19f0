import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { readConfig } from "../../server/config.js";
import { describeDatabase, createDriver } from "../../server/database/driver.js";
import { ensureDatabaseSchema } from "../../server/database/ensure-database-schema.js";
import { startLocalNeo4j } from "../../server/database/local-neo4j.js";
import { loadSeedGraph } from "../../server/seed/load-seed-graph.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: { uri: string; username: string; password: string; database: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts a throw-away Neo4j on free ports (or uses NEO4J_URI), loads the seed graph once, and
 * hands the connection to the tests; tests that write use their own ids and clean up.
 */
export default async function setup(project: TestProject) {
  const config = readConfig();
  let connection = { uri: config.neo4jUri ?? "", username: config.neo4jUsername, password: config.neo4jPassword ?? "" };
  let stop = async () => {};
  let dataDir: string | undefined;
  if (!config.neo4jUri) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-test-neo4j-"));
    const boltPort = await freePort();
    const local = await startLocalNeo4j({ ...config.local, dataDir, boltPort, httpPort: await freePort(), password: "test-password" });
    connection = { uri: local.uri, username: local.username, password: local.password };
    stop = local.stop;
  }
  const driver = createDriver(connection.uri, connection.username, connection.password);
  const info = await describeDatabase(driver, config.neo4jDatabase);
  console.log(`integration tests run against Neo4j ${info.version} ${info.edition} at ${connection.uri} (APOC ${info.apoc ?? "missing"}, GDS ${info.gds ?? "missing"})`);
  await ensureDatabaseSchema(driver, config.neo4jDatabase);
  await loadSeedGraph(driver, config.neo4jDatabase);
  await driver.close();
  project.provide("neo4j", { ...connection, database: config.neo4jDatabase });
  return async () => {
    await stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
