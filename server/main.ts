import { setTimeout as delay } from "node:timers/promises";
import { createApp } from "./app.js";
import { readConfig } from "./config.js";
import { connectDatabase } from "./database/connect.js";
import { describeDatabase } from "./database/driver.js";
import { ensureDatabaseSchema } from "./database/ensure-database-schema.js";
import { log } from "./log.js";
import { seedIfEmpty } from "./seed/seed-if-empty.js";
import { warmCaches } from "./warm-caches.js";

const config = readConfig();
const connection = await connectDatabase(config).catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: shutting down`);
  // A slow request or a long analysis must not keep the database from being stopped.
  await Promise.race([app?.close().catch(() => undefined), delay(5_000)]);
  await connection.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

let app: Awaited<ReturnType<typeof createApp>> | undefined;
try {
  const info = await describeDatabase(connection.driver, config.neo4jDatabase);
  log.info(`Neo4j ${info.version} ${info.edition} (APOC ${info.apoc ?? "missing"}, GDS ${info.gds ?? "missing"})`);
  await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
  if (config.seedOnEmpty) await seedIfEmpty(connection.driver, config.neo4jDatabase, config.seedCordis);
  app = await createApp(config, connection.driver);
  const url = await app.listen();
  log.info(`Samverkan serves GraphQL at ${url}/graphql and the explorer at ${url}/`);
  void warmCaches(connection.driver, config.neo4jDatabase);
} catch (error) {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await connection.close();
  process.exit(1);
}
