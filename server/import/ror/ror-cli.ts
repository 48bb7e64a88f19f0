import { readConfig } from "../../config.js";
import { connectDatabase } from "../../database/connect.js";
import { ensureDatabaseSchema } from "../../database/ensure-database-schema.js";
import { runCli } from "../../run-cli.js";
import { enrichFromRor } from "./enrich-from-ror.js";

/** Enriches the actors that carry a ROR id from a ROR extract (default seeds/ror/ror-se.csv). */
async function main(args: string[]): Promise<void> {
  if (args.length > 1 || args[0]?.startsWith("-"))
    throw new Error("usage: tsx server/import/ror/ror-cli.ts [ror csv file]");
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
    await enrichFromRor(connection.driver, config.neo4jDatabase, ...(args[0] ? [args[0]] : []));
  } finally {
    await connection.close();
  }
}

runCli(() => main(process.argv.slice(2)));
