import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot, type SeedCordis } from "../../config.js";
import { importCordis, type CordisFiles, type ImportSummary } from "./import-cordis.js";
import { importCordisHistory, type HistorySummary } from "./import-cordis-history.js";
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

/** The date of the CORDIS Horizon 2020 export that the shipped history was taken from. */
export const shippedHistoryExportDate = "2020-12-14";

/**
 * The shipped Horizon 2020 participation history: every participation (`all`), or, with the Horizon
 * Europe projects in Sweden (`sweden`, which the tests load), every participation in the 828
 * projects in which a curated actor took part (KTH, the City, the region's universities…): a
 * strict subset that keeps the tests' seeding and analysis short.
 */
export function shippedHistoryFile(set: SeedCordis = "all"): string {
  const name = set === "sweden" ? "h2020-curated-participations.csv.gz" : "h2020-participations.csv.gz";
  return path.join(projectRoot, "seeds/cordis/h2020-history", name);
}

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
 * Imports the shipped CORDIS data, pair by pair, then the Horizon 2020 history: after Horizon
 * Europe, so that its organisations land on the actors the exports name. The H2020 JSON slice
 * repeats the seven projects of the CSV pair with the same content, so they stay one node each and
 * count as unchanged.
 */
export async function loadShippedCordis(
  driver: Driver,
  database: string,
  set: SeedCordis = "all",
  options: { recordChanges?: boolean } = {},
): Promise<{ exports: ImportSummary[]; history: HistorySummary }> {
  const files = shippedCordisFiles(set);
  const summaries: ImportSummary[] = [];
  const steps = files.length + 1;
  for (const [index, pair] of files.entries()) {
    log.info(`CORDIS ${index + 1} of ${steps}: ${path.relative(projectRoot, pair.projectFile)}`);
    // The seed graph imports the call topics after the projects, and links them then.
    summaries.push(await importCordis(driver, database, pair, { ...options, linkCalls: false }));
  }
  const history = shippedHistoryFile(set);
  log.info(`CORDIS ${steps} of ${steps}: ${path.relative(projectRoot, history)}`);
  const historySummary = await importCordisHistory(driver, database, history, {
    ...options,
    exportDate: shippedHistoryExportDate,
  });
  return { exports: summaries, history: historySummary };
}
