import { log } from "../../log.js";
import { emptyOutcome, formatFileSummary, keptErrors, type BatchOutcome, type FileSummary } from "./import-summary.js";
import { openInput, type Input } from "./open-input.js";
import { startProgress } from "./progress-meter.js";
import { RowError } from "./row-error.js";
import { readCordisRecords } from "./read-cordis-records.js";
import { type SourceRecord } from "./source-record.js";

export interface ImportFileOptions<T> {
  /** Rows per write transaction. */
  batchSize: number;
  /** Stops after this many rows, as an interrupted import would. */
  maxRows?: number;
  /** Reads the file's records; CORDIS CSV (`;`) or JSON unless told otherwise. */
  read?(input: Input): AsyncGenerator<SourceRecord>;
  parse(record: SourceRecord): T | RowError;
  /** False when a batch must not end between these two rows (rows of one project stay together). */
  mayCut?(previous: T, next: T): boolean;
  writeBatch(rows: T[]): Promise<BatchOutcome>;
  /** Added to the summary line, after the counts. */
  describe?(): string;
}

const shownErrors = 20;

/**
 * Streams one file through validation into batched writes: bad rows are counted and
 * reported, never written; the next batch is read while the previous one is being written.
 */
export async function importFile<T>(file: string, options: ImportFileOptions<T>): Promise<FileSummary> {
  const input = openInput(file);
  const progress = startProgress(input);
  const total = emptyOutcome();
  const summary = {
    file: input.name,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    rejected: 0,
    errors: [] as RowError[],
  };
  const reject = (error: RowError) => {
    summary.rejected += 1;
    if (summary.errors.length < keptErrors) summary.errors.push(error);
  };
  let batch: T[] = [];
  let pending: Promise<void> = Promise.resolve();
  const flush = async () => {
    const rows = batch;
    batch = [];
    await pending;
    if (rows.length === 0) return;
    pending = options.writeBatch(rows).then((outcome) => {
      total.created += outcome.created;
      total.updated += outcome.updated;
      total.unchanged += outcome.unchanged;
      total.merged += outcome.merged;
      outcome.rejected.forEach(reject);
    });
    pending.catch(() => {}); // awaited at the next flush; this only keeps Node from calling it unhandled
  };
  try {
    for await (const record of (options.read ?? readCordisRecords)(input)) {
      if (options.maxRows !== undefined && summary.rows >= options.maxRows) break;
      summary.rows += 1;
      progress.tick(summary.rows);
      const parsed = options.parse(record);
      if (parsed instanceof RowError) {
        reject(parsed);
        continue;
      }
      const last = batch[batch.length - 1];
      if (batch.length >= options.batchSize && (!options.mayCut || options.mayCut(last, parsed))) await flush();
      batch.push(parsed);
    }
    await flush();
  } finally {
    // A file that cannot be read further still lets the batch being written finish (or fail) first.
    await pending.catch(() => {});
  }
  await pending;
  const seconds = progress.elapsedSeconds();
  const result: FileSummary = {
    ...summary,
    created: total.created,
    updated: total.updated,
    unchanged: total.unchanged,
    merged: total.merged,
    seconds,
    rowsPerSecond: summary.rows / Math.max(seconds, 1e-3),
  };
  progress.finish(formatFileSummary(result, options.describe?.() ?? ""));
  for (const error of result.errors.slice(0, shownErrors)) log.warn(`rejected ${error.message}`);
  if (result.rejected > shownErrors)
    log.warn(`… and ${result.rejected - shownErrors} more rejected rows in ${input.name}`);
  return result;
}
