import type { Driver } from "neo4j-driver";
import type { ResolversTypes } from "../generated/resolvers-types.js";
import { toPlainProperties } from "../model/graph-values.js";

export interface RawEvidence {
  sourceId: string;
  locator?: string | null;
  quote?: string | null;
}

type Evidence = ResolversTypes["Evidence"];

/**
 * Attaches the source nodes to evidence items, in one query for all of them. A source id that no
 * node carries still answers, titled by its id, so that evidence is never silently dropped.
 */
export async function attachSources(driver: Driver, database: string, items: RawEvidence[][]): Promise<Evidence[][]> {
  const ids = [...new Set(items.flat().map((item) => item.sourceId))];
  const result = await driver.executeQuery(
    "MATCH (s:Source) WHERE s.id IN $ids AND s.deletedAt IS NULL RETURN s",
    { ids },
    { database, routing: "READ" },
  );
  const sources = new Map(
    result.records.map((record) => {
      const properties = toPlainProperties(record.get("s").properties);
      return [String(properties.id), properties];
    }),
  );
  return items.map((list) =>
    list.map((item) => ({
      source: sources.get(item.sourceId) ?? { id: item.sourceId, title: item.sourceId, kind: "UNKNOWN" },
      locator: item.locator ?? null,
      quote: item.quote ?? null,
    })),
  );
}
