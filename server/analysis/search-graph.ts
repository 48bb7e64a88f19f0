import type { Driver } from "neo4j-driver";
import { badInput } from "../model/errors.js";
import type { QuerySearchArgs, SearchHit } from "../generated/resolvers-types.js";
import { foldTerm } from "../model/fold-term.js";
import { labelOf, typeOfLabels } from "../model/graph-values.js";
import { checkRange } from "../model/validate-arguments.js";

const maxTerms = 12;
const maxTextLength = 1000;

/**
 * Turns free text into a Lucene query: every word must match, the last one also as a prefix (for
 * autocomplete). Only letters and digits reach Lucene, so no operator or field can be injected.
 */
export function toLuceneQuery(text: string): string {
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldTerm).slice(0, maxTerms);
  if (words.length === 0) return "";
  return words.map((word, index) => (index === words.length - 1 ? `(${word} OR ${word}*)` : word)).join(" AND ");
}

/** Full-text search over names, aliases, acronyms, titles, objectives and topics, ranked. */
export async function searchGraph(driver: Driver, database: string, args: QuerySearchArgs): Promise<SearchHit[]> {
  const limit = checkRange("limit", args.limit, 1, 100, 20);
  if (args.text.length > maxTextLength) throw badInput(`text must be at most ${maxTextLength} characters`, "text");
  const query = toLuceneQuery(args.text);
  if (query === "") throw badInput("text must contain at least one letter or digit", "text");
  // Curated actors (readable ids) rank a little above their namesakes from bulk imports.
  const result = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: toInteger($candidates)}) YIELD node, score
     WHERE node.deletedAt IS NULL
     WITH node, score * CASE WHEN node:Actor AND NOT node.id STARTS WITH 'cordis-' THEN 1.5
                             WHEN node:Actor THEN 1.2 ELSE 1.0 END AS ranked
     ORDER BY ranked DESC, node.id LIMIT toInteger($limit)
     // What a hit shows, not whole nodes: a project's objective runs to thousands of characters.
     RETURN labels(node) AS labels,
            node {.id, .shortName, .acronym, .name, .title, .rcn, .kind, .legalName, .country, .city} AS node, ranked`,
    { query, candidates: limit * 3, limit },
    { database, routing: "READ" },
  );
  return result.records.map((record) => {
    const properties = record.get("node") as Record<string, unknown>;
    return {
      id: String(properties.id),
      label: labelOf(properties),
      type: typeOfLabels(record.get("labels") as string[]),
      kind: (properties.kind as string | undefined) ?? null,
      // What tells namesakes apart (four companies called ERICSSON); only actors have these.
      name: (properties.name as string | undefined) ?? null,
      legalName: (properties.legalName as string | undefined) ?? null,
      country: (properties.country as string | undefined) ?? null,
      city: (properties.city as string | undefined) ?? null,
      score: Math.round(Number(record.get("ranked")) * 1000) / 1000,
    };
  });
}
