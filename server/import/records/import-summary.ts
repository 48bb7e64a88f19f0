import type { RowError } from "./row-error.js";

/** What a batch writer reports about the rows it was given. */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows folded into another row of the same batch (the same project, or the same participation). */
  merged: number;
  /** Rows that passed validation but cannot be written (an unknown project). */
  rejected: RowError[];
}

/** The outcome of importing one file. `rows` = created + updated + unchanged + merged + rejected. */
export interface FileSummary {
  file: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  /** The first rejected rows (at most `keptErrors`), each with its file, line and field. */
  errors: RowError[];
  seconds: number;
  rowsPerSecond: number;
}

/** At most this many rejected rows are kept in a summary; all are counted. */
export const keptErrors = 1000;

export const emptyOutcome = (): BatchOutcome => ({ created: 0, updated: 0, unchanged: 0, merged: 0, rejected: [] });

/** One line per file: `he-se-project.csv.gz: 2250 rows: 2250 created, 0 updated, … in 1.2 s (1875 rows/s)`. */
export function formatFileSummary(summary: FileSummary, extra = ""): string {
  const merged = summary.merged > 0 ? `, ${summary.merged} merged` : "";
  return (
    `${summary.file}: ${summary.rows} rows: ${summary.created} created, ${summary.updated} updated, ` +
    `${summary.unchanged} unchanged, ${summary.rejected} rejected${merged}${extra} ` +
    `in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rowsPerSecond)} rows/s)`
  );
}
