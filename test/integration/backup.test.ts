import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { createDriver } from "../../server/database/driver.js";
import { dumpDatabase } from "../../server/database/dump-database.js";
import { ensureDatabaseSchema } from "../../server/database/ensure-database-schema.js";
import { restoreDatabase } from "../../server/database/restore-database.js";
import { startScratchNeo4j, type ScratchNeo4j } from "../../server/database/start-scratch-neo4j.js";

// Dump and restore stop and start servers, so they run on scratch databases, never the shared one.
const database = "neo4j";
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-backup-test-"));
let source: ScratchNeo4j | undefined;
let target: ScratchNeo4j | undefined;

const connect = (scratch: ScratchNeo4j) => createDriver(scratch.uri, scratch.username, scratch.password);

async function rows(driver: Driver, cypher: string) {
  return (await driver.executeQuery(cypher, {}, { database })).records.map((record) => record.toObject());
}

/** Every node and relationship with its labels or type, every property and each property's Cypher type. */
async function snapshot(driver: Driver) {
  const sorted = (list: Array<Record<string, unknown>>) =>
    list.map((row) => ({
      ...row,
      labels: [...((row.labels as string[]) ?? [])].sort(),
      types: [...(row.types as string[])].sort(),
    }));
  const nodes = await rows(
    driver,
    `MATCH (n) RETURN n.key AS key, labels(n) AS labels, properties(n) AS properties,
    [k IN keys(n) | k + ': ' + valueType(n[k])] AS types ORDER BY key`,
  );
  const relationships = await rows(
    driver,
    `MATCH (a)-[r]->(b) RETURN a.key AS from, type(r) AS type, b.key AS to,
    properties(r) AS properties, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types ORDER BY from, type, to, r.key`,
  );
  const schema = await rows(
    driver,
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint RETURN * ORDER BY name",
  );
  return { nodes: sorted(nodes), relationships: sorted(relationships), schema };
}

/** A small graph with every kind of property the project stores, and some the driver maps specially. */
async function writeGraph(driver: Driver): Promise<void> {
  await ensureDatabaseSchema(driver, database);
  await driver.executeQuery(
    `
    CREATE (kth:Actor:Curated {key: 'a1', id: 'backup-kth', name: 'Kungliga Tekniska högskolan', kind: 'UNIVERSITY',
      aliases: ['KTH', 'Royal Institute of Technology', 'Södertörn – “quoted”'], founded: date('1827-03-16'),
      employees: 5000, share: 0.125, tiny: 1.0e-300, negative: -42, public: true, closed: false, empty: '',
      updatedAt: datetime('2024-05-01T10:15:30.123456789+02:00'), zoned: datetime('2024-05-01T10:15:30[Europe/Stockholm]'),
      local: localdatetime('2024-05-01T10:15:30'), clock: time('10:15:30+01:00'), period: duration('P1Y2M3DT4H5.5S'),
      place: point({latitude: 59.35, longitude: 18.07}), scores: [1.5, 2.25], counts: [1, 2, 3], flags: [true, false],
      days: [date('2020-01-01'), date('2020-12-31')]})
    CREATE (city:Actor {key: 'a2', id: 'backup-stad', name: 'Stockholms stad', kind: 'MUNICIPALITY', cordisId: '999999999'})
    CREATE (project:Project {key: 'p1', id: 'backup-project', title: 'A project\nwith two lines', startDate: date('2021-01-01'),
      totalCost: 1000000.5, topics: ['HORIZON-CL5', 'HORIZON-CL6']})
    CREATE (source:Source {key: 's1', id: 'backup-source', kind: 'DATASET', url: 'https://example.org/a?b=c&d=e'})
    CREATE (kth)-[:PARTICIPATES_IN {key: 'r1', role: 'coordinator', ecContribution: 123456.78, order: 1,
      since: date('2021-01-01'), until: date('2024-12-31'), endOfParticipation: false, sourceId: 'backup-source'}]->(project)
    CREATE (city)-[:PARTICIPATES_IN {key: 'r2', role: 'participant', ecContribution: 0.0, order: 2, sourceId: 'backup-source'}]->(project)
    CREATE (kth)-[:COLLABORATES_WITH {key: 'r3', sourceId: 'backup-source', quote: 'Tillsammans med “staden”',
      datePrecision: 'MONTH', tags: ['a', 'b'], weight: 0.75}]->(city)
    CREATE (kth)-[:COLLABORATES_WITH {key: 'r4', sourceId: 'backup-source'}]->(city)
    CREATE (city)-[:MENTIONED_IN {key: 'r5'}]->(source)`,
    {},
    { database },
  );
  // Enough nodes and relationships to fill more than one store page.
  await driver.executeQuery(
    `
    UNWIND range(1, 2000) AS i
    CREATE (n:Actor:Bulk {key: 'bulk-' + i, id: 'backup-bulk-' + i, name: 'Bulk ' + i, weight: i / 7.0, even: i % 2 = 0,
      tags: ['t' + (i % 5)], seen: date('2020-01-01') + duration({days: i})})
    WITH n, i WHERE i > 1
    MATCH (previous:Bulk {key: 'bulk-' + (i - 1)})
    CREATE (previous)-[:NEXT {key: 'next-' + i, step: i, at: datetime({epochSeconds: 1700000000 + i})}]->(n)`,
    {},
    { database },
  );
}

beforeAll(async () => {
  source = await startScratchNeo4j();
  const driver = connect(source);
  try {
    await writeGraph(driver);
  } finally {
    await driver.close();
  }
});

afterAll(async () => {
  await source?.remove();
  await target?.remove();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("dumping and restoring the local database", () => {
  it("refuses a missing file, and a file that is not a dump without stopping the database", async () => {
    await expect(restoreDatabase(source!.settings, database, path.join(folder, "missing.dump"))).rejects.toThrow(
      /no such file/,
    );
    const notADump = path.join(folder, "not-a.dump");
    fs.writeFileSync(notADump, "this is not a Neo4j dump\n");
    await expect(restoreDatabase(source!.settings, database, notADump)).rejects.toThrow(/is not a Neo4j database dump/);
    const driver = connect(source!);
    try {
      expect(await rows(driver, "MATCH (n) RETURN count(n) AS n")).toEqual([{ n: 2004 }]);
    } finally {
      await driver.close();
    }
  }, 120_000);

  it("refuses to dump a database that a process it did not start holds", async () => {
    const pidFile = path.join(source!.settings.dataDir, "run/samverkan-neo4j.pid");
    fs.renameSync(pidFile, `${pidFile}.hidden`);
    try {
      await expect(dumpDatabase(source!.settings, database, path.join(folder, "held.dump"))).rejects.toThrow(
        /is in use by a Neo4j that this project did not start/,
      );
    } finally {
      fs.renameSync(`${pidFile}.hidden`, pidFile);
    }
    expect(fs.existsSync(path.join(folder, "held.dump"))).toBe(false);
  }, 120_000);

  it("round-trips every node, relationship, property and index into another Neo4j", async () => {
    let driver = connect(source!);
    const before = await snapshot(driver);
    await driver.close();
    expect(before.nodes).toHaveLength(2004);
    expect(before.relationships).toHaveLength(5 + 1999);

    const file = path.join(folder, "round-trip.dump");
    const dump = await dumpDatabase(source!.settings, database, file);
    expect(dump.bytes).toBeGreaterThan(0);
    expect(fs.existsSync(file)).toBe(true);
    driver = connect(source!);
    try {
      expect(await snapshot(driver), "the source runs again after the dump, unchanged").toEqual(before);
    } finally {
      await driver.close();
    }

    target = await startScratchNeo4j({ started: false });
    await restoreDatabase(target.settings, database, file);
    await target.start();
    driver = connect(target);
    try {
      const after = await snapshot(driver);
      expect(after.nodes).toEqual(before.nodes);
      expect(after.relationships).toEqual(before.relationships);
      expect(after.schema).toEqual(before.schema);
    } finally {
      await driver.close();
    }
  }, 600_000);

  it("refuses, in one line, to dump or restore a database that NEO4J_URI points to", () => {
    for (const command of ["dump", "restore"]) {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "server/database/cli.ts", command, path.join(folder, "x.dump")],
        {
          cwd: projectRoot,
          env: { ...process.env, NEO4J_URI: "neo4j+s://example.databases.neo4j.io" },
          encoding: "utf8",
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(new RegExp(`^error: db:${command} works on the local database only.*Aura`));
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
  }, 60_000);
});
