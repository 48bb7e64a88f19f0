import { fieldReader } from "../records/read-field.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";
import { kindOfActivityType, participationRoles, type ParticipationRole } from "./parse-cordis-participation.js";

/**
 * One row of a Horizon 2020 participation history (the CORDIS organisations export reduced to who
 * took part in which project, when, with what contribution): the project by its CORDIS record number
 * (`projectRcn`, not a grant id), the organisation by its CORDIS id alone (no name).
 */
export interface HistoryParticipation {
  locator: string;
  rcn: string;
  role: ParticipationRole;
  cordisId: string;
  activityType: string | null;
  kind: string | null;
  country: string | null;
  ecContribution: number | null;
  startDate: string | null;
  endDate: string | null;
  ecMaxContribution: number | null;
  totalCost: number | null;
  programmeParts: string[];
}

const roleBySpelling = new Map(participationRoles.map((role) => [role.toLowerCase(), role]));

/** The columns a history file must have: a file without them is another kind of file. */
export const historyColumns = ["projectRcn", "role", "organisationID"];

/** Validates one row of a Horizon 2020 participation history file, by header name. */
export function parseCordisHistory(record: SourceRecord): HistoryParticipation | RowError {
  try {
    const field = fieldReader(record);
    const rcn = field.required("projectRcn");
    if (!/^\d+$/.test(rcn))
      throw new RowError(record.locator, "projectRcn", `${JSON.stringify(rcn)} is not a record number`);
    const spelledRole = field.required("role");
    const role = roleBySpelling.get(spelledRole.toLowerCase());
    if (!role) {
      throw new RowError(
        record.locator,
        "role",
        `${JSON.stringify(spelledRole)} is not a role (${participationRoles.join(", ")})`,
      );
    }
    const activityType = field.text("activityType")?.split(/[;,]/)[0].trim().toUpperCase() || null;
    return {
      locator: record.locator,
      rcn,
      role,
      cordisId: field.required("organisationID"),
      activityType,
      kind: activityType ? kindOfActivityType(activityType) : null,
      country: field.text("country")?.toUpperCase() ?? null,
      ecContribution: field.number("ecContribution"),
      startDate: field.date("startDate"),
      endDate: field.date("endDate"),
      ecMaxContribution: field.number("ecMaxContribution"),
      totalCost: field.number("totalCost"),
      programmeParts: field.list("programmeParts"),
    };
  } catch (error) {
    if (error instanceof RowError) return error;
    throw error;
  }
}
