/**
 * Newer facts win: each field keeps the date of the record its value came from, and a record
 * replaces a field's value only when it is newer than that date. A record that leaves a field empty
 * never erases it, and the outcome is the same whatever order the records arrive in.
 */

export type FactValue = string | number | boolean | string[] | null;

/** Field values and, for each field that holds one, the date of the record it came from. */
export interface DatedFacts {
  values: Record<string, FactValue>;
  dates: Record<string, string>;
}

/**
 * A record's content date as one comparable text (`2021-02-11 08:47:26`), from CORDIS's
 * `contentUpdateDate` (`2021-02-11 08:47:26`, `2021-02-11T08:47:26Z`) or an export's date (`2020-12-14`).
 */
export function factDate(text: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(text?.trim() ?? "");
  if (!match) return null;
  const time = match[2] ?? "00:00:00";
  return `${match[1]} ${time.length === 5 ? `${time}:00` : time}`;
}

const isEmpty = (value: FactValue | undefined) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * Whether a stored value without a date is kept (`keep`: it came from a curated source or an editor's
 * seed, not from a dated record) or counts as older than any dated record (`older`).
 */
export type UndatedFacts = "keep" | "older";

/**
 * Merges a record of `date` into what is stored. For each field the record fills: an empty stored
 * field takes its value; otherwise the newer of the two dates wins, and on the same date the larger
 * value (compared as JSON), so that two records of one date give one answer in either order.
 */
export function mergeNewerFacts(
  stored: DatedFacts,
  record: Record<string, FactValue>,
  date: string,
  undated: UndatedFacts = "older",
): DatedFacts {
  const values = { ...stored.values };
  const dates = { ...stored.dates };
  for (const [field, value] of Object.entries(record)) {
    if (isEmpty(value)) continue;
    const old = values[field];
    const oldDate = dates[field];
    let replace: boolean;
    if (isEmpty(old)) replace = true;
    else if (oldDate === undefined) replace = undated === "older";
    else if (date !== oldDate) replace = date > oldDate;
    else replace = JSON.stringify(value) > JSON.stringify(old);
    if (replace) {
      values[field] = value;
      dates[field] = date;
    }
  }
  return { values, dates };
}

/** Reads the `fieldDates` property as stored (JSON text); anything else is no dates. */
export function readFieldDates(text: unknown): Record<string, string> {
  if (typeof text !== "string" || text === "") return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return {};
  }
}

/** The `fieldDates` property to store: JSON text with the fields in a stable order. */
export function writeFieldDates(dates: Record<string, string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(dates).sort(([a], [b]) => a.localeCompare(b))));
}
