import type { Driver } from "neo4j-driver";
import { bumpGraphVersion } from "../../database/graph-version.js";
import { importFile } from "../records/import-file.js";
import { emptyOutcome, type FileSummary } from "../records/import-summary.js";
import { openInput } from "../records/open-input.js";
import { readCordisRecords } from "../records/read-cordis-records.js";
import { RowError } from "../records/row-error.js";
import { importedBy } from "../keep-edits/record-import-changes.js";
import { cordisHistorySource } from "./cordis-sources.js";
import { historyColumns, parseCordisHistory, type HistoryParticipation } from "./parse-cordis-history.js";
import { historyProjectId } from "./plan-history-batch.js";
import { writeHistoryBatch } from "./write-history-batch.js";
import { matchCuratedProjects, type CuratedProjectMatch } from "./match-curated-projects.js";
import { log } from "../../log.js";

export interface ImportHistoryOptions {
  /** The export's date (YYYY-MM-DD): the file's rows carry none, and newer facts win (see mergeNewerFacts). */
  exportDate: string;
  /** Rows per write transaction (default 10,000); batches end between projects. */
  batchSize?: number;
  maxRows?: number;
  /** False for the first load of an empty database: no `Change` is written. */
  recordChanges?: boolean;
}

/** The outcome of one history import: participations counted as in a CORDIS import, and nameless organisations made. */
export type HistorySummary = FileSummary & { organisationsCreated: number; matches: CuratedProjectMatch[] };

const batchTimeoutMs = 120_000;

/** A row of a record that a pass leaves out (see importCordisHistory). */
const skipped = { rcn: "" } as HistoryParticipation;

/** Whether a file is a participation history (its first record has a record number and an organisation id, no project id). */
export async function isHistoryFile(file: string): Promise<boolean> {
  const input = openInput(file);
  try {
    for await (const record of readCordisRecords(input)) {
      const columns = Object.keys(record.fields);
      return historyColumns.every((column) => columns.includes(column)) && !columns.includes("projectID");
    }
    return false;
  } finally {
    input.stream.destroy();
  }
}

/**
 * Imports a Horizon 2020 participation history (one file, one row per participation; see
 * parseCordisHistory), streaming, in batches that end between projects. A record number that a
 * project already holds (a shipped H2020 project) is that project; any other becomes a project of
 * its own (`h2020-rcn-<rcn>`) that says what the source lacks. An organisation lands on the actor
 * holding its CORDIS id, else on a nameless organisation. A curated project matched to a record
 * (see matchCuratedProjects) takes the record's rows. Idempotent, editors' fields kept, rows of the
 * export's date: facts stored from newer records win.
 */
export async function importCordisHistory(
  driver: Driver,
  database: string,
  file: string,
  options: ImportHistoryOptions,
): Promise<HistorySummary> {
  const source = cordisHistorySource(options.exportDate);
  const exportDate = `${options.exportDate} 00:00:00`;
  const by = options.recordChanges === false ? null : importedBy("cordis", file);
  let organisationsCreated = 0;
  const session = driver.session({ database });
  const writeRows = (keep: (row: HistoryParticipation) => boolean) =>
    importFile<HistoryParticipation>(file, {
      batchSize: options.batchSize ?? 10_000,
      maxRows: options.maxRows,
      parse: (record) => {
        const row = parseCordisHistory(record);
        return row instanceof RowError || keep(row) ? row : skipped;
      },
      mayCut: (previous, next) => previous.rcn !== next.rcn || previous === skipped,
      writeBatch: async (batch) => {
        const rows = batch.filter((row) => row !== skipped);
        if (rows.length === 0) return emptyOutcome();
        const outcome = await session.executeWrite((tx) => writeHistoryBatch(tx, rows, source, exportDate, by), {
          timeout: batchTimeoutMs,
        });
        organisationsCreated += outcome.actorsCreated;
        return outcome;
      },
      describe: () => `; ${organisationsCreated} organisations without a name in any export`,
    });
  try {
    const summary = await writeRows(() => true);
    const matches = await matchCuratedProjects(driver, database);
    for (const match of matches) {
      if (match.matched) log.info(`${match.curated}: matched to ${match.matchedBy}`);
      else log.info(`${match.curated}: not matched to the history (${match.candidates.length} candidates)`);
    }
    // A matched record's rows are written again, onto the curated project that now holds its record
    // number, as any later import of the file writes them: that import then changes nothing.
    const matched = new Set(matches.flatMap((match) => (match.matched ? [match.matched] : [])));
    if (matched.size > 0) await writeRows((row) => matched.has(historyProjectId(row.rcn)));
    if (summary.created + summary.updated + organisationsCreated + matched.size > 0)
      await bumpGraphVersion(driver, database);
    return { ...summary, organisationsCreated, matches };
  } finally {
    await session.close();
  }
}
