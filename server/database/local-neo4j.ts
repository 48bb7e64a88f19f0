import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { LocalNeo4jSettings } from "../config.js";
import { log } from "../log.js";
import { ensureJars, requireTool, type JarLocations } from "./jars.js";
import { classpath, ensureInitialPassword, jvmFlags, localPassword, prepareHome } from "./neo4j-home.js";

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  /** True when this call started the server (and so should stop it). */
  startedHere: boolean;
  stop(): Promise<void>;
}

const pidFile = (settings: LocalNeo4jSettings) => path.join(settings.dataDir, "run/samverkan-neo4j.pid");

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runningPid(settings: LocalNeo4jSettings): number | undefined {
  const file = pidFile(settings);
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, "utf8"));
  return Number.isInteger(pid) && isAlive(pid) ? pid : undefined;
}

function logTail(settings: LocalNeo4jSettings, lines = 30): string {
  const file = path.join(settings.dataDir, "logs/neo4j.log");
  if (!fs.existsSync(file)) return "(no logs/neo4j.log)";
  return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

async function waitForBolt(uri: string, password: string, settings: LocalNeo4jSettings, pid: number): Promise<void> {
  // A busy machine (other databases, builds) can take minutes to start the JVM and its plugins.
  const deadline = Date.now() + 300_000;
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000 });
  try {
    while (Date.now() < deadline) {
      if (!isAlive(pid)) throw new Error(`Neo4j exited while starting:\n${logTail(settings)}`);
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    throw new Error(`Neo4j did not answer on ${uri} within 300 s:\n${logTail(settings)}`);
  } finally {
    await driver.close();
  }
}

async function stopPid(pid: number, settings: LocalNeo4jSettings): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) {
    log.warn("Neo4j did not stop within 60 s; killing it");
    process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile(settings), { force: true });
}

/**
 * Starts Neo4j's own server (org.neo4j.server.CommunityEntryPoint, what `neo4j console` runs) on
 * the data directory, or attaches to the one already running there. The jars come from the cache
 * that {@link ensureJars} fills on first use.
 *
 * @remarks `detached` leaves the server running after this process exits (`npm run db:start`).
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  options: { detached?: boolean } = {},
): Promise<LocalNeo4j> {
  const uri = `bolt://${settings.listenAddress}:${settings.boltPort}`;
  const password = localPassword(settings);
  const existing = runningPid(settings);
  if (existing !== undefined) {
    log.info(`Neo4j is already running on ${settings.dataDir} (pid ${existing}); using it`);
    return { uri, username: "neo4j", password, startedHere: false, stop: async () => {} };
  }
  requireTool("java", "install a JDK 17+ (Debian: apt-get install openjdk-17-jdk-headless) to run the local Neo4j");
  const jars: JarLocations = await ensureJars(settings.jarsDir);
  prepareHome(settings, jars);
  ensureInitialPassword(settings, jars, password);
  const started = Date.now();
  log.info(`Starting Neo4j on ${uri} (data in ${settings.dataDir})`);
  const out = fs.openSync(path.join(settings.dataDir, "logs/console.log"), "a");
  const child = spawn(
    "java",
    [
      ...jvmFlags,
      `-Xms${settings.heapSize}`,
      `-Xmx${settings.heapSize}`,
      "-cp",
      classpath(settings.dataDir, jars),
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${settings.dataDir}`,
      `--config-dir=${path.join(settings.dataDir, "conf")}`,
    ],
    {
      detached: true,
      stdio: ["ignore", out, out],
      env: { ...process.env, NEO4J_HOME: settings.dataDir, NEO4J_CONF: path.join(settings.dataDir, "conf") },
    },
  );
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error("Neo4j could not be started (no process id)");
  fs.writeFileSync(pidFile(settings), String(pid));
  if (options.detached) child.unref();
  try {
    await waitForBolt(uri, password, settings, pid);
  } catch (error) {
    await stopPid(pid, settings);
    throw error;
  }
  log.info(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { uri, username: "neo4j", password, startedHere: true, stop: () => stopPid(pid, settings) };
}

/** Stops the server that runs on this data directory, if any; waits for a clean shutdown. */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings): Promise<boolean> {
  const pid = runningPid(settings);
  if (pid === undefined) return false;
  await stopPid(pid, settings);
  return true;
}
