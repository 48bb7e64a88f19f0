import type { Driver } from "neo4j-driver";
import { graphFingerprint } from "../analysis/index.js";
import { visibleNode, visibleRelationship } from "../model/visibility.js";
import { log } from "../log.js";
import { cachePerVersion } from "../model/cache-per-version.js";
import { collaborationTies } from "../model/collaboration-ties.js";
import type { ActionType } from "../generated/resolvers-types.js";
import { actionOfFundingScheme } from "./action-rules.js";
import { familyOf } from "./topic-family.js";

/** A project as the consortium finder reads it: when it started, its call topics, who took part. */
export interface HistoryProject {
  id: string;
  /** What a person reads for it: its acronym, else its title. */
  label: string;
  /** ISO date, or null when CORDIS gives none. */
  start: string | null;
  topics: string[];
  /** The call families of its topics ({@link familyOf}). */
  families: string[];
  /** Actor numbers (indexes into {@link History.actors}) of its participants, each once. */
  participants: number[];
  /** The coordinator's actor number, or -1. */
  coordinator: number;
  /** The type of action of its CORDIS funding scheme, or null ({@link actionOfFundingScheme}). */
  action: ActionType | null;
}

export interface HistoryActor {
  id: string;
  /** What a person reads for it: its short name, else its name. */
  name: string;
  kind: string;
  country: string | null;
  /** Project numbers (indexes into {@link History.projects}). */
  projects: number[];
}

/**
 * A project of the Horizon 2020 history (2014–2021): its record number, start and participants.
 * It counts for earlier work with a consortium, weighed by its age and its size; the source gives
 * no title or topic, so it never matches a topic.
 */
export interface EarlierProject {
  id: string;
  /** The CORDIS record number, which is what a person can look it up by. */
  rcn: string;
  /** ISO date, or null when CORDIS gives none. */
  start: string | null;
  /** Actor numbers of its participants that are actors (named by another source). */
  participants: number[];
  /** Every participating organisation, named or not: the consortium's size. */
  size: number;
}

/** The Horizon 2020 history, kept apart from the projects the finder matches topics on. */
export interface EarlierHistory {
  projects: EarlierProject[];
  /** Earlier project numbers of each actor that has some. */
  byActor: Map<number, number[]>;
}

/** A tie that a source states between two actors, or a shared agreement or body, with its start when known. */
export interface StatedTie {
  other: number;
  since: string | null;
}

/**
 * The collaboration history the finder scores on: every visible project with its start date and
 * participants, every actor, and the stated ties between actors. Held in memory (about 20,000
 * projects and 120,000 participations for all of Horizon Europe) so that the factors can be
 * computed for thousands of candidates, as of any date, in milliseconds.
 */
export interface History {
  fingerprint: string;
  projects: HistoryProject[];
  projectNumber: Map<string, number>;
  actors: HistoryActor[];
  actorNumber: Map<string, number>;
  statedTies: Map<number, StatedTie[]>;
  earlier: EarlierHistory;
}

/** Reading every project and participation once per graph version may take longer than an ordinary query. */
const readConfig = { timeout: 120_000 };

async function readHistory(driver: Driver, database: string, fingerprint: string): Promise<History> {
  const started = Date.now();
  const [actorResult, projectResult, tieResult, earlierResult] = await Promise.all([
    driver.executeQuery(
      `MATCH (a:Actor) WHERE ${visibleNode("a")} RETURN a.id AS id, coalesce(a.shortName, a.name) AS name, a.kind AS kind, a.country AS country`,
      {},
      { database, routing: "READ", transactionConfig: readConfig },
    ),
    driver.executeQuery(
      // The Horizon 2020 history (projects that say what their source lacks) is read apart, below:
      // counted as these are, its large consortia would swamp the counts.
      `MATCH (p:Project) WHERE ${visibleNode("p")} AND p.sourceLacks IS NULL
       OPTIONAL MATCH (p)<-[r:PARTICIPATES_IN]-(a:Actor) WHERE ${visibleNode("a")}
       RETURN p.id AS id, coalesce(p.acronym, p.title, p.id) AS label, toString(p.startDate) AS start,
              coalesce(p.topics, []) AS topics, p.fundingScheme AS fundingScheme, collect(a.id) AS participants,
              head(collect(CASE WHEN r.role = 'coordinator' THEN a.id END)) AS coordinator`,
      {},
      { database, routing: "READ", transactionConfig: readConfig },
    ),
    driver.executeQuery(
      `CALL () {
         MATCH (a:Actor)-[r:${collaborationTies.direct}]-(b:Actor)
         WHERE ${visibleRelationship("r")} AND ${visibleNode("a")} AND ${visibleNode("b")}
         RETURN a.id AS from, b.id AS to, toString(r.since) AS since
         UNION
         MATCH (a:Actor)-[r1:${collaborationTies.shared}]->(x)<-[r2:${collaborationTies.shared}]-(b:Actor)
         WHERE NOT x:Project AND a <> b AND ${visibleRelationship("r1")} AND ${visibleRelationship("r2")}
           AND ${visibleNode("x")} AND ${visibleNode("a")} AND ${visibleNode("b")}
         RETURN a.id AS from, b.id AS to,
           CASE WHEN r1.since IS NULL OR r2.since IS NULL THEN null
                ELSE toString(CASE WHEN r1.since > r2.since THEN r1.since ELSE r2.since END) END AS since
       }
       RETURN from, to, since`,
      {},
      { database, routing: "READ", transactionConfig: readConfig },
    ),
    driver.executeQuery(
      `MATCH (p:Project) WHERE ${visibleNode("p")} AND p.sourceLacks IS NOT NULL
       OPTIONAL MATCH (p)<-[:PARTICIPATES_IN]-(o) WHERE ${visibleNode("o")}
       RETURN p.id AS id, toString(p.rcn) AS rcn, toString(p.startDate) AS start, count(DISTINCT o) AS size,
              collect(DISTINCT CASE WHEN o:Actor THEN o.id END) AS participants`,
      {},
      { database, routing: "READ", transactionConfig: readConfig },
    ),
  ]);
  const actors: HistoryActor[] = actorResult.records.map((record) => ({
    id: record.get("id") as string,
    name: String(record.get("name") ?? record.get("id")),
    kind: String(record.get("kind") ?? "OTHER"),
    country: (record.get("country") as string | null) ?? null,
    projects: [],
  }));
  const actorNumber = new Map(actors.map((actor, index) => [actor.id, index]));
  const projects: HistoryProject[] = [];
  const projectNumber = new Map<string, number>();
  for (const record of projectResult.records) {
    const number = projects.length;
    const participants = [
      ...new Set((record.get("participants") as string[]).map((id) => actorNumber.get(id) ?? -1)),
    ].filter((n) => n >= 0);
    const coordinator = record.get("coordinator") as string | null;
    const topics = (record.get("topics") as string[]).map((topic) => topic.toUpperCase());
    projects.push({
      id: record.get("id") as string,
      label: record.get("label") as string,
      start: (record.get("start") as string | null) ?? null,
      topics,
      families: [...new Set(topics.map(familyOf))],
      participants,
      coordinator: coordinator === null ? -1 : (actorNumber.get(coordinator) ?? -1),
      action: actionOfFundingScheme((record.get("fundingScheme") as string | null) ?? null),
    });
    projectNumber.set(record.get("id") as string, number);
    for (const actor of participants) actors[actor].projects.push(number);
  }
  const statedTies = new Map<number, StatedTie[]>();
  for (const record of tieResult.records) {
    const from = actorNumber.get(record.get("from") as string);
    const to = actorNumber.get(record.get("to") as string);
    if (from === undefined || to === undefined || from === to) continue;
    const ties = statedTies.get(from) ?? [];
    ties.push({ other: to, since: (record.get("since") as string | null) ?? null });
    statedTies.set(from, ties);
  }
  const earlier = readEarlier(earlierResult.records, actorNumber);
  log.info(
    `Consortium finder: history of ${projects.length} projects, ${earlier.projects.length} earlier (Horizon 2020) projects and ${actors.length} actors read in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return { fingerprint, projects, projectNumber, actors, actorNumber, statedTies, earlier };
}

function readEarlier(
  records: Array<{ get: (key: string) => unknown }>,
  actorNumber: Map<string, number>,
): EarlierHistory {
  const projects: EarlierProject[] = [];
  const byActor = new Map<number, number[]>();
  for (const record of records) {
    const number = projects.length;
    const participants = (record.get("participants") as string[]).flatMap((id) => {
      const actor = actorNumber.get(id);
      return actor === undefined ? [] : [actor];
    });
    projects.push({
      id: record.get("id") as string,
      rcn: String(record.get("rcn") ?? ""),
      start: (record.get("start") as string | null) ?? null,
      participants,
      size: Number(record.get("size")),
    });
    for (const actor of participants) {
      const list = byActor.get(actor);
      if (list) list.push(number);
      else byActor.set(actor, [number]);
    }
  }
  return { projects, byActor };
}

const cachedHistory = cachePerVersion(readHistory);

/**
 * The history for the graph as it is now: read again when the graph's fingerprint (node and
 * relationship counts and version, which every import and edit changes) differs from the cached one.
 */
export async function loadHistory(driver: Driver, database: string): Promise<History> {
  return cachedHistory(driver, database, await graphFingerprint(driver, database));
}
