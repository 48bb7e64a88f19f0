import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../../server/config.js";
import { createDriver } from "../../server/database/driver.js";
import { freePort } from "../../server/database/free-port.js";
import { signTestToken, testJwtSecret } from "../support/test-app.js";

/**
 * Two API processes on one database, as behind a balancer: what one writes, the other answers,
 * its response cache within RESPONSE_CACHE_SECONDS and its in-memory caches (the partner finder's
 * history, the call families' projects) once the graph's version has changed.
 */

const responseCacheSeconds = 1;
const asOf = "2026-04-01";
const prefix = `test-scale-${Date.now()}`;
const newcomer = `${prefix}-newcomer`;
const neo4j = inject("neo4j");
const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);

interface Api {
  url: string;
  process: ChildProcess;
  output: string[];
}

async function startApi(): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "server/main.ts")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: "127.0.0.1",
      PORT: String(port),
      JWT_SECRET: testJwtSecret,
      RESPONSE_CACHE_SECONDS: String(responseCacheSeconds),
      SEED_ON_EMPTY: "false",
      // As in the other integration tests: a busy machine must not turn slow work into a failure.
      NEO4J_TRANSACTION_TIMEOUT: "60s",
      REQUEST_DATABASE_TIME: "60s",
      REQUEST_TIMEOUT: "90s",
      ANALYSIS_WAIT: "60s",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const api: Api = { url: `http://127.0.0.1:${port}`, process: child, output: [] };
  const keep = (chunk: Buffer) => api.output.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return api;
}

async function waitUntilHealthy(api: Api): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (api.process.exitCode !== null) throw new Error(`the API process ended:\n${api.output.join("")}`);
    const health = await fetch(`${api.url}/health`).catch(() => undefined);
    if (health?.ok) return;
    await delay(500);
  }
  throw new Error(`the API process did not become healthy:\n${api.output.join("")}`);
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: Array<{ message: string }>;
}

async function ask(api: Api, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

const readParticipation = `query ($id: ID!) { actors(where: { id: { eq: $id } }) { id participatesIn { id } } }`;
const readOpenCalls = `query ($actor: ID!, $asOf: Date) {
  openCalls(actor: $actor, asOf: $asOf, limit: 100) { call { id } factors { evidence { id } } } }`;

/** The projects that the open calls of an actor cite as its own evidence. */
async function citedProjects(api: Api, actor: string): Promise<Set<string>> {
  const answer = await ask(api, readOpenCalls, { actor, asOf });
  expect(answer.errors).toBeUndefined();
  const calls = answer.data?.openCalls as Array<{ factors: Array<{ evidence: Array<{ id: string }> }> }>;
  return new Set(calls.flatMap((call) => call.factors.flatMap((factor) => factor.evidence.map((p) => p.id))));
}

let first: Api;
let second: Api;
let project: string;

beforeAll(async () => {
  // A project of KTH's with a few partners, in a call family with a call open on asOf.
  const found = await driver.executeQuery(
    `MATCH (c:Call) WHERE c.deadline >= date($asOf)
     MATCH (c)-[:IN_FAMILY]->(:CallFamily)<-[:IN_FAMILY]-(q:Project)<-[:PARTICIPATES_IN]-(:Actor {id: 'kth'})
     WHERE q.startDate < date('2025-01-01') AND COUNT { (q)<-[:PARTICIPATES_IN]-() } >= 3
     RETURN q.id AS id ORDER BY q.id LIMIT 1`,
    { asOf },
    { database: neo4j.database },
  );
  project = found.records[0]?.get("id") as string;
  expect(project).toBeDefined();
  [first, second] = await Promise.all([startApi(), startApi()]);
  await Promise.all([waitUntilHealthy(first), waitUntilHealthy(second)]);
}, 300_000);

afterAll(async () => {
  for (const api of [first, second]) api?.process.kill("SIGTERM");
  await driver.executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Change AND n.targetId STARTS WITH $prefix) DETACH DELETE n",
    { prefix },
    { database: neo4j.database },
  );
  await driver.close();
});

describe("two API processes on one database", () => {
  it("answers through one what an editor wrote through the other", async () => {
    const editor = await signTestToken({ sub: "editor-scale", roles: ["editor"] });
    const created = await ask(
      first,
      `mutation ($id: ID!) { upsertActor(id: $id, input: { name: "Testbolag Skala", kind: COMPANY, country: "SE" }) { id } }`,
      { id: newcomer },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const source = await ask(
      first,
      `mutation ($id: ID!) { upsertSource(id: $id, input: { title: "Testavtal", kind: "DECISION", date: "2024-01-01" }) { id } }`,
      { id: `${prefix}-source` },
      editor,
    );
    expect(source.errors).toBeUndefined();

    // The second process reads the newcomer, with no projects, and caches that answer.
    const before = await ask(second, readParticipation, { id: newcomer });
    expect(before.data?.actors).toEqual([{ id: newcomer, participatesIn: [] }]);
    expect((await citedProjects(second, newcomer)).has(project)).toBe(false);

    const added = await ask(
      first,
      `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`,
      {
        input: {
          from: newcomer,
          type: "PARTICIPATES_IN",
          to: project,
          role: "participant",
          sourceId: `${prefix}-source`,
          locator: "p. 1",
          quote: "Testbolaget deltar i projektet",
          since: "2024-06-01",
        },
      },
      editor,
    );
    expect(added.errors).toBeUndefined();

    // Within the response cache's lifetime (plus the time a version read takes), the second answers it.
    await delay(responseCacheSeconds * 1000 + 500);
    let after: Answer | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      after = await ask(second, readParticipation, { id: newcomer });
      if ((after.data?.actors as Array<{ participatesIn: unknown[] }>)?.[0]?.participatesIn.length) break;
      await delay(200);
    }
    expect(after?.data?.actors).toEqual([{ id: newcomer, participatesIn: [{ id: project }] }]);
  });

  it("follows the new graph version in the other's partner-finder history and call caches", async () => {
    // Open calls read the actor's record from the partner finder's history and the projects' call
    // families from the call cache: both were read before the edit, and must be read again.
    expect((await citedProjects(second, newcomer)).has(project)).toBe(true);
    expect((await citedProjects(first, newcomer)).has(project)).toBe(true);
  });
});
