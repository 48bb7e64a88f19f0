import fs from "node:fs";
import path from "node:path";
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Driver } from "neo4j-driver";
import { graphFingerprint } from "./analysis/index.js";
import { createTokenVerifier } from "./auth/verify-token.js";
import { projectRoot, type Config } from "./config.js";
import { describeDatabase } from "./database/driver.js";
import { ensureHistoryIndex } from "./editing/index.js";
import { createContextFunction, type RequestContext } from "./graphql/context.js";
import { createFormatError } from "./graphql/format-error.js";
import { allowOrigins } from "./http/allow-origins.js";
import { handleHttpErrors } from "./http/handle-http-errors.js";
import { limitAnswers } from "./http/limit-answers.js";
import { limitCost } from "./http/limit-cost.js";
import { limitVariables } from "./http/limit-input-shape.js";
import { parseOptions, protectRequests, requestLimits } from "./http/request-limits.js";
import { createResponseCache } from "./http/response-cache.js";
import { createWorkPool } from "./http/work-pool.js";
import { buildSchema } from "./schema/build-schema.js";

export interface App {
  /** Listens on the configured host and port (0 picks a free port) and resolves to the URL. */
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
}

const clientDist = path.join(projectRoot, "client/dist");

/**
 * Builds the HTTP service: GraphQL at /graphql, /health, and the built client at /.
 *
 * @remarks Apollo refuses batched requests, mutations over GET (405) and, by its CSRF prevention,
 * requests a browser could send cross-site without a preflight (form posts, simple GETs).
 */
export async function createApp(config: Config, driver: Driver): Promise<App> {
  const schema = await buildSchema(driver, config.auth);
  await ensureHistoryIndex(driver, config.neo4jDatabase);
  const armor = protectRequests();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError({ production: config.production }),
    parseOptions,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      limitCost(schema, createWorkPool(config.expensiveRequests, config.expensiveWaitMs), config.requestTimeoutMs),
      // No schema sets cache hints (the response cache is our own): Apollo's hook on every field is work for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();

  const responseCache = createResponseCache({
    seconds: config.responseCacheSeconds,
    maxBytes: config.responseCacheBytes,
    maxBodyBytes: 512 * 1024,
    readVersion: () => graphFingerprint(driver, config.neo4jDatabase),
  });

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", async (_req, res) => {
    try {
      const database = await describeDatabase(driver, config.neo4jDatabase);
      res.json({ status: "ok", database });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // The driver's message names hosts and ports: a production answer says less.
      res
        .status(503)
        .json({ status: "unavailable", error: config.production ? "the database is not reachable" : detail });
    }
  });
  app.use(
    "/graphql",
    allowOrigins(config.corsOrigins),
    limitAnswers({ timeoutMs: config.requestTimeoutMs, maxBytes: config.maxAnswerBytes }),
    express.json({ limit: requestLimits.maxBodyBytes }),
    limitVariables(),
    responseCache.middleware,
    expressMiddleware(apollo, {
      context: createContextFunction({
        driver,
        database: config.neo4jDatabase,
        verifyToken: createTokenVerifier(config.auth),
        transactionTimeoutMs: config.transactionTimeoutMs,
        requestDatabaseMs: config.requestDatabaseMs,
        analysisWaitMs: config.analysisWaitMs,
        graphChanged: responseCache.clear,
      }),
    }),
  );
  if (fs.existsSync(clientDist)) {
    app.use(express.static(clientDist));
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(path.join(clientDist, "index.html")));
  }
  app.use(handleHttpErrors);

  let server: Server | undefined;
  return {
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        server = app.listen(port, config.host, () => {
          const address = server?.address();
          const actualPort = typeof address === "object" && address ? address.port : port;
          resolve(`http://${config.host}:${actualPort}`);
        });
        server.on("error", reject);
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
