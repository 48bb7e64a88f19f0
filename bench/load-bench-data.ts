import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../server/config.js";
import { ensureDatabaseSchema } from "../server/database/ensure-database-schema.js";
import { importCalls } from "../server/import/calls/import-calls.js";
import { loadSeedGraph } from "../server/seed/load-seed-graph.js";
import { generateCordis, generatorSizes, generatorVersion, type GeneratedFiles } from "./generate-cordis.js";
import type { BenchDatabase, Scale } from "./start-bench-database.js";
import { progress } from "./report-progress.js";

/** What loading the bench data cost; empty when a stored database was reused. */
export interface LoadFigures {
  reused: boolean;
  seconds?: number;
  generated?: { projects: number; participations: number; seconds: number };
  import?: {
    participations: number;
    projects: number;
    seconds: number;
    participationsPerSecond: number;
    /** The importer's own figure for the organization file (rows/s of that phase). */
    reportedRowsPerSecond?: number;
    peakRssMb: number;
    /** RSS over the import: the first and second half's maxima, to judge whether memory stays flat. */
    rssFirstHalfMaxMb: number;
    rssSecondHalfMaxMb: number;
  };
}

const dataDir = path.join(projectRoot, ".data/bench-data");

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

/** Runs the real importer CLI as its own node process against the bench database, sampling its memory. */
async function importInChild(db: BenchDatabase, files: GeneratedFiles): Promise<NonNullable<LoadFigures["import"]>> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "server/import/cordis/cordis-cli.ts", files.projectFile, files.organizationFile],
    {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NEO4J_URI: db.uri,
        NEO4J_USERNAME: "neo4j",
        NEO4J_PASSWORD: db.password,
        NEO4J_DATABASE: db.database,
      },
    },
  );
  const samples: Array<{ t: number; rss: number }> = [];
  let peak = 0;
  const timer = setInterval(() => {
    const status = child.pid ? readStatus(child.pid) : undefined;
    if (!status) return;
    samples.push({ t: performance.now() - started, rss: status.rss });
    peak = Math.max(peak, status.hwm);
  }, 250);
  let reported: number | undefined;
  const onLine = (text: string) => {
    for (const row of text.split("\n").filter((l) => l.trim() !== "")) {
      const match = /participation rows \((\d+) rows\/s\)/.exec(row);
      if (match) reported = Number(match[1]);
      progress(`import: ${row.slice(0, 160)}`);
    }
  };
  child.stdout.on("data", (chunk: Buffer) => onLine(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => onLine(chunk.toString()));
  const code: number = await new Promise((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`bench: the CORDIS importer exited with ${code}`);
  const seconds = (performance.now() - started) / 1000;
  const half = (seconds * 1000) / 2;
  const max = (list: typeof samples) => Math.round(Math.max(0, ...list.map((s) => s.rss)));
  return {
    participations: files.participations,
    projects: files.projects,
    seconds,
    participationsPerSecond: Math.round(files.participations / seconds),
    reportedRowsPerSecond: reported,
    peakRssMb: Math.round(peak),
    rssFirstHalfMaxMb: max(samples.filter((s) => s.t < half)),
    rssSecondHalfMaxMb: max(samples.filter((s) => s.t >= half)),
  };
}

/** What a bench database holds, for its marker: the scale, the generator's seed and version, and the shipped data. */
export function benchDataKey(scale: Scale, seed: number): string {
  return JSON.stringify({
    scale,
    seed: scale === "real" ? 0 : seed,
    generatorVersion,
    // The shipped data: all of Horizon Europe since it replaced the Swedish subset, and the Horizon
    // 2020 participations as history since they were shipped.
    shipped: scale === "real" ? "he-all+h2020-history" : undefined,
  });
}

/** Loads the scale's data unless the stored database already holds it: the seed graph, or generated CORDIS files. */
export async function loadBenchData(db: BenchDatabase, scale: Scale, seed: number): Promise<LoadFigures> {
  if (db.loaded) {
    progress(`data: reusing the loaded bench database (${db.settings.dataDir})`);
    // Indexes added since it was loaded.
    await ensureDatabaseSchema(db.driver, db.database);
    return { reused: true };
  }
  const started = performance.now();
  const count = await db.driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database: db.database });
  if (Number(count.records[0].get("n")) > 0) {
    progress("data: emptying a bench database loaded with other data");
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, which executeQuery does not open.
    const session = db.driver.session({ database: db.database });
    try {
      await session.run(
        "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
        {},
        { timeout: 600_000 },
      );
    } finally {
      await session.close();
    }
  }
  await ensureDatabaseSchema(db.driver, db.database);
  const figures: LoadFigures = { reused: false };
  if (scale === "real") {
    progress("data: loading the shipped seed graph");
    // As a first `npm start` loads it: an emptied database, so no change records.
    await loadSeedGraph(db.driver, db.database, "all", { firstLoad: true });
  } else {
    const size = generatorSizes[scale];
    const generateStarted = performance.now();
    progress(`data: generating ${size.projects} projects, ~${size.participations} participations (seed ${seed})`);
    const files = await generateCordis(size, seed, dataDir, (message) => progress(`generate: ${message}`));
    figures.generated = {
      projects: files.projects,
      participations: files.participations,
      seconds: (performance.now() - generateStarted) / 1000,
    };
    progress(`data: importing with the real importer (tsx server/import/cordis/cordis-cli.ts) in a child process`);
    figures.import = await importInChild(db, files);
    progress("data: loading the shipped call topics, linked to the generated projects");
    await importCalls(db.driver, db.database);
  }
  db.markLoaded();
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}
