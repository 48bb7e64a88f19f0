import { readConfig } from "../../config.js";
import { connectDatabase } from "../../database/connect.js";
import { log } from "../../log.js";
import { runCli } from "../../run-cli.js";
import { formatCandidateTable } from "./format-candidate-table.js";
import { listResolutionCandidates } from "./list-resolution-candidates.js";

/** Prints the POSSIBLY_SAME_AS pairs that the CORDIS import left for a person to decide. */
async function main(): Promise<void> {
  const config = readConfig();
  const connection = await connectDatabase(config);
  try {
    const candidates = await listResolutionCandidates(connection.driver, config.neo4jDatabase);
    if (candidates.length === 0) log.info("No resolution candidates to review");
    else process.stdout.write(`${formatCandidateTable(candidates)}\n${candidates.length} candidates\n`);
  } finally {
    await connection.close();
  }
}

runCli(main);
