import type { ManagedTransaction } from "neo4j-driver";
import type { BatchOutcome } from "../records/import-summary.js";
import { unlessEdited } from "../../model/keep-edits.js";
import { mergeNodes } from "../keep-edits/merge-keeping-edits.js";
import { nodeChanges, recordImportChanges } from "../keep-edits/record-import-changes.js";
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

// Actors may hold the bare id or the URL form; both are looked up through the rorId index.
const enrichActors = `
UNWIND $rows AS row
UNWIND [row.rorId, 'https://ror.org/' + row.rorId] AS key
MATCH (a:Actor {rorId: key})
MATCH (s:Source {id: $sourceId})
OPTIONAL MATCH (a)-[old:MENTIONED_IN]->(s)
WITH a, row, s, old IS NULL AS isNew, properties(a) AS before, [old.locator, old.quote] AS mentionBefore
SET a.aliases = ${unlessEdited(
  "a",
  "aliases",
  "reduce(kept = [], name IN coalesce(a.aliases, []) + row.names | CASE WHEN name IN kept THEN kept ELSE kept + name END)",
)},
    a.website = ${unlessEdited("a", "website", "coalesce(a.website, row.website)")},
    a.foundedYear = ${unlessEdited("a", "foundedYear", "coalesce(a.foundedYear, row.foundedYear)")},
    a.wikidataId = ${unlessEdited("a", "wikidataId", "coalesce(row.wikidataId, a.wikidataId)")}
MERGE (a)-[m:MENTIONED_IN]->(s)
SET m.locator = row.locator, m.quote = row.name
WITH row, isNew, a, before, before <> properties(a) AS actorChanged, mentionBefore <> [m.locator, m.quote] AS mentionChanged
RETURN row.rorId AS rorId, isNew, actorChanged OR mentionChanged AS changed, actorChanged,
       a.id AS id, 'Actor' AS label, before, properties(a) AS after`;

/** A ROR batch's outcome: `created` counts actors newly linked to the ROR source. */
export interface RorOutcome extends BatchOutcome {
  /** Rows for which no actor holds the ROR id. */
  unmatched: number;
}

/**
 * Enriches the actors that hold the batch's ROR ids: adds names, labels and acronyms to their
 * aliases, fills website and foundedYear when unset, sets wikidataId, and links them to the ROR
 * source with the row's line and name. A field an editor set is left as the editor set it; each
 * actor changed gets a `Change` by `by` (the importer and its file).
 */
export async function writeRorBatch(tx: ManagedTransaction, rows: RorRecord[], by: string): Promise<RorOutcome> {
  const { id, ...source } = rorSource;
  const changes = await mergeNodes(tx, "Source", [{ id, plain: source }]);
  const result = await tx.run(enrichActors, { rows, sourceId: rorSource.id });
  changes.push(...nodeChanges(result.records.filter((record) => record.get("actorChanged"))));
  await recordImportChanges(tx, by, changes);
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
