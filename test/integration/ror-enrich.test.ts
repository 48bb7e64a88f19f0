import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/database/driver.js";
import { enrichFromRor, type RorSummary } from "../../server/import/ror/enrich-from-ror.js";

const neo4j = inject("neo4j");
const database = neo4j.database;
let driver: Driver;
let rorSourceExisted = false;

const fixtureFile = path.resolve(import.meta.dirname, "../fixtures/cordis/ror-fixture.csv");

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params, { database })).records.map((record) => record.toObject());
}

async function countAll() {
  const [counts] = await query(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  return counts;
}

const actor = async (id: string) => (await query("MATCH (a:Actor {id: $id}) RETURN a {.*} AS a", { id }))[0]?.a;
const counts = (summary: RorSummary) => [
  summary.created,
  summary.updated,
  summary.unchanged,
  summary.rejected,
  summary.unmatched,
];

beforeAll(async () => {
  driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  rorSourceExisted = (await query("MATCH (s:Source {id: 'ror'}) RETURN s.id AS id")).length > 0;
  await query("MATCH (a:Actor) WHERE a.id STARTS WITH 'test-ror-' DETACH DELETE a");
  await query(`CREATE (:Actor {id: 'test-ror-university', name: 'Fixturuniversitetet', kind: 'UNIVERSITY', rorId: '0fixture1', aliases: ['FU']})
               CREATE (:Actor {id: 'test-ror-institute', name: 'Fixturinstitutet', kind: 'RESEARCH_ORGANISATION', rorId: 'https://ror.org/0fixture2'})
               CREATE (:Actor {id: 'test-ror-foundation', name: 'Fixturstiftelsen', kind: 'FOUNDATION', rorId: '0fixture4',
                 website: 'https://curated.example', foundedYear: 1949})`);
});

afterAll(async () => {
  await query("MATCH (a:Actor) WHERE a.id STARTS WITH 'test-ror-' DETACH DELETE a");
  if (!rorSourceExisted)
    await query("MATCH (s:Source {id: 'ror'}) WHERE NOT EXISTS { ()-[:MENTIONED_IN]->(s) } DELETE s");
  await driver.close();
});

describe("enrichFromRor", () => {
  let first: RorSummary;

  it("adds ROR names to aliases, fills what is unset, and cites the row", async () => {
    first = await enrichFromRor(driver, database, fixtureFile);
    expect(first.rows).toBe(5);
    expect(counts(first)).toEqual([3, 0, 0, 1, 1]);
    expect(first.errors.map((error) => error.message)).toEqual([
      'ror-fixture.csv:4: field labels: "{sv: broken" is not a JSON object of labels',
    ]);
    expect(await actor("test-ror-university")).toMatchObject({
      name: "Fixturuniversitetet",
      website: "https://fixture-university.example",
      foundedYear: 1901,
      wikidataId: "Q99000001",
      aliases: ["FU", "Fixture University", "Fixturuniversitetet", "Fixtuurin yliopisto", "FXU"],
    });
    expect(await actor("test-ror-institute")).toMatchObject({
      aliases: ["Fixture Research Institute", "FRI"],
      website: "https://fixture-institute.example",
    });
    const foundation = await actor("test-ror-foundation");
    expect(foundation).toMatchObject({
      website: "https://curated.example",
      foundedYear: 1949,
      wikidataId: "Q99000004",
      aliases: ["Fixture Foundation, Stockholm", "Fixture Foundation"],
    });
    const mentions =
      await query(`MATCH (a:Actor)-[m:MENTIONED_IN]->(s:Source {id: 'ror'}) WHERE a.id STARTS WITH 'test-ror-'
      RETURN a.id AS id, m.locator AS locator, m.quote AS quote ORDER BY id`);
    expect(mentions).toEqual([
      { id: "test-ror-foundation", locator: "ror-fixture.csv:5", quote: "Fixture Foundation, Stockholm" },
      { id: "test-ror-institute", locator: "ror-fixture.csv:3", quote: "Fixture Research Institute" },
      { id: "test-ror-university", locator: "ror-fixture.csv:2", quote: "Fixture University" },
    ]);
    const [source] = await query("MATCH (s:Source {id: 'ror'}) RETURN s {.*} AS s");
    expect(source.s).toMatchObject({
      title: "Research Organization Registry (ROR), Swedish organisations",
      kind: "REGISTRY",
      licence: "CC0",
    });
  });

  it("changes nothing when run again", async () => {
    const before = await countAll();
    const university = await actor("test-ror-university");
    const again = await enrichFromRor(driver, database, fixtureFile);
    expect(counts(again)).toEqual([0, 0, 3, 1, 1]);
    expect(await countAll()).toEqual(before);
    expect(await actor("test-ror-university")).toEqual(university);
  });
});
