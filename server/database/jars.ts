import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.js";
import { log } from "../log.js";

export interface JarLocations {
  /** Neo4j's own jars (the server and neo4j-admin). */
  lib: string;
  /** APOC and GDS, less the jars that Neo4j already ships. */
  plugins: string;
}

/** Names the cache layout; a change of layout fetches afresh. */
const completeMarker = ".complete-v2";

/** Fails early, in one line, when a tool that the local database needs is missing. */
export function requireTool(command: string, installHint: string): void {
  const probe = spawnSync(command, ["-version"], { stdio: "ignore" });
  if (probe.error) {
    throw new Error(`${command} was not found: ${installHint}`);
  }
}

async function copyDependencies(pom: string, target: string, label: string): Promise<void> {
  requireTool("mvn", "install Maven 3.8+ (Debian: apt-get install maven) to fetch Neo4j's jars");
  fs.rmSync(target, { recursive: true, force: true });
  const args = [
    "-B",
    "-f",
    pom,
    "dependency:copy-dependencies",
    `-DoutputDirectory=${target}`,
    "-DincludeScope=runtime",
    "-Dmdep.prependGroupId=true",
  ];
  const started = Date.now();
  let downloaded = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn("mvn", args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (line.includes("Downloaded from")) {
        downloaded += 1;
        const seconds = Math.round((Date.now() - started) / 1000);
        log.progress(`${label}: ${downloaded} files downloaded from Maven Central, ${seconds} s`);
      }
    };
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      lines.forEach(onLine);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Maven failed to fetch ${label} (exit ${code}):\n${tail.join("\n")}`));
    });
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  log.progress(
    `${label}: ${fs.readdirSync(target).length} jars ready (${downloaded} downloaded) in ${seconds} s`,
    true,
  );
}

/**
 * Strips the version from a jar file name that starts with its group id:
 * `com.fasterxml.jackson.core.jackson-core-2.18.6.jar` → `com.fasterxml.jackson.core.jackson-core`.
 */
export function artifactName(jarFile: string): string {
  return jarFile.replace(/\.jar$/, "").replace(/-\d[\w.+-]*$/, "");
}

/**
 * Copies the plugin jars that Neo4j does not already ship; a second copy of a library that the
 * server has (jackson, caffeine, eclipse-collections…) would shadow the server's own.
 */
function keepNewPlugins(allPlugins: string, lib: string, target: string): void {
  const shipped = new Set(fs.readdirSync(lib).map(artifactName));
  // Group ids are part of the names, so GDS's own `annotations` or `neo4j-values` are kept.
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const jar of fs.readdirSync(allPlugins)) {
    if (!shipped.has(artifactName(jar))) fs.copyFileSync(path.join(allPlugins, jar), path.join(target, jar));
  }
}

/**
 * Makes sure Neo4j's, APOC's and GDS's jars are in the cache, fetching them with Maven the first
 * time only: later starts use the cache and never run Maven.
 */
export async function ensureJars(jarsDir: string): Promise<JarLocations> {
  const locations = { lib: path.join(jarsDir, "lib"), plugins: path.join(jarsDir, "plugins") };
  if (fs.existsSync(path.join(jarsDir, completeMarker))) return locations;
  log.info(
    `Fetching Neo4j 5.26, APOC and GDS with Maven into ${jarsDir} (once; about 160 MB, a few minutes on a cold cache)`,
  );
  fs.mkdirSync(jarsDir, { recursive: true });
  await copyDependencies(path.join(projectRoot, "neo4j/pom.xml"), locations.lib, "Neo4j server");
  const allPlugins = path.join(jarsDir, "plugins-all");
  await copyDependencies(path.join(projectRoot, "neo4j/plugins/pom.xml"), allPlugins, "APOC and GDS");
  keepNewPlugins(allPlugins, locations.lib, locations.plugins);
  fs.rmSync(allPlugins, { recursive: true, force: true });
  fs.writeFileSync(path.join(jarsDir, completeMarker), new Date().toISOString());
  return locations;
}
