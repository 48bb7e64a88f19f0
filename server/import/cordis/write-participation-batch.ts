import type { ManagedTransaction, Record as Neo4jRecord } from "neo4j-driver";
import type { BatchOutcome } from "../records/import-summary.js";
import type { CordisParticipation } from "./parse-cordis-participation.js";
import { planParticipationBatch, type BatchContext, type ProjectContext } from "./plan-participation-batch.js";
import type { CuratedIndex } from "../resolution/resolve-actor.js";

const readProjects = `
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)<-[r:PARTICIPATES_IN]-(a:Actor)
RETURN id, p.sourceId AS sourceId, toString(p.startDate) AS startDate, toString(p.endDate) AS endDate,
       collect([a.id + ' ' + r.role, coalesce(r.rowHash, '')]) AS participations`;

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

const writeOwnActors = `
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.cordisId = row.cordisId, a.name = row.name, a.shortName = row.shortName, a.kind = row.kind,
    a.activityType = row.activityType, a.vatNumber = row.vatNumber, a.country = row.country, a.city = row.city,
    a.nutsCode = row.nutsCode, a.sme = row.sme, a.website = row.website, a.nameKey = row.nameKey,
    a.aliases = row.aliases, a.rowHash = row.rowHash`;

const writeMergedActors = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.cordisId = coalesce(a.cordisId, row.fill.cordisId), a.vatNumber = coalesce(a.vatNumber, row.fill.vatNumber),
    a.activityType = coalesce(a.activityType, row.fill.activityType), a.country = coalesce(a.country, row.fill.country),
    a.city = coalesce(a.city, row.fill.city), a.nutsCode = coalesce(a.nutsCode, row.fill.nutsCode),
    a.sme = coalesce(a.sme, row.fill.sme), a.website = coalesce(a.website, row.fill.website),
    a.aliases = CASE WHEN row.alias IN coalesce(a.aliases, []) THEN a.aliases ELSE coalesce(a.aliases, []) + row.alias END,
    a.resolvedBy = CASE WHEN any(entry IN coalesce(a.resolvedBy, []) WHERE entry STARTS WITH row.resolvedPrefix)
      THEN a.resolvedBy ELSE coalesce(a.resolvedBy, []) + row.resolvedBy END`;

const writeCandidates = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
SET r.rule = row.rule, r.score = row.score`;

const setParticipation = `
SET r.sourceId = row.sourceId, r.locator = row.locator, r.order = row.order, r.ecContribution = row.ecContribution,
    r.netEcContribution = row.netEcContribution, r.totalCost = row.totalCost, r.endOfParticipation = row.endOfParticipation,
    r.since = date(row.since), r.until = date(row.until), r.rowHash = row.rowHash`;

// The batch's lookup found no such relationship in this transaction: CREATE is safe and saves a MERGE.
const createParticipations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (p:Project {id: row.projectId})
CREATE (a)-[r:PARTICIPATES_IN {role: row.role}]->(p)
${setParticipation}`;

const updateParticipations = `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})-[r:PARTICIPATES_IN {role: row.role}]->(p:Project {id: row.projectId})
${setParticipation}`;

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
    projectRecords.records.map((record) => [
      record.get("id"),
      {
        sourceId: record.get("sourceId"),
        startDate: record.get("startDate"),
        endDate: record.get("endDate"),
        participations: new Map(record.get("participations").filter(([key]: [string | null]) => key !== null)),
      },
    ]),
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
 * candidates for review, and the participations that are new or changed.
 */
export async function writeParticipationBatch(
  tx: ManagedTransaction,
  rows: CordisParticipation[],
  curated: CuratedIndex,
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
  if (plan.ownActors.length > 0) {
    const result = await tx.run(writeOwnActors, { rows: plan.ownActors });
    outcome.actorsCreated = result.summary.counters.updates().nodesCreated;
  }
  if (plan.mergedActors.length > 0) await tx.run(writeMergedActors, { rows: plan.mergedActors });
  if (plan.candidates.length > 0) {
    const result = await tx.run(writeCandidates, { rows: plan.candidates });
    outcome.candidatesCreated = result.summary.counters.updates().relationshipsCreated;
  }
  if (plan.newParticipations.length > 0) await tx.run(createParticipations, { rows: plan.newParticipations });
  if (plan.changedParticipations.length > 0) await tx.run(updateParticipations, { rows: plan.changedParticipations });
  return outcome;
}
