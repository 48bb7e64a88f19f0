import type { Driver, Node } from "neo4j-driver";
import { visibleNode } from "../model/visibility.js";
import { toTopicLuceneQuery, type TopicQuery } from "./parse-topic.js";
import { projectInScope, scopeParams, type ProjectScope } from "./project-scope.js";

/** A project that matches a topic, with its relevance: 1 for the best match, less for weaker ones. */
export interface MatchedProject {
  id: string;
  /** What a person reads for it: its acronym, else its title. */
  label: string;
  relevance: number;
  /** True when a topic code matched the project's topic or call, false for a word match. */
  byCode: boolean;
}

/** At most this many projects match a topic: the candidates come from their participants. */
export const maxMatchedProjects = 100;
/** Full-text hits read before the scope's date and exclusions are applied. */
const maxTextHits = 1000;
/** Projects scoring below this share of the best match do not match. */
export const minRelevance = 0.1;

async function matchWords(
  driver: Driver,
  database: string,
  words: string[],
  scope: ProjectScope,
  limit: number,
): Promise<MatchedProject[]> {
  if (words.length === 0) return [];
  const scoped = scope.asOf !== null || scope.excludeProjects.length > 0;
  const result = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('project_text', $query, {limit: toInteger($hits)}) YIELD node, score
     WHERE ${projectInScope("node")}
     RETURN node.id AS id, coalesce(node.acronym, node.title) AS label, score ORDER BY score DESC, id
     LIMIT toInteger($limit)`,
    { query: toTopicLuceneQuery(words), hits: scoped ? maxTextHits : limit, limit, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  const best = result.records.length > 0 ? Number(result.records[0].get("score")) : 0;
  return result.records.map((record) => ({
    id: record.get("id") as string,
    label: record.get("label") as string,
    relevance: Math.round((Number(record.get("score")) / best) * 1000) / 1000,
    byCode: false,
  }));
}

const codeCondition = (
  p: string,
) => `any(code IN $codes WHERE any(t IN coalesce(${p}.topics, []) + [call IN [${p}.call] WHERE call IS NOT NULL]
  WHERE toUpper(t) = code OR toUpper(t) STARTS WITH code + '-'))`;

/** A code as the phrase that the full-text index holds it as: Lucene splits codes at hyphens. */
const codePhrase = (code: string) =>
  `"${code
    .toLowerCase()
    .split("-")
    .filter((part) => part !== "")
    .join(" ")}"`;

/** What a code match returns, the latest projects first. */
const matchedByCode = `RETURN p.id AS id, coalesce(p.acronym, p.title) AS label ORDER BY p.startDate IS NULL, p.startDate DESC, id LIMIT toInteger($limit)`;

/**
 * Projects whose topic or call is a code or starts with it at a hyphen, compared as strings
 * (case-insensitively: CORDIS writes `CircBio` and `CIRCBIO`). The full-text index finds the
 * projects whose topics or call hold the code's parts in order; the comparison keeps the exact
 * ones. The index splits a code where the phrase does (at hyphens, never at a dot between digits
 * or letters): test/integration/match-topic-codes.test.ts compares it with reading every project,
 * for every code of the shipped data. A new call's code that no project names yet finds nothing,
 * at the cost of one index lookup.
 */
async function matchCodes(
  driver: Driver,
  database: string,
  codes: string[],
  scope: ProjectScope,
  limit: number,
): Promise<MatchedProject[]> {
  if (codes.length === 0) return [];
  const query = codes.flatMap((code) => [`topics:${codePhrase(code)}`, `call:${codePhrase(code)}`]).join(" OR ");
  const result = await driver.executeQuery(
    `CALL db.index.fulltext.queryNodes('project_text', $query) YIELD node AS p
     WHERE ${projectInScope("p")} AND ${codeCondition("p")}
     ${matchedByCode}`,
    { codes, query, limit, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    label: record.get("label") as string,
    relevance: 1,
    byCode: true,
  }));
}

/**
 * The same projects as the full-text match of {@link matchTopic}'s codes, found by reading every
 * project: what the tests compare the index with.
 */
export async function matchCodesByScan(
  driver: Driver,
  database: string,
  codes: string[],
  scope: ProjectScope,
  limit = maxMatchedProjects,
): Promise<string[]> {
  const result = await driver.executeQuery(
    `MATCH (p:Project) WHERE ${projectInScope("p")} AND ${codeCondition("p")} ${matchedByCode}`,
    { codes, limit, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  return result.records.map((record) => record.get("id") as string);
}

/** Projects of a call's families match it with this relevance: the same destination, not the same text. */
export const familyRelevance = 0.5;

async function matchFamilies(
  driver: Driver,
  database: string,
  families: string[],
  scope: ProjectScope,
  limit: number,
): Promise<MatchedProject[]> {
  if (families.length === 0) return [];
  const result = await driver.executeQuery(
    `MATCH (f:CallFamily)<-[:IN_FAMILY]-(p:Project) WHERE f.id IN $families AND ${projectInScope("p")}
     RETURN DISTINCT p.id AS id, coalesce(p.acronym, p.title) AS label, p.startDate AS startDate
     ORDER BY startDate IS NULL, startDate DESC, id LIMIT toInteger($limit)`,
    { families, limit, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    label: record.get("label") as string,
    relevance: familyRelevance,
    byCode: true,
  }));
}

/**
 * The projects that match a topic, best first (ties by id): those of its topic codes (relevance 1)
 * and those whose title, objective, acronym, topics or call match its words (relevance = BM25
 * score over the best word match's score), and, for a call of the graph, the projects of its call and
 * destination (relevance {@link familyRelevance}), at most `limit`; only projects in the scope
 * (started before its `asOf`, not excluded) match.
 */
export async function matchTopic(
  driver: Driver,
  database: string,
  topic: TopicQuery,
  scope: ProjectScope,
  limit = maxMatchedProjects,
): Promise<MatchedProject[]> {
  const [byCode, byWords, byFamily] = await Promise.all([
    matchCodes(driver, database, topic.codes, scope, limit),
    matchWords(driver, database, topic.words, scope, limit),
    matchFamilies(driver, database, topic.call?.families ?? [], scope, limit),
  ]);
  const matches = new Map<string, MatchedProject>();
  for (const match of [...byCode, ...byWords, ...byFamily]) {
    const known = matches.get(match.id);
    if (!known || match.relevance > known.relevance) matches.set(match.id, match);
  }
  return [...matches.values()]
    .filter((match) => match.relevance >= minRelevance)
    .sort((a, b) => b.relevance - a.relevance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

/** Project nodes by id, for the evidence of the suggestions shown. */
export async function findProjects(driver: Driver, database: string, ids: string[]): Promise<Map<string, Node>> {
  const result = await driver.executeQuery(
    `MATCH (p:Project) WHERE p.id IN $ids AND ${visibleNode("p")} RETURN p`,
    { ids },
    { database, routing: "READ" },
  );
  return new Map(result.records.map((record) => [String(record.get("p").properties.id), record.get("p") as Node]));
}
