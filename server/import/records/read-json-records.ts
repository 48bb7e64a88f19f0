import streamArray from "stream-json/streamers/stream-array.js";
import type { Input } from "./open-input.js";
import type { SourceRecord } from "./source-record.js";

/**
 * Streams the elements of a JSON file that holds one array of records (the CORDIS JSON export),
 * one record at a time; the locator is the record's index in the array.
 */
export async function* readJsonRecords(input: Input): AsyncGenerator<SourceRecord> {
  const pipeline = streamArray.withParserAsStream();
  input.stream.on("error", (error) => pipeline.destroy(error));
  input.stream.pipe(pipeline);
  try {
    for await (const { key, value } of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
      const fields =
        typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      yield { fields, locator: `${input.name}[${key}]` };
    }
  } catch (error) {
    throw new Error(`import: ${input.name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    input.stream.destroy();
  }
}
