import type { ManagedTransaction } from "neo4j-driver";
import { isInt } from "neo4j-driver";
import { contentHash } from "./content-hash.js";
import { cordisSource } from "./cordis-sources.js";
import { emptyOutcome, type BatchOutcome } from "../records/import-summary.js";
import { mergeNodes } from "../keep-edits/merge-keeping-edits.js";
import { recordImportChanges } from "../keep-edits/record-import-changes.js";
import {
  mergeNewerFacts,
  readFieldDates,
  writeFieldDates,
  type DatedFacts,
  type FactValue,
} from "../records/newer-facts.js";
import type { CordisProject } from "./parse-cordis-project.js";

const readStored = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, coalesce(p.rowHash, '') AS rowHash, p.fieldDates AS fieldDates,
       p {.*, startDate: toString(p.startDate), endDate: toString(p.endDate)} AS values`;

/** What the database holds of a project: its content hash and its values, dated by record. */
export interface StoredProject {
  rowHash: string;
  facts: DatedFacts;
}

/** A project to write: its merged values and dates, and the hash of both. */
export interface ProjectWrite {
  id: string;
  values: Record<string, FactValue>;
  fieldDates: string;
  rowHash: string;
}

const sortedEntries = (record: Record<string, unknown>) =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Decides, without the database, what a batch of project rows writes: each project's rows and
 * stored values merged field by field, the newer record winning (see mergeNewerFacts); a project
 * is written when it is new or its merged content differs from what is stored.
 */
export function planProjectWrites(
  projects: CordisProject[],
  stored: Map<string, StoredProject>,
): { writes: ProjectWrite[]; created: number; updated: number; unchanged: number } {
  const merged = new Map<string, DatedFacts>();
  for (const project of projects) {
    const record = { ...project.properties, startDate: project.startDate, endDate: project.endDate };
    const before = merged.get(project.id) ?? stored.get(project.id)?.facts ?? { values: {}, dates: {} };
    const date = project.properties.contentUpdateDate ?? project.recordDate ?? "";
    merged.set(project.id, mergeNewerFacts(before, record, String(date)));
  }
  const outcome = { writes: [] as ProjectWrite[], created: 0, updated: 0, unchanged: 0 };
  for (const [id, facts] of merged) {
    const rowHash = contentHash([sortedEntries(facts.values), sortedEntries(facts.dates)]);
    const old = stored.get(id);
    if (old === undefined) outcome.created += 1;
    else if (old.rowHash === rowHash) outcome.unchanged += 1;
    else outcome.updated += 1;
    if (old?.rowHash !== rowHash)
      outcome.writes.push({ id, values: facts.values, fieldDates: writeFieldDates(facts.dates), rowHash });
  }
  return outcome;
}

const datedFields = new Set(["startDate", "endDate"]);
// Kept in the store but not facts of a record: never compared or merged.
const bookkeeping = new Set(["id", "rowHash", "fieldDates", "editedFields", "deletedAt"]);

function storedProject(record: { get(key: string): unknown }): StoredProject {
  const dates = readFieldDates(record.get("fieldDates"));
  const values = Object.fromEntries(
    Object.entries(record.get("values") as Record<string, unknown>)
      .filter(([key, value]) => value !== null && key in dates && !bookkeeping.has(key))
      .map(([key, value]) => [key, (isInt(value) ? value.toNumber() : value) as FactValue]),
  );
  return { rowHash: String(record.get("rowHash")), facts: { values, dates } };
}

/**
 * Writes a batch of projects in one transaction: their programmes' Sources, and the projects that
 * are new or whose merged content changed; unchanged projects are not touched. Rows of one project
 * merge field by field, the newer record winning, and an empty field never erases a stored value.
 * Fields an editor set are kept; each source and project created or changed gets a `Change` by
 * `by` (the importer and its file).
 */
export async function writeProjectBatch(
  tx: ManagedTransaction,
  projects: CordisProject[],
  by: string | null,
): Promise<BatchOutcome> {
  const outcome = emptyOutcome();
  const ids = [...new Set(projects.map((project) => project.id))];
  outcome.merged = projects.length - ids.length;
  const found = await tx.run(readStored, { ids });
  const stored = new Map(found.records.map((record) => [record.get("id") as string, storedProject(record)]));
  const plan = planProjectWrites(projects, stored);
  Object.assign(outcome, { created: plan.created, updated: plan.updated, unchanged: plan.unchanged });
  const sources = new Map(
    projects.map((project) => project.source ?? cordisSource(project.programme)).map((source) => [source.id, source]),
  );
  const changes = await mergeNodes(
    tx,
    "Source",
    [...sources.values()].map(({ id, ...plain }) => ({ id, plain })),
  );
  changes.push(
    ...(await mergeNodes(
      tx,
      "Project",
      plan.writes.map(({ id, values, fieldDates, rowHash }) => ({
        id,
        plain: {
          ...Object.fromEntries(Object.entries(values).filter(([key]) => !datedFields.has(key))),
          fieldDates,
          rowHash,
        },
        dates: Object.fromEntries([...datedFields].map((key) => [key, (values[key] as string | undefined) ?? null])),
      })),
    )),
  );
  await recordImportChanges(tx, by, changes);
  return outcome;
}
