import type { ManagedTransaction } from "neo4j-driver";
import { cordisSource } from "./cordis-sources.js";
import { emptyOutcome, type BatchOutcome } from "../records/import-summary.js";
import { mergeNodes } from "../keep-edits/merge-keeping-edits.js";
import { recordImportChanges } from "../keep-edits/record-import-changes.js";
import type { CordisProject } from "./parse-cordis-project.js";

const readHashes = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN id, coalesce(p.rowHash, '') AS rowHash`;

/**
 * Writes a batch of projects in one transaction: their programmes' Sources, and the projects that
 * are new or whose content hash changed; unchanged projects are not touched. A project id twice
 * in one batch keeps its last row. Fields an editor set are kept; each source and project created or
 * changed gets a `Change` by `by` (the importer and its file).
 */
export async function writeProjectBatch(
  tx: ManagedTransaction,
  projects: CordisProject[],
  by: string | null,
): Promise<BatchOutcome> {
  const outcome = emptyOutcome();
  const latest = new Map<string, CordisProject>();
  for (const project of projects) latest.set(project.id, project);
  outcome.merged = projects.length - latest.size;
  const existing = new Map<string, string>();
  const found = await tx.run(readHashes, { ids: [...latest.keys()] });
  for (const record of found.records) existing.set(record.get("id"), record.get("rowHash"));
  const changed = [...latest.values()].filter((project) => {
    const old = existing.get(project.id);
    if (old === undefined) outcome.created += 1;
    else if (old === project.rowHash) outcome.unchanged += 1;
    else outcome.updated += 1;
    return old !== project.rowHash;
  });
  const programmes = [...new Set([...latest.values()].map((project) => project.programme))];
  const changes = await mergeNodes(
    tx,
    "Source",
    programmes.map(cordisSource).map(({ id, ...plain }) => ({ id, plain })),
  );
  changes.push(
    ...(await mergeNodes(
      tx,
      "Project",
      changed.map(({ id, properties, startDate, endDate, rowHash }) => ({
        id,
        plain: { ...properties, rowHash },
        dates: { startDate, endDate },
      })),
    )),
  );
  await recordImportChanges(tx, by, changes);
  return outcome;
}
