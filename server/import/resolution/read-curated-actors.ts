import type { Driver } from "neo4j-driver";
import { indexCuratedActors, type CuratedIndex } from "./resolve-actor.js";

const readCurated = `
MATCH (a:Actor)
WHERE NOT a.id STARTS WITH 'cordis-'
RETURN a.id AS id, a.name AS name, a.country AS country, a.vatNumber AS vatNumber,
       [a.name, a.nameEn, a.shortName] + coalesce(a.aliases, []) AS names`;

/** Reads the actors that did not come from CORDIS and indexes them by name key, for entity resolution. */
export async function readCuratedIndex(driver: Driver, database: string): Promise<CuratedIndex> {
  // A full scan of the actors: on a busy machine it may outlast the default transaction timeout.
  const result = await driver.executeQuery(
    readCurated,
    {},
    {
      database,
      routing: "READ",
      transactionConfig: { timeout: 120_000 },
    },
  );
  return indexCuratedActors(
    result.records.map((record) => ({
      id: record.get("id"),
      name: record.get("name"),
      country: record.get("country"),
      vatNumber: record.get("vatNumber"),
      names: record.get("names"),
    })),
  );
}
