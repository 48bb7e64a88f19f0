import { readConfig } from "../config.js";
import { connectDatabase } from "../database/connect.js";
import { ensureDatabaseSchema } from "../database/ensure-database-schema.js";
import { log } from "../log.js";
import { loadSeedGraph } from "./load-seed-graph.js";

/** `npm run seed`: loads (or reloads, idempotently) the seed graph into the configured database. */
const config = readConfig();
const connection = await connectDatabase(config);
try {
  await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
  await loadSeedGraph(connection.driver, config.neo4jDatabase, config.seedCordis);
} catch (error) {
  log.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await connection.close();
}
