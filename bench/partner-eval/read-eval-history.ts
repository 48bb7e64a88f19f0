import type { Driver } from "neo4j-driver";

/** A project as the evaluation sees it: what the graph holds, read once through Cypher. */
export interface EvalProject {
  id: string;
  start: string | null;
  title: string;
  objective: string;
  topics: string[];
  /** The CORDIS funding scheme (HORIZON-RIA, HORIZON-TMA-MSCA-DN…), or null. */
  fundingScheme: string | null;
  coordinator: string | null;
  /** Participant actor ids in CORDIS order (the coordinator first). */
  participants: string[];
}

/** Every visible project with its participants; the baselines and the ground truth come from here. */
export async function readEvalHistory(driver: Driver, database: string): Promise<EvalProject[]> {
  const result = await driver.executeQuery(
    `MATCH (p:Project) WHERE p.deletedAt IS NULL
     OPTIONAL MATCH (p)<-[r:PARTICIPATES_IN]-(a:Actor) WHERE a.deletedAt IS NULL
     WITH p, a, min(CASE r.role WHEN 'coordinator' THEN 0 ELSE 1 END) AS rank, min(coalesce(r.order, 999)) AS position
     ORDER BY p.id, rank, position, a.id
     RETURN p.id AS id, toString(p.startDate) AS start, coalesce(p.title, '') AS title, coalesce(p.objective, '') AS objective,
            coalesce(p.topics, []) AS topics, p.fundingScheme AS fundingScheme, collect(a.id) AS participants,
            head(collect(CASE WHEN rank = 0 THEN a.id END)) AS coordinator`,
    {},
    { database, routing: "READ" },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    start: (record.get("start") as string | null) ?? null,
    title: record.get("title") as string,
    objective: record.get("objective") as string,
    topics: record.get("topics") as string[],
    fundingScheme: (record.get("fundingScheme") as string | null) ?? null,
    coordinator: (record.get("coordinator") as string | null) ?? null,
    participants: record.get("participants") as string[],
  }));
}
