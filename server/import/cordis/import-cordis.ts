import type { Driver } from "neo4j-driver";
import { bumpGraphVersion } from "../../database/graph-version.js";
import { log } from "../../log.js";
import { importFile } from "../records/import-file.js";
import type { FileSummary } from "../records/import-summary.js";
import { importedBy } from "../keep-edits/record-import-changes.js";
import { parseCordisParticipation, type CordisParticipation } from "./parse-cordis-participation.js";
import { parseCordisProject } from "./parse-cordis-project.js";
import { readCuratedIndex } from "../resolution/read-curated-actors.js";
import { RowError } from "../records/row-error.js";
import type { SourceRecord } from "../records/source-record.js";
import { writeParticipationBatch } from "./write-participation-batch.js";
import { writeProjectBatch } from "./write-project-batch.js";
import { linkCallProjects } from "../calls/link-call-projects.js";

export interface CordisFiles {
  projectFile: string;
  organizationFile: string;
}

export interface ImportCordisOptions {
  /** Rows per write transaction (default 5,000). */
  batchSize?: number;
  /** Reads at most this many rows of each file, as an interrupted import would have. */
  maxRows?: number;
  /** False for the first load of an empty database: no `Change` is written (see recordImportChanges). */
  recordChanges?: boolean;
  /**
   * False when the call topics are imported next anyway (the seed graph): by default, projects
   * created or changed are linked to the graph's call topics and families, as `import:calls` links them.
   */
  linkCalls?: boolean;
}

/** The outcome of one CORDIS import: a summary per file, and what happened to actors. */
export interface ImportSummary {
  projects: FileSummary;
  /** Participations: created, updated, unchanged count PARTICIPATES_IN relationships. */
  organizations: FileSummary & {
    /** New `cordis-<id>` actor nodes. */
    actorsCreated: number;
    /** CORDIS organisations that landed on an existing actor of another id (curated, or by VAT number). */
    organisationsResolved: number;
    /** New POSSIBLY_SAME_AS relationships, waiting for review. */
    candidatesCreated: number;
  };
}

/** Longer than the server's default transaction timeout: a cold database plans each statement afresh. */
const batchTimeoutMs = 120_000;

/**
 * Parses participation rows and warns once when a project's rows are not together: batches end
 * only between projects, so that the rows of one participation are summed in one batch.
 */
function parseInProjectOrder() {
  const finished = new Set<string>();
  let current: string | undefined;
  let warned = false;
  return (record: SourceRecord): CordisParticipation | RowError => {
    const parsed = parseCordisParticipation(record);
    if (parsed instanceof RowError || parsed.projectId === current) return parsed;
    if (current !== undefined) finished.add(current);
    if (finished.has(parsed.projectId) && !warned) {
      warned = true;
      log.warn(
        `${parsed.locator}: the rows of project ${parsed.projectId} are not together; a participation split over ` +
          "two batches keeps its last batch's amounts instead of their sum",
      );
    }
    current = parsed.projectId;
    return parsed;
  };
}

/**
 * Imports a CORDIS project file and its organization file (CSV or JSON, optionally gzipped),
 * streaming both in batches: projects first, then participations and their organisations,
 * resolved to existing actors where the evidence is certain. Idempotent: a second import of the
 * same files reports every row unchanged and changes nothing. Editors' work stays: fields they set
 * are kept, a participation deleted or left as a draft is not made again, one whose role they
 * changed is still the same participation; every entity written gets a `Change` naming the file.
 */
export async function importCordis(
  driver: Driver,
  database: string,
  files: CordisFiles,
  options: ImportCordisOptions = {},
): Promise<ImportSummary> {
  const batchSize = options.batchSize ?? 5000;
  const changedBy = (file: string) => (options.recordChanges === false ? null : importedBy("cordis", file));
  const session = driver.session({ database });
  try {
    const projects = await importFile(files.projectFile, {
      batchSize,
      maxRows: options.maxRows,
      parse: parseCordisProject,
      writeBatch: (rows) =>
        session.executeWrite((tx) => writeProjectBatch(tx, rows, changedBy(files.projectFile)), {
          timeout: batchTimeoutMs,
        }),
    });
    const curated = await readCuratedIndex(driver, database);
    const actors = { actorsCreated: 0, candidatesCreated: 0 };
    const resolved = new Set<string>();
    const organizations = await importFile(files.organizationFile, {
      batchSize,
      maxRows: options.maxRows,
      parse: parseInProjectOrder(),
      mayCut: (previous, next) => previous.projectId !== next.projectId,
      writeBatch: async (rows) => {
        const by = changedBy(files.organizationFile);
        const outcome = await session.executeWrite((tx) => writeParticipationBatch(tx, rows, curated, by), {
          timeout: batchTimeoutMs,
        });
        actors.actorsCreated += outcome.actorsCreated;
        actors.candidatesCreated += outcome.candidatesCreated;
        outcome.resolvedOrganisations.forEach((id) => resolved.add(id));
        return outcome;
      },
      describe: () =>
        `; ${actors.actorsCreated} actors created, ${resolved.size} organisations on existing actors, ` +
        `${actors.candidatesCreated} candidates for review`,
    });
    const changed =
      projects.created +
      projects.updated +
      organizations.created +
      organizations.updated +
      actors.actorsCreated +
      actors.candidatesCreated;
    if (options.linkCalls !== false && projects.created + projects.updated > 0) {
      const linked = await linkCallProjects(driver, database);
      log.info(`${linked.links} links from projects to calls and families, ${linked.deleted} removed`);
    }
    if (changed > 0) await bumpGraphVersion(driver, database);
    return { projects, organizations: { ...organizations, ...actors, organisationsResolved: resolved.size } };
  } finally {
    await session.close();
  }
}
