import { readConfig } from "../config.js";
import { connectDatabase } from "../database/connect.js";
import { ensureDatabaseSchema } from "../database/ensure-database-schema.js";
import { runCli } from "../run-cli.js";
import { loadSeedGraph } from "./load-seed-graph.js";

/** `npm run seed`: loads (or reloads, idempotently) the seed graph into the configured database. */
async function main(): Promise<void> {
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
    await loadSeedGraph(connection.driver, config.neo4jDatabase, config.seedCordis);
  } finally {
    await connection.close();
  }
}

runCli(main, { stack: true });
