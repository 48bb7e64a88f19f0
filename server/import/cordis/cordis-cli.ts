import { readConfig } from "../../config.js";
import { connectDatabase } from "../../database/connect.js";
import { ensureDatabaseSchema } from "../../database/ensure-database-schema.js";
import { log } from "../../log.js";
import { runCli } from "../../run-cli.js";
import { importCordis } from "./import-cordis.js";

const usage =
  "usage: npm run import:cordis -- <project file> <organization file> [--batch-size N] [--max-rows N]\n" +
  "  files: CORDIS exports, .csv, .json, .csv.gz or .json.gz";

function parseArguments(args: string[]) {
  const files: string[] = [];
  const options: { batchSize?: number; maxRows?: number } = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--batch-size" || arg === "--max-rows") {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} needs a positive whole number\n${usage}`);
      options[arg === "--batch-size" ? "batchSize" : "maxRows"] = value;
    } else if (arg.startsWith("-")) {
      throw new Error(`unknown option ${arg}\n${usage}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 2) throw new Error(usage);
  return { files: { projectFile: files[0], organizationFile: files[1] }, options };
}

async function main(): Promise<void> {
  const { files, options } = parseArguments(process.argv.slice(2));
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
    const started = performance.now();
    const summary = await importCordis(connection.driver, config.neo4jDatabase, files, options);
    const seconds = (performance.now() - started) / 1000;
    const participations = summary.organizations.rows - summary.organizations.rejected;
    log.info(
      `CORDIS import done in ${seconds.toFixed(1)} s: ${summary.projects.rows} project rows, ` +
        `${participations} participation rows (${Math.round(summary.organizations.rowsPerSecond)} rows/s)`,
    );
  } finally {
    await connection.close();
  }
}

runCli(main);
