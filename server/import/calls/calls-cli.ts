import { readConfig } from "../../config.js";
import { connectDatabase } from "../../database/connect.js";
import { ensureDatabaseSchema } from "../../database/ensure-database-schema.js";
import { log } from "../../log.js";
import { importCalls } from "./import-calls.js";

/** Imports a Funding & Tenders topic export (default seeds/calls/horizon-topics.csv.gz). */
async function main(args: string[]): Promise<void> {
  if (args.length > 1 || args[0]?.startsWith("-"))
    throw new Error("usage: npm run import:calls -- [topics csv file, .csv or .csv.gz]");
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
    await importCalls(connection.driver, config.neo4jDatabase, ...(args[0] ? [args[0]] : []));
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
