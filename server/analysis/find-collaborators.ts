import type { Driver } from "neo4j-driver";
import type { QueryCollaboratorsArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { attachSources, type RawEvidence } from "./evidence.js";
import { collaborationTies } from "../model/collaboration-ties.js";
import { toObject } from "../model/graph-values.js";
import { findElementIds } from "../model/find-nodes.js";
import { filterCondition } from "../model/filter-condition.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

type Collaboration = ResolversTypes["Collaboration"];

const { shared: sharedTypes, direct: directTypes } = collaborationTies;

/**
 * Who an actor works with, and through what: the SDL's collaboration ties (`collaborationTies`),
 * through a shared project, agreement or body, or stated between the two directly.
 *
 * @remarks Strength follows Newman's collaboration weight: a shared thing with n parties adds
 * 1/(n−1), so a 40-partner consortium counts for less than a bilateral agreement; a direct tie adds 1.
 */
export async function findCollaborators(
  driver: Driver,
  database: string,
  args: QueryCollaboratorsArgs,
): Promise<Collaboration[]> {
  const limit = checkRange("limit", args.limit, 1, 500, 25);
  const filter = toFilterParams(args.filter);
  await findElementIds(driver, database, [args.id]);
  // Strengths first, from (partner, shared thing) pairs alone; the evidence of the partners kept is
  // read afterwards, so that a hub's thousands of partners do not each carry their relationships.
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id})
     CALL (a) {
       MATCH (a)-[r1:${sharedTypes}]->(x)
       WHERE ${filterCondition("r1", "x")}
       WITH DISTINCT a, x
       // Parties are counted once per shared thing, not once per partner in it, and an actor tied
       // to it twice (a founder that is also a member) once.
       WITH a, x, COUNT { MATCH (x)<-[:${sharedTypes}]-(party:Actor) RETURN DISTINCT party } AS parties
       WHERE parties > 1
       MATCH (x)<-[r2:${sharedTypes}]-(p:Actor)
       WHERE p <> a AND ${filterCondition("r2", "p")}
       WITH DISTINCT p, x, 1.0 / (parties - 1) AS weight
       RETURN p, x, weight
       UNION ALL
       MATCH (a)-[r:${directTypes}]-(p:Actor)
       WHERE p <> a AND ${filterCondition("r", "p")}
       WITH DISTINCT p, type(r) AS relType, startNode(r) = a AS outgoing
       RETURN p, null AS x, 1.0 AS weight
     }
     WITH a, p, sum(weight) AS strength, collect(x) AS things
     WHERE $minWeight IS NULL OR strength >= $minWeight
     ORDER BY strength DESC, p.name
     LIMIT toInteger($limit)
     CALL (a, p, things) {
       // Only the things found shared above: two hubs each take part in hundreds of projects.
       UNWIND things AS x
       MATCH (a)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(p)
       WHERE ${filterCondition("r1", "x")} AND ${filterCondition("r2", "p")}
       WITH x, collect(DISTINCT r1) + collect(DISTINCT r2) AS rels
       RETURN x.id AS viaId, coalesce(x.acronym, x.shortName, x.name, x.title) AS viaLabel,
              [l IN labels(x) WHERE l IN ['Project', 'Agreement', 'Actor']][0] AS viaType,
              [r IN rels | properties(r)] AS evidence
       UNION ALL
       MATCH (a)-[r:${directTypes}]-(p)
       WHERE ${filterCondition("r", "p")}
       WITH type(r) AS relType, startNode(r) = a AS outgoing, collect(r) AS rels
       RETURN relType + CASE WHEN outgoing THEN '>' ELSE '<' END + p.id AS viaId,
              toLower(replace(relType, '_', ' ')) + CASE WHEN outgoing THEN '' ELSE ' (by)' END AS viaLabel,
              relType AS viaType, [r IN rels | properties(r)] AS evidence
     }
     WITH p, strength, collect({id: viaId, label: viaLabel, type: viaType, evidence: evidence}) AS via
     RETURN p, strength, via
     ORDER BY strength DESC, p.name`,
    { id: args.id, limit, ...filter },
    { database, routing: "READ" },
  );
  const rows = result.records.map((record) => ({
    partner: toObject(record.get("p")),
    strength: Number(record.get("strength")),
    via: record.get("via") as Array<{ id: string; label: string; type: string; evidence: RawEvidence[] }>,
  }));
  const evidence = await attachSources(
    driver,
    database,
    rows.flatMap((row) => row.via.map((via) => via.evidence)),
  );
  let index = 0;
  return rows.map((row) => ({
    partner: row.partner,
    strength: Math.round(row.strength * 1000) / 1000,
    via: row.via.map((via) => ({ id: via.id, label: via.label, type: via.type, evidence: evidence[index++] })),
  }));
}
