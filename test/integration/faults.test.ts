import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { isDate, isDateTime, type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../server/app.js";
import { projectRoot, readConfig } from "../../server/config.js";
import { createDriver } from "../../server/database/driver.js";
import { ensureDatabaseSchema } from "../../server/database/ensure-database-schema.js";
import { readCuratedGraph } from "../../server/seed/read-curated.js";
import { toSeedGraph } from "../../server/seed/to-seed-graph.js";
import { writeSeedGraph } from "../../server/seed/write-graph.js";
import { startScratchNeo4j, type ScratchNeo4j } from "../../server/database/start-scratch-neo4j.js";

// Both faults stop, restart or kill databases, so each runs on scratch Neo4j servers of its own, never the shared one.
const database = "neo4j";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsed = (since: number) => Math.round(performance.now() - since);

describe("the database restarting under load", () => {
  /** How long a request may take while the database is away: the driver's retries, then a typed error. */
  const failFastMs = 6_000;
  const queries = {
    actors: `{ actors(where: { id: { eq: "fault-actor-1" } }) { id name } }`,
    search: `{ search(text: "Faultline") { id } }`,
  };
  type QueryName = keyof typeof queries;
  interface Probe {
    query: QueryName;
    started: number;
    ended: number;
    ms: number;
    ok: boolean;
    codes: string[];
    message?: string;
  }

  let scratch: ScratchNeo4j | undefined;
  let driver: Driver | undefined;
  let app: App | undefined;
  let url = "";

  beforeAll(async () => {
    // The app and the database as they run by default (not as this shell may tune them): the server's transaction
    // timeout is what bounds the custom resolvers' queries.
    const config = readConfig({});
    scratch = await startScratchNeo4j({ settings: { transactionTimeout: config.local.transactionTimeout } });
    driver = createDriver(scratch.uri, scratch.username, scratch.password);
    // A cold server on a busy machine plans its first queries slowly: warm it up within a long timeout.
    await driver.executeQuery("RETURN 1", {}, { database, transactionConfig: { timeout: 120_000 } });
    await ensureDatabaseSchema(driver, database);
    await driver.executeQuery(
      `UNWIND range(1, 3) AS i
      MERGE (a:Actor {id: 'fault-actor-' + i}) SET a.name = 'Faultline Institute ' + i, a.kind = 'UNIVERSITY'`,
      {},
      { database, transactionConfig: { timeout: 120_000 } },
    );
    app = await createApp({ ...config, host: "127.0.0.1", neo4jDatabase: database }, driver);
    url = await app.listen(0);
  });

  afterAll(async () => {
    await app?.close();
    await driver?.close();
    await scratch?.remove();
  });

  /** Asks once; a request that hangs ends at 30 s as a failed probe instead of hanging the test. */
  async function ask(query: QueryName): Promise<Probe> {
    const started = performance.now();
    const probe = (fields: Pick<Probe, "ok" | "codes" | "message">): Probe => ({
      query,
      started,
      ended: performance.now(),
      ms: elapsed(started),
      ...fields,
    });
    try {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: queries[query] }),
        signal: AbortSignal.timeout(30_000),
      });
      const body = (await response.json()) as {
        data?: Record<string, Array<{ id: string }>> | null;
        errors?: Array<{ message: string; extensions?: { code?: string } }>;
      };
      const hits = body.data?.[query] ?? [];
      return probe({
        ok: !body.errors && hits.some((hit) => hit.id === "fault-actor-1"),
        codes: (body.errors ?? []).map((error) => error.extensions?.code ?? "(none)"),
        message: body.errors?.[0]?.message,
      });
    } catch (error) {
      return probe({ ok: false, codes: ["(no answer)"], message: String(error) });
    }
  }

  function describeProbes(name: string, list: Probe[]): string {
    const codes = [...new Set(list.flatMap((probe) => probe.codes))].join(",") || "-";
    return (
      `${name}: ${list.length} requests, ${list.filter((probe) => probe.ok).length} ok, ` +
      `${Math.min(...list.map((probe) => probe.ms))}–${Math.max(...list.map((probe) => probe.ms))} ms, codes ${codes}`
    );
  }

  it("answers each request fast with DATABASE_UNAVAILABLE while it is down, and again by itself when it is back", async () => {
    for (const query of Object.keys(queries) as QueryName[]) expect(await ask(query)).toMatchObject({ ok: true });

    const probes: Probe[] = [];
    let running = true;
    // One client per query, a request every 200 ms, bounded in count as well as by the steps below.
    const clients = (Object.keys(queries) as QueryName[]).map(async (query) => {
      for (let i = 0; running && i < 500; i += 1) {
        probes.push(await ask(query));
        await sleep(200);
      }
    });

    await sleep(1_000);
    const stopBegan = performance.now();
    await scratch!.stop();
    const stopDone = performance.now();
    await sleep(12_000);
    const startBegan = performance.now();
    await scratch!.start();
    const startDone = performance.now();
    const recovered = new Map<QueryName, number>();
    while (recovered.size < 2 && performance.now() - startDone < 60_000) {
      for (const query of Object.keys(queries) as QueryName[]) {
        if (!recovered.has(query) && (await ask(query)).ok) recovered.set(query, elapsed(startDone));
      }
      if (recovered.size < 2) await sleep(250);
    }
    running = false;
    await Promise.all(clients);

    // While it stops and while it is down: every request ends before the restart begins.
    const outage = probes.filter((probe) => probe.started >= stopBegan && probe.ended <= startBegan);
    const down = outage.filter((probe) => probe.started >= stopDone);
    // Requests that meet the server starting, or warming up once it is back.
    const restart = probes.filter((probe) => probe.ended > startBegan);
    console.log(
      `database restart: stop took ${Math.round(stopDone - stopBegan)} ms, start ${Math.round(startDone - startBegan)} ms; ` +
        `answers again ${JSON.stringify(Object.fromEntries(recovered))} ms after the start\n  ` +
        [
          describeProbes(
            "stopping",
            outage.filter((probe) => probe.started < stopDone),
          ),
          describeProbes("down", down),
          describeProbes("restarting and warming up", restart),
        ].join("\n  "),
    );

    expect(Object.fromEntries(recovered), "the same app answers again, without a restart").toEqual({
      actors: expect.any(Number),
      search: expect.any(Number),
    });
    expect(down.length, "requests while the database was down").toBeGreaterThanOrEqual(4);
    expect(new Set(down.map((probe) => probe.query))).toEqual(new Set(["actors", "search"]));
    for (const probe of down)
      expect(probe, JSON.stringify(probe)).toMatchObject({ ok: false, codes: ["DATABASE_UNAVAILABLE"] });
    // An untyped code here is a driver error that toClientError does not map (the server log above shows which).
    const typed = (probe: Probe) =>
      `${JSON.stringify(probe)}: an untyped error; see the driver error that the server logged`;
    for (const probe of outage) {
      expect(probe.ms, JSON.stringify(probe)).toBeLessThan(failFastMs);
      if (!probe.ok)
        expect(["DATABASE_UNAVAILABLE", "DATABASE_TIMEOUT"], typed(probe)).toEqual(expect.arrayContaining(probe.codes));
    }
    // A query that meets the cold server may wait for it, as long as the request's time allows, and
    // is then answered REQUEST_TIMEOUT (on a busy machine the restart takes half a minute); never
    // without an answer, never an untyped error.
    for (const probe of restart.filter((probe) => !probe.ok)) {
      expect(["DATABASE_UNAVAILABLE", "DATABASE_TIMEOUT", "REQUEST_TIMEOUT"], typed(probe)).toEqual(
        expect.arrayContaining(probe.codes),
      );
    }
  }, 600_000);
});

describe("a CORDIS import killed midway and run again", () => {
  const files = ["seeds/cordis/he-se-project.csv.gz", "seeds/cordis/he-se-organization.csv.gz"];
  const children = new Set<ChildProcess>();
  const servers = new Set<ScratchNeo4j>();

  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    for (const server of servers) await server.remove();
  });

  /** Runs the importer's CLI as a user would, against one scratch database, in one process (no wrapper to outlive a kill). */
  function runImport(target: ScratchNeo4j): {
    child: ChildProcess;
    exited: Promise<number | null>;
    output: () => string;
  } {
    const child = spawn(process.execPath, ["--import", "tsx", "server/import/cordis/cordis-cli.ts", ...files], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: target.uri,
        NEO4J_USERNAME: target.username,
        NEO4J_PASSWORD: target.password,
        NEO4J_DATABASE: database,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => {
        children.delete(child);
        resolve(code);
      }),
    );
    return { child, exited, output: () => output };
  }

  async function query(target: Driver, cypher: string) {
    return (await target.executeQuery(cypher, {}, { database })).records.map((record) => record.toObject());
  }

  async function participations(target: Driver): Promise<number> {
    return (await query(target, "MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS n"))[0].n as number;
  }

  /** JSON with sorted keys and dates as text, so that two databases' properties compare as strings. */
  function canonical(value: unknown): string {
    return JSON.stringify(value, (_key, item: unknown) => {
      if (isDate(item as object) || isDateTime(item as object)) return String(item);
      if (item && typeof item === "object" && !Array.isArray(item)) {
        return Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)));
      }
      return item;
    });
  }

  interface Fingerprint {
    projects: number;
    actors: number;
    sources: number;
    participations: number;
    ecContribution: number;
    candidates: number;
    nodes: number;
    relationships: number;
    /** sha256 of every node and relationship with its labels or type and all its properties. */
    hash: string;
  }

  /** Counts, a checksum of the money, and a hash of every node and relationship with all its properties. */
  async function fingerprint(target: Driver): Promise<Fingerprint> {
    const [counts] = await query(
      target,
      `
      CALL () { MATCH (p:Project) RETURN count(p) AS projects }
      CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
      CALL () { MATCH (s:Source) RETURN count(s) AS sources }
      CALL () { MATCH ()-[r:PARTICIPATES_IN]->() RETURN count(r) AS participations, sum(r.ecContribution) AS ecContribution }
      CALL () { MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r) AS candidates }
      CALL () { MATCH (n) WHERE NOT n:Change AND NOT n:Meta RETURN count(n) AS nodes }
      CALL () { MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT b:Change RETURN count(r) AS relationships }
      RETURN projects, actors, sources, participations, round(ecContribution, 2) AS ecContribution, candidates, nodes, relationships`,
    );
    const hash = createHash("sha256");
    // Change records and the graph version say when and how often things were written, which a killed and
    // resumed import does differently; the state is everything else.
    const nodes = await query(
      target,
      "MATCH (n) WHERE NOT n:Change AND NOT n:Meta RETURN labels(n) AS labels, properties(n) AS properties",
    );
    for (const line of nodes.map(canonical).sort()) hash.update(`${line}\n`);
    const relationships = await query(
      target,
      `MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT b:Change
      RETURN a.id AS from, labels(a) AS fromLabels, type(r) AS type, b.id AS to, labels(b) AS toLabels, properties(r) AS properties`,
    );
    for (const line of relationships.map(canonical).sort()) hash.update(`${line}\n`);
    return { ...(counts as Omit<Fingerprint, "hash">), hash: hash.digest("hex") };
  }

  /** The curated graph, as a user's database holds it before a CORDIS import (the seed's CORDIS data left out). */
  async function prepare(target: Driver): Promise<void> {
    await ensureDatabaseSchema(target, database);
    await writeSeedGraph(target, database, toSeedGraph(await readCuratedGraph()));
  }

  it("ends in the same state as an uninterrupted import", async () => {
    // 1. The uninterrupted import, into a fresh database.
    let expected: Fingerprint;
    let seeded: number;
    const clean = await startScratchNeo4j();
    servers.add(clean);
    const cleanDriver = createDriver(clean.uri, clean.username, clean.password);
    try {
      await prepare(cleanDriver);
      seeded = await participations(cleanDriver);
      const started = performance.now();
      const run = runImport(clean);
      expect(await run.exited, run.output()).toBe(0);
      console.log(`uninterrupted CORDIS import: ${elapsed(started)} ms`);
      expected = await fingerprint(cleanDriver);
    } finally {
      await cleanDriver.close();
      await clean.remove();
    }
    expect(expected.participations).toBeGreaterThan(seeded + 1000);

    // 2. The same import into another fresh database, killed once half the participations are written.
    const interrupted = await startScratchNeo4j();
    servers.add(interrupted);
    const driver = createDriver(interrupted.uri, interrupted.username, interrupted.password);
    try {
      await prepare(driver);
      const halfway = seeded + Math.round((expected.participations - seeded) / 2);
      const killed = runImport(interrupted);
      const started = performance.now();
      let written = seeded;
      while (written < halfway && killed.child.exitCode === null && performance.now() - started < 600_000) {
        await sleep(250);
        written = await participations(driver);
      }
      expect(killed.child.exitCode, `the import ended before it could be killed:\n${killed.output()}`).toBeNull();
      killed.child.kill("SIGKILL");
      expect(await killed.exited).toBeNull();
      const atKill = await fingerprint(driver);
      console.log(
        `import killed after ${elapsed(started)} ms with ${atKill.participations - seeded} of ` +
          `${expected.participations - seeded} participations written`,
      );
      expect(atKill.participations).toBeLessThan(expected.participations);

      // 3. Run again to completion: the same state as the uninterrupted import.
      const rerun = performance.now();
      const again = runImport(interrupted);
      expect(await again.exited, again.output()).toBe(0);
      const resumed = await fingerprint(driver);
      console.log(`rerun after the kill: ${elapsed(rerun)} ms; ${JSON.stringify(resumed)}`);
      expect(resumed).toEqual(expected);
    } finally {
      await driver.close();
      await interrupted.remove();
    }
  }, 1_800_000);
});
