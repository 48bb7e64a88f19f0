import fs from "node:fs";
import path from "node:path";
import { projectRoot, type LocalNeo4jSettings } from "../config.js";
import { log } from "../log.js";
import { ensureJars, type JarLocations } from "./jars.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";
import { prepareHome, runAdmin } from "./neo4j-home.js";

/** What a dump or a restore did, for the command's last line. */
export interface BackupOutcome {
  file: string;
  bytes: number;
  seconds: number;
}

/** `backups/neo4j-2025-01-31T12-00-00.dump` under the project: sortable, and safe in any file system. */
export function defaultDumpFile(database: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/:/g, "-");
  return path.join(projectRoot, "backups", `${database}-${stamp}.dump`);
}

export const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

export const fileSize = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Refuses a data directory where the local database has never run. */
export function requireLocalDatabase(settings: LocalNeo4jSettings, database: string): void {
  if (!fs.existsSync(path.join(settings.dataDir, "data/databases", database))) {
    throw new Error(`no local database "${database}" in ${settings.dataDir}: start it once with npm run db:start`);
  }
}

/**
 * Runs neo4j-admin (verbose, for the cause of a failure) on the local home, turning its most
 * likely failure, a store that another process holds, into one line that says what to do.
 */
export function runAdminOnStore(settings: LocalNeo4jSettings, jars: JarLocations, args: string[]): string {
  try {
    return runAdmin(settings, jars, [...args, "--verbose"]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/database is in use|locked by another process/i.test(message)) {
      throw new Error(
        `the database in ${settings.dataDir} is in use by a Neo4j that this project did not start ` +
          `(no live pid in ${path.join(settings.dataDir, "run/samverkan-neo4j.pid")}); stop that process and try again`,
        { cause: error },
      );
    }
    // The causes without their Java stack frames.
    throw new Error(
      message
        .split("\n")
        .filter((line) => !/^\s+(at |\.\.\. \d+ more)/.test(line))
        .join("\n"),
      { cause: error },
    );
  }
}

/**
 * Runs `work` with the local server stopped (neo4j-admin dump and load need the store to
 * themselves), then starts the server again, detached, when it was running before.
 *
 * @remarks A running `npm start` keeps serving: its driver reconnects once the server is back.
 */
export async function whileStopped<T>(settings: LocalNeo4jSettings, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const wasRunning = await stopLocalNeo4j(settings);
  if (wasRunning) log.info(`Stopped the local Neo4j in ${seconds(started)} s; it starts again afterwards`);
  let outcome: T;
  try {
    outcome = await work();
  } catch (error) {
    if (wasRunning) {
      await startLocalNeo4j(settings, { detached: true }).catch((restartError: unknown) =>
        log.error(
          `could not start Neo4j again: ${restartError instanceof Error ? restartError.message : String(restartError)}`,
        ),
      );
    }
    throw error;
  }
  if (wasRunning) await startLocalNeo4j(settings, { detached: true });
  return outcome;
}

/**
 * Dumps the local database to one file with Neo4j's own `neo4j-admin database dump`, stopping
 * the local server around it. The file loads into any Neo4j 5 (`neo4j-admin database load`,
 * or Aura's import).
 */
export async function dumpDatabase(
  settings: LocalNeo4jSettings,
  database: string,
  file = defaultDumpFile(database),
): Promise<BackupOutcome> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} already exists; name another file or delete it first`);
  requireLocalDatabase(settings, database);
  const jars = await ensureJars(settings.jarsDir);
  prepareHome(settings, jars);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // neo4j-admin names the file <database>.dump in a folder; a folder beside the target makes the rename atomic.
  const folder = fs.mkdtempSync(path.join(path.dirname(target), ".dump-"));
  try {
    const started = performance.now();
    await whileStopped(settings, () => {
      const dumping = performance.now();
      log.info(`Dumping database "${database}" with neo4j-admin…`);
      runAdminOnStore(settings, jars, ["database", "dump", database, `--to-path=${folder}`]);
      log.info(`Dumped in ${seconds(dumping)} s`);
    });
    fs.renameSync(path.join(folder, `${database}.dump`), target);
    return { file: target, bytes: fs.statSync(target).size, seconds: (performance.now() - started) / 1000 };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
