import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../config.js";
import { bumpGraphVersion } from "../../database/graph-version.js";
import { importFile } from "../records/import-file.js";
import type { FileSummary } from "../records/import-summary.js";
import { importedBy } from "../keep-edits/record-import-changes.js";
import { parseRorRecord } from "./parse-ror-record.js";
import { readCsvRecords } from "../records/read-csv-records.js";
import { writeRorBatch } from "./write-ror-batch.js";

/** The outcome of a ROR enrichment: created, updated, unchanged count enriched actors. */
export interface RorSummary extends FileSummary {
  /** ROR rows whose id no actor holds (most of them: only curated actors carry a rorId). */
  unmatched: number;
}

/**
 * Enriches every Actor whose `rorId` is in the ROR extract (CSV, CC0): aliases from the name,
 * labels and acronyms, website and foundedYear where unset, wikidataId, and a MENTIONED_IN link
 * to the `ror` Source with the row's line. Idempotent. Fields an editor set stay as they are; each
 * actor changed gets a `Change` naming the file.
 */
export async function enrichFromRor(
  driver: Driver,
  database: string,
  file = path.join(projectRoot, "seeds/ror/ror-se.csv"),
): Promise<RorSummary> {
  const session = driver.session({ database });
  let unmatched = 0;
  try {
    const summary = await importFile(file, {
      batchSize: 1000,
      read: (input) => readCsvRecords(input, ","),
      parse: parseRorRecord,
      writeBatch: async (rows) => {
        const outcome = await session.executeWrite((tx) => writeRorBatch(tx, rows, importedBy("ror", file)), {
          timeout: 120_000,
        });
        unmatched += outcome.unmatched;
        return outcome;
      },
      describe: () => `, ${unmatched} without an actor`,
    });
    if (summary.created + summary.updated > 0) await bumpGraphVersion(driver, database);
    return { ...summary, unmatched };
  } finally {
    await session.close();
  }
}
