import type { Driver } from "neo4j-driver";
import { hiddenRelationshipTypes } from "../model/visibility.js";

/** Counts of the graph's visible contents (deleted nodes and hidden relationships left out). */
export async function graphStats(driver: Driver, database: string) {
  const result = await driver.executeQuery(
    `CALL () { MATCH (n:Actor) WHERE n.deletedAt IS NULL RETURN count(n) AS actors }
     CALL () { MATCH (n:Project) WHERE n.deletedAt IS NULL RETURN count(n) AS projects }
     CALL () { MATCH (n:Agreement) WHERE n.deletedAt IS NULL RETURN count(n) AS agreements }
     CALL () { MATCH (n:Strategy) WHERE n.deletedAt IS NULL RETURN count(n) AS strategies }
     CALL () { MATCH (n:Place) WHERE n.deletedAt IS NULL RETURN count(n) AS places }
     CALL () { MATCH (n:Source) WHERE n.deletedAt IS NULL RETURN count(n) AS sources }
     CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations }
     CALL () { MATCH ()-[r]->() WHERE NOT type(r) IN $hidden RETURN count(r) AS relationships }
     RETURN actors, projects, agreements, strategies, places, sources, participations, relationships`,
    { hidden: [...hiddenRelationshipTypes] },
    { database, routing: "READ" },
  );
  const kinds = await driver.executeQuery(
    "MATCH (n:Actor) WHERE n.deletedAt IS NULL RETURN n.kind AS kind, count(*) AS count ORDER BY count DESC, kind",
    {},
    { database, routing: "READ" },
  );
  const record = result.records[0];
  const count = (key: string) => Number(record.get(key));
  return {
    actors: count("actors"),
    projects: count("projects"),
    agreements: count("agreements"),
    strategies: count("strategies"),
    places: count("places"),
    sources: count("sources"),
    participations: count("participations"),
    relationships: count("relationships"),
    actorsByKind: kinds.records.map((row) => ({ kind: String(row.get("kind")), count: Number(row.get("count")) })),
  };
}
