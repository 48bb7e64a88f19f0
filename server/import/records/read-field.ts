import { RowError } from "./row-error.js";
import type { SourceRecord } from "./source-record.js";

const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const integerPattern = /^[-+]?\d+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Typed access to a record's fields: each reader returns null for an absent or empty value and
 * throws a RowError naming the record and the field for a value of the wrong kind.
 */
export function fieldReader(record: SourceRecord) {
  const fail = (field: string, problem: string): never => {
    throw new RowError(record.locator, field, problem);
  };
  const raw = (field: string): string | number | boolean | null => {
    const value = record.fields[field];
    if (value === undefined || value === null) return null;
    if (typeof value === "string") return value.trim() === "" ? null : value.trim();
    if (typeof value === "number" || typeof value === "boolean") return value;
    return fail(field, `${JSON.stringify(value)} is not a single value`);
  };
  const text = (field: string): string | null => {
    const value = raw(field);
    return value === null ? null : String(value);
  };
  return {
    text,
    required(field: string): string {
      return text(field) ?? fail(field, "missing");
    },
    number(field: string): number | null {
      const value = raw(field);
      if (value === null) return null;
      if (typeof value === "number" && Number.isFinite(value)) return value;
      if (typeof value === "string" && numberPattern.test(value)) return Number(value);
      return fail(field, `${JSON.stringify(value)} is not a number`);
    },
    integer(field: string): number | null {
      const value = raw(field);
      if (value === null) return null;
      if (typeof value === "number" && Number.isInteger(value)) return value;
      if (typeof value === "string" && integerPattern.test(value)) return Number(value);
      return fail(field, `${JSON.stringify(value)} is not a whole number`);
    },
    boolean(field: string): boolean | null {
      const value = raw(field);
      if (value === null || typeof value === "boolean") return value;
      const lower = String(value).toLowerCase();
      if (lower === "true" || lower === "false") return lower === "true";
      return fail(field, `${JSON.stringify(value)} is not true or false`);
    },
    /** A YYYY-MM-DD date, returned as that string. */
    date(field: string): string | null {
      const value = text(field);
      if (value === null) return null;
      const match = datePattern.exec(value);
      const valid = match && new Date(`${value}T00:00:00Z`).getUTCDate() === Number(match[3]);
      return valid ? value : fail(field, `${JSON.stringify(value)} is not a date (YYYY-MM-DD)`);
    },
    /** A list written as one text, split on `;` or `,`. */
    list(field: string): string[] {
      return (text(field) ?? "")
        .split(/[;,]/)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    },
  };
}
