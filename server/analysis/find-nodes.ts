import type { Driver } from "neo4j-driver";
import { notFound } from "../graphql/errors.js";

/** Finds the element ids of nodes by their `id`, across the domain labels; unknown ids are an error. */
export async function findElementIds(driver: Driver, database: string, ids: string[]): Promise<Map<string, string>> {
  const result = await driver.executeQuery(
    `UNWIND $ids AS wanted
     CALL (wanted) {
       MATCH (n:Actor {id: wanted}) RETURN n
       UNION MATCH (n:Project {id: wanted}) RETURN n
       UNION MATCH (n:Agreement {id: wanted}) RETURN n
       UNION MATCH (n:Strategy {id: wanted}) RETURN n
       UNION MATCH (n:Place {id: wanted}) RETURN n
     }
     WITH wanted, n WHERE n.deletedAt IS NULL
     RETURN wanted, elementId(n) AS elementId`,
    { ids },
    { database, routing: "READ" },
  );
  const found = new Map(
    result.records.map((record) => [record.get("wanted") as string, record.get("elementId") as string]),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound(missing);
  return found;
}
