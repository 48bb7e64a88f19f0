import type { ManagedTransaction } from "neo4j-driver";
import type { BatchOutcome } from "../records/import-summary.js";
import type { RorRecord } from "./parse-ror-record.js";

/** The ROR extract as a Source node. */
export const rorSource = {
  id: "ror",
  title: "Research Organization Registry (ROR), Swedish organisations",
  kind: "REGISTRY",
  issuer: "Research Organization Registry",
  licence: "CC0",
  url: "https://ror.org",
};

const writeSource = "MERGE (s:Source {id: $source.id}) SET s += $source";

// Actors may hold the bare id or the URL form; both are looked up through the rorId index.
const enrichActors = `
UNWIND $rows AS row
UNWIND [row.rorId, 'https://ror.org/' + row.rorId] AS key
MATCH (a:Actor {rorId: key})
MATCH (s:Source {id: $sourceId})
OPTIONAL MATCH (a)-[old:MENTIONED_IN]->(s)
WITH a, row, s, old IS NULL AS isNew, properties(a) AS before, [old.locator, old.quote] AS mentionBefore
SET a.aliases = reduce(kept = [], name IN coalesce(a.aliases, []) + row.names | CASE WHEN name IN kept THEN kept ELSE kept + name END),
    a.website = coalesce(a.website, row.website),
    a.foundedYear = coalesce(a.foundedYear, row.foundedYear),
    a.wikidataId = coalesce(row.wikidataId, a.wikidataId)
MERGE (a)-[m:MENTIONED_IN]->(s)
SET m.locator = row.locator, m.quote = row.name
RETURN row.rorId AS rorId, isNew, before <> properties(a) OR mentionBefore <> [m.locator, m.quote] AS changed`;

/** A ROR batch's outcome: `created` counts actors newly linked to the ROR source. */
export interface RorOutcome extends BatchOutcome {
  /** Rows for which no actor holds the ROR id. */
  unmatched: number;
}

/**
 * Enriches the actors that hold the batch's ROR ids: adds names, labels and acronyms to their
 * aliases, fills website and foundedYear when unset, sets wikidataId, and links them to the ROR
 * source with the row's line and name.
 */
export async function writeRorBatch(tx: ManagedTransaction, rows: RorRecord[]): Promise<RorOutcome> {
  await tx.run(writeSource, { source: rorSource });
  const result = await tx.run(enrichActors, { rows, sourceId: rorSource.id });
  const outcome: RorOutcome = { created: 0, updated: 0, unchanged: 0, merged: 0, rejected: [], unmatched: 0 };
  const matched = new Set<string>();
  for (const record of result.records) {
    matched.add(record.get("rorId"));
    if (record.get("isNew")) outcome.created += 1;
    else if (record.get("changed")) outcome.updated += 1;
    else outcome.unchanged += 1;
  }
  outcome.unmatched = rows.filter((row) => !matched.has(row.rorId)).length;
  return outcome;
}
