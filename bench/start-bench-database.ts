import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { projectRoot, readConfig, type LocalNeo4jSettings } from "../server/config.js";
import { createDriver } from "../server/database/driver.js";
import { startScratchNeo4j } from "../server/database/start-scratch-neo4j.js";

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

/**
 * Starts Neo4j on `.data/bench-<scale>` with free ports, never the user's database. The marker file
 * names the data it holds (scale, seed, generator version), so a second run reuses a loaded database.
 */
export async function startBenchDatabase(scale: Scale, dataKey: string, uri?: string): Promise<BenchDatabase> {
  const base = readConfig({});
  const dataDir = path.join(projectRoot, `.data/bench-${scale}`);
  const large = scale !== "real";
  fs.mkdirSync(dataDir, { recursive: true });
  const scratch = await startScratchNeo4j({
    started: false,
    dataDir,
    settings: {
      heapSize: large ? "2g" : "1g",
      pageCacheSize: large ? "1g" : "512m",
      transactionMemory: large ? "1g" : "512m",
      transactionTimeout: "120s",
      // The password is made once and kept in the data directory, with the data it guards.
      password: undefined,
    },
  });
  const settings: LocalNeo4jSettings = scratch.settings;
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
  // A bench database left running by an interrupted run listens on other ports: stop it first.
  await scratch.stop();
  const loaded = fs.existsSync(markerFile) && fs.readFileSync(markerFile, "utf8") === dataKey;
  if (!loaded) fs.rmSync(markerFile, { force: true });
  await scratch.start();
  const driver = createDriver(scratch.uri, scratch.username, scratch.password);
  return {
    driver,
    uri: scratch.uri,
    password: scratch.password,
    database: "neo4j",
    settings,
    loaded,
    markLoaded: () => fs.writeFileSync(markerFile, dataKey),
    stop: async () => {
      await driver.close();
      await scratch.stop();
    },
  };
}
