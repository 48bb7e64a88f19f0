import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetDriver, createRequestBudget } from "../../server/graphql/request-budget.js";
import { costLimits } from "../../server/http/estimate-cost.js";
import { inputShapeLimits } from "../../server/http/limit-input-shape.js";
import { signTestToken, startTestApp, testJwtSecret, type ApiData, type TestApp } from "../support/test-app.js";

let app: TestApp;
const prefix = `test-limits-${Date.now()}`;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: ApiData; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post(target: TestApp, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() } as Answer;
}

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app.driver.executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Change AND n.targetId STARTS WITH $prefix) DETACH DELETE n",
    { prefix },
    { database: app.database },
  );
  await app.close();
});

describe("the cost of a request, decided before any database call", () => {
  it("refuses the nested-list starvation query", async () => {
    const answer = await post(
      app,
      "{ actors(limit: 500) { id participatesIn(limit: 500) { id participants(limit: 500) { id name } } } }",
    );
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(costLimits.maxCost);
    expect(answer.body.data).toBeUndefined();
  });

  it("counts a `first` given as a variable as the same `first` given literally", async () => {
    const deep = (first: string) =>
      `query ($n: Int) { actorsConnection(first: ${first}) { edges { node { id participatesIn(limit: 100) { id participants(limit: 20) { id } } } } } }`;
    const literal = await post(app, deep("200"));
    const variable = await post(app, deep("$n"), { n: 200 });
    expect([literal.status, codeOf(literal)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    expect([variable.status, codeOf(variable)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    const small = await post(app, deep("$n"), { n: 1 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it("refuses nested relationship filters in where, which no depth rule sees", async () => {
    const answer = await post(
      app,
      '{ actors(where: { participatesIn: { some: { participants: { some: { participatesIn: { some: { title: { contains: "a" } } } } } } } }) { id } }',
    );
    expect([answer.status, codeOf(answer)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it("refuses a large OR list in the variables", async () => {
    const where = { OR: Array.from({ length: 2000 }, (_, i) => ({ name: { contains: `namn ${i}` } })) };
    const answer = await post(app, "query ($where: ActorWhere) { actors(where: $where) { id } }", { where });
    expect([answer.status, codeOf(answer)]).toEqual([400, "BAD_USER_INPUT"]);
    const few = await post(app, "query ($where: ActorWhere) { actors(where: $where) { id } }", {
      where: { OR: where.OR.slice(0, 3) },
    });
    expect(few.status).toBe(200);
  });
});

/** `[[[…]]]`, `depth` lists deep, built without recursion. */
function nestedLists(depth: number): unknown {
  let value: unknown = "kth";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** A `where` with `operator` nested `depth` deep around `innermost`. */
function nestedOperator(operator: "AND" | "NOT", depth: number, innermost: object): object {
  let where = innermost;
  for (let i = 0; i < depth; i += 1) where = operator === "NOT" ? { NOT: where } : { AND: [where] };
  return where;
}

describe("the shape of the input, refused before GraphQL and the database", () => {
  const actorsWhere = "query ($where: ActorWhere) { actors(where: $where, limit: 3) { id } }";
  const kth = { id: { eq: "kth" } };
  const limitOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.limit;

  it("refuses variables nested 5,000 deep in lists with 400, and answers an unused variable at the limit", async () => {
    // Written by hand: JSON.stringify itself recurses through every level.
    const response = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query": "query ($ids: [ID!]) { network(ids: $ids) { nodes { id } } }", "variables": {"ids": ${"[".repeat(5000)}"kth"${"]".repeat(5000)}}}`,
    });
    const deep = { status: response.status, headers: response.headers, body: await response.json() } as Answer;
    expect([deep.status, codeOf(deep), limitOf(deep)]).toEqual([400, "BAD_USER_INPUT", "maxListDepth"]);
    const near = await post(app, "query ($ids: [ID!]) { actors(where: { id: { in: $ids } }) { id } }", {
      ids: ["kth"],
      unused: nestedLists(inputShapeLimits.maxListDepth),
    });
    expect(near.status).toBe(200);
    expect(near.body.data?.actors).toEqual([{ id: "kth" }]);
  });

  it("refuses AND nested 2,000 deep in the variables with 400, and answers AND at the limit", async () => {
    const deep = await post(app, actorsWhere, { where: nestedOperator("AND", 2000, kth) });
    expect([deep.status, codeOf(deep)]).toEqual([400, "BAD_USER_INPUT"]);
    const near = await post(app, actorsWhere, { where: nestedOperator("AND", inputShapeLimits.maxBooleanDepth, kth) });
    expect(near.status).toBe(200);
    expect(near.body.data?.actors).toEqual([{ id: "kth" }]);
  });

  it("refuses NOT nested 300 deep in the variables with 400, and answers NOT at the limit correctly", async () => {
    const deep = await post(app, actorsWhere, { where: nestedOperator("NOT", 300, kth) });
    expect([deep.status, codeOf(deep), limitOf(deep)]).toEqual([400, "BAD_USER_INPUT", "maxBooleanDepth"]);
    // NOT four times over is the filter itself.
    const near = await post(app, actorsWhere, { where: nestedOperator("NOT", inputShapeLimits.maxBooleanDepth, kth) });
    expect(near.status).toBe(200);
    expect(near.body.data?.actors).toEqual([{ id: "kth" }]);
  });

  it("refuses the same nesting written in the document, and answers it at the limit", async () => {
    const written = (depth: number) =>
      `{ actors(where: ${"{ NOT: ".repeat(depth)}{ id: { eq: "kth" } }${" }".repeat(depth)}) { id } }`;
    const deep = await post(app, written(300));
    expect([deep.status, codeOf(deep), limitOf(deep)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED", "maxBooleanDepth"]);
    const near = await post(app, written(inputShapeLimits.maxBooleanDepth));
    expect(near.status).toBe(200);
    expect(near.body.data?.actors).toEqual([{ id: "kth" }]);
  });

  it("refuses deep variables sent with GET too", async () => {
    const search = new URLSearchParams({
      query: actorsWhere,
      variables: JSON.stringify({ where: nestedOperator("NOT", 300, kth) }),
    });
    const response = await fetch(`${app.url}/graphql?${search}`, { headers: { "apollo-require-preflight": "1" } });
    const body = (await response.json()) as Answer["body"];
    expect([response.status, body.errors?.[0]?.extensions?.code]).toEqual([400, "BAD_USER_INPUT"]);
  });
});

describe("strict input", () => {
  it.each([
    ["a negative limit", "{ actors(limit: -1) { id } }", {}],
    ["a negative offset", "{ projects(offset: -10) { id } }", {}],
    ["a negative limit in a variable", "query ($n: Int) { actors(limit: $n) { id } }", { n: -5 }],
    ["a negative first", "{ actorsConnection(first: -1) { totalCount } }", {}],
    ["an oversized offset", "{ actors(offset: 2000000000) { id } }", {}],
    ["a negative limit of a nested list", "{ actors(limit: 1) { participatesIn(limit: -1) { id } } }", {}],
  ])("answers %s with BAD_USER_INPUT, not INTERNAL_SERVER_ERROR", async (_case, query, variables) => {
    const answer = await post(app, query, variables);
    expect([answer.status, codeOf(answer)]).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("refuses a day that does not exist, in queries and in mutations", async () => {
    const literal = await post(app, '{ changes(from: "2015-02-31", to: "2016-01-01") { began { id } } }');
    expect(literal.status).toBe(400);
    expect(JSON.stringify(literal.body.errors)).toMatch(/2015-02-31/);
    const variable = await post(
      app,
      'query ($from: Date!) { changes(from: $from, to: "2016-01-01") { began { id } } }',
      {
        from: "2015-02-31",
      },
    );
    expect([variable.status, codeOf(variable)]).toEqual([400, "BAD_USER_INPUT"]);
    const inWhere = await post(app, "query ($d: Date) { projects(where: { startDate: { eq: $d } }) { id } }", {
      d: "2015-02-31",
    });
    expect([inWhere.status, codeOf(inWhere)]).toEqual([400, "BAD_USER_INPUT"]);
    const editor = await signTestToken({ sub: "editor-limits", roles: ["editor"] });
    const id = `${prefix}-agreement`;
    const mutation = await post(
      app,
      "mutation ($id: ID!, $input: AgreementInput!) { upsertAgreement(id: $id, input: $input) { id validFrom } }",
      { id, input: { name: "Avtal", kind: "AGREEMENT", validFrom: "2015-02-31" } },
      editor,
    );
    expect([mutation.status, codeOf(mutation)]).toEqual([400, "BAD_USER_INPUT"]);
    expect(await app.read("MATCH (a:Agreement {id: $id}) RETURN a", { id })).toEqual([]);
    const real = await post(
      app,
      "mutation ($id: ID!, $input: AgreementInput!) { upsertAgreement(id: $id, input: $input) { id validFrom } }",
      { id, input: { name: "Avtal", kind: "AGREEMENT", validFrom: "2016-02-29" } },
      editor,
    );
    expect(real.body.data?.upsertAgreement.validFrom).toBe("2016-02-29");
  });

  it("refuses more start ids for a network than its limit", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `${prefix}-missing-${i}`);
    const answer = await post(app, "query ($ids: [ID!]!) { network(ids: $ids, limit: 20) { nodes { id } } }", { ids });
    expect(codeOf(answer)).toBe("BAD_USER_INPUT");
    expect(answer.body.errors?.[0]?.message).toMatch(/limit/);
  });
});

describe("tokens", () => {
  const key = new TextEncoder().encode(testJwtSecret);
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["an empty subject", () => new SignJWT({ roles: ["editor"] }).setSubject("").setIssuedAt().setExpirationTime("1h")],
    ["an expiry in the year 9999", () => new SignJWT({}).setSubject("x").setIssuedAt().setExpirationTime(253402300799)],
    [
      "an issue time in the future",
      () =>
        new SignJWT({})
          .setSubject("x")
          .setIssuedAt(now() + 3600)
          .setExpirationTime(now() + 7200),
    ],
  ])("refuses a token with %s with 401", async (_case, token) => {
    const signed = await token().setProtectedHeader({ alg: "HS256" }).sign(key);
    const answer = await post(app, "{ stats { actors } }", {}, signed);
    expect([answer.status, codeOf(answer)]).toEqual([401, "UNAUTHENTICATED"]);
  });
});

describe("the budget of a request", () => {
  it("runs one request's queries one at a time, whatever its resolvers start together", async () => {
    const budgeted = budgetDriver(app.driver, createRequestBudget(30_000, 30_000, 0));
    const query = `WITH datetime.realtime() AS started CALL apoc.util.sleep(150)
                   RETURN started.epochMillis AS started, datetime.realtime().epochMillis AS ended`;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => budgeted.executeQuery(query, {}, { database: app.database })),
    );
    const spans = results
      .map((result) => ({
        started: Number(result.records[0].get("started")),
        ended: Number(result.records[0].get("ended")),
      }))
      .sort((a, b) => a.started - b.started);
    for (let i = 1; i < spans.length; i += 1) expect(spans[i].started).toBeGreaterThanOrEqual(spans[i - 1].ended);
  });

  it("answers 503 with Retry-After when the pool of expensive work is full, while light requests go on", async () => {
    const busy = await startTestApp({ expensiveRequests: 1, expensiveWaitMs: 0 });
    try {
      const heavy = Array.from({ length: 8 }, (_, i) =>
        post(busy, `{ network(ids: ["kth"], depth: 2, limit: ${10 + i}) { nodes { id } } }`),
      );
      const light = post(busy, "{ __typename }");
      const answers = await Promise.all(heavy);
      const refused = answers.filter((answer) => answer.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(answers.some((answer) => answer.status === 200)).toBe(true);
      for (const answer of refused) {
        expect(codeOf(answer)).toBe("SERVER_BUSY");
        expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      expect((await light).status).toBe(200);
    } finally {
      await busy.close();
    }
  });

  it("bounds the database time of the analysis resolvers, and the time of the whole request", async () => {
    const spent = await startTestApp({ requestDatabaseMs: 1 });
    try {
      const answer = await post(spent, '{ collaborators(id: "kth") { strength } }');
      expect(codeOf(answer)).toBe("DATABASE_TIMEOUT");
    } finally {
      await spent.close();
    }
    const hurried = await startTestApp({ requestTimeoutMs: 1 });
    try {
      const answer = await post(hurried, '{ network(ids: ["kth"], depth: 2) { nodes { id } } }');
      expect([answer.status, codeOf(answer)]).toEqual([503, "REQUEST_TIMEOUT"]);
    } finally {
      await hurried.close();
    }
  });

  it("does not send an answer over the size cap", async () => {
    const small = await startTestApp({ maxAnswerBytes: 2048 });
    try {
      const answer = await post(small, "{ actors(limit: 200) { id name } }");
      expect([answer.status, codeOf(answer)]).toEqual([400, "ANSWER_TOO_LARGE"]);
      expect((await post(small, "{ actors(limit: 1) { id } }")).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe("the response cache", () => {
  it("makes no new entry for comments, whitespace or the order of variables", async () => {
    const cached = await startTestApp({ responseCacheSeconds: 30 });
    try {
      const send = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${cached.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        });
        await response.text();
        return response.headers.get("x-response-cache");
      };
      const query = "query ($id: ID!, $n: Int) { actors(where: { id: { eq: $id } }, limit: $n) { id } }";
      expect(await send(query, { id: "kth", n: 1 })).toBe("miss");
      for (let i = 0; i < 5; i += 1) {
        expect(await send(`# comment ${i}\n${query.replaceAll(" ", "   ")}`, { n: 1, id: "kth" })).toBe("hit");
      }
      expect(await send(query, { id: "kth", n: 2 })).toBe("miss");
    } finally {
      await cached.close();
    }
  });
});
