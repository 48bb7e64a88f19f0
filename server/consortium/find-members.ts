import type { Driver, Node } from "neo4j-driver";
import { visibleNode } from "../model/visibility.js";
import { badInput, SamverkanError } from "../model/errors.js";
import { projectInScope, scopeParams, toProjectScope, type ProjectScope } from "./project-scope.js";

/** A consortium member: the actor, the legal entity it belongs to, and its EU track record. */
export interface Member {
  node: Node;
  id: string;
  name: string;
  kind: string;
  /** The member's country, else its legal entity's. */
  country: string | null;
  /** The top of the member's PART_OF chain (itself when it is part of nothing). */
  entity: { id: string; name: string };
  participations: number;
  coordinations: number;
}

export const maxMembers = 50;

/** NOT_FOUND for an id that names no actor (it may name a project or a place). */
export const actorNotFound = (id: string) => new SamverkanError("NOT_FOUND", `no actor has the id "${id}"`, { id });

/** A consortium's ids, trimmed and without repeats, in their order; at most {@link maxMembers}. */
export function toConsortiumIds(ids: readonly string[] | null | undefined, argument = "consortium"): string[] {
  const unique = [...new Set((ids ?? []).map((id) => id.trim()).filter((id) => id !== ""))];
  if (unique.length > maxMembers) throw badInput(`${argument} may name at most ${maxMembers} actors`, argument);
  return unique;
}

/**
 * Finds consortium members by id, in the order given, each with its legal entity: the end of its
 * PART_OF chain through actors (Kommunstyrelsen → Stockholms stad). An id that names no actor, or
 * a deleted one, is NOT_FOUND. Participations and coordinations count the projects in the scope.
 */
export async function findMembers(
  driver: Driver,
  database: string,
  ids: string[],
  scope: ProjectScope = toProjectScope(null),
): Promise<Member[]> {
  if (ids.length === 0) return [];
  const result = await driver.executeQuery(
    `UNWIND range(0, size($ids) - 1) AS index
     MATCH (a:Actor {id: $ids[index]}) WHERE ${visibleNode("a")}
     CALL (a) {
       OPTIONAL MATCH chain = (a)-[:PART_OF]->{1,10}(root:Actor)
       WHERE all(n IN nodes(chain) WHERE n:Actor AND ${visibleNode("n")})
         AND NOT EXISTS { (root)-[:PART_OF]->(parent:Actor) WHERE ${visibleNode("parent")} }
       RETURN root ORDER BY length(chain) DESC, root.id LIMIT 1
     }
     WITH index, a, coalesce(root, a) AS entity
     RETURN index, a, entity.id AS entityId, entity.name AS entityName, coalesce(a.country, entity.country) AS country,
       COUNT { (a)-[:PARTICIPATES_IN]->(p:Project) WHERE ${projectInScope("p")} } AS participations,
       COUNT { (a)-[r:PARTICIPATES_IN]->(p:Project) WHERE r.role = 'coordinator' AND ${projectInScope("p")} } AS coordinations
     ORDER BY index`,
    { ids, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  const members = result.records.map((record): Member => {
    const node = record.get("a") as Node;
    return {
      node,
      id: String(node.properties.id),
      name: String(node.properties.name),
      kind: String(node.properties.kind),
      country: (record.get("country") as string | null) ?? null,
      entity: { id: record.get("entityId") as string, name: record.get("entityName") as string },
      participations: Number(record.get("participations")),
      coordinations: Number(record.get("coordinations")),
    };
  });
  const found = new Set(members.map((member) => member.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw actorNotFound(missing);
  return members;
}
