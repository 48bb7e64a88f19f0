import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot, type SeedCordis } from "../../config.js";
import { importCordis, type CordisFiles, type ImportSummary } from "./import-cordis.js";
import { log } from "../../log.js";

const shipped = (project: string, organization: string): CordisFiles => ({
  projectFile: path.join(projectRoot, "seeds/cordis", project),
  organizationFile: path.join(projectRoot, "seeds/cordis", organization),
});

/** The start years of seeds/cordis/he-all: one pair of files per year. */
export const horizonEuropeYears = [2021, 2022, 2023, 2024, 2025, 2026, 2027];

const horizon2020Files = [
  shipped("h2020-sthlm-project.csv", "h2020-sthlm-organization.csv"),
  shipped("h2020-slice-project.json", "h2020-slice-organization.json"),
];

/**
 * The CORDIS files in seeds/cordis, in the order they are loaded: H2020 CSV, H2020 JSON, then
 * Horizon Europe: every project, year by year (`all`), or the subset with a participant in
 * Sweden (`sweden`, which the tests load: it is a strict subset of `all`).
 */
export function shippedCordisFiles(set: SeedCordis = "all"): CordisFiles[] {
  const horizonEurope =
    set === "sweden"
      ? [shipped("he-se-project.csv.gz", "he-se-organization.csv.gz")]
      : horizonEuropeYears.map((year) =>
          shipped(`he-all/he-${year}-project.csv.gz`, `he-all/he-${year}-organization.csv.gz`),
        );
  return [...horizon2020Files, ...horizonEurope];
}

/**
 * Imports the shipped CORDIS data, pair by pair. The H2020 JSON slice repeats the seven projects
 * of the CSV pair with the same content, so they stay one node each and count as unchanged.
 */
export async function loadShippedCordis(
  driver: Driver,
  database: string,
  set: SeedCordis = "all",
  options: { recordChanges?: boolean } = {},
): Promise<ImportSummary[]> {
  const files = shippedCordisFiles(set);
  const summaries: ImportSummary[] = [];
  for (const [index, pair] of files.entries()) {
    log.info(`CORDIS ${index + 1} of ${files.length}: ${path.relative(projectRoot, pair.projectFile)}`);
    // The seed graph imports the call topics after the projects, and links them then.
    summaries.push(await importCordis(driver, database, pair, { ...options, linkCalls: false }));
  }
  return summaries;
}
