import { inject } from "vitest";
import type { Driver } from "neo4j-driver";
import { createApp, type App } from "../../server/app.js";
import { readConfig, type Config } from "../../server/config.js";
import { createDriver } from "../../server/database/driver.js";

export interface GraphQLResponse<Data = any> {
  status: number;
  data?: Data;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface TestApp {
  url: string;
  driver: Driver;
  database: string;
  graphql<Data = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/**
 * Starts the real HTTP service on a free port against the integration tests' Neo4j, so that a
 * test goes through HTTP, Apollo and @neo4j/graphql as a client does.
 */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const neo4j = inject("neo4j");
  const driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
  const app: App = await createApp({ ...readConfig(), neo4jDatabase: neo4j.database, ...overrides }, driver);
  const url = await app.listen(0);
  return {
    url,
    driver,
    database: neo4j.database,
    graphql: async (query, variables = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, "status">;
      return { status: response.status, ...body };
    },
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}
