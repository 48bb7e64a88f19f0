import { isInt, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
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
import type { CordisOrganisation, CordisParticipation } from "./parse-cordis-participation.js";
import {
  fillFields,
  organisationFacts,
  planActorFills,
  planParticipationBatch,
  type ActorFillRecord,
  type BatchContext,
  type ParticipationWrites,
  type ProjectContext,
} from "./plan-participation-batch.js";
import { readFieldDates, type DatedFacts, type FactValue } from "../records/newer-facts.js";
import type { CuratedIndex } from "../resolution/resolve-actor.js";

// Participations are known by the role CORDIS gave (`cordisRole`), so that one whose role an
// editor changed is still found; deleted and draft ones too, so that they are not made again.
const readProjects = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)<-[r:${heldTypes("PARTICIPATES_IN")}]-(a:Actor)
  WHERE type(r) = 'PARTICIPATES_IN' OR r.relType = 'PARTICIPATES_IN'
RETURN id, p.sourceId AS sourceId, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate,
       collect([a.id + ' ' + coalesce(r.cordisRole, r.role), coalesce(r.rowHash, ''), type(r) = 'PARTICIPATES_IN',
                r {.order, .ecContribution, .netEcContribution, .totalCost, .endOfParticipation, .contentUpdateDate,
                   since: toString(r.since), until: toString(r.until)}])
         AS participations`;

const ownFields = Object.keys(organisationFacts({} as CordisOrganisation))
  .map((field) => `.${field}`)
  .join(", ");

const nameHistoryOrganisations = `
UNWIND $ids AS cordisId
MATCH (o:Organisation {cordisId: cordisId})
WHERE NOT EXISTS { MATCH (:Actor {cordisId: cordisId}) } AND NOT EXISTS { MATCH (:Actor {id: o.id}) }
SET o:Actor
REMOVE o:Organisation`;

// Curated actors first, so that an organisation lands on the curated node when both hold its id.
const readByCordisId = `
UNWIND $ids AS cordisId
MATCH (a:Actor {cordisId: cordisId})
RETURN cordisId AS value, a.id AS id, a.rowHash AS rowHash, coalesce(a.aliases, []) AS aliases,
       CASE WHEN a.id STARTS WITH 'cordis-' THEN a {${ownFields}} END AS values, a.fieldDates AS fieldDates
ORDER BY a.id STARTS WITH 'cordis-', a.id`;

const readByVatNumber = `
UNWIND $vatNumbers AS vatNumber
MATCH (a:Actor {vatNumber: vatNumber})
RETURN vatNumber AS value, a.id AS id ORDER BY a.id STARTS WITH 'cordis-', a.id`;

// An organisation's own node is read whole, so that its content hash follows what the fills change.
const readFilledActors = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, CASE WHEN a.id STARTS WITH 'cordis-' THEN a {${ownFields}} ELSE a {${fillFields.map((field) => `.${field}`).join(", ")}} END AS values,
       a.fieldDates AS fieldDates, CASE WHEN a.id STARTS WITH 'cordis-' THEN a.rowHash END AS rowHash`;

const fill = (field: string) =>
  `a.${field} = ${unlessEdited("a", field, `CASE WHEN '${field}' IN keys(row.set) THEN row.set.${field} ELSE a.${field} END`)}`;

// Values (newer facts win, see planActorFills) and dates are written where the plan changes them.
const writeActorFillsStatement = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, row, properties(a) AS before
SET ${fillFields.map(fill).join(", ")}, a.fieldDates = row.fieldDates, a.rowHash = coalesce(row.rowHash, a.rowHash)
${returnNodeChanges("a", "Actor")}`;

const writeMergedActors = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, row, properties(a) AS before
SET a.aliases = ${unlessEdited(
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
  .contentUpdateDate, .rowHash} AS plain, row {.since, .until} AS dates`;

/** The labels of a participant: a named actor, or a nameless organisation of the Horizon 2020 history. */
export type ParticipantLabel = "Actor" | "Organisation";

// The batch's lookup found no such relationship, live or hidden, in this transaction: CREATE is safe and saves a MERGE.
// Without a change record (a first load), nothing is returned per relationship: 100,000s of them.
const createParticipations = (label: ParticipantLabel, returnChanges: boolean) => `
UNWIND $rows AS row
MATCH (a:${label} {id: row.actorId})
MATCH (p:Project {id: row.projectId})
WITH a, p, row, ${participationValues}
CREATE (a)-[r:PARTICIPATES_IN {cordisRole: row.role, sourceId: row.sourceId, locator: row.locator}]->(p)
SET r += plain, r.since = date(dates.since), r.until = date(dates.until)
WITH a, r, p, null AS before
${returnChanges ? returnRelationshipChanges("a", "r", "p", "PARTICIPATES_IN") : "RETURN count(r) AS created"}`;

// Fields an editor set (a role, an amount) stay as the editor left them.
const updateParticipations = (label: ParticipantLabel) => `
UNWIND $rows AS row
MATCH (a:${label} {id: row.actorId})-[r:PARTICIPATES_IN]->(p:Project {id: row.projectId})
WHERE r.cordisRole = row.role
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

/** Stored values without their nulls, numbers as JavaScript numbers. */
export function plainValues(values: Record<string, unknown> | null): Record<string, FactValue> {
  return Object.fromEntries(
    Object.entries(values ?? {})
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, (isInt(value) ? value.toNumber() : value) as FactValue]),
  );
}

/** A stored relationship's values, each dated by its one `contentUpdateDate` (none: older than any row). */
export function storedFacts(values: Record<string, unknown>, date: unknown): DatedFacts {
  const plain = plainValues(values);
  return {
    values: plain,
    dates: typeof date === "string" ? Object.fromEntries(Object.keys(plain).map((key) => [key, date])) : {},
  };
}

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
  // An organisation the history met without a name becomes an actor when a row names it.
  await tx.run(nameHistoryOrganisations, { ids: distinct(rows.map((row) => row.organisation.cordisId)) });
  const [projectRecords, byCordisId, byVatNumber] = await Promise.all([
    tx.run(readProjects, { ids: distinct(rows.map((row) => row.projectId)) }),
    tx.run(readByCordisId, { ids: distinct(rows.map((row) => row.organisation.cordisId)) }),
    tx.run(readByVatNumber, { vatNumbers: distinct(rows.map((row) => row.organisation.vatNumber)) }),
  ]);
  const projects = new Map<string, ProjectContext>(
    projectRecords.records.map((record) => {
      type Held = [string, string, boolean, Record<string, FactValue>];
      const held = (record.get("participations") as Array<[string | null, ...unknown[]]>).filter(
        ([key]) => key !== null,
      ) as Held[];
      const participations = new Map(
        held
          .filter(([, , live]) => live)
          .map(([key, rowHash, , values]) => [key, { rowHash, facts: storedFacts(values, values.contentUpdateDate) }]),
      );
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
        {
          rowHash: record.get("rowHash"),
          aliases: record.get("aliases"),
          facts: { values: plainValues(record.get("values")), dates: readFieldDates(record.get("fieldDates")) },
        },
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
  changes.push(...(await writeActorFills(tx, plan.actorFills)));
  if (plan.candidates.length > 0) {
    const result = await tx.run(writeCandidates, { rows: plan.candidates });
    outcome.candidatesCreated = result.summary.counters.updates().relationshipsCreated;
  }
  changes.push(...(await writeParticipations(tx, plan, "Actor", by !== null)));
  await recordImportChanges(tx, by, changes);
  return outcome;
}

/** Writes what organisations say of the existing actors that hold them, newer facts winning (see planActorFills). */
export async function writeActorFills(tx: ManagedTransaction, records: ActorFillRecord[]): Promise<ImportedChange[]> {
  if (records.length === 0) return [];
  const ids = [...new Set(records.map((row) => row.id))];
  const stored = (await tx.run(readFilledActors, { ids })).records.map(
    (record) =>
      [
        record.get("id") as string,
        {
          values: plainValues(record.get("values")),
          dates: readFieldDates(record.get("fieldDates")),
          rowHash: record.get("rowHash") as string | null,
        },
      ] as const,
  );
  const fills = planActorFills(records, new Map(stored));
  if (fills.length === 0) return [];
  return nodeChanges((await tx.run(writeActorFillsStatement, { rows: fills })).records);
}

/**
 * Creates the new participations and updates the changed ones of participants under `label`;
 * returns their changes for the change record unless `recordChanges` is false.
 */
export async function writeParticipations(
  tx: ManagedTransaction,
  plan: Pick<ParticipationWrites, "newParticipations" | "changedParticipations">,
  label: ParticipantLabel,
  recordChanges = true,
): Promise<ImportedChange[]> {
  const changes: ImportedChange[] = [];
  if (plan.newParticipations.length > 0) {
    const created = await tx.run(createParticipations(label, recordChanges), { rows: plan.newParticipations });
    if (recordChanges) changes.push(...relationshipChanges(created.records));
  }
  if (plan.changedParticipations.length > 0) {
    const updated = await tx.run(updateParticipations(label), { rows: plan.changedParticipations });
    changes.push(...relationshipChanges(updated.records));
  }
  return changes;
}
