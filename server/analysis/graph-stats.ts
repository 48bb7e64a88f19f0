import type { Driver } from "neo4j-driver";

/** Counts of the graph's contents, from Neo4j's count store (constant time). */
export async function graphStats(driver: Driver, database: string) {
  const result = await driver.executeQuery(
    `CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
     CALL () { MATCH (n:Project) RETURN count(n) AS projects }
     CALL () { MATCH (n:Agreement) RETURN count(n) AS agreements }
     CALL () { MATCH (n:Strategy) RETURN count(n) AS strategies }
     CALL () { MATCH (n:Place) RETURN count(n) AS places }
     CALL () { MATCH (n:Source) RETURN count(n) AS sources }
     CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN actors, projects, agreements, strategies, places, sources, participations, relationships`,
    {}, { database, routing: "READ" });
  const kinds = await driver.executeQuery(
    "MATCH (n:Actor) RETURN n.kind AS kind, count(*) AS count ORDER BY count DESC, kind",
    {}, { database, routing: "READ" });
  const record = result.records[0];
  const count = (key: string) => Number(record.get(key));
  return {
    actors: count("actors"), projects: count("projects"), agreements: count("agreements"),
    strategies: count("strategies"), places: count("places"), sources: count("sources"),
    participations: count("participations"), relationships: count("relationships"),
    actorsByKind: kinds.records.map((row) => ({ kind: String(row.get("kind")), count: Number(row.get("count")) })),
  };
}
