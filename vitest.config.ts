import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Three tiers: unit (no database), schema (the augmented schema, no database) and integration
 * (a real Neo4j that test/support/global-setup.ts starts, or the one in NEO4J_URI).
 */
export default defineConfig({
  // @neo4j/graphql loads graphql's CommonJS build; tests must use the same one, not its .mjs twin.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    projects: [
      // Some unit tests build the augmented schema, which takes seconds on a busy machine.
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"], testTimeout: 30_000 } },
      { extends: true, test: { name: "schema", include: ["test/schema/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
      { extends: true, test: { name: "client", include: ["test/client/**/*.test.ts"], environment: "happy-dom" } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
