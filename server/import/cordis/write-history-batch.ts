import type { ManagedTransaction } from "neo4j-driver";
import { heldTypes } from "../../model/keep-edits.js";
import { mergeNodes } from "../keep-edits/merge-keeping-edits.js";
import { recordImportChanges, type ImportedChange } from "../keep-edits/record-import-changes.js";
import type { CordisSource } from "./cordis-sources.js";
import type { HistoryParticipation } from "./parse-cordis-history.js";
import { planHistoryBatch, type HistoryContext, type KnownOrganisation } from "./plan-history-batch.js";
import type { ProjectContext, StoredParticipation } from "./plan-participation-batch.js";
import { storedFacts, writeActorFills, writeParticipations } from "./write-participation-batch.js";
import { writeProjectBatch } from "./write-project-batch.js";
import type { ParticipationOutcome } from "./write-participation-batch.js";
import type { FactValue } from "../records/newer-facts.js";

// A project that another export holds under its grant id comes first: the record number is that project.
const readProjectsByRcn = `
UNWIND $rcns AS rcn
MATCH (p:Project {rcn: rcn})
RETURN rcn, p.id AS id ORDER BY p.id STARTS WITH 'h2020-rcn-'`;

const readParticipations = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)<-[r:${heldTypes("PARTICIPATES_IN")}]-(a)
  WHERE (a:Actor OR a:Organisation) AND (type(r) = 'PARTICIPATES_IN' OR r.relType = 'PARTICIPATES_IN')
RETURN id, p.sourceId AS sourceId, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate,
       collect([a.id + ' ' + r.cordisRole, coalesce(r.rowHash, ''), type(r) = 'PARTICIPATES_IN',
                r {.order, .ecContribution, .netEcContribution, .totalCost, .endOfParticipation, .contentUpdateDate,
                   since: toString(r.since), until: toString(r.until)}])
         AS participations`;

// Curated actors first, then the organisation's own actor; a nameless organisation only when no actor holds the id.
const readOrganisations = `
UNWIND $ids AS cordisId
CALL (cordisId) {
  MATCH (a:Actor {cordisId: cordisId})
  RETURN a.id AS id, true AS named, null AS country, null AS activityType, a.id STARTS WITH 'cordis-' AS own
  UNION
  MATCH (o:Organisation {cordisId: cordisId})
  RETURN o.id AS id, false AS named, o.country AS country, o.activityType AS activityType, true AS own
}
RETURN cordisId, id, named, country, activityType ORDER BY NOT named, own, id`;

// An organisation an export landed on an actor of another CORDIS id (by VAT number, by name) is that
// actor, as its `resolvedBy` says ('cordis:<id> by <rule>').
const readResolvedOrganisations = `
MATCH (a:Actor) WHERE a.resolvedBy IS NOT NULL
UNWIND a.resolvedBy AS entry
WITH a, entry WHERE entry STARTS WITH 'cordis:'
WITH a, split(substring(entry, 7), ' by ')[0] AS cordisId
WHERE cordisId IN $ids
RETURN cordisId, a.id AS id ORDER BY a.id STARTS WITH 'cordis-', a.id`;

async function readHistoryContext(tx: ManagedTransaction, rows: HistoryParticipation[]): Promise<HistoryContext> {
  const rcns = [...new Set(rows.map((row) => row.rcn))];
  const projectByRcn = new Map<string, string>();
  for (const record of (await tx.run(readProjectsByRcn, { rcns })).records)
    if (!projectByRcn.has(record.get("rcn"))) projectByRcn.set(record.get("rcn"), record.get("id"));
  const projects = new Map<string, ProjectContext>();
  const found = await tx.run(readParticipations, { ids: [...new Set(projectByRcn.values())] });
  for (const record of found.records) {
    type Held = [string | null, string, boolean, Record<string, FactValue>];
    const held = (record.get("participations") as Held[]).filter(([key]) => key !== null) as Array<
      [string, string, boolean, Record<string, FactValue>]
    >;
    const participations = new Map<string, StoredParticipation>(
      held
        .filter(([, , live]) => live)
        .map(([key, rowHash, , values]) => [key, { rowHash, facts: storedFacts(values, values.contentUpdateDate) }]),
    );
    projects.set(record.get("id"), {
      sourceId: record.get("sourceId"),
      startDate: record.get("startDate"),
      endDate: record.get("endDate"),
      participations,
      hidden: new Set(held.filter(([key, , live]) => !live && !participations.has(key)).map(([key]) => key)),
    });
  }
  const organisations = new Map<string, KnownOrganisation>();
  const ids = [...new Set(rows.map((row) => row.cordisId))];
  const [held, resolved] = await Promise.all([
    tx.run(readOrganisations, { ids }),
    tx.run(readResolvedOrganisations, { ids }),
  ]);
  const known = held.records.map((record) => ({
    cordisId: record.get("cordisId") as string,
    id: record.get("id") as string,
    named: record.get("named") as boolean,
    country: record.get("country") as string | null,
    activityType: record.get("activityType") as string | null,
  }));
  // An actor holding the id first, then an actor an export landed the organisation on, then a nameless one.
  const byPreference = [
    ...known.filter((organisation) => organisation.named),
    ...resolved.records.map((record) => ({
      cordisId: record.get("cordisId") as string,
      id: record.get("id") as string,
      named: true,
    })),
    ...known.filter((organisation) => !organisation.named),
  ];
  for (const { cordisId, ...organisation } of byPreference)
    if (!organisations.has(cordisId)) organisations.set(cordisId, organisation);
  return { projectByRcn, projects, organisations };
}

/**
 * Writes a batch of Horizon 2020 history rows in one transaction: reads what the graph holds of
 * their projects (by record number) and organisations (by CORDIS id), plans the batch (see
 * planHistoryBatch), then writes projects, nameless organisations, what the rows add to existing
 * actors, and the participations that are new or changed, keeping what editors set; a `Change`
 * by `by` for each entity created or changed.
 */
export async function writeHistoryBatch(
  tx: ManagedTransaction,
  rows: HistoryParticipation[],
  source: CordisSource,
  exportDate: string,
  by: string | null,
): Promise<ParticipationOutcome> {
  const plan = planHistoryBatch(rows, await readHistoryContext(tx, rows), source, exportDate);
  await writeProjectBatch(tx, plan.projects, by);
  const changes: ImportedChange[] = await mergeNodes(
    tx,
    "Organisation",
    plan.nameless.map(({ id, ...plain }) => ({ id, plain })),
  );
  const actorsCreated = changes.filter((change) => change.action === "CREATE").length;
  changes.push(...(await writeActorFills(tx, plan.actorFills)));
  const named = (ids: Set<string>, named: boolean) => ({
    newParticipations: plan.participations.newParticipations.filter((row) => ids.has(row.actorId) !== named),
    changedParticipations: plan.participations.changedParticipations.filter((row) => ids.has(row.actorId) !== named),
  });
  changes.push(...(await writeParticipations(tx, named(plan.namelessIds, true), "Actor", by !== null)));
  changes.push(...(await writeParticipations(tx, named(plan.namelessIds, false), "Organisation", by !== null)));
  await recordImportChanges(tx, by, changes);
  return {
    created: plan.participations.created,
    updated: plan.participations.updated,
    unchanged: plan.participations.unchanged,
    merged: plan.merged,
    rejected: [],
    actorsCreated,
    candidatesCreated: 0,
    resolvedOrganisations: [],
  };
}
