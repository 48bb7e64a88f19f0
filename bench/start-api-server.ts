import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../server/config.js";
import type { BenchDatabase } from "./start-bench-database.js";

/** The API in a child process: its URL, its peak RSS on request, and a stop. */
export interface ApiServer {
  url: string;
  /** Resolves once the server's caches are prepared (server/warm-caches.ts): its start-up work is done. */
  warm: Promise<void>;
  memory(): Promise<{ maxRssMb: number; rssMb: number }>;
  stop(): Promise<void>;
}

/**
 * Starts bench/serve-app.ts (the real createApp) against the bench database on a free port, with
 * its response cache on (the server's default, 1 s) or off.
 */
export async function startApiServer(db: BenchDatabase, options: { responseCache: boolean }): Promise<ApiServer> {
  // The heap limit `npm start` gives the API (package.json's config.apiHeapMb), so that its memory is measured as served.
  const { config } = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    config: { apiHeapMb: number };
  };
  const heap = `--max-old-space-size=${config.apiHeapMb}`;
  const child = spawn(process.execPath, [heap, "--import", "tsx", "bench/serve-app.ts"], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    env: {
      ...process.env,
      NEO4J_URI: "",
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_PASSWORD: db.password,
      BENCH_NEO4J_DATABASE: db.database,
      LOG_LEVEL: "warn",
      RESPONSE_CACHE_SECONDS: options.responseCache ? "1" : "0",
    },
  });
  let errors = "";
  // The server's own log (errors hidden from GraphQL answers) goes beside the results.
  fs.mkdirSync(path.join(projectRoot, "bench/results"), { recursive: true });
  const logFile = fs.createWriteStream(path.join(projectRoot, `bench/results/api-server-${process.pid}.log`));
  child.stderr?.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
    logFile.write(chunk);
  });
  let out = "";
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.on("exit", (code) => reject(new Error(`bench: the API server exited with ${code}:\n${errors}`)));
  });
  const warm = new Promise<void>((resolve) => {
    const check = () => {
      if (!/^warm$/m.test(out)) return;
      child.stdout?.off("data", check);
      resolve();
    };
    child.stdout?.on("data", check);
  });
  return {
    url: await url,
    warm,
    memory: () =>
      new Promise((resolve) => {
        child.once("message", (message) => resolve(message as { maxRssMb: number; rssMb: number }));
        child.send("rss");
      }),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send("stop");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
