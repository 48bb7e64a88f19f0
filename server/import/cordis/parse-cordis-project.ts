import { contentHash } from "./content-hash.js";
import { cordisSource, type CordisSource } from "./cordis-sources.js";
import { factDate } from "../records/newer-facts.js";
import { fieldReader } from "../records/read-field.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";

/** A validated CORDIS project record, ready to write as a Project node. */
export interface CordisProject {
  id: string;
  locator: string;
  programme: string;
  /** Plain properties; a null leaves the stored value as it is (see mergeNewerFacts). */
  properties: Record<string, string | number | string[] | null>;
  startDate: string | null;
  endDate: string | null;
  rowHash: string;
  /** The dataset it comes from; by default its programme's CORDIS dataset (see cordisSource). */
  source?: CordisSource;
  /** The date its values carry when the record has no `contentUpdateDate` (an export's date). */
  recordDate?: string;
}

/** Validates one record of a CORDIS project file (CSV or JSON columns, by header name). */
export function parseCordisProject(record: SourceRecord): CordisProject | RowError {
  try {
    const field = fieldReader(record);
    const id = field.required("id");
    const programme = field.required("frameworkProgramme");
    const properties = {
      acronym: field.text("acronym"),
      title: field.required("title"),
      programme,
      legalBasis: field.text("legalBasis"),
      topics: field.list("topics"),
      call: field.text("masterCall"),
      subCall: field.text("subCall"),
      fundingScheme: field.text("fundingScheme"),
      status: field.text("status"),
      totalCost: field.number("totalCost"),
      ecMaxContribution: field.number("ecMaxContribution"),
      objective: field.text("objective"),
      rcn: field.text("rcn"),
      contentUpdateDate: factDate(field.text("contentUpdateDate")),
      sourceId: cordisSource(programme).id,
    };
    const startDate = field.date("startDate");
    const endDate = field.date("endDate");
    return {
      id,
      locator: record.locator,
      programme,
      properties,
      startDate,
      endDate,
      rowHash: contentHash([properties, startDate, endDate]),
    };
  } catch (error) {
    if (error instanceof RowError) return error;
    throw error;
  }
}
