import { fieldReader } from "../records/read-field.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";

/** One organisation of the ROR extract, validated. */
export interface RorRecord {
  /** The bare ROR id (`026vcq606`), also when the file gives the full URL. */
  rorId: string;
  name: string;
  /** Name, labels in every language and acronyms, deduplicated. */
  names: string[];
  website: string | null;
  foundedYear: number | null;
  wikidataId: string | null;
  locator: string;
}

function labelValues(record: SourceRecord, text: string | null): string[] {
  if (!text) return [];
  try {
    const labels: unknown = JSON.parse(text);
    if (typeof labels !== "object" || labels === null) throw new Error("not an object");
    return Object.values(labels).filter((label): label is string => typeof label === "string" && label.trim() !== "");
  } catch {
    throw new RowError(record.locator, "labels", `${JSON.stringify(text)} is not a JSON object of labels`);
  }
}

/** Validates one row of seeds/ror/ror-se.csv (ror_id, name, labels, acronyms, established, website, wikidata…). */
export function parseRorRecord(record: SourceRecord): RorRecord | RowError {
  try {
    const field = fieldReader(record);
    const rorId = field.required("ror_id").replace(/\/+$/, "").split("/").pop() ?? "";
    const name = field.required("name");
    const acronyms = field.list("acronyms");
    const names = [
      ...new Set([name, ...labelValues(record, field.text("labels")), ...acronyms].map((item) => item.trim())),
    ];
    return {
      rorId,
      name,
      names,
      website: field.text("website"),
      foundedYear: field.integer("established"),
      wikidataId: field.text("wikidata"),
      locator: record.locator,
    };
  } catch (error) {
    if (error instanceof RowError) return error;
    throw error;
  }
}
