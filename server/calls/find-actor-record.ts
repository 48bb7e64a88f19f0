import type { Driver } from "neo4j-driver";
import { actorNotFound, countWords, loadHistory } from "../consortium/index.js";
import { visibleNode } from "../model/visibility.js";
import { yieldToRequests } from "../model/yield-to-requests.js";
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
  actor: { id: string; name: string };
  own: OwnProject[];
  /** Partners: actors that shared a project begun before asOf with the actor, by id. */
  partners: Map<string, { name: string; shared: number }>;
}

// The actor and the actors that are part of it (Kommunstyrelsen of Stockholms stad): a City's
// boards and offices apply as the City.
const readSelves = `
MATCH (a:Actor {id: $actor}) WHERE ${visibleNode("a")}
OPTIONAL MATCH (part:Actor)-[:PART_OF]->{1,3}(a) WHERE ${visibleNode("part")}
RETURN a.id AS id, coalesce(a.shortName, a.name) AS name, collect(DISTINCT part.id) AS parts`;

const readTexts = `
MATCH (p:Project) WHERE p.id IN $ids
RETURN p.id AS id, [x IN [p.title, p.acronym, p.objective] WHERE x IS NOT NULL] AS texts`;

const readTextPage = `
MATCH (p:Project) WHERE p.id > $after
RETURN p.id AS id, [x IN [p.title, p.acronym, p.objective] WHERE x IS NOT NULL] AS texts
ORDER BY p.id LIMIT toInteger($size)`;

/**
 * Projects' significant words, kept per version of the graph (a project's text changes only with an
 * import or an edit, which bump it): each project's words as numbers into one vocabulary, so that
 * all of Horizon Europe's projects fit in a few megabytes.
 */
const store = {
  key: "",
  vocabulary: new Map<string, number>(),
  words: [] as string[],
  projects: new Map<string, Uint32Array>(),
};

function useStore(database: string, version: string): typeof store {
  if (store.key !== `${database}|${version}`)
    Object.assign(store, { key: `${database}|${version}`, vocabulary: new Map(), words: [], projects: new Map() });
  return store;
}

const wordsOf = (texts: string[]) => new Set(countWords(texts.join(" ")).keys());

function keepWords(id: string, words: Set<string>): void {
  const numbers = [...words].map((word) => {
    let number = store.vocabulary.get(word);
    if (number === undefined) {
      number = store.words.push(word) - 1;
      store.vocabulary.set(word, number);
    }
    return number;
  });
  store.projects.set(id, Uint32Array.from(numbers));
}

async function projectWords(
  driver: Driver,
  database: string,
  version: string,
  ids: string[],
): Promise<Map<string, Set<string>>> {
  const key = `${database}|${version}`;
  useStore(database, version);
  const read = new Map<string, Set<string>>();
  const missing = ids.filter((id) => !store.projects.has(id));
  if (missing.length > 0) {
    const result = await driver.executeQuery(readTexts, { ids: missing }, { database, routing: "READ" });
    for (const record of result.records) {
      const words = wordsOf(record.get("texts") as string[]);
      read.set(record.get("id") as string, words);
      // Another version may have replaced the store meanwhile: these words then serve this answer only.
      if (store.key === key) keepWords(record.get("id") as string, words);
    }
  }
  const decode = (numbers: Uint32Array) => new Set(Array.from(numbers, (number) => store.words[number]));
  return new Map(ids.map((id) => [id, read.get(id) ?? decode(store.projects.get(id) ?? new Uint32Array())]));
}

/**
 * Reads every project's words once, in pages, after start-up, so that no request
 * waits for a large actor's texts; the work yields to requests between small batches.
 */
export async function prepareProjectWords(driver: Driver, database: string, version: string): Promise<number> {
  const key = `${database}|${version}`;
  let after = "";
  for (;;) {
    const page = await driver.executeQuery(readTextPage, { after, size: 500 }, { database, routing: "READ" });
    if (page.records.length === 0) return useStore(database, version).projects.size;
    for (let start = 0; start < page.records.length; start += 100) {
      if (useStore(database, version).key !== key) return 0;
      for (const record of page.records.slice(start, start + 100)) {
        const id = record.get("id") as string;
        if (!store.projects.has(id)) keepWords(id, wordsOf(record.get("texts") as string[]));
      }
      await yieldToRequests();
    }
    after = page.records[page.records.length - 1].get("id") as string;
  }
}

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
  for (const project of own)
    for (const participant of project.participants) {
      if (selves.has(participant)) continue;
      const { id, name } = history.actors[participant];
      const partner = partners.get(id) ?? { name, shared: 0 };
      partner.shared += 1;
      partners.set(id, partner);
    }
  const words = await projectWords(
    driver,
    database,
    version,
    own.map((project) => project.id),
  );
  return {
    actor: { id: head.get("id") as string, name: head.get("name") as string },
    own: own.map((project) => ({
      id: project.id,
      label: project.label,
      words: words.get(project.id) ?? new Set(),
      families: links.get(project.id)?.families ?? [],
      calls: links.get(project.id)?.calls ?? [],
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
