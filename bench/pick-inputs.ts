import type { Driver } from "neo4j-driver";
import { mulberry32 } from "./seeded-random.js";

/** The rotating inputs of the measurements, picked from the loaded data. */
export interface BenchInputs {
  /** The actors with the most participations. */
  hubs: string[];
  /** Actors with 2 to 15 participations, picked at random (seeded). */
  ordinary: string[];
  searchTexts: string[];
  pairs: Array<{ from: string; to: string }>;
  /** Topic texts: a project's topic code and title, as a user would paste them. */
  topics: string[];
  /** Ids of call topics open on {@link benchAsOf}, for call briefs. */
  calls: string[];
  /** KTH and the City when the data holds them (the shipped seed), else the two largest hubs. */
  focus: string[];
}

/** The day openCalls and callBrief are measured on. */
export const benchAsOf = "2026-12-01";

function sample<T>(list: T[], count: number, random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

/** Picks hubs and ordinary actors, search texts, path pairs and topics from the database. */
export async function pickInputs(driver: Driver, database: string, seed: number): Promise<BenchInputs> {
  const random = mulberry32(seed + 1);
  const query = (cypher: string) => driver.executeQuery(cypher, {}, { database, routing: "READ" });
  const hubs = (
    await query(
      `MATCH (a:Actor) WITH a, COUNT { (a)-[:PARTICIPATES_IN]->() } AS d ORDER BY d DESC, a.id LIMIT 5 RETURN a.id AS id`,
    )
  ).records.map((r) => String(r.get("id")));
  const candidates = (
    await query(
      `MATCH (a:Actor) WITH a, COUNT { (a)-[:PARTICIPATES_IN]->() } AS d WHERE 2 <= d <= 15
     RETURN a.id AS id, a.name AS name ORDER BY a.id LIMIT 5000`,
    )
  ).records.map((r) => ({ id: String(r.get("id")), name: String(r.get("name")) }));
  const ordinary = sample(candidates, 20, random);
  const names = sample(candidates, 40, random).map((c) => c.name.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []);
  const searchTexts = names
    .filter((words) => words.length > 0)
    .flatMap((words, i) => (i % 2 === 0 ? [words.slice(0, 2).join(" ")] : [words[0].slice(0, 4)]));
  const topics = (
    await query(
      `MATCH (p:Project) WHERE size(coalesce(p.topics, [])) > 0 AND p.title IS NOT NULL
     RETURN p.topics[0] AS topic, p.title AS title ORDER BY p.id LIMIT 3000`,
    )
  ).records.map((r) => `${r.get("topic")} ${r.get("title")}`);
  const ordinaryIds = ordinary.map((o) => o.id);
  const pairs = ordinaryIds.map((id, i) =>
    i % 2 === 0 ? { from: id, to: ordinaryIds[(i + 1) % ordinaryIds.length] } : { from: hubs[i % hubs.length], to: id },
  );
  const calls = (
    await driver.executeQuery(
      "MATCH (c:Call) WHERE c.deadline >= date($asOf) AND c.actionType IS NOT NULL RETURN c.id AS id ORDER BY id",
      { asOf: benchAsOf },
      { database, routing: "READ" },
    )
  ).records.map((r) => String(r.get("id")));
  const focus = (
    await driver.executeQuery(
      "MATCH (a:Actor) WHERE a.id IN ['kth', 'stockholms-stad'] RETURN a.id AS id ORDER BY id",
      {},
      { database, routing: "READ" },
    )
  ).records.map((r) => String(r.get("id")));
  return {
    focus: focus.length === 2 ? focus : hubs.slice(0, 2),
    hubs,
    ordinary: ordinaryIds,
    searchTexts,
    pairs,
    topics: sample(topics, 20, random),
    calls: sample(calls, 20, random),
  };
}
