import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/database/driver.js";
import { importCalls } from "../../server/import/calls/import-calls.js";
import { importCordis } from "../../server/import/cordis/import-cordis.js";

const neo4j = inject("neo4j");
const database = neo4j.database;
let driver: Driver;

const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures/calls", name);
// The fixtures are real topics renamed into a cluster that does not exist (CL9), so they touch nothing else.
const isFixture = (n: string) =>
  `((${n}:Call OR ${n}:CallFamily OR ${n}:Project) AND ${n}.id STARTS WITH 'HORIZON-CL9') OR (${n}:Project AND ${n}.id STARTS WITH 'test-calls-')`;

async function query<Row = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return (await driver.executeQuery(cypher, params, { database })).records.map((record) => record.toObject() as Row);
}

/** A call topic as stored: its properties, its families as `id LEVEL` and its sources as `id locator`. */
interface StoredCall {
  id: string;
  properties: Record<string, unknown>;
  families: string[];
  sources: string[];
}

const cleanUp = () => query(`MATCH (n) WHERE ${isFixture("n")} DETACH DELETE n`);

async function snapshot() {
  const calls = await query<StoredCall>(`MATCH (c:Call) WHERE ${isFixture("c")}
    RETURN c.id AS id, properties(c) AS properties,
      [(c)-[:IN_FAMILY]->(f) | f.id + ' ' + f.level] AS families,
      [(c)-[m:MENTIONED_IN]->(s) | s.id + ' ' + m.locator] AS sources
    ORDER BY id`);
  return calls.map((call) => ({ ...call, families: [...call.families].sort() }));
}

beforeAll(async () => {
  driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  await cleanUp();
  // Earlier projects: one funded under a fixture topic, one of an earlier call of the same destination.
  await query(`CREATE (:Project {id: 'test-calls-topic', title: 'Data-driven energy decisions', programme: 'HORIZON',
                 topics: ['HORIZON-CL9-2031-07-D3-28'], startDate: date('2031-01-01')})
               CREATE (:Project {id: 'test-calls-family', title: 'Solar heat for industry', programme: 'HORIZON',
                 topics: ['HORIZON-CL9-2024-D3-01-05'], call: 'HORIZON-CL9-2024-D3-01', startDate: date('2025-01-01')})`);
});
afterAll(async () => {
  await cleanUp();
  await driver.close();
});

describe("the call importer", () => {
  it("loads a topic export with its source, families and links to earlier projects, and loads it again unchanged", async () => {
    const first = await importCalls(driver, database, fixture("topics.csv"));
    expect(first).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, rejected: 0 });
    const calls = await snapshot();
    expect(calls.map((call) => call.id)).toEqual([
      "HORIZON-CL9-2031-02-D3-07",
      "HORIZON-CL9-2031-07-D3-28",
      "HORIZON-CL9-2031-09-04-CIT-02",
    ]);
    const csa = calls[1];
    expect(csa.properties).toMatchObject({
      callId: "HORIZON-CL9-2031-07",
      title: "Community of practice - Data-Driven Decision-Making in Energy",
      actionType: "CSA",
      budget: 6_000_000,
      expectedGrants: 1,
    });
    expect(String(csa.properties.deadline)).toBe("2027-12-01");
    expect(String(csa.properties.lastSeen)).toMatch(/^2026-08-22T05:41:38/);
    expect(csa.families.sort()).toEqual(["HORIZON-CL9-2031-07 CALL", "HORIZON-CL9-D3 DESTINATION"]);
    expect(csa.sources).toEqual(["ft-horizon-topics topics.csv:11"]);
    const [source] = await query<{ attribution: string }>(
      "MATCH (s:Source {id: 'ft-horizon-topics'}) RETURN s.attribution AS attribution",
    );
    expect(source.attribution).toBe("Source: EU Funding & Tenders Portal, European Commission");

    // Who has won in this family before is a graph question.
    const earlier =
      await query(`MATCH (c:Call {id: 'HORIZON-CL9-2031-02-D3-07'})-[:IN_FAMILY]->(f:CallFamily)<-[:IN_FAMILY]-(p:Project)
                                 RETURN f.id AS family, collect(p.id) AS projects ORDER BY family`);
    expect(earlier).toEqual([{ family: "HORIZON-CL9-D3", projects: expect.arrayContaining(["test-calls-family"]) }]);
    const funded = await query<{ ids: string[] }>(
      "MATCH (p:Project)-[:FUNDED_UNDER]->(c:Call {id: 'HORIZON-CL9-2031-07-D3-28'}) RETURN collect(p.id) AS ids",
    );
    expect(funded[0].ids).toEqual(["test-calls-topic"]);

    for (const file of ["topics.csv.gz", "topics-reordered.csv", "topics.csv"]) {
      const again = await importCalls(driver, database, fixture(file));
      expect(again, file).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    }
    const after = await snapshot();
    expect(after.map(({ id, properties, families }) => ({ id, properties, families }))).toEqual(
      calls.map(({ id, properties, families }) => ({ id, properties, families })),
    );
    const links = await query<{ links: number }>(
      "MATCH (p:Project)-[r:IN_FAMILY|FUNDED_UNDER]->() WHERE p.id STARTS WITH 'test-calls-' RETURN count(r) AS links",
    );
    expect(links[0].links).toBe(3);
  });

  it("links a project of a later CORDIS export to its call topic and families without loading the calls again", async () => {
    await importCalls(driver, database, fixture("topics.csv"));
    const folder = mkdtempSync(path.join(os.tmpdir(), "samverkan-cordis-"));
    const files = {
      projectFile: path.join(folder, "project.csv"),
      organizationFile: path.join(folder, "organization.csv"),
    };
    writeFileSync(
      files.projectFile,
      "acronym;contentUpdateDate;ecMaxContribution;ecSignatureDate;endDate;frameworkProgramme;fundingScheme;id;legalBasis;masterCall;nature;objective;rcn;startDate;status;subCall;title;topics;totalCost\n" +
        'TCLATER;2031-06-01 00:00:00;;;2034-12-31;HORIZON;HORIZON-CSA;test-calls-later;;HORIZON-CL9-2031-07;;"Energy data.";;2032-01-01;SIGNED;;Later energy data;HORIZON-CL9-2031-07-D3-28;\n',
    );
    writeFileSync(
      files.organizationFile,
      '"projectID";"projectAcronym";"organisationID";"vatNumber";"name";"shortName";"SME";"activityType";"street";"postCode";"city";"country";"nutsCode";"geolocation";"organizationURL";"contactForm";"contentType";"role";"order";"ecContribution";"netEcContribution";"totalCost";"endOfParticipation";"active";"contentUpdateDate";"rcn"\n' +
        '"test-calls-later";"TCLATER";"990000901";"";"TESTCALLS ORGANISATION";"";"false";"REC";"";"";"Stockholm";"SE";"";"";"";"";"";"coordinator";"1";"";"";"";"false";"";"2031-06-01 00:00:00";""\n',
    );
    try {
      await importCordis(driver, database, files, { recordChanges: false });
      const links = await query<{ type: string; target: string }>(
        "MATCH (:Project {id: 'test-calls-later'})-[r:FUNDED_UNDER|IN_FAMILY]->(t) RETURN type(r) AS type, t.id AS target ORDER BY type, target",
      );
      expect(links).toEqual([
        { type: "FUNDED_UNDER", target: "HORIZON-CL9-2031-07-D3-28" },
        { type: "IN_FAMILY", target: "HORIZON-CL9-2031-07" },
        { type: "IN_FAMILY", target: "HORIZON-CL9-D3" },
      ]);
    } finally {
      await query(
        "MATCH (n) WHERE (n:Project AND n.id = 'test-calls-later') OR (n:Actor AND n.cordisId = '990000901') DETACH DELETE n",
      );
    }
  });

  it("reports broken rows by file, line and field, writes nothing of them, and loads the rest", async () => {
    const summary = await importCalls(driver, database, fixture("topics-broken.csv"));
    expect(summary).toMatchObject({ rows: 5, rejected: 3 });
    expect(summary.created + summary.unchanged + summary.updated).toBe(2);
    expect(summary.errors.map((error) => error.message)).toEqual([
      'topics-broken.csv:11: field deadline_date: "2031-02-30T00:00:00.000Z" is not a date or an ISO timestamp',
      "topics-broken.csv:20: field title: missing",
      'topics-broken.csv:35: field budget_total_eur: "about 5 million" is not a number',
    ]);
    const broken = await query<{ nodes: number }>(
      "MATCH (n) WHERE n.id IN ['HORIZON-CL9-2031-07-D3-90', 'HORIZON-CL9-2031-07-D3-91', 'HORIZON-CL9-2031-07-D3-92'] RETURN count(n) AS nodes",
    );
    expect(broken[0].nodes).toBe(0);
    const [good] = await query<{
      title: string;
      dated: boolean;
      locators: string[];
      families: string[];
    }>(`MATCH (c:Call {id: 'HORIZON-CL9-2031-07-D3-93'})
      RETURN c.title AS title, c.deadline IS NOT NULL AS dated, [(c)-[m:MENTIONED_IN]->() | m.locator] AS locators,
        [(c)-[:IN_FAMILY]->(f) | f.id] AS families`);
    expect(good).toMatchObject({
      title: "A good row after the broken ones",
      dated: true,
      locators: ["topics-broken.csv:44"],
    });
    expect(good.families).toHaveLength(2);
  });

  it("keeps the links to calls out of the collaboration network", async () => {
    const { startTestApp } = await import("../support/test-app.js");
    const app = await startTestApp();
    try {
      const response = await app.graphql(
        `{ network(ids: ["test-calls-family"], depth: 1) { nodes { id type } edges { type } } }`,
      );
      expect(response.errors).toBeUndefined();
      expect(response.data.network.nodes.map((node) => node.type)).not.toContain("CallFamily");
      expect(response.data.network.edges).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
