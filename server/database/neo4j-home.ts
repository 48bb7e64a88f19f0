import { randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot, type LocalNeo4jSettings } from "../config.js";
import type { JarLocations } from "./jars.js";

/** JVM flags that Neo4j's own launcher passes on Java 17. */
export const jvmFlags = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
];

export function classpath(home: string, jars: JarLocations): string {
  return [path.join(jars.lib, "*"), path.join(home, "plugins", "*")].join(path.delimiter);
}

/** Fills neo4j/neo4j.conf.template; an unknown placeholder is an error, not an empty value. */
export function renderConfig(template: string, settings: LocalNeo4jSettings): string {
  const values: Record<string, string> = {
    dataDir: settings.dataDir,
    listenAddress: settings.listenAddress,
    boltPort: String(settings.boltPort),
    httpPort: String(settings.httpPort),
    heapSize: settings.heapSize,
    pageCacheSize: settings.pageCacheSize,
    transactionMemory: settings.transactionMemory,
    transactionTimeout: settings.transactionTimeout,
  };
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`neo4j.conf.template: unknown placeholder \${${name}}`);
    return value;
  });
}

/** Lays out the server's home: conf/neo4j.conf and plugins/ (copied from the jar cache). */
export function prepareHome(settings: LocalNeo4jSettings, jars: JarLocations): void {
  const home = settings.dataDir;
  for (const dir of ["conf", "data", "logs", "run", "plugins", "import"]) {
    fs.mkdirSync(path.join(home, dir), { recursive: true });
  }
  const template = fs.readFileSync(path.join(projectRoot, "neo4j/neo4j.conf.template"), "utf8");
  fs.writeFileSync(path.join(home, "conf/neo4j.conf"), renderConfig(template, settings));
  const wanted = new Set(fs.readdirSync(jars.plugins));
  for (const jar of fs.readdirSync(path.join(home, "plugins"))) {
    if (!wanted.has(jar)) fs.rmSync(path.join(home, "plugins", jar));
  }
  for (const jar of wanted) {
    const target = path.join(home, "plugins", jar);
    if (!fs.existsSync(target)) fs.copyFileSync(path.join(jars.plugins, jar), target);
  }
}

/**
 * The local database's password: NEO4J_PASSWORD when set, otherwise one generated on first start
 * and kept in the data directory, readable by its owner only.
 */
export function localPassword(settings: LocalNeo4jSettings): string {
  if (settings.password) return settings.password;
  const file = path.join(settings.dataDir, "password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(settings.dataDir, { recursive: true });
  const generated = randomBytes(18).toString("base64url");
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

/** Runs Neo4j's own neo4j-admin (org.neo4j.cli.AdminTool) against this home. */
export function runAdmin(settings: LocalNeo4jSettings, jars: JarLocations, args: string[]): string {
  const home = settings.dataDir;
  const result = spawnSync("java", [...jvmFlags, "-cp", classpath(home, jars), "org.neo4j.cli.AdminTool", ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`neo4j-admin ${args.slice(0, 2).join(" ")} failed: ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}

/** Sets the initial password before the very first start; later starts keep the stored one. */
export function ensureInitialPassword(settings: LocalNeo4jSettings, jars: JarLocations, password: string): void {
  const systemDb = path.join(settings.dataDir, "data/databases/system");
  if (fs.existsSync(systemDb)) return;
  runAdmin(settings, jars, ["dbms", "set-initial-password", password]);
}
