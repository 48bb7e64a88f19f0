import { SignJWT } from "jose";
import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createApp, type App } from "../../server/app.js";
import { readConfig, type Config } from "../../server/config.js";
import { createDriver } from "../../server/database/driver.js";
import type { Mutation, Query } from "../../server/generated/resolvers-types.js";

/** The API's answers as the generated types describe them; a test reads only the fields it selected. */
export type ApiData = Query & Mutation;

export interface GraphQLResponse<Data = ApiData> {
  status: number;
  /** Absent only when the whole request failed; tests read it after checking the errors. */
  data: Data;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface RequestOptions {
  /** Extra request headers, such as `authorization: Bearer …`. */
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  driver: Driver;
  database: string;
  graphql<Data = ApiData>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  /** Runs Cypher on the test database and returns the records as plain objects. */
  read<Row = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  close(): Promise<void>;
}

/** The HS256 secret that test apps verify tokens with, unless a test sets its own. */
export const testJwtSecret = "test-secret-for-samverkan-integration-tests";

/** Signs a token the test app accepts: subject, roles, and an expiry (an hour by default). */
export async function signTestToken(
  claims: { sub: string; roles?: string[]; expiresIn?: string | number },
  secret = testJwtSecret,
): Promise<string> {
  const { sub, roles = [], expiresIn = "1h" } = claims;
  return new SignJWT({ roles })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/**
 * Starts the real HTTP service on a free port against the integration tests' Neo4j, so that a
 * test goes through HTTP, Apollo and @neo4j/graphql as a client does. Tokens signed with
 * {@link signTestToken} verify, unless `overrides.auth` says otherwise.
 */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const neo4j = inject("neo4j");
  const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  // Tests write past the server (fixtures by Cypher) and read at once: the response cache is off
  // unless a test turns it on (test/integration/response-cache.test.ts); e2e runs with the default.
  const config = {
    ...readConfig(),
    neo4jDatabase: neo4j.database,
    auth: { jwtSecret: testJwtSecret },
    responseCacheSeconds: 0,
    // The budgets are tested on their own (request-limits.test.ts); elsewhere a busy machine must not
    // turn a slow GDS projection into a failure.
    transactionTimeoutMs: 60_000,
    requestDatabaseMs: 60_000,
    requestTimeoutMs: 90_000,
    analysisWaitMs: 60_000,
    ...overrides,
  };
  const app: App = await createApp(config, driver);
  const url = await app.listen(0);
  return {
    url,
    driver,
    database: neo4j.database,
    graphql: async (query, variables = {}, options = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse<never>, "status">;
      return { status: response.status, ...body };
    },
    read: async <Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) => {
      const result = await driver.executeQuery(cypher, params, { database: neo4j.database });
      return result.records.map((record) => record.toObject() as Row);
    },
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}

/** A test app whose database holds the shipped CORDIS data (loadSeedGraph loads it); fails at once otherwise. */
export async function startSeededTestApp(): Promise<TestApp> {
  const app = await startTestApp();
  const [seeded] = await app.read<{ projects: number }>(
    "MATCH (p:Project {programme: 'HORIZON'}) RETURN count(p) AS projects",
  );
  if (seeded.projects < 1000) {
    await app.close();
    throw new Error("these tests need the shipped CORDIS data, which loadSeedGraph loads");
  }
  return app;
}

/** The value a test looked for, or a failure that names what is missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`not found: ${what}`);
  return value;
}
