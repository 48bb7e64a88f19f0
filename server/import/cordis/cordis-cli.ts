import { readConfig } from "../../config.js";
import { connectDatabase } from "../../database/connect.js";
import { ensureDatabaseSchema } from "../../database/ensure-database-schema.js";
import { log } from "../../log.js";
import { runCli } from "../../run-cli.js";
import { importCordis } from "./import-cordis.js";
import { importCordisHistory, isHistoryFile } from "./import-cordis-history.js";

const usage =
  "usage: npm run import:cordis -- <project file> <organization file> [--batch-size N] [--max-rows N]\n" +
  "       npm run import:cordis -- <participation history file> --exported YYYY-MM-DD [--batch-size N] [--max-rows N]\n" +
  "  files: CORDIS exports, .csv, .json, .csv.gz or .json.gz; a history file (projectRcn, role, organisationID…)\n" +
  "  is told by its header and needs the date of the export it was taken from";

function parseArguments(args: string[]) {
  const files: string[] = [];
  const options: { batchSize?: number; maxRows?: number; exported?: string } = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--batch-size" || arg === "--max-rows") {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} needs a positive whole number\n${usage}`);
      options[arg === "--batch-size" ? "batchSize" : "maxRows"] = value;
    } else if (arg === "--exported") {
      const value = args[++i] ?? "";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--exported needs a date, YYYY-MM-DD\n${usage}`);
      options.exported = value;
    } else if (arg.startsWith("-")) {
      throw new Error(`unknown option ${arg}\n${usage}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1 && files.length !== 2) throw new Error(usage);
  return { files, options };
}

async function main(): Promise<void> {
  const { files, options } = parseArguments(process.argv.slice(2));
  const history = files.length === 1;
  if (history && !(await isHistoryFile(files[0])))
    throw new Error(
      `${files[0]}: not a participation history (no projectRcn, role and organisationID columns)\n${usage}`,
    );
  if (history && !options.exported)
    throw new Error(`${files[0]}: a history file needs --exported YYYY-MM-DD\n${usage}`);
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    await ensureDatabaseSchema(connection.driver, config.neo4jDatabase);
    const started = performance.now();
    if (history) {
      const summary = await importCordisHistory(connection.driver, config.neo4jDatabase, files[0], {
        ...options,
        exportDate: options.exported!,
      });
      const seconds = (performance.now() - started) / 1000;
      log.info(
        `CORDIS history import done in ${seconds.toFixed(1)} s: ${summary.rows} participation rows ` +
          `(${Math.round(summary.rowsPerSecond)} rows/s), ${summary.rejected} rejected`,
      );
      return;
    }
    const summary = await importCordis(
      connection.driver,
      config.neo4jDatabase,
      { projectFile: files[0], organizationFile: files[1] },
      options,
    );
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
