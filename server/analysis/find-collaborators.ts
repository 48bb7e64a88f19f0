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
  // Strengths first, from (partner, shared thing) pairs alone, with what each kept tie goes through;
  // the evidence of those things is read only when the query asks for it: a hub's partners share
  // hundreds of projects with it, and decoding all their relationships holds the server's event loop.
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
       RETURN p, x, null AS direct, weight
       UNION ALL
       MATCH (a)-[r:${directTypes}]-(p:Actor)
       WHERE p <> a AND ${filterCondition("r", "p")}
       WITH DISTINCT p, type(r) AS relType, startNode(r) = a AS outgoing
       RETURN p, null AS x, {relType: relType, outgoing: outgoing} AS direct, 1.0 AS weight
     }
     WITH p, sum(weight) AS strength, collect(x) AS things, collect(direct) AS directs
     WHERE $minWeight IS NULL OR strength >= $minWeight
     ORDER BY strength DESC, p.name
     LIMIT toInteger($limit)
     RETURN p, strength, [x IN things | elementId(x)] AS thingIds,
            [x IN things | ${viaOfThing("x")}] + [d IN directs | ${viaOfDirect("d", "p")}] AS via`,
    { id: args.id, limit, ...filter },
    { database, routing: "READ" },
  );
  const rows = result.records.map((record) => ({
    partner: toNodeModel<"Actor">(record.get("p")),
    strength: Math.round(Number(record.get("strength")) * 1000) / 1000,
    things: record.get("thingIds") as string[],
    via: toVias(record.get("via") as RawVia[], []),
  }));
  let withEvidence: Promise<Map<string, CollaborationVia[]>> | undefined;
  const readEvidence = () => (withEvidence ??= readVias(driver, database, args.id, filter, rows));
  return rows.map((row) => ({
    partner: row.partner,
    strength: row.strength,
    // Called by the field resolver, outside the query's own guard: guarded keeps its errors typed.
    via: guarded(async (_args?: unknown, _context?: unknown, info?: GraphQLResolveInfo) =>
      selectsEvidence(info) ? ((await readEvidence()).get(String(row.partner.id)) ?? []) : row.via,
    ),
  }));
}

/** What a tie goes through, as a Cypher map: the same whether or not its evidence is read. */
function viaOfThing(x: string): string {
  return `{id: ${x}.id, label: coalesce(${x}.acronym, ${x}.shortName, ${x}.name, ${x}.title, ${x}.id),
           type: [l IN labels(${x}) WHERE l IN ['Project', 'Agreement', 'Actor']][0],
           project: CASE WHEN ${x}:Project THEN ${x} {since: toString(${x}.startDate), until: toString(${x}.endDate),
                                                   .programme, .programmeParts, .rcn} END}`;
}

/** A tie stated between the two directly (`direct` holds its type and whether it leaves the actor asked about). */
function viaOfDirect(direct: string, partner: string): string {
  return `{id: ${direct}.relType + CASE WHEN ${direct}.outgoing THEN '>' ELSE '<' END + ${partner}.id,
           label: toLower(replace(${direct}.relType, '_', ' ')) + CASE WHEN ${direct}.outgoing THEN '' ELSE ' (by)' END,
           type: ${direct}.relType, project: null}`;
}

interface RawVia {
  id: string;
  label: string;
  type: string;
  project: Pick<CollaborationVia, "since" | "until" | "programme" | "programmeParts" | "rcn"> | null;
}

function toVias(raw: RawVia[], evidence: CollaborationVia["evidence"][]): CollaborationVia[] {
  return raw.map((via, index) => ({
    id: via.id,
    label: via.label,
    type: via.type,
    evidence: evidence[index] ?? [],
    ...via.project,
  }));
}

/**
 * What each kept partner's tie goes through, with the evidence (a hub's partners share thousands
 * of records with it): one query for all of them.
 */
async function readVias(
  driver: Driver,
  database: string,
  id: string,
  filter: ReturnType<typeof toFilterParams>,
  rows: Array<{ partner: Record<string, unknown>; things: string[] }>,
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
       RETURN ${viaOfThing("x")} AS via, [r IN rels | properties(r)] AS evidence
       UNION ALL
       MATCH (a)-[r:${directTypes}]-(p)
       WHERE ${filterCondition("r", "p")}
       WITH {relType: type(r), outgoing: startNode(r) = a} AS direct, collect(r) AS rels
       RETURN ${viaOfDirect("direct", "p")} AS via, [r IN rels | properties(r)] AS evidence
     }
     RETURN p.id AS partner, collect(via) AS via, collect(evidence) AS evidence`,
    { id, partners: rows.map((row) => ({ id: row.partner.id, things: row.things })), ...filter },
    { database, routing: "READ" },
  );
  const raw = result.records.map((record) => ({
    partner: record.get("partner") as string,
    via: record.get("via") as RawVia[],
    evidence: record.get("evidence") as RawEvidence[][],
  }));
  const evidence = await attachSources(
    driver,
    database,
    raw.flatMap((row) => row.evidence),
  );
  let index = 0;
  return new Map(
    raw.map((row) => [
      row.partner,
      toVias(
        row.via,
        row.via.map(() => evidence[index++]),
      ),
    ]),
  );
}
