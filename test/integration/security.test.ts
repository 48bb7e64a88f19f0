import { SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestLimits } from "../../server/http/request-limits.js";
import { signTestToken, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
let production: TestApp;
const prefix = `test-sec-${Date.now()}`;
const ids = { member: `${prefix}-member`, body: `${prefix}-body`, source: `${prefix}-source` };
const word = `Qzxsecurity${Date.now()}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let editor: Record<string, string>;
let admin: Record<string, string>;
let reader: Record<string, string>;

/** What a refusal must never contain: stack frames, Cypher, driver errors. */
const leak = /\.ts:\d+|node_modules|stacktrace|MATCH \(|Neo4jError|Cypher/;

async function send(body: string, init: { method?: string; path?: string; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${app.url}${init.path ?? "/graphql"}`, {
    method: init.method ?? "POST",
    headers: init.method === "GET" ? init.headers : { "content-type": "application/json", ...init.headers },
    body: init.method === "GET" ? undefined : body,
  });
  const text = await response.text();
  expect(text).not.toMatch(leak);
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/** Counts that change with any write: nodes, relationships, and the graph's version. */
async function fingerprint(): Promise<string> {
  const result = await app.driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     OPTIONAL MATCH (m:Meta {id: 'graph'})
     RETURN nodes, relationships, coalesce(m.version, 0) AS version`,
    {},
    { database: app.database },
  );
  const record = result.records[0];
  return `${record.get("nodes")}/${record.get("relationships")}/${record.get("version")}`;
}

async function expectRefused(attempt: () => Promise<{ status: number; code?: string }>, status: number, code: string) {
  const before = await fingerprint();
  const result = await attempt();
  expect(result).toMatchObject({ status, code });
  expect(await fingerprint()).toBe(before);
}

const deleteKth = `mutation { deleteNode(id: "kth") { id } }`;

beforeAll(async () => {
  app = await startTestApp({ corsOrigins: ["https://explorer.example.org"] });
  production = await startTestApp({ production: true, introspection: false });
  editor = bearer(await signTestToken({ sub: "editor-sec", roles: ["editor"] }));
  admin = bearer(await signTestToken({ sub: "admin-sec", roles: ["admin", "editor"] }));
  reader = bearer(await signTestToken({ sub: "reader-sec" }));
  const setup = [
    [`mutation { upsertSource(id: "${ids.source}", input: { title: "Säkerhetstest", kind: "DECISION" }) { id } }`],
    [
      `mutation { upsertActor(id: "${ids.member}", input: { name: "${word} medlem", kind: COMPANY, contactEmail: "hemlig@example.org" }) { id } }`,
    ],
    [`mutation { upsertActor(id: "${ids.body}", input: { name: "Säkerhetsnätverket", kind: NETWORK }) { id } }`],
    [
      `mutation { addRelationship(input: { from: "${ids.member}", type: "MEMBER_OF", to: "${ids.body}", sourceId: "${ids.source}", locator: "s. 1", quote: "medlem" }) { id } }`,
    ],
  ];
  for (const [mutation] of setup) expect((await app.graphql(mutation, {}, { headers: editor })).errors).toBeUndefined();
});

afterAll(async () => {
  await app.driver.executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Change AND n.targetId STARTS WITH $prefix) DETACH DELETE n",
    { prefix },
    { database: app.database },
  );
  await production.close();
  await app.close();
});

describe("what one request may cost", () => {
  it.each([
    ["alias overloading", `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { actors }`).join(" ")} }`],
    ["directive overloading", `{ stats { actors ${"@include(if: true) ".repeat(200)} } }`],
    ["a depth bomb", `{ actors { ${"partOf { ".repeat(20)}id${" }".repeat(20)} } }`],
    [
      "a circular introspection query",
      `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
    ],
    [
      "a cost bomb",
      `{ actorsConnection(first: 500) { edges { node { id name partOf(limit: 500) { id name partOf(limit: 500) { id name } } } } } }`,
    ],
  ])("refuses %s before it runs", async (_attack, query) => {
    const response = await send(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.json().data).toBeUndefined();
  });

  it("stops parsing a document with too many tokens", async () => {
    const response = await send(
      JSON.stringify({ query: `{ stats { ${"actors ".repeat(requestLimits.maxTokens)} } }` }),
    );
    expect(response.status).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("refuses batched queries, so a batch cannot multiply the limits or slip in a mutation", async () => {
    await expectRefused(
      async () => {
        const response = await send(JSON.stringify([{ query: "{ stats { actors } }" }, { query: deleteKth }]), {
          headers: admin,
        });
        return { status: response.status, code: response.json().errors[0].extensions.code };
      },
      400,
      "BAD_REQUEST",
    );
  });

  it("caps list sizes: generated lists by @limit, sizes past it and custom queries' own ranges refused", async () => {
    const { data, errors } = await app.graphql("{ actors { id } }");
    expect(errors).toBeUndefined();
    expect(data.actors).toHaveLength(50);
    for (const query of [
      "{ actors(limit: 100000) { id } }",
      '{ collaborators(id: "kth", limit: 100000) { strength } }',
      '{ search(text: "kth", limit: 100000) { id } }',
      '{ network(ids: ["kth"], limit: 100000) { nodes { id } } }',
    ]) {
      expect((await app.graphql(query)).errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
    }
    expect(
      (await app.graphql(`{ history(id: "kth", limit: 100000) { id } }`, {}, { headers: editor })).errors?.[0]
        ?.extensions?.code,
    ).toBe("BAD_USER_INPUT");
  });

  it("answers a body over the size limit with 413 and a malformed body with 400, as JSON", async () => {
    const huge = await send(
      JSON.stringify({ query: "{ stats { actors } }", variables: { pad: "x".repeat(requestLimits.maxBodyBytes) } }),
    );
    expect(huge.status).toBe(413);
    expect(huge.json().errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    const malformed = await send('{"query": "{ stats { actors } }"');
    expect(malformed.status).toBe(400);
    expect(malformed.json().errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});

describe("GraphQL over HTTP", () => {
  it("refuses a mutation over GET with 405, and changes nothing", async () => {
    await expectRefused(
      async () => {
        const response = await send("", {
          method: "GET",
          path: `/graphql?query=${encodeURIComponent(deleteKth)}`,
          headers: { "apollo-require-preflight": "true", ...admin },
        });
        return { status: response.status, code: response.json().errors[0].extensions.code };
      },
      405,
      "BAD_REQUEST",
    );
  });

  it("refuses a form-encoded POST (CSRF) and a text/plain one, and changes nothing", async () => {
    for (const contentType of ["application/x-www-form-urlencoded", "text/plain"]) {
      await expectRefused(
        async () => {
          const response = await fetch(`${app.url}/graphql`, {
            method: "POST",
            headers: { "content-type": contentType, ...admin },
            body:
              contentType === "text/plain"
                ? JSON.stringify({ query: deleteKth })
                : `query=${encodeURIComponent(deleteKth)}`,
          });
          const body = await response.json();
          return { status: response.status, code: body.errors[0].extensions.code };
        },
        400,
        "BAD_REQUEST",
      );
    }
  });

  it("answers in application/graphql-response+json when asked, with 400 for an invalid document", async () => {
    const response = await send(JSON.stringify({ query: "{ nothing }" }), {
      headers: { accept: "application/graphql-response+json" },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
  });

  it("lets listed origins read answers cross-origin, and no other", async () => {
    const listed = await fetch(`${app.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://explorer.example.org", "access-control-request-method": "POST" },
    });
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://explorer.example.org");
    const other = await send(JSON.stringify({ query: "{ stats { actors } }" }), {
      headers: { origin: "https://evil.example" },
    });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("production mode", () => {
  it("gives no field suggestions, no introspection and no landing page", async () => {
    const request = (url: string) =>
      fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ actors { nme } }" }),
      }).then((response) => response.json());
    expect((await request(app.url)).errors[0].message).toMatch(/Did you mean/);
    const answer = await request(production.url);
    expect(answer.errors[0].message).toBe('Cannot query field "nme" on type "Actor".');
    const introspection = await production.graphql("{ __schema { queryType { name } } }");
    expect(introspection.status).toBe(400);
    expect(introspection.data).toBeUndefined();
    const landing = await fetch(`${production.url}/graphql`, { headers: { accept: "text/html" } });
    expect(landing.headers.get("content-type")).not.toMatch(/html/);
  });
});

describe("injection", () => {
  it.each(['kth") YIELD node MATCH (n) DETACH DELETE n //', "*:* OR name:[a TO z]", "kth' } RETURN 1 //"])(
    "treats search text as words: %s",
    async (text) => {
      const before = await fingerprint();
      const { data, errors } = await app.graphql("query S($text: String!) { search(text: $text) { id } }", { text });
      expect(errors).toBeUndefined();
      expect(Array.isArray(data.search)).toBe(true);
      expect(await fingerprint()).toBe(before);
    },
  );

  it("treats filter values as values", async () => {
    const before = await fingerprint();
    const { data, errors } = await app.graphql(
      `query F($name: String!) { actors(where: { name: { contains: $name } }) { id } }`,
      { name: "') DETACH DELETE n WITH n MATCH (m) RETURN m //" },
    );
    expect(errors).toBeUndefined();
    expect(data.actors).toEqual([]);
    const types = await app.graphql(
      '{ network(ids: ["kth"], filter: { relationshipTypes: ["X`]-() DETACH DELETE n //"] }) { nodes { id } } }',
    );
    expect(types.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const relationship = await app.graphql(
      `mutation { addRelationship(input: { from: "${ids.member}", type: "MEMBER_OF]->() DETACH DELETE n //",
      to: "${ids.body}", sourceId: "${ids.source}", locator: "x", quote: "y" }) { id } }`,
      {},
      { headers: editor },
    );
    expect(relationship.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "type" });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses invalid ids and dates with a clear error, never a database error", async () => {
    expect(
      (await app.graphql('{ network(ids: ["\' OR 1=1 //"]) { nodes { id } } }')).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await app.graphql('{ actors(where: { id: { eq: "x\\") RETURN n //" } }) { id } }')).data.actors).toEqual(
      [],
    );
    const badDate = await send(
      JSON.stringify({ query: '{ changes(from: "2015-13-01", to: "2016-01-01") { began { id } } }' }),
    );
    expect(badDate.status).toBe(400);
    const edit = await app.graphql(
      `mutation { upsertActor(id: "../../etc/passwd", input: { name: "X", kind: COMPANY }) { id } }`,
      {},
      { headers: editor },
    );
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    const date = await app.graphql(
      `mutation { addRelationship(input: { from: "${ids.member}", type: "MEMBER_OF", to: "${ids.body}",
      sourceId: "${ids.source}", locator: "s. 9", quote: "q", since: "2020-13-45" }) { id } }`,
      {},
      { headers: editor },
    );
    expect(date.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});

describe("tokens and roles", () => {
  it("refuses a mutation without a token (UNAUTHENTICATED) and with a reader's (FORBIDDEN), changing nothing", async () => {
    for (const [headers, code] of [
      [{}, "UNAUTHENTICATED"],
      [reader, "FORBIDDEN"],
      [editor, "FORBIDDEN"],
    ] as const) {
      await expectRefused(
        async () => {
          const response = await app.graphql(deleteKth, {}, { headers });
          return { status: response.status, code: response.errors?.[0]?.extensions?.code };
        },
        200,
        code,
      );
    }
    await expectRefused(
      async () => {
        const response = await app.graphql(
          `mutation { upsertActor(id: "${prefix}-anon", input: { name: "X", kind: COMPANY }) { id } }`,
        );
        return { status: response.status, code: response.errors?.[0]?.extensions?.code };
      },
      200,
      "UNAUTHENTICATED",
    );
  });

  it.each([
    ["garbage", async () => "abc.def.ghi"],
    [
      "a token signed with another secret",
      async () => signTestToken({ sub: "x", roles: ["admin"] }, "another-secret-another-secret-another"),
    ],
    [
      "an expired token",
      async () => signTestToken({ sub: "x", roles: ["admin"], expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    ],
    [
      "an unsigned token (alg none)",
      async () => new UnsecuredJWT({ roles: ["admin"] }).setSubject("x").setExpirationTime("1h").encode(),
    ],
    [
      "a token without a subject",
      async () =>
        new SignJWT({ roles: ["admin"] })
          .setProtectedHeader({ alg: "HS256" })
          .setExpirationTime("1h")
          .sign(new TextEncoder().encode("test-secret-for-samverkan-integration-tests")),
    ],
  ])("answers %s with 401 UNAUTHENTICATED, even for a public query", async (_name, makeToken) => {
    const response = await send(JSON.stringify({ query: "{ stats { actors } }" }), {
      headers: bearer(await makeToken()),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(response.json().errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an editor's relationship without a source, naming the field, and writes nothing", async () => {
    await expectRefused(
      async () => {
        const response = await app.graphql(
          `mutation { addRelationship(input: { from: "${ids.member}", type: "COLLABORATES_WITH",
        to: "${ids.body}", locator: "s. 2", quote: "samarbete" }) { id } }`,
          {},
          { headers: editor },
        );
        expect(response.errors?.[0]?.extensions?.argument).toBe("sourceId");
        return { status: response.status, code: response.errors?.[0]?.extensions?.code };
      },
      200,
      "BAD_USER_INPUT",
    );
  });

  it("records an editor's change in the history, which readers cannot see", async () => {
    await app.graphql(
      `mutation { updateActor(id: "${ids.body}", input: { city: "Stockholm" }) { id } }`,
      {},
      { headers: editor },
    );
    const { data } = await app.graphql(
      `{ history(id: "${ids.body}") { action by before after } }`,
      {},
      { headers: editor },
    );
    expect(data.history[0]).toMatchObject({ action: "UPDATE", by: "editor-sec" });
    expect(JSON.parse(String(data.history[0].after)).city).toBe("Stockholm");
    expect(JSON.parse(String(data.history[0].before)).city).toBeUndefined();
    expect(
      (await app.graphql(`{ history(id: "${ids.body}") { id } }`, {}, { headers: reader })).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
  });

  it("never shows internal fields to readers, also on actors that analysis queries return", async () => {
    const generated = await app.graphql(`{ actors(where: { id: { eq: "${ids.member}" } }) { contactEmail } }`);
    expect(generated.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const viaAnalysis = await app.graphql(`{ collaborators(id: "${ids.body}") { partner { id contactEmail } } }`);
    expect(JSON.stringify(viaAnalysis.data)).not.toContain("hemlig@example.org");
    expect(viaAnalysis.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("soft delete", () => {
  const inNetwork = async () =>
    (await app.graphql(`{ network(ids: ["${ids.body}"]) { nodes { id } } }`)).data.network.nodes.map((n) => n.id);
  const inSearch = async () =>
    (await app.graphql(`{ search(text: "${word}") { id } }`)).data.search.map((hit) => hit.id);
  const inActors = async () =>
    (await app.graphql(`{ actors(where: { id: { eq: "${ids.member}" } }) { id } }`)).data.actors;
  /** The body's degree as a network shows it: its ties to nodes that are not deleted. */
  const bodyDegree = async () =>
    (await app.graphql(`{ network(ids: ["${ids.body}"], depth: 0) { nodes { id degree } } }`)).data.network.nodes[0]
      .degree;
  let degreeBefore: number;

  it("shows the test actor before it is deleted", async () => {
    expect(await inActors()).toEqual([{ id: ids.member }]);
    expect(await inSearch()).toContain(ids.member);
    expect(await inNetwork()).toContain(ids.member);
    degreeBefore = await bodyDegree();
    expect(degreeBefore).toBeGreaterThanOrEqual(1);
  });

  describe("after an admin deletes it", () => {
    beforeAll(async () => {
      const { errors } = await app.graphql(
        `mutation { deleteNode(id: "${ids.member}") { id } }`,
        {},
        { headers: admin },
      );
      expect(errors).toBeUndefined();
    });

    it("is gone from actors", async () => {
      expect(await inActors()).toEqual([]);
    });
    it("is gone from search", async () => {
      expect(await inSearch()).not.toContain(ids.member);
    });
    it("is gone from the network", async () => {
      expect(await inNetwork()).not.toContain(ids.member);
    });
    it("no longer counts in the degree of the body it was a member of", async () => {
      expect(await bodyDegree()).toBe(degreeBefore - 1);
    });
    it("is not found as a network's start", async () => {
      const { errors } = await app.graphql(`{ network(ids: ["${ids.member}"]) { nodes { id } } }`);
      expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });
  });

  describe("after an admin restores it", () => {
    beforeAll(async () => {
      const { errors } = await app.graphql(
        `mutation { restoreNode(id: "${ids.member}") { id } }`,
        {},
        { headers: admin },
      );
      expect(errors).toBeUndefined();
    });

    it("is back in actors, search and the network", async () => {
      expect(await inActors()).toEqual([{ id: ids.member }]);
      expect(await inSearch()).toContain(ids.member);
      expect(await inNetwork()).toContain(ids.member);
      expect(await bodyDegree()).toBe(degreeBefore);
    });
  });

  it("hides a deleted relationship from the network", async () => {
    const id = `${ids.member}|MEMBER_OF|${ids.body}|${ids.source}|s. 1`;
    expect(
      (await app.graphql(`mutation D($id: ID!) { deleteRelationship(id: $id) { id } }`, { id }, { headers: admin }))
        .errors,
    ).toBeUndefined();
    expect(await inNetwork()).not.toContain(ids.member);
    expect(await bodyDegree()).toBe(degreeBefore - 1);
    expect(
      (await app.graphql(`mutation R($id: ID!) { restoreRelationship(id: $id) { id } }`, { id }, { headers: admin }))
        .errors,
    ).toBeUndefined();
    expect(await inNetwork()).toContain(ids.member);
    expect(await bodyDegree()).toBe(degreeBefore);
  });
});
