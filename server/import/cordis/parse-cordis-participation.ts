import { factDate } from "../records/newer-facts.js";
import { fieldReader } from "../records/read-field.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";

/** The roles CORDIS gives a participant, in the spelling the graph stores. */
export const participationRoles = ["coordinator", "participant", "thirdParty", "partner", "associatedPartner"] as const;
export type ParticipationRole = (typeof participationRoles)[number];

const roleBySpelling = new Map(participationRoles.map((role) => [role.toLowerCase(), role]));

const kindByActivityType: Record<string, string> = {
  HES: "UNIVERSITY",
  REC: "RESEARCH_ORGANISATION",
  PRC: "COMPANY",
  PUB: "PUBLIC_BODY",
  OTH: "OTHER",
};

/** The actor kind of a CORDIS activity type (HES, REC, PRC, PUB, OTH); OTHER for any other code. */
export const kindOfActivityType = (activityType: string): string => kindByActivityType[activityType] ?? "OTHER";

/** An organisation as one participation row describes it. */
export interface CordisOrganisation {
  cordisId: string;
  name: string;
  shortName: string | null;
  vatNumber: string | null;
  activityType: string | null;
  kind: string;
  country: string | null;
  city: string | null;
  nutsCode: string | null;
  sme: boolean | null;
  website: string | null;
}

/** A validated CORDIS participation record: an organisation's part in one project. */
export interface CordisParticipation {
  locator: string;
  projectId: string;
  role: ParticipationRole;
  organisation: CordisOrganisation;
  order: number | null;
  ecContribution: number | null;
  netEcContribution: number | null;
  totalCost: number | null;
  endOfParticipation: boolean | null;
  /** When CORDIS last updated the record (`contentUpdateDate`, see factDate); null when the file has none. */
  contentUpdateDate: string | null;
}

/** Validates one record of a CORDIS organization file (one record per participation). */
export function parseCordisParticipation(record: SourceRecord): CordisParticipation | RowError {
  try {
    const field = fieldReader(record);
    const projectId = field.required("projectID");
    const cordisId = field.required("organisationID");
    const spelledRole = field.required("role");
    const role = roleBySpelling.get(spelledRole.toLowerCase());
    if (!role) {
      throw new RowError(
        record.locator,
        "role",
        `${JSON.stringify(spelledRole)} is not a role (${participationRoles.join(", ")})`,
      );
    }
    // A few H2020 rows repeat the code ("PRC;PRC").
    const activityType = field.text("activityType")?.split(/[;,]/)[0].trim().toUpperCase() || null;
    const organisation: CordisOrganisation = {
      cordisId,
      name: field.required("name"),
      shortName: field.text("shortName"),
      vatNumber: field.text("vatNumber")?.replace(/\s+/g, "").toUpperCase() || null,
      activityType,
      kind: (activityType && kindByActivityType[activityType]) || "OTHER",
      country: field.text("country"),
      city: field.text("city"),
      nutsCode: field.text("nutsCode"),
      sme: field.boolean("SME"),
      website: field.text("organizationURL"),
    };
    return {
      locator: record.locator,
      projectId,
      role,
      organisation,
      order: field.integer("order"),
      ecContribution: field.number("ecContribution"),
      netEcContribution: field.number("netEcContribution"),
      totalCost: field.number("totalCost"),
      endOfParticipation: field.boolean("endOfParticipation"),
      contentUpdateDate: factDate(field.text("contentUpdateDate")),
    };
  } catch (error) {
    if (error instanceof RowError) return error;
    throw error;
  }
}
