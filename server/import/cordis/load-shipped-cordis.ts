import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot } from "../../config.js";
import { importCordis, type CordisFiles, type ImportSummary } from "./import-cordis.js";

const shipped = (project: string, organization: string): CordisFiles => ({
  projectFile: path.join(projectRoot, "seeds/cordis", project),
  organizationFile: path.join(projectRoot, "seeds/cordis", organization),
});

/** The CORDIS files in seeds/cordis, in the order they are loaded: H2020 CSV, H2020 JSON, Horizon Europe. */
export const shippedCordisFiles: CordisFiles[] = [
  shipped("h2020-sthlm-project.csv", "h2020-sthlm-organization.csv"),
  shipped("h2020-slice-project.json", "h2020-slice-organization.json"),
  shipped("he-se-project.csv.gz", "he-se-organization.csv.gz"),
];

/**
 * Imports the shipped CORDIS data, pair by pair. The H2020 JSON slice repeats the seven projects
 * of the CSV pair with the same content, so they stay one node each and count as unchanged.
 */
export async function loadShippedCordis(driver: Driver, database: string): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const files of shippedCordisFiles) summaries.push(await importCordis(driver, database, files));
  return summaries;
}
