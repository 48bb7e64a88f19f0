import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../config.js";
import { bumpGraphVersion } from "../../database/graph-version.js";
import { log } from "../../log.js";
import { importFile } from "../records/import-file.js";
import type { FileSummary } from "../records/import-summary.js";
import { readCsvRecords } from "../records/read-csv-records.js";
import { linkCallProjects } from "./link-call-projects.js";
import { parseCallRecord } from "./parse-call-record.js";
import { writeCallBatch } from "./write-call-batch.js";

/** The shipped export of the Funding & Tenders Portal's Horizon Europe topics. */
export const shippedCallsFile = path.join(projectRoot, "seeds/calls/horizon-topics.csv.gz");

export interface CallsSummary extends FileSummary {
  /** Links from projects to call topics and families after the import. */
  projectLinks: number;
}

/**
 * Imports a Funding & Tenders topic export (CSV, `,`-separated, header row, `.gz` too), streamed and
 * read by column name: each valid row becomes a Call with its source, call and destination; rows
 * with a bad field are reported (file, line, field) and not written. Then links the CORDIS projects
 * to the calls. Idempotent: a second run finds every row unchanged.
 */
export async function importCalls(driver: Driver, database: string, file = shippedCallsFile): Promise<CallsSummary> {
  const session = driver.session({ database });
  try {
    const summary = await importFile(file, {
      batchSize: 500,
      read: (input) => readCsvRecords(input, ","),
      parse: parseCallRecord,
      writeBatch: (rows) => session.executeWrite((tx) => writeCallBatch(tx, rows), { timeout: 120_000 }),
    });
    const linked = await linkCallProjects(driver, database);
    log.info(`${summary.file}: ${linked.links} links from projects to calls and families, ${linked.deleted} removed`);
    if (summary.created + summary.updated + linked.deleted > 0) await bumpGraphVersion(driver, database);
    return { ...summary, projectLinks: linked.links };
  } finally {
    await session.close();
  }
}
