import type { Driver } from "neo4j-driver";
import type { QueryCollaboratorsArgs } from "../generated/resolvers-types.js";
import { attachSources, type Evidence, type RawEvidence } from "./evidence.js";
import { toObject } from "./graph-values.js";
import { findElementIds } from "./find-nodes.js";
import { checkRange, filterCondition, toFilterParams } from "./validate-arguments.js";

export interface CollaborationVia { id: string; label: string; type: string; evidence: Evidence[] }
export interface Collaboration { partner: Record<string, unknown>; strength: number; via: CollaborationVia[] }

/** Ties through a shared thing: a project, an agreement, or a body both are members of. */
const sharedTypes = "PARTICIPATES_IN|PARTY_TO|MEMBER_OF";
/** Ties that a source states between the two actors directly. */
const directTypes = "COLLABORATES_WITH|FOUNDED|FINANCES|OWNS|PART_OF|MEMBER_OF";

/**
 * Who an actor works with, and through what. Two actors collaborate when they take part in the
 * same project, agreement or body, or when a source says so directly.
 *
 * @remarks Strength follows Newman's collaboration weight: a shared thing with n parties adds
 * 1/(n−1), so a 40-partner consortium counts for less than a bilateral agreement; a direct tie adds 1.
 */
export async function findCollaborators(driver: Driver, database: string, args: QueryCollaboratorsArgs): Promise<Collaboration[]> {
  const limit = checkRange("limit", args.limit, 1, 500, 25);
  const filter = toFilterParams(args.filter);
  await findElementIds(driver, database, [args.id]);
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id})
     CALL (a) {
       MATCH (a)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(p:Actor)
       WHERE p <> a AND type(r1) = type(r2) AND ${filterCondition("r1", "x")} AND ${filterCondition("r2", "p")}
       WITH p, x, collect(DISTINCT r1) + collect(DISTINCT r2) AS rels
       WITH p, x, rels, COUNT { (x)<-[:${sharedTypes}]-(:Actor) } AS parties
       RETURN p, x.id AS viaId, coalesce(x.acronym, x.shortName, x.name, x.title) AS viaLabel,
              [l IN labels(x) WHERE l IN ['Project', 'Agreement', 'Actor']][0] AS viaType,
              [r IN rels | properties(r)] AS evidence, 1.0 / (parties - 1) AS weight
       UNION
       MATCH (a)-[r:${directTypes}]-(p:Actor)
       WHERE p <> a AND ${filterCondition("r", "p")}
       WITH p, type(r) AS relType, startNode(r) = a AS outgoing, collect(r) AS rels
       RETURN p, relType + CASE WHEN outgoing THEN '>' ELSE '<' END + p.id AS viaId,
              toLower(replace(relType, '_', ' ')) + CASE WHEN outgoing THEN '' ELSE ' (by)' END AS viaLabel,
              relType AS viaType, [r IN rels | properties(r)] AS evidence, 1.0 AS weight
     }
     WITH p, collect({id: viaId, label: viaLabel, type: viaType, evidence: evidence}) AS via, sum(weight) AS strength
     WHERE $minWeight IS NULL OR strength >= $minWeight
     RETURN p, strength, via
     ORDER BY strength DESC, p.name
     LIMIT toInteger($limit)`,
    { id: args.id, limit, ...filter }, { database, routing: "READ" });
  const rows = result.records.map((record) => ({
    partner: toObject(record.get("p")),
    strength: Number(record.get("strength")),
    via: record.get("via") as Array<{ id: string; label: string; type: string; evidence: RawEvidence[] }>,
  }));
  const evidence = await attachSources(driver, database, rows.flatMap((row) => row.via.map((via) => via.evidence)));
  let index = 0;
  return rows.map((row) => ({
    partner: row.partner,
    strength: Math.round(row.strength * 1000) / 1000,
    via: row.via.map((via) => ({ id: via.id, label: via.label, type: via.type, evidence: evidence[index++] })),
  }));
}
