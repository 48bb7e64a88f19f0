import fs from "node:fs";
import path from "node:path";
import type { Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { Driver } from "neo4j-driver";
import { projectRoot, type Config } from "./config.js";
import { describeDatabase } from "./database/driver.js";
import { buildSchema } from "./schema/build-schema.js";
import type { RequestContext } from "./graphql/context.js";

export interface App {
  /** Listens on the configured host and port (0 picks a free port) and resolves to the URL. */
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
}

const clientDist = path.join(projectRoot, "client/dist");

/** Builds the HTTP service: GraphQL at /graphql, /health, and the built client at /. */
export async function createApp(config: Config, driver: Driver): Promise<App> {
  const schema = await buildSchema(driver);
  const apollo = new ApolloServer<RequestContext>({ schema, introspection: !config.production });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", async (_req, res) => {
    try {
      const database = await describeDatabase(driver, config.neo4jDatabase);
      res.json({ status: "ok", database });
    } catch (error) {
      res.status(503).json({ status: "unavailable", error: error instanceof Error ? error.message : String(error) });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async () => ({ driver, sessionConfig: { database: config.neo4jDatabase } }),
    }),
  );
  if (fs.existsSync(clientDist)) {
    app.use(express.static(clientDist));
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(path.join(clientDist, "index.html")));
  }

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
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await apollo.stop();
    },
  };
}
