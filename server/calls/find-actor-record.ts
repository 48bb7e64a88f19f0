import type { Driver } from "neo4j-driver";
import { actorNotFound, loadHistory, loadProjectText, projectWords } from "../consortium/index.js";
import { visibleNode } from "../model/visibility.js";
import { readProjectLinks, type FamilyProject } from "./read-family-projects.js";

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
  actor: { id: string; name: string; kind: string };
  own: OwnProject[];
  /**
   * Partners: actors that shared a project begun before asOf with the actor, by id; for an actor
   * with no such project, those of its Horizon 2020 projects, else the actors a source ties it to (shared 0).
   */
  partners: Map<string, { name: string; shared: number }>;
  /** Its Horizon 2020 projects begun before asOf, when its partners come from them (it has no project of its own), else 0. */
  earlierProjects: number;
}

// The actor and the actors that are part of it (Kommunstyrelsen of Stockholms stad): a City's
// boards and offices apply as the City.
const readSelves = `
MATCH (a:Actor {id: $actor}) WHERE ${visibleNode("a")}
OPTIONAL MATCH (part:Actor)-[:PART_OF]->{1,3}(a) WHERE ${visibleNode("part")}
RETURN a.id AS id, coalesce(a.shortName, a.name) AS name, a.kind AS kind, collect(DISTINCT part.id) AS parts`;

/**
 * What an actor (with the actors that are part of it) had done before asOf: its projects with their
 * words and call families, and its partners with the number of projects shared, from the
 * collaboration history in memory. NOT_FOUND for an unknown actor.
 */
export async function findActorRecord(
  driver: Driver,
  database: string,
  version: string,
  actor: string,
  asOf: string,
): Promise<ActorRecord> {
  const [result, history, links] = await Promise.all([
    driver.executeQuery(readSelves, { actor }, { database, routing: "READ" }),
    loadHistory(driver, database),
    readProjectLinks(driver, database, version),
  ]);
  const head = result.records[0];
  if (!head) throw actorNotFound(actor);
  const selves = new Set(
    [head.get("id") as string, ...(head.get("parts") as string[])]
      .map((id) => history.actorNumber.get(id))
      .filter((number) => number !== undefined),
  );
  const own = [...new Set([...selves].flatMap((self) => history.actors[self].projects))]
    .map((number) => history.projects[number])
    .filter((project) => project.start !== null && project.start < asOf)
    // The latest first: evidence lists show what the actor did most recently.
    .sort((a, b) => (b.start as string).localeCompare(a.start as string) || a.id.localeCompare(b.id));
  const partners = new Map<string, { name: string; shared: number }>();
  /** Counts, for each participant of these projects other than the actor, the projects it shares. */
  const countPartners = (projects: Array<{ participants: number[] }>) => {
    for (const project of projects)
      for (const participant of project.participants) {
        if (selves.has(participant)) continue;
        const { id, name } = history.actors[participant];
        const partner = partners.get(id) ?? { name, shared: 0 };
        partner.shared += 1;
        partners.set(id, partner);
      }
  };
  countPartners(own);
  let earlierProjects = 0;
  if (own.length === 0) {
    const earlier = [...new Set([...selves].flatMap((self) => history.earlier.byActor.get(self) ?? []))]
      .map((number) => history.earlier.projects[number])
      .filter((project) => project.start !== null && project.start < asOf);
    earlierProjects = earlier.length;
    countPartners(earlier);
  }
  if (partners.size === 0)
    for (const self of selves)
      for (const tie of history.statedTies.get(self) ?? []) {
        if (selves.has(tie.other) || (tie.since !== null && tie.since >= asOf)) continue;
        const { id, name } = history.actors[tie.other];
        if (!partners.has(id)) partners.set(id, { name, shared: 0 });
      }
  const text = await loadProjectText(driver, database, history);
  return {
    actor: {
      id: head.get("id") as string,
      name: head.get("name") as string,
      kind: String(head.get("kind") ?? "OTHER"),
    },
    own: own.map((project) => ({
      id: project.id,
      label: project.label,
      words: projectWords(text, history.projectNumber.get(project.id) as number),
      families: links.get(project.id)?.families ?? [],
      calls: links.get(project.id)?.calls ?? [],
    })),
    partners,
    earlierProjects,
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
