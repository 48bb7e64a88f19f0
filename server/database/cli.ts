import { readConfig } from "../config.js";
import { log } from "../log.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";

const usage = "usage: db:start | db:stop";

async function main(command: string | undefined): Promise<void> {
  const config = readConfig();
  switch (command) {
    case "start": {
      const db = await startLocalNeo4j(config.local, { detached: true });
      log.info(`Neo4j runs at ${db.uri} (user neo4j; password in ${config.local.dataDir}/password unless NEO4J_PASSWORD is set)`);
      break;
    }
    case "stop":
      log.info((await stopLocalNeo4j(config.local)) ? "Neo4j stopped" : "Neo4j was not running");
      break;
    default:
      throw new Error(usage);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
