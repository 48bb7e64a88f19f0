import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { readConfig, type LocalNeo4jSettings } from "../../server/config.js";
import { startLocalNeo4j, stopLocalNeo4j } from "../../server/database/local-neo4j.js";

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

const password = "scratch-password";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/**
 * Starts a Neo4j of a test's own, on free loopback ports with a temporary data directory and
 * small memory (512m heap, 128m page cache), for tests that stop, restart or restore a database.
 *
 * @remarks Stopping goes through the data directory's pid file, not the process this call
 * started, so it also stops a server that a dump or restore restarted detached.
 */
export async function startScratchNeo4j(
  options: {
    /** Start it now (the default), or leave it for {@link ScratchNeo4j.start}, as a restore's target. */
    started?: boolean;
    /** The server's longest transaction (db.transaction.timeout); 60s by default, for cold starts on a busy machine. */
    transactionTimeout?: string;
  } = {},
): Promise<ScratchNeo4j> {
  const settings: LocalNeo4jSettings = {
    ...readConfig().local,
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "samverkan-scratch-neo4j-")),
    listenAddress: "127.0.0.1",
    boltPort: await freePort(),
    httpPort: await freePort(),
    heapSize: "512m",
    pageCacheSize: "128m",
    transactionMemory: "256m",
    transactionTimeout: options.transactionTimeout ?? "60s",
    password,
  };
  const uri = `bolt://127.0.0.1:${settings.boltPort}`;
  const start = async () => {
    await startLocalNeo4j(settings);
  };
  const stop = async () => {
    await stopLocalNeo4j(settings);
  };
  if (options.started ?? true) await start();
  return {
    uri,
    username: "neo4j",
    password,
    settings,
    start,
    stop,
    remove: async () => {
      await stop();
      fs.rmSync(settings.dataDir, { recursive: true, force: true });
    },
  };
}
