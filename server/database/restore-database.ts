import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LocalNeo4jSettings } from "../config.js";
import { log } from "../log.js";
import { runAdminOnStore, seconds, whileStopped, type BackupOutcome } from "./dump-database.js";
import { ensureJars, type JarLocations } from "./jars.js";
import { prepareHome, runAdmin } from "./neo4j-home.js";

function requireDumpFile(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  if (!fs.statSync(file).isFile()) throw new Error(`${file} is not a file; give the path of a .dump file`);
}

/** Asks neo4j-admin what the archive holds, so that a wrong file fails before the server stops. */
function checkArchive(
  settings: LocalNeo4jSettings,
  jars: JarLocations,
  database: string,
  folder: string,
  file: string,
): void {
  try {
    runAdmin(settings, jars, ["database", "load", database, `--from-path=${folder}`, "--info"]);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error))
      .split("\n")[0]
      .replace("neo4j-admin database load failed: ", "")
      .replaceAll(path.join(folder, `${database}.dump`), file);
    throw new Error(`${file} is not a Neo4j database dump (neo4j-admin: ${reason})`, { cause: error });
  }
}

/**
 * Replaces the local database with a dump file, using Neo4j's own
 * `neo4j-admin database load --overwrite-destination=true`, and stops the local server around it
 * (starting it again, detached, when it was running).
 *
 * @remarks The file is checked first (`load --info`): a missing file or one that is not a dump
 * leaves the database as it was, and running.
 */
export async function restoreDatabase(
  settings: LocalNeo4jSettings,
  database: string,
  file: string,
): Promise<BackupOutcome> {
  const source = path.resolve(file);
  requireDumpFile(source);
  const jars = await ensureJars(settings.jarsDir);
  prepareHome(settings, jars);
  // neo4j-admin reads <database>.dump from a folder; a link names any file so.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-restore-"));
  try {
    fs.symlinkSync(source, path.join(folder, `${database}.dump`));
    const started = performance.now();
    checkArchive(settings, jars, database, folder, source);
    await whileStopped(settings, () => {
      const loading = performance.now();
      log.info(`Loading ${source} into database "${database}" with neo4j-admin…`);
      runAdminOnStore(settings, jars, [
        "database",
        "load",
        database,
        `--from-path=${folder}`,
        "--overwrite-destination=true",
      ]);
      log.info(`Loaded in ${seconds(loading)} s`);
    });
    return { file: source, bytes: fs.statSync(source).size, seconds: (performance.now() - started) / 1000 };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
