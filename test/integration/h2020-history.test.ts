import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/database/driver.js";
import { importCordisHistory } from "../../server/import/cordis/import-cordis-history.js";
import { shippedHistoryExportDate, shippedHistoryFile } from "../../server/import/cordis/load-shipped-cordis.js";
import { found, startTestApp, type TestApp } from "../support/test-app.js";

const neo4j = inject("neo4j");
const database = neo4j.database;
let driver: Driver;
let app: TestApp;
let tmp: string;

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params, { database })).records.map((record) => record.toObject());
}

const testRcns = ["990000901", "990000902"];

beforeAll(async () => {
  driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  app = await startTestApp();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-history-"));
});

afterAll(async () => {
  await query("MATCH (p:Project) WHERE p.rcn IN $rcns DETACH DELETE p", { rcns: testRcns });
  await query("MATCH (o:Organisation) WHERE o.cordisId STARTS WITH '9900009' DETACH DELETE o");
  fs.rmSync(tmp, { recursive: true, force: true });
  await app.close();
  await driver.close();
});

describe("the Horizon 2020 history in the seed graph", () => {
  it("holds the City's and KTH's Horizon 2020 records with programme parts, dates and what their source lacks", async () => {
    const [project] = await query(
      `MATCH (:Actor {id: 'kth'})-[r:PARTICIPATES_IN]->(p:Project {rcn: '204474'})<-[:PARTICIPATES_IN]-(:Actor {id: 'stockholms-stad'})
       RETURN p {.id, .programme, .programmeParts, .sourceLacks, .title, start: toString(p.startDate), end: toString(p.endDate)} AS p,
              r.sourceId AS source, r.locator AS locator`,
    );
    expect(project.p).toMatchObject({
      id: "h2020-rcn-204474",
      programme: "H2020",
      programmeParts: ["SC4"],
      start: "2016-09-01",
      end: "2020-11-30",
      title: null,
    });
    expect(project.p.sourceLacks).toEqual(expect.arrayContaining(["title", "objective", "organisationNames"]));
    expect(project.source).toBe(`cordis-h2020-history-${shippedHistoryExportDate}`);
    expect(project.locator).toMatch(/^h2020-curated-participations\.csv\.gz:\d+$/);
  });

  it("matches curated GrowSmarter to its record by the City's role and years, one project that says how it was matched", async () => {
    const [growSmarter] = await query(
      `MATCH (p:Project {id: 'growsmarter'})
       RETURN p.rcn AS rcn, p.matchedBy AS matchedBy, p.acronym AS acronym, toString(p.startDate) AS start,
              count { (p)<-[:PARTICIPATES_IN]-() } AS participants,
              count { MATCH (h:Project {rcn: '194441'}) WHERE h <> p } AS twins,
              exists { (:Actor {id: 'kth'})-[:PARTICIPATES_IN]->(p) } AS kth`,
    );
    expect(growSmarter).toMatchObject({
      rcn: "194441",
      acronym: "GrowSmarter",
      start: "2015-01-01",
      twins: 0,
      kth: true,
    });
    expect(growSmarter.matchedBy).toMatch(/record 194441.*stockholms-stad as coordinator, from 2015 to 2019/);
    // The record's 40 participations (nameless organisations among them) and the curated one of the City.
    expect(growSmarter.participants).toBe(41);
    // CIVITAS ECCENTRIC states the City as a participant with no dates: six other records fit, so none is chosen.
    const [eccentric] = await query("MATCH (p:Project {id: 'civitas-eccentric'}) RETURN p.rcn AS rcn");
    expect(eccentric.rcn).toBeNull();
  });

  it("keeps the 26 shipped H2020 projects one node each: a history row with their record number is that project", async () => {
    const shipped = (
      JSON.parse(fs.readFileSync("seeds/cordis/h2020-slice-project.json", "utf8")) as Array<{ id: number }>
    ).map((project) => String(project.id));
    const [counts] = await query(
      `MATCH (p:Project) WHERE p.id IN $shipped
       RETURN count(p) AS shipped, sum(count { MATCH (h:Project) WHERE h.rcn = p.rcn AND h <> p }) AS twins`,
      { shipped },
    );
    expect(counts).toEqual({ shipped: 26, twins: 0 });
    const [graphene] = await query(
      `MATCH (p:Project {id: '785219'})<-[r:PARTICIPATES_IN]-() RETURN p.programmeParts AS parts, count(r) AS participations`,
    );
    expect(graphene.parts.length).toBeGreaterThan(0);
    expect(
      await query("MATCH (p:Project) WHERE p.id STARTS WITH 'h2020-rcn-' AND p.id = 'h2020-rcn-216122' RETURN p"),
    ).toEqual([]);
  });

  it("shows the City's Horizon 2020 partners with the history's evidence, and no organisation without a name", async () => {
    const { data, errors } = await app.graphql(
      `{ collaborators(id: "stockholms-stad", limit: 500, filter: { programmes: ["H2020"], relationshipTypes: ["PARTICIPATES_IN"] }) {
           partner { id name } strength
           via { id label type since until programmeParts rcn evidence { source { id title } locator } } } }`,
    );
    expect(errors).toBeUndefined();
    const city = found(
      data.collaborators.find((c) => c.partner.id === "kth"),
      "KTH among the City's Horizon 2020 partners",
    );
    const shared = found(
      city.via.find((via) => via.id === "h2020-rcn-204474"),
      "a Horizon 2020 record they share",
    );
    expect(shared).toMatchObject({
      type: "Project",
      rcn: "204474",
      since: "2016-09-01",
      until: "2020-11-30",
      programmeParts: ["SC4"],
    });
    expect(shared.evidence.map((e) => e.source.title)).toContain(
      `CORDIS – Horizon 2020 participations (export of ${shippedHistoryExportDate})`,
    );
    // Newman's weight counts every party of a Horizon 2020 project, those without a name too.
    const [expected] = await query(
      `MATCH (:Actor {id: 'kth'})-[r1:PARTICIPATES_IN]->(x:Project)<-[r2:PARTICIPATES_IN]-(:Actor {id: 'stockholms-stad'})
       WHERE x.programme = 'H2020'
       WITH DISTINCT x
       RETURN sum(1.0 / (COUNT { MATCH (x)<-[:PARTICIPATES_IN]-(p:Actor|Organisation) RETURN DISTINCT p } - 1)) AS strength`,
    );
    expect(city.strength).toBeCloseTo(expected.strength, 3);
    const nameless = await query("MATCH (o:Organisation) RETURN collect(o.id) AS ids");
    const hidden = new Set(nameless[0].ids as string[]);
    expect(hidden.size).toBeGreaterThan(0);
    for (const collaboration of data.collaborators) {
      expect(hidden.has(collaboration.partner.id)).toBe(false);
      expect(collaboration.partner.name).toBeTruthy();
    }
  });

  it("draws the City and KTH tied through the history as of 2016, with no nameless node", async () => {
    const { data, errors } = await app.graphql(
      `{ network(ids: ["kth", "stockholms-stad"], depth: 1, limit: 2000, filter: { asOf: "2016-06-01", programmes: ["H2020"] }) {
           nodes { id label type } edges { source target type evidence { source { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    const ids = data.network.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(["growsmarter", "h2020-rcn-194631"]));
    // A project the history gives no title is named by its record number, not by its id.
    expect(data.network.nodes.find((node) => node.id === "h2020-rcn-194631")?.label).toBe("H2020 · 194631");
    const nameless = await query("MATCH (o:Organisation) WHERE o.id IN $ids RETURN count(o) AS n", { ids });
    expect(nameless[0].n).toBe(0);
    const { data: paths } = await app.graphql(
      `{ paths(from: "kth", to: "stockholms-stad", filter: { asOf: "2016-06-01", programmes: ["H2020"], relationshipTypes: ["PARTICIPATES_IN"] }) {
           nodes { id } } }`,
    );
    expect(paths.paths.length).toBeGreaterThan(0);
    expect(paths.paths[0].nodes.map((node) => node.id)).toHaveLength(3);
  });

  it("answers search with no organisation the history does not name", async () => {
    const [nameless] = await query("MATCH (o:Organisation) RETURN o.cordisId AS cordisId LIMIT 1");
    const { data } = await app.graphql(`{ search(text: "${nameless.cordisId}") { id } }`);
    expect(data.search).toEqual([]);
  });
});

describe("importing a participation history file", () => {
  it("changes nothing when the shipped file is imported again", async () => {
    const summary = await importCordisHistory(driver, database, shippedHistoryFile("sweden"), {
      exportDate: shippedHistoryExportDate,
    });
    expect(summary).toMatchObject({ created: 0, updated: 0, rejected: 0, organisationsCreated: 0 });
    expect(summary.unchanged + summary.merged).toBe(summary.rows);
  });

  it("reads by header name, loads the good rows and reports a broken one with its file, line and field", async () => {
    const file = path.join(tmp, "later-history.csv.gz");
    const lines = [
      "organisationID;projectRcn;role;country;activityType;startDate;endDate;programmeParts;ecContribution",
      "999990946;990000901;coordinator;SE;HES;2017-01-01;2019-12-31;SC5,LEIT-ICT;1000",
      "990000911;990000901;participant;DE;PRC;2017-01-01;2019-12-31;SC5,LEIT-ICT;500",
      "990000912;990000902;participant;FR;REC;not-a-date;2020-12-31;ERC;",
      "996559183;990000902;participant;SE;PUB;2018-01-01;2020-12-31;ERC;",
    ];
    fs.writeFileSync(file, gzipSync(lines.join("\n") + "\n"));
    const summary = await importCordisHistory(driver, database, file, { exportDate: "2021-06-01" });
    expect(summary).toMatchObject({ rows: 4, created: 3, rejected: 1, organisationsCreated: 1 });
    expect(summary.errors[0].message).toMatch(/later-history\.csv\.gz:4.*startDate/);
    const [kth] = await query(
      `MATCH (:Actor {id: 'kth'})-[r:PARTICIPATES_IN]->(p:Project {rcn: '990000901'})
       RETURN p.id AS id, p.programmeParts AS parts, r.cordisRole AS role`,
    );
    expect(kth).toEqual({ id: "h2020-rcn-990000901", parts: ["SC5", "LEIT-ICT"], role: "coordinator" });
    const again = await importCordisHistory(driver, database, file, { exportDate: "2021-06-01" });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 1 });
  });
});
