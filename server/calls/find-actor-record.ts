import type { Driver } from "neo4j-driver";
import { actorNotFound, countWords } from "../consortium/index.js";
import { visibleNode } from "../model/visibility.js";
import type { FamilyProject } from "./read-family-projects.js";

/** One of the actor's projects (or its parts' projects) that began before asOf. */
export interface OwnProject {
  id: string;
  label: string;
  /** The significant words of its title, acronym and objective. */
  words: Set<string>;
  /** The call families (CALL and DESTINATION) and call topics it is linked to. */
  families: string[];
  calls: string[];
}

/** Partners' projects in one family that the actor took no part in. */
export interface PartnerActivity {
  family: string;
  /** Partner names, those with the most projects shared with the actor first. */
  partners: string[];
  projects: string[];
}

export interface ActorRecord {
  actor: { id: string; name: string };
  own: OwnProject[];
  /** Partners: actors that shared a project begun before asOf with the actor, by id. */
  partners: Map<string, { name: string; shared: number }>;
}

// The actor and the actors that are part of it (Kommunstyrelsen of Stockholms stad): a City's
// boards and offices apply as the City.
const readOwnProjects = `
MATCH (a:Actor {id: $actor}) WHERE ${visibleNode("a")}
CALL (a) {
  OPTIONAL MATCH (part:Actor)-[:PART_OF]->{1,3}(a) WHERE ${visibleNode("part")}
  RETURN collect(DISTINCT part) AS parts
}
WITH a, parts + [a] AS selves
CALL (selves) {
  UNWIND selves AS self
  MATCH (self)-[:PARTICIPATES_IN]->(p:Project)
  WHERE ${visibleNode("p")} AND p.startDate < date($asOf)
  WITH DISTINCT p
  RETURN collect({
    id: p.id, label: coalesce(p.acronym, p.title),
    families: [(p)-[:IN_FAMILY]->(f:CallFamily) | f.id],
    calls: [(p)-[:FUNDED_UNDER]->(c:Call) | c.id],
    partners: [(p)<-[:PARTICIPATES_IN]-(x:Actor) WHERE ${visibleNode("x")} AND NOT x IN selves | [x.id, coalesce(x.shortName, x.name)]]
  }) AS projects
}
RETURN a.id AS id, coalesce(a.shortName, a.name) AS name, projects`;

const readTexts = `
MATCH (p:Project) WHERE p.id IN $ids
RETURN p.id AS id, [x IN [p.title, p.acronym, p.objective] WHERE x IS NOT NULL] AS texts`;

/** Projects' words, kept per version of the graph: a project's text changes only with an import. */
const wordCache = { key: "", words: new Map<string, Set<string>>() };

async function projectWords(
  driver: Driver,
  database: string,
  version: string,
  ids: string[],
): Promise<Map<string, Set<string>>> {
  if (wordCache.key !== `${database}|${version}`)
    Object.assign(wordCache, { key: `${database}|${version}`, words: new Map() });
  const missing = ids.filter((id) => !wordCache.words.has(id));
  if (missing.length > 0) {
    const result = await driver.executeQuery(readTexts, { ids: missing }, { database, routing: "READ" });
    for (const record of result.records)
      wordCache.words.set(record.get("id"), new Set(countWords((record.get("texts") as string[]).join(" ")).keys()));
  }
  return wordCache.words;
}

/**
 * What an actor (with the actors that are part of it) had done before asOf: its projects with their
 * words and call families, and its partners with the number of projects shared. NOT_FOUND for an
 * unknown actor.
 */
export async function findActorRecord(
  driver: Driver,
  database: string,
  version: string,
  actor: string,
  asOf: string,
): Promise<ActorRecord> {
  const result = await driver.executeQuery(readOwnProjects, { actor, asOf }, { database, routing: "READ" });
  const head = result.records[0];
  if (!head) throw actorNotFound(actor);
  const rows = head.get("projects") as Array<{
    id: string;
    label: string;
    families: string[];
    calls: string[];
    partners: Array<[string, string]>;
  }>;
  const words = await projectWords(
    driver,
    database,
    version,
    rows.map((row) => row.id),
  );
  const partners = new Map<string, { name: string; shared: number }>();
  for (const row of rows)
    for (const [id, name] of row.partners) {
      const partner = partners.get(id) ?? { name, shared: 0 };
      partner.shared += 1;
      partners.set(id, partner);
    }
  return {
    actor: { id: head.get("id") as string, name: head.get("name") as string },
    own: rows.map((row) => ({
      id: row.id,
      label: row.label,
      words: words.get(row.id) ?? new Set(),
      families: row.families,
      calls: row.calls,
    })),
    partners,
  };
}

/**
 * Where the actor's partners were active without it: for a family, its projects begun before asOf
 * that a partner took part in and the actor did not, with those partners (most shared projects first).
 */
export function partnerActivity(
  record: ActorRecord,
  family: string,
  projects: FamilyProject[],
  asOf: string,
): PartnerActivity | null {
  const own = new Set(record.own.map((project) => project.id));
  const active = new Set<string>();
  const shown: string[] = [];
  for (const project of projects) {
    if (own.has(project.id) || project.startDate === null || project.startDate >= asOf) continue;
    const partners = project.participants.filter((id) => record.partners.has(id));
    if (partners.length === 0) continue;
    partners.forEach((id) => active.add(id));
    shown.push(project.id);
  }
  if (active.size === 0) return null;
  const shared = (id: string) => record.partners.get(id)?.shared ?? 0;
  return {
    family,
    partners: [...active]
      .sort((a, b) => shared(b) - shared(a) || (a < b ? -1 : a > b ? 1 : 0))
      .map((id) => record.partners.get(id)?.name ?? id),
    projects: shown.sort(),
  };
}
