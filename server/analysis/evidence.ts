import type { Driver } from "neo4j-driver";
import type { ResolversTypes } from "../generated/resolvers-types.js";
import { toNodeModel } from "../model/graph-values.js";
import type { SourceModel } from "../model/node-models.js";

export interface RawEvidence {
  sourceId: string;
  locator?: string | null;
  quote?: string | null;
}

type Evidence = ResolversTypes["Evidence"];

/** A source that an edge names but the graph no longer holds: its id, and that its kind is not known. */
const unknownSource = (id: string): SourceModel => ({ __typename: "Source", id, title: id, kind: "UNKNOWN" });

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
      const source = toNodeModel<"Source">(record.get("s"));
      return [source.id, source];
    }),
  );
  return items.map((list) =>
    list.map((item) => ({
      source: sources.get(item.sourceId) ?? unknownSource(item.sourceId),
      locator: item.locator ?? null,
      quote: item.quote ?? null,
    })),
  );
}
