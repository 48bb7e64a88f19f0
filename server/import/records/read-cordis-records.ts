import type { Input } from "./open-input.js";
import { readCsvRecords } from "./read-csv-records.js";
import { readJsonRecords } from "./read-json-records.js";
import type { SourceRecord } from "./source-record.js";

/** Streams the records of a CORDIS export, CSV (`;`-separated) or JSON, whichever the file is. */
export function readCordisRecords(input: Input): AsyncGenerator<SourceRecord> {
  return input.format === "csv" ? readCsvRecords(input, ";") : readJsonRecords(input);
}
