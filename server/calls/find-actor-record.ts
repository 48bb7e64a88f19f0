import type { Driver, Node } from "neo4j-driver";
import { visibleNode } from "../model/visibility.js";
import { actorNotFound } from "../consortium/find-members.js";

/** One of the actor's projects (or its parts' projects) that started before asOf. */
export interface OwnProject {
  node: Node;
  id: string;
  label: string;
  /** Title, acronym and objective: what the call's words are matched against. */
  text: string;
  /** The call families (CALL and DESTINATION) and call topics it is linked to. */
  families: string[];
  calls: string[];
}

/** Partners' projects in one family that the actor took no part in. */
export interface PartnerActivity {
  family: string;
  partners: string[];
  projects: string[];
}

export interface ActorRecord {
  actor: { id: string; name: string };
  own: OwnProject[];
  partnerActivity: Map<string, PartnerActivity>;
}

// The actor and the actors that are part of it (Kommunstyrelsen of Stockholms stad): a City's
// boards and offices apply as the City.
const selves = `
MATCH (a:Actor {id: $actor}) WHERE ${visibleNode("a")}
CALL (a) {
  OPTIONAL MATCH (part:Actor)-[:PART_OF]->{1,3}(a) WHERE ${visibleNode("part")}
  RETURN collect(DISTINCT part) AS parts
}
WITH a, parts + [a] AS selves
`;

const readOwnProjects = `${selves}
UNWIND selves AS self
MATCH (self)-[:PARTICIPATES_IN]->(p:Project)
WHERE ${visibleNode("p")} AND p.startDate < date($asOf)
WITH DISTINCT a, p
RETURN a.id AS actorId, coalesce(a.shortName, a.name) AS actorName, p,
  [(p)-[:IN_FAMILY]->(f:CallFamily) | f.id] AS families,
  [(p)-[:FUNDED_UNDER]->(c:Call) | c.id] AS calls`;

const readActor = `MATCH (a:Actor {id: $actor}) WHERE ${visibleNode("a")} RETURN a.id AS actorId, coalesce(a.shortName, a.name) AS actorName`;

// Partners: actors that shared a project with the actor (or a part of it) before asOf.
const readPartners = `${selves}
UNWIND selves AS self
MATCH (self)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(partner:Actor)
WHERE p.startDate < date($asOf) AND ${visibleNode("p")} AND ${visibleNode("partner")} AND NOT partner IN selves
RETURN partner.id AS id, coalesce(partner.shortName, partner.name) AS name, count(DISTINCT p) AS shared`;

// The projects of the families begun before asOf, with their participants.
const readFamilyProjects = `
MATCH (f:CallFamily)<-[:IN_FAMILY]-(q:Project)
WHERE f.id IN $families AND q.startDate < date($asOf) AND ${visibleNode("q")}
RETURN f.id AS family, q.id AS project, [(q)<-[:PARTICIPATES_IN]-(x:Actor) WHERE ${visibleNode("x")} | x.id] AS participants`;

/** For each family, the partners who took part in its projects without the actor, the most shared projects first. */
function partnerActivityOf(
  partners: Map<string, { name: string; shared: number }>,
  ownProjects: Set<string>,
  rows: Array<{ family: string; project: string; participants: string[] }>,
): Map<string, PartnerActivity> {
  const byFamily = new Map<string, { partners: Set<string>; projects: string[] }>();
  for (const row of rows) {
    if (ownProjects.has(row.project)) continue;
    const active = row.participants.filter((id) => partners.has(id));
    if (active.length === 0) continue;
    const entry = byFamily.get(row.family) ?? { partners: new Set<string>(), projects: [] };
    active.forEach((id) => entry.partners.add(id));
    entry.projects.push(row.project);
    byFamily.set(row.family, entry);
  }
  const rank = (a: string, b: string) =>
    (partners.get(b)?.shared ?? 0) - (partners.get(a)?.shared ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  return new Map(
    [...byFamily].map(([family, entry]) => [
      family,
      {
        family,
        partners: [...entry.partners].sort(rank).map((id) => partners.get(id)?.name ?? id),
        projects: entry.projects.sort(),
      },
    ]),
  );
}

/**
 * What an actor (with the actors that are part of it) has done before asOf: its projects with their
 * text and call families, and, for each of the given families, the partners (actors it shared a
 * project with) who took part in that family's projects without it. NOT_FOUND for an unknown actor.
 */
export async function findActorRecord(
  driver: Driver,
  database: string,
  actor: string,
  asOf: string,
  families: string[],
): Promise<ActorRecord> {
  const options = { database, routing: "READ" as const };
  const [own, partners, familyProjects] = await Promise.all([
    driver.executeQuery(readOwnProjects, { actor, asOf }, options),
    driver.executeQuery(readPartners, { actor, asOf }, options),
    driver.executeQuery(readFamilyProjects, { asOf, families }, options),
  ]);
  let head = own.records[0];
  if (!head) {
    head = (await driver.executeQuery(readActor, { actor }, options)).records[0];
    if (!head) throw actorNotFound(actor);
  }
  return {
    actor: { id: head.get("actorId") as string, name: head.get("actorName") as string },
    own: own.records.map((record) => {
      const node = record.get("p") as Node;
      const properties = node.properties as Record<string, unknown>;
      return {
        node,
        id: String(properties.id),
        label: String(properties.acronym ?? properties.title),
        text: [properties.title, properties.acronym, properties.objective].filter(Boolean).join(" "),
        families: record.get("families") as string[],
        calls: record.get("calls") as string[],
      };
    }),
    partnerActivity: partnerActivityOf(
      new Map(
        partners.records.map((record) => [
          record.get("id") as string,
          { name: record.get("name") as string, shared: Number(record.get("shared")) },
        ]),
      ),
      new Set(own.records.map((record) => String((record.get("p") as Node).properties.id))),
      familyProjects.records.map((record) => ({
        family: record.get("family") as string,
        project: record.get("project") as string,
        participants: record.get("participants") as string[],
      })),
    ),
  };
}
