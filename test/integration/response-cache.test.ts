import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signTestToken, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
let editor: string;
const prefix = `test-cache-${Date.now()}`;
const actorId = `${prefix}-a`;
const byId = `query ($id: ID!) { actors(where: { id: { eq: $id } }) { id name } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs a query as a browser would, and returns the cache header with the answer. */
async function post(target: TestApp, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, cache: response.headers.get("x-response-cache"), text: await response.text() };
}

const rename = (name: string) =>
  post(
    app,
    `mutation ($id: ID!, $input: ActorInput!) { upsertActor(id: $id, input: $input) { id name } }`,
    { id: actorId, input: { name, kind: "COMPANY" } },
    editor,
  );

beforeAll(async () => {
  app = await startTestApp({ responseCacheSeconds: 1 });
  editor = await signTestToken({ sub: "editor-cache", roles: ["editor"] });
  expect((await rename("Cacheaktör 1")).status).toBe(200);
});

afterAll(async () => {
  await app.driver.executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Change AND n.targetId STARTS WITH $prefix) DETACH DELETE n",
    { prefix },
    { database: app.database },
  );
  await app.close();
});

describe("the response cache", () => {
  it("answers a repeated anonymous read from the cache, with the same answer", async () => {
    const first = await post(app, byId, { id: actorId });
    const second = await post(app, byId, { id: actorId });
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);
    expect(JSON.parse(second.text).data.actors[0].name).toBe("Cacheaktör 1");
  });

  it("forgets its answers when an edit through the server commits", async () => {
    await post(app, byId, { id: actorId });
    expect((await post(app, byId, { id: actorId })).cache).toBe("hit");
    expect((await rename("Cacheaktör 2")).status).toBe(200);
    const after = await post(app, byId, { id: actorId });
    expect(after.cache).toBe("miss");
    expect(JSON.parse(after.text).data.actors[0].name).toBe("Cacheaktör 2");
  });

  it("sees a write by another process once the graph's version is read again", async () => {
    await post(app, byId, { id: `${prefix}-b` });
    expect(JSON.parse((await post(app, byId, { id: `${prefix}-b` })).text).data.actors).toEqual([]);
    // Written past the server, as an import does: a new node changes the graph's fingerprint.
    await app.driver.executeQuery(
      "CREATE (:Actor {id: $id, name: 'Cacheaktör B', kind: 'COMPANY'})",
      { id: `${prefix}-b` },
      { database: app.database },
    );
    await sleep(1100);
    const after = await post(app, byId, { id: `${prefix}-b` });
    expect(after.cache).toBe("miss");
    expect(JSON.parse(after.text).data.actors).toEqual([{ id: `${prefix}-b`, name: "Cacheaktör B" }]);
  });

  it("keeps an answer for a second at most, so that a change past the server that leaves the counts alone shows", async () => {
    await post(app, byId, { id: actorId });
    expect((await post(app, byId, { id: actorId })).cache).toBe("hit");
    // A property set by Cypher: the node and relationship counts, and the graph's version, stay as they were.
    await app.driver.executeQuery(
      "MATCH (a:Actor {id: $id}) SET a.name = 'Cacheaktör 3'",
      { id: actorId },
      { database: app.database },
    );
    await sleep(1100);
    const after = await post(app, byId, { id: actorId });
    expect(after.cache).toBe("miss");
    expect(JSON.parse(after.text).data.actors[0].name).toBe("Cacheaktör 3");
  });

  it("never keeps answers to requests with a token, nor answers with errors", async () => {
    for (let i = 0; i < 2; i += 1) expect((await post(app, byId, { id: actorId }, editor)).cache).toBeNull();
    const missing = `query ($id: ID!) { network(ids: [$id]) { nodes { id } } }`;
    const answers = [
      await post(app, missing, { id: `${prefix}-nobody` }),
      await post(app, missing, { id: `${prefix}-nobody` }),
    ];
    for (const answer of answers) {
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe("NOT_FOUND");
      expect(answer.cache).toBe("miss");
    }
  });

  it("is off with RESPONSE_CACHE_SECONDS=0", async () => {
    const uncached = await startTestApp({ responseCacheSeconds: 0 });
    try {
      for (let i = 0; i < 2; i += 1) expect((await post(uncached, byId, { id: actorId })).cache).toBeNull();
    } finally {
      await uncached.close();
    }
  });
});
