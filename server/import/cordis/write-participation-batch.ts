import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { BatchOutcome } from "../records/import-summary.js";
import { heldTypes, setUnedited, unlessEdited } from "../../model/keep-edits.js";
import { mergeNodes } from "../keep-edits/merge-keeping-edits.js";
import {
  nodeChanges,
  recordImportChanges,
  relationshipChanges,
  returnNodeChanges,
  returnRelationshipChanges,
  type ImportedChange,
} from "../keep-edits/record-import-changes.js";
import type { CordisParticipation } from "./parse-cordis-participation.js";
import { planParticipationBatch, type BatchContext, type ProjectContext } from "./plan-participation-batch.js";
import type { CuratedIndex } from "../resolution/resolve-actor.js";

// Participations are known by the role CORDIS gave (`cordisRole`), so that one whose role an
// editor changed is still found; deleted and draft ones too, so that they are not made again.
const readProjects = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)<-[r:${heldTypes("PARTICIPATES_IN")}]-(a:Actor)
  WHERE type(r) = 'PARTICIPATES_IN' OR r.relType = 'PARTICIPATES_IN'
RETURN id, p.sourceId AS sourceId, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate,
       collect([a.id + ' ' + coalesce(r.cordisRole, r.role), coalesce(r.rowHash, ''), type(r) = 'PARTICIPATES_IN'])
         AS participations`;

// Curated actors first, so that an organisation lands on the curated node when both hold its id.
const readByCordisId = `
UNWIND $ids AS cordisId
MATCH (a:Actor {cordisId: cordisId})
RETURN cordisId AS value, a.id AS id, a.rowHash AS rowHash, coalesce(a.aliases, []) AS aliases
ORDER BY a.id STARTS WITH 'cordis-', a.id`;

const readByVatNumber = `
UNWIND $vatNumbers AS vatNumber
MATCH (a:Actor {vatNumber: vatNumber})
RETURN vatNumber AS value, a.id AS id ORDER BY a.id STARTS WITH 'cordis-', a.id`;

const fill = (field: string) => `a.${field} = ${unlessEdited("a", field, `coalesce(a.${field}, row.fill.${field})`)}`;

const writeMergedActors = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, row, properties(a) AS before
SET ${["cordisId", "vatNumber", "activityType", "country", "city", "nutsCode", "sme", "website"].map(fill).join(", ")},
    a.aliases = ${unlessEdited(
      "a",
      "aliases",
      "CASE WHEN row.alias IN coalesce(a.aliases, []) THEN a.aliases ELSE coalesce(a.aliases, []) + row.alias END",
    )},
    a.resolvedBy = CASE WHEN any(entry IN coalesce(a.resolvedBy, []) WHERE entry STARTS WITH row.resolvedPrefix)
      THEN a.resolvedBy ELSE coalesce(a.resolvedBy, []) + row.resolvedBy END
${returnNodeChanges("a", "Actor")}`;

const writeCandidates = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.rule = row.rule, r.score = row.score`;

// What CORDIS says of a participation; its identity (source, locator) is set once, when it is made.
const participationValues = `row {.role, .order, .ecContribution, .netEcContribution, .totalCost, .endOfParticipation,
  .rowHash} AS plain, row {.since, .until} AS dates`;

// The batch's lookup found no such relationship, live or hidden, in this transaction: CREATE is safe and saves a MERGE.
const createParticipations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (p:Project {id: row.projectId})
WITH a, p, row, ${participationValues}
CREATE (a)-[r:PARTICIPATES_IN {cordisRole: row.role, sourceId: row.sourceId, locator: row.locator}]->(p)
SET r += plain, r.since = date(dates.since), r.until = date(dates.until)
WITH a, r, p, null AS before
${returnRelationshipChanges("a", "r", "p", "PARTICIPATES_IN")}`;

// Fields an editor set (a role, an amount) stay as the editor left them.
const updateParticipations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})-[r:PARTICIPATES_IN]->(p:Project {id: row.projectId})
WHERE coalesce(r.cordisRole, r.role) = row.role
WITH a, r, p, row, properties(r) AS before, ${participationValues}
SET r.cordisRole = row.role
${setUnedited("r", "plain")}
${setUnedited("r", "dates", "date")}
${returnRelationshipChanges("a", "r", "p", "PARTICIPATES_IN")}`;

/** A participation batch's outcome, with what it did to actors. */
export interface ParticipationOutcome extends BatchOutcome {
  actorsCreated: number;
  candidatesCreated: number;
  resolvedOrganisations: string[];
}

const distinct = (values: Array<string | null>) => [
  ...new Set(values.filter((value): value is string => value !== null)),
];

function firstIdByValue(records: Neo4jRecord[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of records) if (!ids.has(record.get("value"))) ids.set(record.get("value"), record.get("id"));
  return ids;
}

async function readContext(
  tx: ManagedTransaction,
  rows: CordisParticipation[],
  curated: CuratedIndex,
): Promise<BatchContext> {
  const [projectRecords, byCordisId, byVatNumber] = await Promise.all([
    tx.run(readProjects, { ids: distinct(rows.map((row) => row.projectId)) }),
    tx.run(readByCordisId, { ids: distinct(rows.map((row) => row.organisation.cordisId)) }),
    tx.run(readByVatNumber, { vatNumbers: distinct(rows.map((row) => row.organisation.vatNumber)) }),
  ]);
  const projects = new Map<string, ProjectContext>(
    projectRecords.records.map((record) => {
      const held = (record.get("participations") as Array<[string | null, string, boolean]>).filter(
        ([key]) => key !== null,
      ) as Array<[string, string, boolean]>;
      const participations = new Map(held.filter(([, , live]) => live).map(([key, hash]) => [key, hash]));
      const hidden = new Set(held.filter(([key, , live]) => !live && !participations.has(key)).map(([key]) => key));
      return [
        record.get("id"),
        {
          sourceId: record.get("sourceId"),
          startDate: record.get("startDate"),
          endDate: record.get("endDate"),
          participations,
          hidden,
        },
      ];
    }),
  );
  const ownActors = new Map(
    byCordisId.records
      .filter((record) => record.get("id").startsWith("cordis-"))
      .map((record) => [
        record.get("id") as string,
        { rowHash: record.get("rowHash"), aliases: record.get("aliases") },
      ]),
  );
  const known = { byCordisId: firstIdByValue(byCordisId.records), byVatNumber: firstIdByValue(byVatNumber.records) };
  return { projects, known, ownActors, curated };
}

/**
 * Writes a batch of participation rows in one transaction: reads what the database holds of their
 * projects and organisations, plans the batch (see planParticipationBatch), then writes actors,
 * candidates for review, and the participations that are new or changed, keeping what editors set,
 * and records a `Change` by `by` (the importer and its file) for each actor and participation it
 * creates or changes.
 */
export async function writeParticipationBatch(
  tx: ManagedTransaction,
  rows: CordisParticipation[],
  curated: CuratedIndex,
  by: string | null,
): Promise<ParticipationOutcome> {
  const plan = planParticipationBatch(rows, await readContext(tx, rows, curated));
  const outcome: ParticipationOutcome = {
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    merged: plan.merged,
    rejected: plan.rejected,
    actorsCreated: 0,
    candidatesCreated: 0,
    resolvedOrganisations: plan.resolvedOrganisations,
  };
  const changes: ImportedChange[] = await mergeNodes(
    tx,
    "Actor",
    plan.ownActors.map(({ id, ...plain }) => ({ id, plain })),
  );
  outcome.actorsCreated = changes.filter((change) => change.action === "CREATE").length;
  if (plan.mergedActors.length > 0)
    changes.push(...nodeChanges((await tx.run(writeMergedActors, { rows: plan.mergedActors })).records));
  if (plan.candidates.length > 0) {
    const result = await tx.run(writeCandidates, { rows: plan.candidates });
    outcome.candidatesCreated = result.summary.counters.updates().relationshipsCreated;
  }
  for (const [statement, participations] of [
    [createParticipations, plan.newParticipations],
    [updateParticipations, plan.changedParticipations],
  ] as const) {
    if (participations.length === 0) continue;
    changes.push(...relationshipChanges((await tx.run(statement, { rows: participations })).records));
  }
  await recordImportChanges(tx, by, changes);
  return outcome;
}
