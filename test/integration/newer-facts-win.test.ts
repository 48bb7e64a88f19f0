import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/database/driver.js";
import { importCordis } from "../../server/import/cordis/import-cordis.js";
import { projectRoot } from "../../server/config.js";

const neo4j = inject("neo4j");
const database = neo4j.database;
let driver: Driver;

const shipped = (name: string) => path.join(projectRoot, "seeds/cordis", name);

async function query(cypher: string, params: Record<string, unknown> = {}) {
  return (await driver.executeQuery(cypher, params, { database })).records.map((record) => record.toObject());
}

/** Every actor, project and participation the shipped H2020 files touch, as stored. */
async function snapshot() {
  const actors = await query(
    `MATCH (a:Actor)-[:PARTICIPATES_IN]->(p:Project) WHERE p.programme = 'H2020' AND p.sourceId = 'cordis-h2020'
     WITH DISTINCT a RETURN a.id AS id, properties(a) AS properties ORDER BY id`,
  );
  const projects = await query(
    `MATCH (p:Project {sourceId: 'cordis-h2020'}) RETURN p.id AS id, properties(p) AS properties ORDER BY id`,
  );
  const participations = await query(
    `MATCH (a:Actor)-[r:PARTICIPATES_IN]->(p:Project {sourceId: 'cordis-h2020'})
     RETURN a.id AS actor, p.id AS project, properties(r) AS properties ORDER BY actor, project, r.cordisRole`,
  );
  return { actors, projects, participations };
}

beforeAll(() => {
  driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
});

afterAll(async () => {
  await driver.close();
});

describe("importing a shipped file again after the seed", () => {
  it("changes no actor, project or participation: newer facts win and empty fields erase nothing", async () => {
    const before = await snapshot();
    expect(before.actors.length).toBeGreaterThan(300);
    for (const [project, organization] of [
      ["h2020-sthlm-project.csv", "h2020-sthlm-organization.csv"],
      ["h2020-slice-project.json", "h2020-slice-organization.json"],
    ]) {
      const summary = await importCordis(driver, database, {
        projectFile: shipped(project),
        organizationFile: shipped(organization),
      });
      expect([summary.projects.created, summary.projects.updated]).toEqual([0, 0]);
      expect(summary.organizations).toMatchObject({ created: 0, updated: 0, actorsCreated: 0, candidatesCreated: 0 });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps GRAPHENE-XT as Horizon Europe's newer record gives it, though the 2021 file says less and older", async () => {
    const [graphene] = await query("MATCH (a:Actor {cordisId: '912346693'}) RETURN properties(a) AS a");
    expect(graphene.a).toMatchObject({ shortName: "GRAPHENE-XT", nutsCode: "ITH55", sme: true, city: "BOLOGNA BO" });
  });
});
