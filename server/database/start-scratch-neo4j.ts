import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readConfig, type LocalNeo4jSettings } from "../config.js";
import { freePort } from "./free-port.js";
import { startLocalNeo4j, stopLocalNeo4j } from "./local-neo4j.js";
import { localPassword } from "./neo4j-home.js";

/** A Neo4j of one's own on free loopback ports: for the tests and the benchmark, never the user's database. */
export interface ScratchNeo4j {
  uri: string;
  username: string;
  password: string;
  /** The settings it runs with, for dumpDatabase / restoreDatabase and a second start. */
  settings: LocalNeo4jSettings;
  /** Starts it again on the same data directory and ports (after {@link ScratchNeo4j.stop}). */
  start(): Promise<void>;
  /** Stops the server and keeps its data directory. */
  stop(): Promise<void>;
  /** Stops the server and deletes its data directory; safe to call twice. */
  remove(): Promise<void>;
}

export interface ScratchOptions {
  /** Start it now (the default), or leave it for {@link ScratchNeo4j.start}, as a restore's target. */
  started?: boolean;
  /** Where its data lives; a new temporary directory unless given. */
  dataDir?: string;
  /**
   * Settings over the small defaults: a 512m heap, a 128m page cache, 256m of transaction memory,
   * transactions of up to 60s (for cold starts on a busy machine) and a fixed password.
   */
  settings?: Partial<Omit<LocalNeo4jSettings, "dataDir" | "boltPort" | "httpPort">>;
}

/**
 * Starts a throw-away Neo4j on free loopback ports.
 *
 * @remarks Stopping goes through the data directory's pid file, not the process this call
 * started, so it also stops a server that a dump or restore restarted detached.
 */
export async function startScratchNeo4j(options: ScratchOptions = {}): Promise<ScratchNeo4j> {
  const settings: LocalNeo4jSettings = {
    ...readConfig().local,
    listenAddress: "127.0.0.1",
    heapSize: "512m",
    pageCacheSize: "128m",
    transactionMemory: "256m",
    transactionTimeout: "60s",
    password: "scratch-password",
    ...options.settings,
    dataDir: options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-scratch-neo4j-")),
    boltPort: await freePort(),
    httpPort: await freePort(),
  };
  const start = async () => {
    await startLocalNeo4j(settings);
  };
  const stop = async () => {
    await stopLocalNeo4j(settings);
  };
  if (options.started ?? true) await start();
  return {
    uri: `bolt://127.0.0.1:${settings.boltPort}`,
    username: "neo4j",
    password: localPassword(settings),
    settings,
    start,
    stop,
    remove: async () => {
      await stop();
      fs.rmSync(settings.dataDir, { recursive: true, force: true });
    },
  };
}
