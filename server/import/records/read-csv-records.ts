import { parse } from "csv-parse";
import type { Input } from "./open-input.js";
import type { SourceRecord } from "./source-record.js";

const newlines = (value: string) => {
  let count = 0;
  for (let at = value.indexOf("\n"); at !== -1; at = value.indexOf("\n", at + 1)) count += 1;
  return count;
};

/**
 * Streams the records of a CSV file with a header row, keyed by column name, each with the
 * physical line it starts on (quoted fields may span lines).
 */
export async function* readCsvRecords(input: Input, delimiter: string): AsyncGenerator<SourceRecord> {
  const parser = parse({
    delimiter,
    columns: true,
    info: true,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  input.stream.on("error", (error) => parser.destroy(error));
  input.stream.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      // csv-parse reports the line a record ends on; a record's own line breaks lie inside its fields.
      let inside = 0;
      for (const value of Object.values(record)) if (value) inside += newlines(value);
      yield { fields: record, locator: `${input.name}:${info.lines - inside}` };
    }
  } catch (error) {
    throw new Error(`import: ${input.name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    input.stream.destroy();
  }
}
