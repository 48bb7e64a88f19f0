/** One record of an input file, before validation. */
export interface SourceRecord {
  /** Values by column name: strings from CSV; strings, numbers, booleans from JSON. */
  fields: Record<string, unknown>;
  /** Where it is: `file.csv:12` (the line the record starts on) or `file.json[3]` (its index). */
  locator: string;
}
