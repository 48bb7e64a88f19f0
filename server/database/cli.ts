import path from "node:path";
import { readConfig, type Config } from "../config.js";
import { log } from "../log.js";
import { runCli } from "../run-cli.js";
import { dumpDatabase, fileSize } from "./dump-database.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";
import { restoreDatabase } from "./restore-database.js";

const usage = "usage: db:start | db:stop | db:dump [-- <file>] | db:restore -- <file>";

/** neo4j-admin works on the store files, so a database elsewhere needs its own server's tools. */
function requireLocal(config: Config, command: string): void {
  if (config.neo4jUri) {
    throw new Error(
      `db:${command} works on the local database only, and NEO4J_URI points to ${config.neo4jUri}: ` +
        `run neo4j-admin database ${command === "dump" ? "dump" : "load"} on that server, or use Aura's console ` +
        `(${command === "dump" ? "download a snapshot" : "Import database"}) for Aura`,
    );
  }
}

async function main(command: string | undefined, file: string | undefined): Promise<void> {
  const config = readConfig();
  switch (command) {
    case "start": {
      const db = await startLocalNeo4j(config.local, { detached: true });
      log.info(
        `Neo4j runs at ${db.uri} (user neo4j; password in ${config.local.dataDir}/password unless NEO4J_PASSWORD is set)`,
      );
      break;
    }
    case "stop":
      log.info((await stopLocalNeo4j(config.local)) ? "Neo4j stopped" : "Neo4j was not running");
      break;
    case "dump": {
      requireLocal(config, command);
      const dump = await dumpDatabase(config.local, config.neo4jDatabase, file);
      log.info(`Dump written to ${dump.file} (${fileSize(dump.bytes)}) in ${dump.seconds.toFixed(1)} s`);
      break;
    }
    case "restore": {
      requireLocal(config, command);
      if (!file) throw new Error(`db:restore needs the dump file: npm run db:restore -- <file>`);
      const restore = await restoreDatabase(config.local, config.neo4jDatabase, file);
      log.info(
        `Database restored from ${restore.file} (${fileSize(restore.bytes)}) in ${restore.seconds.toFixed(1)} s`,
      );
      break;
    }
    default:
      throw new Error(usage);
  }
}

// npm runs scripts in the project's root; a relative path means the folder the user typed it in.
const file =
  process.argv[3] === undefined ? undefined : path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[3]);

runCli(() => main(process.argv[2], file));
