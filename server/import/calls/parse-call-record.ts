import { familiesOf } from "../../calls/index.js";
import { actionOfTypeOfAction } from "../../consortium/index.js";
import type { ActionType } from "../../generated/resolvers-types.js";
import { contentHash } from "../cordis/content-hash.js";
import { fieldReader } from "../records/read-field.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";

/** One call topic of a Funding & Tenders export, validated and shaped as a Call node's properties. */
export interface CallRecord {
  id: string;
  properties: {
    callId: string | null;
    title: string;
    destination: string | null;
    divisions: string[];
    actionType: ActionType | null;
    budget: number | null;
    expectedGrants: number | null;
    minContribution: number | null;
    maxContribution: number | null;
    description: string | null;
    url: string | null;
  };
  openingDate: string | null;
  deadline: string | null;
  lastSeen: string | null;
  /** The call and destination families, with the names the portal gives them. */
  families: Array<{ id: string; level: "CALL" | "DESTINATION"; name: string | null }>;
  locator: string;
  rowHash: string;
}

const codePattern = /^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$/;
const timestampPattern = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Validates one row of a Funding & Tenders topic export (horizon-topics.csv.gz), read by column name. */
export function parseCallRecord(record: SourceRecord): CallRecord | RowError {
  try {
    const field = fieldReader(record);
    const timestamp = (name: string): { date: string; instant: string } | null => {
      const value = field.text(name);
      if (value === null) return null;
      const match = timestampPattern.exec(value);
      const instant = match ? new Date(match[2] ? value : `${value}T00:00:00Z`) : null;
      if (!match || !instant || Number.isNaN(instant.getTime()) || instant.toISOString().slice(0, 10) !== match[1])
        throw new RowError(record.locator, name, `${JSON.stringify(value)} is not a date or an ISO timestamp`);
      return { date: match[1], instant: instant.toISOString() };
    };
    const wholeNumber = (name: string): number | null => {
      const value = field.number(name);
      if (value !== null && (!Number.isInteger(value) || value < 0))
        throw new RowError(record.locator, name, `${value} is not a whole number of grants`);
      return value;
    };
    const id = field.required("identifier");
    if (!codePattern.test(id))
      throw new RowError(record.locator, "identifier", `${JSON.stringify(id)} is not a topic code`);
    const callId = field.text("call_identifier");
    const destination = field.text("destination");
    const properties = {
      callId,
      title: field.required("title"),
      destination,
      divisions: (field.text("programme_divisions") ?? "")
        .split(";")
        .map((item) => item.trim())
        .filter((item) => item !== ""),
      actionType: actionOfTypeOfAction(field.text("type_of_action"), id),
      budget: field.number("budget_total_eur"),
      expectedGrants: wholeNumber("expected_grants"),
      minContribution: field.number("min_contribution_eur"),
      maxContribution: field.number("max_contribution_eur"),
      description: field.text("abstract_excerpt"),
      url: field.text("url"),
    };
    const openingDate = timestamp("opening_date")?.date ?? null;
    const deadline = timestamp("deadline_date")?.date ?? null;
    const lastSeen = timestamp("last_seen")?.instant ?? null;
    const codes = familiesOf(id, callId);
    const families = [
      ...(codes.call ? [{ id: codes.call, level: "CALL" as const, name: field.text("call_title") }] : []),
      ...(codes.destination ? [{ id: codes.destination, level: "DESTINATION" as const, name: destination }] : []),
    ];
    const content = { properties, openingDate, deadline, lastSeen, families };
    return { id, ...content, locator: record.locator, rowHash: contentHash(content) };
  } catch (error) {
    if (error instanceof RowError) return error;
    throw error;
  }
}
