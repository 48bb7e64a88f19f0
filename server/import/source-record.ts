import { readCsvRecords } from "./read-csv-records.js";
import { readJsonRecords } from "./read-json-records.js";
import type { Input } from "./open-input.js";

/** One record of an input file, before validation. */
export interface SourceRecord {
  /** Values by column name: strings from CSV; strings, numbers, booleans from JSON. */
  fields: Record<string, unknown>;
  /** Where it is: `file.csv:12` (the line the record starts on) or `file.json[3]` (its index). */
  locator: string;
}

/** Streams the records of a CORDIS export, CSV (`;`-separated) or JSON, whichever the file is. */
export function readCordisRecords(input: Input): AsyncGenerator<SourceRecord> {
  return input.format === "csv" ? readCsvRecords(input, ";") : readJsonRecords(input);
}
