import type { Driver } from "neo4j-driver";

/** A CORDIS actor that may be a curated actor, waiting for a person to decide. */
export interface ResolutionCandidate {
  cordisActorId: string;
  cordisName: string;
  cordisId: string | null;
  country: string | null;
  curatedActorId: string;
  curatedName: string;
  rule: string;
  score: number;
  /** How many projects the CORDIS actor takes part in: what merging would move. */
  projects: number;
}

const listCandidates = `
MATCH (c:Actor)-[r:POSSIBLY_SAME_AS]->(a:Actor)
RETURN c.id AS cordisActorId, c.name AS cordisName, c.cordisId AS cordisId, c.country AS country,
       a.id AS curatedActorId, a.name AS curatedName, r.rule AS rule, r.score AS score,
       COUNT { (c)-[:PARTICIPATES_IN]->(:Project) } AS projects
ORDER BY score DESC, curatedActorId, cordisActorId`;

/** Lists the POSSIBLY_SAME_AS pairs that entity resolution left for review, most likely first. */
export async function listResolutionCandidates(driver: Driver, database: string): Promise<ResolutionCandidate[]> {
  const result = await driver.executeQuery(listCandidates, {}, { database, routing: "READ" });
  return result.records.map((record) => record.toObject() as ResolutionCandidate);
}
