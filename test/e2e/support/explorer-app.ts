import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";
import { createApp, type App } from "../../../server/app.js";
import { projectRoot, readConfig } from "../../../server/config.js";
import { createDriver } from "../../../server/database/driver.js";
import { launchChromium } from "../../../tools/launch-chromium.js";
import { collectPageErrors } from "./browser.js";

/** The explorer under test: its address, the browser, this test's page, and the API it talks to. */
export interface Explorer {
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Asks the API directly, for what a test compares the page with. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Builds the client, serves it with the API over the test database, and opens Debian's Chromium;
 * each test gets a fresh page (1400 × 900, downloads accepted, in `locale`) and fails on any
 * error the page throws. Call it once at the top of a test file: it registers the hooks.
 */
export function useExplorer(options: { locale?: string } = {}): Explorer {
  const neo4j = inject("neo4j");
  let driver: Driver;
  let app: App;
  let url = "";
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    // The app serves client/dist only when it exists as the app is made, so build first.
    await build({ configFile: path.join(projectRoot, "client/vite.config.ts"), logLevel: "warn" });
    driver = createDriver(neo4j.uri, neo4j.username, neo4j.password);
    // As in the integration tests' apps: the budgets are tested on their own (request-limits.test.ts),
    // and a busy machine warming the call caches must not turn a slow first ranking into a failure.
    app = await createApp(
      {
        ...readConfig(),
        neo4jDatabase: neo4j.database,
        transactionTimeoutMs: 60_000,
        requestDatabaseMs: 60_000,
        requestTimeoutMs: 90_000,
      },
      driver,
    );
    url = await app.listen(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await driver?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterEach(async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    get url() {
      return url;
    },
    get browser() {
      return browser;
    },
    get page() {
      return page;
    },
    async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
      return body.data as T;
    },
  };
}
