import type { Driver, Node } from "neo4j-driver";
import { visibleNode } from "../model/visibility.js";
import type { MatchedProject } from "./match-topic.js";
import type { TrackRecord } from "./score-partners.js";

/** An actor that took part in projects matching the topic, with its whole EU track record. */
export interface Candidate extends TrackRecord {
  id: string;
  kind: string;
  country: string | null;
  /** Ids of its projects that match the topic. */
  matchedProjects: string[];
}

export interface CandidateFilter {
  /** Never candidates: the consortium's members. */
  exclude: string[];
  countries: string[] | null;
  kinds: string[] | null;
}

/**
 * The participants of the matched projects that pass the filter, each with its participations,
 * coordinations and latest end year.
 *
 * @remarks Returns properties, not nodes: there are often over a thousand candidates, and only
 * the few suggested need their whole node ({@link findSuggestedActors}).
 */
export async function findCandidates(
  driver: Driver,
  database: string,
  projects: MatchedProject[],
  filter: CandidateFilter,
): Promise<Candidate[]> {
  const result = await driver.executeQuery(
    `MATCH (p:Project) WHERE p.id IN $projects AND ${visibleNode("p")}
     MATCH (p)<-[:PARTICIPATES_IN]-(a:Actor)
     WHERE ${visibleNode("a")} AND NOT a.id IN $exclude AND ($countries IS NULL OR a.country IN $countries) AND ($kinds IS NULL OR a.kind IN $kinds)
     WITH a, collect(DISTINCT p.id) AS matched
     CALL (a) {
       // PARTICIPATES_IN always ends at a Project: no label check for each of a hub's hundreds.
       MATCH (a)-[r:PARTICIPATES_IN]->(q) WHERE ${visibleNode("q")}
       RETURN count(DISTINCT q) AS participations,
              count(DISTINCT CASE WHEN r.role = 'coordinator' THEN q END) AS coordinations,
              max(q.endDate.year) AS latestEndYear
     }
     RETURN a.id AS id, a.kind AS kind, a.country AS country, matched, participations, coordinations, latestEndYear`,
    { projects: projects.map((project) => project.id), ...filter },
    { database, routing: "READ" },
  );
  return result.records.map((record) => {
    const latestEndYear = record.get("latestEndYear") as number | null;
    return {
      id: record.get("id") as string,
      kind: record.get("kind") as string,
      country: (record.get("country") as string | null) ?? null,
      matchedProjects: record.get("matched") as string[],
      participations: Number(record.get("participations")),
      coordinations: Number(record.get("coordinations")),
      latestEndYear: latestEndYear === null ? null : Number(latestEndYear),
    };
  });
}

/** The suggested actors' nodes, each with what shows its experience: up to three projects, those it coordinated first, the latest first. */
export async function findSuggestedActors(
  driver: Driver,
  database: string,
  ids: string[],
): Promise<Map<string, { actor: Node; experience: Node[] }>> {
  const result = await driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (a:Actor {id: id}) WHERE ${visibleNode("a")}
     CALL (a) {
       OPTIONAL MATCH (a)-[r:PARTICIPATES_IN]->(p:Project) WHERE ${visibleNode("p")}
       WITH p, min(CASE r.role WHEN 'coordinator' THEN 0 ELSE 1 END) AS rank
       RETURN p ORDER BY rank, p.endDate IS NULL, p.endDate DESC, p.id LIMIT 3
     }
     RETURN id, a, collect(p) AS projects`,
    { ids },
    { database, routing: "READ" },
  );
  return new Map(
    result.records.map((record) => [
      record.get("id") as string,
      { actor: record.get("a") as Node, experience: record.get("projects") as Node[] },
    ]),
  );
}
