import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../server/config.js";
import { runCli } from "../server/run-cli.js";
import { graphStats } from "../server/analysis/graph-stats.js";
import { rankCentrality } from "../server/analysis/rank-centrality.js";
import { dropProjections, operations } from "./cypher-baselines.js";
import { formatReport } from "./format-report.js";
import { benchDataKey, loadBenchData } from "./load-bench-data.js";
import { formatAbuse, measureAbuse, type AbuseResult } from "./measure-abuse.js";
import { measureClient } from "./measure-client.js";
import { buildExplorer, measureExplorer } from "./measure-explorer.js";
import { formatExplorerFigures } from "./format-report.js";
import { measureDatabaseMemory } from "./measure-database-memory.js";
import { askUntilPrepared, measureOperation, postGraphql, type LatencyResult } from "./measure-latency.js";
import { measureDriverThroughput, measureThroughput, type ThroughputResult } from "./measure-throughput.js";
import { pickInputs } from "./pick-inputs.js";
import { progress } from "./report-progress.js";
import type { BenchRun } from "./run-types.js";
import { startApiServer, type ApiServer } from "./start-api-server.js";
import { startBenchDatabase, type BenchDatabase, type Scale } from "./start-bench-database.js";

const usage =
  "usage: npm run bench -- [--scale real|medium|full] [--seed N] [--uri bolt://…] [--no-client] [--budget-seconds N] [--only abuse|explorer|proposal] [--attack-seconds N]";

function parseArguments(args: string[]) {
  const options = {
    scale: "real" as Scale,
    seed: 20240601,
    uri: undefined as string | undefined,
    client: true,
    budgetSeconds: 20,
    only: undefined as "abuse" | "explorer" | "proposal" | undefined,
    attackSeconds: 30,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--scale") {
      const scale = args[++i];
      if (scale !== "real" && scale !== "medium" && scale !== "full")
        throw new Error(`--scale must be real, medium or full\n${usage}`);
      options.scale = scale;
    } else if (arg === "--seed" || arg === "--budget-seconds" || arg === "--attack-seconds") {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value <= 0) throw new Error(`${arg} needs a positive whole number\n${usage}`);
      if (arg === "--seed") options.seed = value;
      else if (arg === "--attack-seconds") options.attackSeconds = value;
      else options.budgetSeconds = value;
    } else if (arg === "--only") {
      const only = args[++i];
      if (only !== "abuse" && only !== "explorer" && only !== "proposal")
        throw new Error(`--only takes abuse, explorer or proposal\n${usage}`);
      options.only = only;
    } else if (arg === "--uri") {
      options.uri = args[++i];
    } else if (arg === "--no-client") {
      options.client = false;
    } else {
      throw new Error(`unknown argument ${arg}\n${usage}`);
    }
  }
  return options;
}

const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100);

async function queryFields(url: string): Promise<Set<string>> {
  const data = (await postGraphql(url, "{ __schema { queryType { fields { name } } } }", {})) as {
    __schema: { queryType: { fields: Array<{ name: string }> } };
  };
  return new Set(data.__schema.queryType.fields.map((field) => field.name));
}

async function measureCentralityFirst(db: BenchDatabase, api: ApiServer) {
  const rows: BenchRun["centralityFirst"] = [];
  const query =
    "query($measure: CentralityMeasure!) { centrality(measure: $measure, limit: 100) { score actor { id name } } }";
  for (const measure of ["DEGREE", "PAGERANK", "BETWEENNESS"] as const) {
    // A failure is a figure too (a timeout, say): it is reported and the run goes on.
    const time = async (call: () => Promise<unknown>) => {
      await dropProjections(db.driver, db.database);
      const started = performance.now();
      try {
        await call();
        return { ms: performance.now() - started };
      } catch (error) {
        return { ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
      }
    };
    // Until the ranking is served: the network is built outside the request, which is answered
    // 503 ANALYSIS_PREPARING meanwhile and asked again each second, as a client honouring Retry-After.
    const graphql = await time(() => askUntilPrepared(api.url, query, { measure }));
    const direct = await time(() => rankCentrality(db.driver, db.database, { measure, limit: 100 }));
    const error = graphql.error ?? direct.error;
    rows.push({
      measure,
      graphqlMs: graphql.ms,
      cypherMs: direct.ms,
      ...(error ? { error: error.slice(0, 200) } : {}),
    });
    progress(
      `centrality first call ${measure}: GraphQL ${graphql.ms.toFixed(0)} ms, direct ${direct.ms.toFixed(0)} ms` +
        (error ? ` (failed: ${error.slice(0, 120)})` : ""),
    );
  }
  return rows;
}

/** `--only abuse`: the abuse scenario alone, on a fresh API with the default settings. */
async function runAbuse(
  db: BenchDatabase,
  inputs: Awaited<ReturnType<typeof pickInputs>>,
  options: { scale: Scale; attackSeconds: number },
  startedAt: string,
) {
  const api = await startApiServer(db, { responseCache: true });
  let abuse: AbuseResult;
  try {
    progress(`api: ${api.url}`);
    abuse = await measureAbuse(api, inputs, { attackSeconds: options.attackSeconds });
  } finally {
    await api.stop();
  }
  const report = formatAbuse(abuse);
  const resultsDir = path.join(projectRoot, "bench/results");
  fs.mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt.replace(/[:.]/g, "-");
  const run = { scale: options.scale, startedAt, loadStart: loadAverage(), abuse };
  fs.writeFileSync(path.join(resultsDir, `abuse-${options.scale}-${stamp}.json`), `${JSON.stringify(run, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, `latest-abuse-${options.scale}.md`), report);
  process.stdout.write(`${report}\n`);
  progress(
    `written bench/results/abuse-${options.scale}-${stamp}.json and bench/results/latest-abuse-${options.scale}.md`,
  );
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadStart = loadAverage();
  progress(
    `scale ${options.scale}, seed ${options.seed}; load average ${loadStart.join(" / ")} on ${os.cpus().length} cores`,
  );
  const dataKey = benchDataKey(options.scale, options.seed);
  const db = await startBenchDatabase(options.scale, dataKey, options.uri);
  let api: ApiServer | undefined;
  const stopAll = async () => {
    await api?.stop().catch(() => {});
    await db.stop().catch(() => {});
  };
  process.once("SIGINT", () => {
    progress("interrupted: stopping the API and the bench database");
    void stopAll().then(() => process.exit(130));
  });
  try {
    if (options.only === "explorer") {
      // The explorer's figures alone: on the bench database, loaded as usual, or as it is at --uri
      // (which must hold the shipped seed graph; nothing is emptied or loaded there).
      if (!options.uri) await loadBenchData(db, options.scale, options.seed);
      await buildExplorer();
      api = await startApiServer(db, { responseCache: true });
      progress("explorer: waiting for the API's start-up work (its caches) to end");
      await api.warm;
      const explorer = await measureExplorer(api.url);
      process.stdout.write(`${formatExplorerFigures(explorer)}\n`);
      return;
    }
    // A database given by --uri is used as it is: it holds the seed graph (as `npm start` loads it) or
    // data of the user's; nothing is emptied or loaded there.
    const load = options.uri !== undefined ? { reused: true } : await loadBenchData(db, options.scale, options.seed);
    const stats = await graphStats(db.driver, db.database);
    const statsText = `${stats.actors} actors, ${stats.projects} projects, ${stats.participations} participations, ${stats.relationships} relationships`;
    progress(`data: ${statsText}`);
    const inputs = await pickInputs(db.driver, db.database, options.seed);
    progress(
      `inputs: hubs ${inputs.hubs.join(", ")}; ${inputs.ordinary.length} ordinary actors, ${inputs.searchTexts.length} search texts, ${inputs.topics.length} topics`,
    );
    if (options.only === "proposal") {
      // proposeConsortium's latency alone (goal p95 < 500 ms), against the same work called in-process.
      api = await startApiServer(db, { responseCache: false });
      progress("proposal: waiting for the API's start-up work (its caches) to end");
      await api.warm;
      const operation = operations.find((candidate) => candidate.name === "consortium proposal");
      if (!operation) throw new Error("no consortium proposal operation");
      const result = await measureOperation(
        operation,
        api.url,
        db.driver,
        db.database,
        inputs,
        options.budgetSeconds * 1000,
      );
      const { graphql, cypher } = result;
      process.stdout.write(
        `consortium proposal: GraphQL median ${graphql.median} ms, p95 ${graphql.p95} ms (${graphql.count} requests, ${result.errors} errors); ` +
          `in-process median ${cypher.median} ms, p95 ${cypher.p95} ms; goal p95 < ${operation.p95TargetMs} ms\n`,
      );
      return;
    }
    if (options.only === "abuse") {
      await runAbuse(db, inputs, options, startedAt);
      return;
    }
    // Latency and the first throughput figures without the response cache: they measure the work of
    // answering; the cache's figures come after, from a second server with the default settings.
    api = await startApiServer(db, { responseCache: false });
    progress(`api: ${api.url}`);
    const fields = await queryFields(api.url);
    const present = operations.filter((operation) => fields.has(operation.requires));
    const skipped = operations
      .filter((operation) => !fields.has(operation.requires))
      .map((operation) => operation.name);
    for (const name of skipped) progress(`latency: skipping ${name}: its resolver is not in the schema`);

    const centralityFirst = fields.has("centrality") ? await measureCentralityFirst(db, api) : [];
    const latency: LatencyResult[] = [];
    for (const operation of present) {
      latency.push(
        await measureOperation(operation, api.url, db.driver, db.database, inputs, options.budgetSeconds * 1000),
      );
    }
    const throughput: ThroughputResult[] = [];
    const loadTest = async (server: ApiServer, responseCache: boolean) => {
      for (const name of ["actor by id", "search"]) {
        const operation = present.find((candidate) => candidate.name === name);
        if (operation)
          throughput.push(
            await measureThroughput(operation, server.url, inputs, { connections: 32, seconds: 10, responseCache }),
          );
      }
    };
    await loadTest(api, false);
    const byId = present.find((candidate) => candidate.name === "actor by id");
    if (byId)
      throughput.push(
        await measureDriverThroughput(byId, db.driver, db.database, inputs, { connections: 32, seconds: 10 }),
      );
    const apiMemory = await api.memory();
    const databaseMemory = await measureDatabaseMemory(db.driver, db.database);
    await api.stop();
    api = await startApiServer(db, { responseCache: true });
    await loadTest(api, true);
    await api.stop();
    // The abuse scenario on a fresh server with the default settings (the response cache on).
    api = await startApiServer(db, { responseCache: true });
    const abuse = await measureAbuse(api, inputs, { attackSeconds: options.attackSeconds });
    await api.stop();
    api = undefined;

    let client: BenchRun["client"];
    let clientRenderer: string | undefined;
    let clientError: string | undefined;
    if (options.client) {
      try {
        // The last rows say where a frame's time goes without a GPU: 5,000 nodes on a quarter of the
        // pixels, and a graph of 100 nodes.
        const measured = await measureClient([
          { nodes: 1000 },
          { nodes: 5000 },
          { nodes: 20000 },
          { nodes: 5000, width: 640, height: 400 },
          { nodes: 100 },
        ]);
        client = measured.results;
        clientRenderer = `WebGL renderer: ${measured.renderer}; no GPU on this machine`;
      } catch (error) {
        clientError = error instanceof Error ? error.message : String(error);
        progress(`client: failed: ${clientError}`);
      }
    }
    let explorer: BenchRun["explorer"];
    if (options.client) {
      try {
        await buildExplorer();
        api = await startApiServer(db, { responseCache: true });
        explorer = await measureExplorer(api.url);
        await api.stop();
        api = undefined;
      } catch (error) {
        progress(`explorer: failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const run: BenchRun = {
      scale: options.scale,
      seed: options.seed,
      startedAt,
      machine: {
        cpus: os.cpus().length,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadStart,
        loadEnd: loadAverage(),
      },
      database: options.uri
        ? options.uri
        : `local Neo4j on ${path.relative(projectRoot, db.settings.dataDir)} (heap ${db.settings.heapSize}, page cache ${db.settings.pageCacheSize}), ${db.uri}`,
      stats: statsText,
      load,
      operationTargets: Object.fromEntries(
        operations.map((o) => [
          o.name,
          { ratioTarget: o.ratioTarget, p95TargetMs: o.p95TargetMs, p95TargetAt: o.p95TargetAt },
        ]),
      ),
      latency,
      skipped,
      centralityFirst,
      throughput,
      memory: { apiMaxRssMb: apiMemory.maxRssMb, database: databaseMemory },
      client,
      explorer,
      clientRenderer,
      clientError,
      abuse,
    };
    const report = `${formatReport(run)}\n${formatAbuse(abuse)}`;
    const resultsDir = path.join(projectRoot, "bench/results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const stamp = startedAt.replace(/[:.]/g, "-");
    fs.writeFileSync(path.join(resultsDir, `${options.scale}-${stamp}.json`), `${JSON.stringify(run, null, 2)}\n`);
    fs.writeFileSync(path.join(resultsDir, `latest-${options.scale}.md`), report);
    process.stdout.write(`${report}\n`);
    progress(`written bench/results/${options.scale}-${stamp}.json and bench/results/latest-${options.scale}.md`);
  } finally {
    progress("stopping the API and the bench database");
    await stopAll();
  }
}

runCli(main, { stack: true });
