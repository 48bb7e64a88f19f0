import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/database/driver.js";
import { importCordis, type ImportSummary } from "../../server/import/cordis/import-cordis.js";
import { listResolutionCandidates } from "../../server/import/resolution/list-resolution-candidates.js";
import { projectRoot } from "../../server/config.js";

const neo4j = inject("neo4j");
const database = neo4j.database;
let driver: Driver;

const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures/cordis", name);
const csvFiles = { projectFile: fixture("fixture-project.csv"), organizationFile: fixture("fixture-organization.csv") };

// Everything the fixtures can create: projects 990000001…, organisations 990000101…, the test's curated actors.
const isFixture = (n: string) =>
  `((${n}:Project AND ${n}.id STARTS WITH '9900000') OR ` +
  `(${n}:Actor AND (${n}.id STARTS WITH 'cordis-9900001' OR ${n}.id STARTS WITH 'test-cordis-')) OR (${n}:Source AND ${n}.id = 'cordis-testfixture'))`;

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params, { database })).records.map((record) => record.toObject());
}

async function cleanUp() {
  await query(`MATCH (n) WHERE ${isFixture("n")} DETACH DELETE n`);
}

/** Curated actors as the seed would hold them: one with a Swedish alias, one that already has its CORDIS id. */
async function createCuratedActors() {
  await query(`CREATE (:Actor {id: 'test-cordis-kth', name: 'Fixturhögskolan', nameEn: 'Fixture Institute of Technology',
                 shortName: 'FIXKTH', kind: 'UNIVERSITY', aliases: ['Fixturhögskolan Östra']})
               CREATE (:Actor {id: 'test-cordis-stad', name: 'Fixturkommunen', kind: 'MUNICIPALITY', cordisId: '990000102', country: 'SE'})`);
}

async function snapshot() {
  const nodes = await query(
    `MATCH (n) WHERE ${isFixture("n")} RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id`,
  );
  const relationships = await query(`MATCH (a)-[r]->(b) WHERE ${isFixture("a")}
    RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to, r.role`);
  return { nodes, relationships };
}

async function countAll() {
  const [counts] = await query(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  return counts;
}

const counts = (summary: { created: number; updated: number; unchanged: number; merged: number; rejected: number }) => [
  summary.created,
  summary.updated,
  summary.unchanged,
  summary.merged,
  summary.rejected,
];

let first: ImportSummary;

beforeAll(async () => {
  driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  await cleanUp();
  await createCuratedActors();
  first = await importCordis(driver, database, csvFiles);
});

afterAll(async () => {
  await cleanUp();
  await driver.close();
});

describe("importing CORDIS files", () => {
  it("writes projects, actors and one participation per (actor, project, role), and counts them", async () => {
    expect(first.projects.rows).toBe(6);
    expect(counts(first.projects)).toEqual([3, 0, 0, 0, 3]);
    expect(first.organizations.rows).toBe(13);
    expect(counts(first.organizations)).toEqual([8, 0, 0, 1, 4]);
    expect(first.organizations).toMatchObject({ actorsCreated: 3, organisationsResolved: 3, candidatesCreated: 1 });
    const [alpha] = await query(
      "MATCH (p:Project {id: '990000001'}) RETURN p {.*, startDate: toString(p.startDate)} AS p",
    );
    expect(alpha.p).toMatchObject({
      acronym: "TFALPHA",
      programme: "TESTFIXTURE",
      sourceId: "cordis-testfixture",
      totalCost: 1000000.5,
      topics: ["TF-TOPIC-1", "TF-TOPIC-2"],
      call: "TF-CALL-2020",
      startDate: "2020-01-01",
      rcn: "990001",
    });
    expect(alpha.p.ecMaxContribution).toBeUndefined();
    const [source] = await query("MATCH (s:Source {id: 'cordis-testfixture'}) RETURN s {.*} AS s");
    expect(source.s).toMatchObject({
      kind: "DATASET",
      issuer: "European Commission (CORDIS)",
      licence: "CC BY 4.0",
      attribution: "Source: CORDIS, European Commission",
    });
    const participations = await query(`MATCH (a:Actor {id: 'cordis-990000106'})-[r:PARTICIPATES_IN]->(p:Project)
      RETURN p.id AS project, r {.*, since: toString(r.since), until: toString(r.until)} AS r ORDER BY project`);
    expect(participations).toEqual([
      {
        project: "990000001",
        r: expect.objectContaining({
          role: "thirdParty",
          order: 2,
          ecContribution: 150,
          netEcContribution: 100,
          totalCost: 225,
          endOfParticipation: false,
          since: "2020-01-01",
          until: "2023-12-31",
          sourceId: "cordis-testfixture",
          locator: "fixture-organization.csv:5",
        }),
      },
      {
        project: "990000003",
        r: expect.objectContaining({ role: "coordinator", order: 1, locator: "fixture-organization.csv:15" }),
      },
    ]);
    const [actor] = await query("MATCH (a:Actor {id: 'cordis-990000106'}) RETURN a {.*} AS a");
    expect(actor.a).toMatchObject({
      name: "FIXTURFORSCHUNG GMBH",
      kind: "RESEARCH_ORGANISATION",
      activityType: "REC",
      cordisId: "990000106",
      vatNumber: "DE990000106",
      country: "DE",
      city: "Berlin",
      nutsCode: "DE300",
      aliases: ["FIXTURFORSCHUNG GMBH"],
    });
  });

  it("changes nothing when the same files are imported again", async () => {
    const before = { counts: await countAll(), state: await snapshot() };
    const again = await importCordis(driver, database, csvFiles);
    expect(counts(again.projects)).toEqual([0, 0, 3, 0, 3]);
    expect(counts(again.organizations)).toEqual([0, 0, 8, 1, 4]);
    expect(again.organizations).toMatchObject({ actorsCreated: 0, candidatesCreated: 0 });
    expect(await countAll()).toEqual(before.counts);
    expect(await snapshot()).toEqual(before.state);
  });

  it("rejects bad rows with file, line and field, and writes nothing of them", async () => {
    expect(first.projects.errors.map((error) => error.message)).toEqual([
      "fixture-project.csv:9: field id: missing",
      'fixture-project.csv:10: field totalCost: "12,x" is not a number',
      'fixture-project.csv:11: field startDate: "2020-13-01" is not a date (YYYY-MM-DD)',
    ]);
    expect(first.organizations.errors.map((error) => [error.locator, error.field])).toEqual([
      ["fixture-organization.csv:11", "ecContribution"],
      ["fixture-organization.csv:12", "role"],
      ["fixture-organization.csv:13", "projectID"],
      ["fixture-organization.csv:14", "projectID"],
    ]);
    const written =
      await query(`MATCH (n) WHERE n.id IN ['990000005', '990000006', '990009999', 'cordis-990000107', 'cordis-990000108',
      'cordis-990000109', 'cordis-990000110'] OR n.cordisId IN ['990000107', '990000108', '990000109', '990000110'] RETURN n.id AS id`);
    expect(written).toEqual([]);
  });

  it("lands organisations on the curated actor by name and by CORDIS id, and one on another by VAT number", async () => {
    const actors =
      await query(`MATCH (a:Actor) WHERE a.id IN ['test-cordis-kth', 'test-cordis-stad', 'cordis-990000104']
      RETURN a.id AS id, a.name AS name, a.kind AS kind, a.cordisId AS cordisId, a.vatNumber AS vatNumber,
             a.activityType AS activityType, a.resolvedBy AS resolvedBy, COUNT { (a)-[:PARTICIPATES_IN]->() } AS participations ORDER BY id`);
    expect(actors).toEqual([
      {
        id: "cordis-990000104",
        name: "FIXTURGADGETS AB",
        kind: "COMPANY",
        cordisId: "990000104",
        vatNumber: "XX990000104",
        activityType: "PRC",
        resolvedBy: ["cordis:990000105 by vatNumber"],
        participations: 2,
      },
      {
        id: "test-cordis-kth",
        name: "Fixturhögskolan",
        kind: "UNIVERSITY",
        cordisId: "990000101",
        vatNumber: "XX990000101",
        activityType: "HES",
        resolvedBy: ["cordis:990000101 by name:FIXTURHOGSKOLAN OSTRA"],
        participations: 2,
      },
      {
        id: "test-cordis-stad",
        name: "Fixturkommunen",
        kind: "MUNICIPALITY",
        cordisId: "990000102",
        vatNumber: null,
        activityType: "PUB",
        resolvedBy: ["cordis:990000102 by cordisId"],
        participations: 1,
      },
    ]);
    const duplicates = await query(
      "MATCH (a:Actor) WHERE a.id IN ['cordis-990000101', 'cordis-990000102', 'cordis-990000105'] RETURN a.id AS id",
    );
    expect(duplicates).toEqual([]);
  });

  it("leaves an uncertain match for review as POSSIBLY_SAME_AS", async () => {
    const links = await query(
      "MATCH (c:Actor)-[r:POSSIBLY_SAME_AS]->(a:Actor {id: 'test-cordis-kth'}) RETURN c.id AS id, r.rule AS rule, r.score AS score",
    );
    expect(links).toEqual([{ id: "cordis-990000103", rule: "name-contains", score: 0.67 }]);
    const candidates = await listResolutionCandidates(driver, database);
    expect(candidates).toContainEqual({
      cordisActorId: "cordis-990000103",
      cordisName: "FIXTURHOEGSKOLAN OESTRA HOLDING AB",
      cordisId: "990000103",
      country: "SE",
      curatedActorId: "test-cordis-kth",
      curatedName: "Fixturhögskolan",
      rule: "name-contains",
      score: 0.67,
      projects: 1,
    });
  });

  it("reads JSON and gzip files: the same content is unchanged, whatever its format", async () => {
    const gz = await importCordis(driver, database, {
      projectFile: fixture("fixture-project.csv.gz"),
      organizationFile: fixture("fixture-organization.csv.gz"),
    });
    expect(counts(gz.projects)).toEqual([0, 0, 3, 0, 3]);
    expect(counts(gz.organizations)).toEqual([0, 0, 8, 1, 4]);
    const json = await importCordis(driver, database, {
      projectFile: fixture("fixture-project.json"),
      organizationFile: fixture("fixture-organization.json"),
    });
    expect(counts(json.projects)).toEqual([1, 0, 0, 0, 1]);
    expect(counts(json.organizations)).toEqual([2, 0, 0, 0, 1]);
    const delta = await query(`MATCH (a:Actor)-[r:PARTICIPATES_IN]->(:Project {id: '990000011'})
      RETURN a.id AS id, r.locator AS locator, r.ecContribution AS ec, r.endOfParticipation AS ended ORDER BY id`);
    expect(delta).toEqual([
      { id: "cordis-990000111", locator: "fixture-organization.json[1]", ec: 1000, ended: true },
      { id: "test-cordis-kth", locator: "fixture-organization.json[0]", ec: 750000.5, ended: false },
    ]);
  });

  it("ends an interrupted import, run again in full, in the state of one full import", async () => {
    await cleanUp();
    await createCuratedActors();
    await importCordis(driver, database, csvFiles, { batchSize: 2 });
    const single = await snapshot();
    await cleanUp();
    await createCuratedActors();
    const interrupted = await importCordis(driver, database, csvFiles, { batchSize: 2, maxRows: 4 });
    expect([interrupted.projects.rows, interrupted.organizations.rows]).toEqual([4, 4]);
    const resumed = await importCordis(driver, database, csvFiles, { batchSize: 2 });
    // The third party's second row (line 6) was not read before the interruption: its sums change.
    expect(counts(resumed.organizations)).toEqual([4, 1, 3, 1, 4]);
    expect(await snapshot()).toEqual(single);
  });

  it("writes the same graph without a change record on a first load", async () => {
    const changesBy = async () =>
      (await query("MATCH (c:Change) WHERE c.by STARTS WITH 'import:cordis fixture-' RETURN count(c) AS n"))[0].n;
    await cleanUp();
    await createCuratedActors();
    const before = await changesBy();
    await importCordis(driver, database, csvFiles);
    const recorded = await snapshot();
    expect(await changesBy()).toBeGreaterThan(before);
    await cleanUp();
    await createCuratedActors();
    const unrecorded = await changesBy();
    await importCordis(driver, database, csvFiles, { recordChanges: false });
    expect(await changesBy()).toBe(unrecorded);
    expect(await snapshot()).toEqual(recorded);
  });
});

describe("importing the shipped H2020 CSV pair", () => {
  it("makes one node for each of its seven projects", async () => {
    const files = {
      projectFile: path.join(projectRoot, "seeds/cordis/h2020-sthlm-project.csv"),
      organizationFile: path.join(projectRoot, "seeds/cordis/h2020-sthlm-organization.csv"),
    };
    const ids = ["785219", "737459", "737469", "737422", "636032", "783190", "876124"];
    const before = await query("MATCH (p:Project) WHERE p.id IN $ids RETURN collect(p.id) AS projects", { ids });
    const actorsBefore = await query("MATCH (a:Actor) WHERE a.id STARTS WITH 'cordis-' RETURN collect(a.id) AS ids");
    try {
      const summary = await importCordis(driver, database, files);
      expect(summary.projects.rows).toBe(7);
      expect(summary.projects.created + summary.projects.updated + summary.projects.unchanged).toBe(7);
      expect(summary.organizations).toMatchObject({ rows: 572, rejected: 0 });
      const [found] = await query(
        "MATCH (p:Project) WHERE p.id IN $ids RETURN count(p) AS projects, count(DISTINCT p.id) AS ids",
        { ids },
      );
      expect(found).toEqual({ projects: 7, ids: 7 });
      const [participations] = await query(
        `MATCH (:Actor)-[r:PARTICIPATES_IN {sourceId: 'cordis-h2020'}]->(p:Project) WHERE p.id IN $ids
        RETURN count(r) AS count`,
        { ids },
      );
      const written = summary.organizations.created + summary.organizations.updated + summary.organizations.unchanged;
      expect(participations.count).toBe(written);
      expect(written + summary.organizations.merged).toBe(572);
    } finally {
      await query(`MATCH (p:Project) WHERE p.id IN $ids AND NOT p.id IN $existing DETACH DELETE p`, {
        ids,
        existing: before[0].projects,
      });
      await query(`MATCH (a:Actor) WHERE a.id STARTS WITH 'cordis-' AND NOT a.id IN $existing DETACH DELETE a`, {
        existing: actorsBefore[0].ids,
      });
    }
  });
});
