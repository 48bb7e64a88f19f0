import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { projectRoot, readConfig, type LocalNeo4jSettings } from "../server/config.js";
import { createDriver } from "../server/database/driver.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../server/database/local-neo4j.js";
import type { Driver } from "neo4j-driver";

export type Scale = "real" | "medium" | "full";

/** The bench's own database: a driver, and how to reach it from a child process. */
export interface BenchDatabase {
  driver: Driver;
  uri: string;
  password: string;
  database: string;
  settings: LocalNeo4jSettings;
  /** What the marker said before this run: loaded with the same data, so nothing needs loading. */
  loaded: boolean;
  markLoaded(): void;
  stop(): Promise<void>;
}

/** A port that nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j on `.data/bench-<scale>` with free ports, never the user's database. The marker file
 * names the data it holds (scale, seed, generator version), so a second run reuses a loaded database.
 */
export async function startBenchDatabase(scale: Scale, dataKey: string, uri?: string): Promise<BenchDatabase> {
  const base = readConfig({});
  const dataDir = path.join(projectRoot, `.data/bench-${scale}`);
  const large = scale !== "real";
  const settings: LocalNeo4jSettings = {
    ...base.local,
    dataDir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    listenAddress: "127.0.0.1",
    heapSize: large ? "2g" : "1g",
    pageCacheSize: large ? "1g" : "512m",
    transactionMemory: large ? "1g" : "512m",
    transactionTimeout: "120s",
    password: undefined,
  };
  const markerFile = path.join(dataDir, "bench-marker.json");
  if (uri) {
    const driver = createDriver(uri, process.env.NEO4J_USERNAME || "neo4j", process.env.NEO4J_PASSWORD);
    return {
      driver,
      uri,
      password: process.env.NEO4J_PASSWORD ?? "",
      database: base.neo4jDatabase,
      settings,
      loaded: false,
      markLoaded: () => {},
      stop: () => driver.close(),
    };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // A bench database left running by an interrupted run listens on other ports: stop it first.
  await stopLocalNeo4j(settings);
  const loaded = fs.existsSync(markerFile) && fs.readFileSync(markerFile, "utf8") === dataKey;
  if (!loaded) fs.rmSync(markerFile, { force: true });
  const local = await startLocalNeo4j(settings);
  const driver = createDriver(local.uri, local.username, local.password);
  return {
    driver,
    uri: local.uri,
    password: local.password,
    database: "neo4j",
    settings,
    loaded,
    markLoaded: () => fs.writeFileSync(markerFile, dataKey),
    stop: async () => {
      await driver.close();
      await local.stop();
    },
  };
}
