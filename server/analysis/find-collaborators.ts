import { Kind, type GraphQLResolveInfo, type SelectionNode } from "graphql";
import type { Driver } from "neo4j-driver";
import type { QueryCollaboratorsArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { attachSources, type RawEvidence } from "./evidence.js";
import { collaborationTies } from "../model/collaboration-ties.js";
import { guarded } from "../model/errors.js";
import { toNodeModel } from "../model/graph-values.js";
import type { ActorModel } from "../model/node-models.js";
import { findElementIds } from "../model/find-nodes.js";
import { filterCondition } from "../model/filter-condition.js";
import { namelessOrganisationLabel } from "../model/visibility.js";
import { checkRange, toFilterParams } from "../model/validate-arguments.js";

type CollaborationVia = ResolversTypes["CollaborationVia"];

/**
 * A collaboration as the resolver returns it. `via` is a function, which GraphQL's default field
 * resolver calls only when a query selects the field (with its arguments, context and info); the
 * first call reads every partner's at once, and their evidence only when the query selects it.
 */
export interface CollaborationModel {
  partner: ActorModel;
  strength: number;
  via: (args?: unknown, context?: unknown, info?: GraphQLResolveInfo) => Promise<CollaborationVia[]>;
}

/** Whether the query selects `evidence` under the field being resolved (directly or in a fragment). */
function selectsEvidence(info: GraphQLResolveInfo | undefined): boolean {
  if (!info) return true;
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === "evidence";
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet.selections);
      const fragment = info.fragments[selection.name.value];
      return fragment !== undefined && visit(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet?.selections ?? []));
}

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
): Promise<CollaborationModel[]> {
  const limit = checkRange("limit", args.limit, 1, 500, 25);
  const filter = toFilterParams(args.filter);
  await findElementIds(driver, database, [args.id]);
  // Strengths first, from (partner, shared thing) pairs alone; what each tie goes through, with its
  // evidence, is read only when the query asks for `via`: a hub's partners share hundreds of
  // projects with it, and decoding all their relationships holds the server's event loop.
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id})
     CALL (a) {
       MATCH (a)-[r1:${sharedTypes}]->(x)
       WHERE ${filterCondition("r1", "x")}
       WITH DISTINCT a, x
       // Parties are counted once per shared thing, not once per partner in it, and an actor tied
       // to it twice (a founder that is also a member) once; organisations without a name count
       // among a project's parties though they are never shown.
       WITH a, x, COUNT { MATCH (x)<-[:${sharedTypes}]-(party:Actor|${namelessOrganisationLabel}) RETURN DISTINCT party } AS parties
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
     WITH p, sum(weight) AS strength, [x IN collect(x) | elementId(x)] AS things
     WHERE $minWeight IS NULL OR strength >= $minWeight
     RETURN p, strength, things
     ORDER BY strength DESC, p.name
     LIMIT toInteger($limit)`,
    { id: args.id, limit, ...filter },
    { database, routing: "READ" },
  );
  const rows = result.records.map((record) => ({
    partner: toNodeModel<"Actor">(record.get("p")),
    strength: Math.round(Number(record.get("strength")) * 1000) / 1000,
    things: record.get("things") as string[],
  }));
  const vias = new Map<boolean, Promise<Map<string, CollaborationVia[]>>>();
  const readAll = (withEvidence: boolean) => {
    let read = vias.get(withEvidence);
    if (!read) vias.set(withEvidence, (read = readVias(driver, database, args.id, filter, rows, withEvidence)));
    return read;
  };
  return rows.map((row) => ({
    partner: row.partner,
    strength: row.strength,
    // Called by the field resolver, outside the query's own guard: guarded keeps its errors typed.
    via: guarded(
      async (_args?: unknown, _context?: unknown, info?: GraphQLResolveInfo) =>
        (await readAll(selectsEvidence(info))).get(String(row.partner.id)) ?? [],
    ),
  }));
}

/**
 * What each kept partner's tie goes through, with the evidence when it is asked for (a hub's
 * partners share thousands of records with it): one query for all of them.
 */
async function readVias(
  driver: Driver,
  database: string,
  id: string,
  filter: ReturnType<typeof toFilterParams>,
  rows: Array<{ partner: Record<string, unknown>; things: string[] }>,
  withEvidence: boolean,
): Promise<Map<string, CollaborationVia[]>> {
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id})
     UNWIND $partners AS partner
     MATCH (p:Actor {id: partner.id})
     CALL (a, p, partner) {
       // Only the things found shared above: two hubs each take part in hundreds of projects.
       UNWIND partner.things AS thing
       MATCH (x) WHERE elementId(x) = thing
       MATCH (a)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(p)
       WHERE ${filterCondition("r1", "x")} AND ${filterCondition("r2", "p")}
       WITH x, collect(DISTINCT r1) + collect(DISTINCT r2) AS rels
       RETURN x.id AS viaId, coalesce(x.acronym, x.shortName, x.name, x.title, x.id) AS viaLabel,
              [l IN labels(x) WHERE l IN ['Project', 'Agreement', 'Actor']][0] AS viaType,
              CASE WHEN $withEvidence THEN [r IN rels | properties(r)] ELSE [] END AS evidence,
              CASE WHEN x:Project THEN x {since: toString(x.startDate), until: toString(x.endDate), .programme,
                                          .programmeParts, .rcn} END AS project
       UNION ALL
       MATCH (a)-[r:${directTypes}]-(p)
       WHERE ${filterCondition("r", "p")}
       WITH type(r) AS relType, startNode(r) = a AS outgoing, collect(r) AS rels
       RETURN relType + CASE WHEN outgoing THEN '>' ELSE '<' END + p.id AS viaId,
              toLower(replace(relType, '_', ' ')) + CASE WHEN outgoing THEN '' ELSE ' (by)' END AS viaLabel,
              relType AS viaType, CASE WHEN $withEvidence THEN [r IN rels | properties(r)] ELSE [] END AS evidence,
              null AS project
     }
     RETURN p.id AS partner,
            collect({id: viaId, label: viaLabel, type: viaType, evidence: evidence, project: project}) AS via`,
    { id, partners: rows.map((row) => ({ id: row.partner.id, things: row.things })), withEvidence, ...filter },
    { database, routing: "READ" },
  );
  const raw = result.records.map((record) => ({
    partner: record.get("partner") as string,
    via: record.get("via") as Array<{
      id: string;
      label: string;
      type: string;
      evidence: RawEvidence[];
      project: Pick<CollaborationVia, "since" | "until" | "programme" | "programmeParts" | "rcn"> | null;
    }>,
  }));
  const evidence = await attachSources(
    driver,
    database,
    raw.flatMap((row) => row.via.map((via) => via.evidence)),
  );
  let index = 0;
  return new Map(
    raw.map((row) => [
      row.partner,
      row.via.map((via) => ({
        id: via.id,
        label: via.label,
        type: via.type,
        evidence: evidence[index++],
        ...via.project,
      })),
    ]),
  );
}
