import type { ClientResult } from "./measure-client.js";
import type { ExplorerResult } from "./measure-explorer.js";
import type { BenchRun } from "./run-types.js";

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(2) : value.toFixed(1);
const mark = (met: boolean | undefined) => (met === undefined ? "" : met ? "met" : "MISSED");

/** The targets of the brief, each judged against the run's figures (undefined: not judged at this scale). */
export function judgeTargets(run: BenchRun): Array<{ target: string; figure: string; met: boolean | undefined }> {
  const targets: Array<{ target: string; figure: string; met: boolean | undefined }> = [];
  const full = run.scale === "full";
  for (const result of run.latency) {
    const operation = run.operationTargets[result.name];
    if (!operation) continue;
    targets.push({
      target: `${result.name}: GraphQL/Cypher median ≤ ${operation.ratioTarget}`,
      figure: String(result.ratio),
      met: result.ratio <= operation.ratioTarget,
    });
    if (operation.p95TargetMs !== undefined) {
      const at = operation.p95TargetAt ?? "full";
      targets.push({
        target: `${result.name}: GraphQL p95 < ${operation.p95TargetMs} ms (at ${at})`,
        figure: `${ms(result.graphql.p95)} ms`,
        met: run.scale === at || full ? result.graphql.p95 < operation.p95TargetMs : undefined,
      });
    }
  }
  const ceiling = run.throughput.find((t) => t.name === "actor by id (driver only)");
  if (ceiling)
    targets.push({
      target: "(reference) the same lookup through the driver alone, no HTTP or GraphQL",
      figure: `${ceiling.requestsPerSecond} calls/s`,
      met: undefined,
    });
  for (const actor of run.throughput.filter((t) => t.name === "actor by id")) {
    const clean = actor.errors + actor.non2xx + actor.timeouts + actor.graphqlErrors === 0;
    targets.push({
      target: `actor by id ≥ 1,000 req/s, no errors (response cache ${actor.responseCache ? "on" : "off"})`,
      figure: `${actor.requestsPerSecond} req/s, ${clean ? "no" : "some"} errors`,
      met: actor.requestsPerSecond >= 1000 && clean,
    });
  }
  const load = run.load.import;
  if (load) {
    const flat = load.rssSecondHalfMaxMb <= load.rssFirstHalfMaxMb * 1.25;
    targets.push({
      target: "import ≥ 20,000 participations/s",
      figure: `${load.participationsPerSecond}/s`,
      met: load.participationsPerSecond >= 20000,
    });
    targets.push({
      target: "import memory flat (2nd-half max RSS ≤ 1.25 × 1st-half)",
      figure: `${load.rssFirstHalfMaxMb} → ${load.rssSecondHalfMaxMb} MB`,
      met: flat,
    });
  }
  const five = run.client?.find((c: ClientResult) => c.nodes === 5000 && (c.viewport ?? "1280×800") === "1280×800");
  if (five) {
    targets.push({
      target: "client draws 5,000 nodes within 1.5 s",
      figure: `${five.firstDrawMs} ms`,
      met: five.firstDrawMs <= 1500,
    });
    targets.push({ target: "client pans 5,000 nodes at ≥ 30 fps", figure: `${five.fps} fps`, met: five.fps >= 30 });
  }
  targets.push(...judgeExplorer(run.explorer ?? []));
  return targets;
}

/** The explorer's targets: the first graph from a link within 1.5 s, KTH's organisation view settled within 3 s. */
export function judgeExplorer(
  explorer: ExplorerResult[],
): Array<{ target: string; figure: string; met: boolean | undefined }> {
  const targets: Array<{ target: string; figure: string; met: boolean | undefined }> = [];
  for (const result of explorer)
    targets.push({
      target: `explorer: first drawn graph ≤ 1.5 s (${result.name})`,
      figure: `${result.firstDrawMs} ms`,
      met: result.firstDrawMs <= 1500,
    });
  const kth = explorer.find((result) => result.link.includes("focus=kth"));
  if (kth)
    targets.push({
      target: "explorer: KTH's organisation view settled ≤ 3 s",
      figure: `${kth.settledMs} ms`,
      met: kth.settledMs <= 3000,
    });
  return targets;
}

/** The explorer's figures as a Markdown table with their targets. */
export function formatExplorerFigures(explorer: ExplorerResult[]): string {
  const lines = [
    "## Explorer (headless Chromium, a new page per run, the API's response cache on; medians)",
    "",
    "| link | nodes | runs | first drawn ms | settled ms |",
    "|---|---:|---:|---:|---:|",
    ...explorer.map(
      (r) => `| ${r.name} (\`${r.link}\`) | ${r.nodes} | ${r.runs} | ${r.firstDrawMs} | ${r.settledMs} |`,
    ),
    "",
    "| target | figure | |",
    "|---|---|---|",
    ...judgeExplorer(explorer).map((t) => `| ${t.target} | ${t.figure} | ${mark(t.met)} |`),
    "",
  ];
  return lines.join("\n");
}

/** The run as a Markdown report: environment, latency table, first centrality calls, throughput, memory, client, targets. */
export function formatReport(run: BenchRun): string {
  const lines: string[] = [];
  lines.push(`# Samverkan bench — scale \`${run.scale}\` — ${run.startedAt}`, "");
  lines.push(
    `Machine: ${run.machine.cpus} cores, ${run.machine.memoryGb} GB, Node ${run.machine.node}; load average at start ` +
      `${run.machine.loadStart.join(" / ")}, at end ${run.machine.loadEnd.join(" / ")} (1/5/15 min). Database: ${run.database}.`,
  );
  lines.push(
    `Data: ${run.stats}. ${run.load.reused ? "Stored bench database reused." : `Loaded in ${run.load.seconds?.toFixed(1)} s.`}`,
    "",
  );
  lines.push("## Latency (ms): GraphQL over HTTP vs the same answer from the driver", "");
  lines.push(
    "| operation | n | GraphQL median | p95 | p99 | Cypher median | p95 | p99 | ratio | errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of run.latency) {
    lines.push(
      `| ${r.name} | ${r.graphql.count} | ${ms(r.graphql.median)} | ${ms(r.graphql.p95)} | ${ms(r.graphql.p99)} | ` +
        `${ms(r.cypher.median)} | ${ms(r.cypher.p95)} | ${ms(r.cypher.p99)} | ${r.ratio} | ${r.errors}${r.firstError ? ` (${r.firstError.slice(0, 80)})` : ""} |`,
    );
  }
  for (const skipped of run.skipped)
    lines.push(`| ${skipped} | skipped: its resolver is not in the schema | | | | | | | | |`);
  lines.push("", "Centrality, first call (projection dropped before each; projection + algorithm):", "");
  lines.push("| measure | GraphQL ms | direct ms |", "|---|---:|---:|");
  for (const c of run.centralityFirst)
    lines.push(`| ${c.measure} | ${ms(c.graphqlMs)} | ${ms(c.cypherMs)} |${c.error ? ` failed: ${c.error}` : ""}`);
  lines.push(
    "",
    "## Throughput (autocannon, 127.0.0.1)",
    "",
    "| query | response cache | connections | s | req/s | total | errors | non-2xx | timeouts | GraphQL errors (sample of 20) | p50 ms | p99 ms |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const t of run.throughput) {
    lines.push(
      `| ${t.name} | ${t.name.endsWith("(driver only)") ? "–" : t.responseCache ? "on (repeated reads)" : "off"} | ${t.connections} | ${t.seconds} | ${t.requestsPerSecond} | ${t.total} | ${t.errors} | ${t.non2xx} | ${t.timeouts} | ${t.graphqlErrors} | ${t.latencyMs.p50} | ${t.latencyMs.p99} |`,
    );
  }
  lines.push("", "## Memory", "");
  lines.push(`- API server (child process) peak RSS: ${run.memory.apiMaxRssMb} MB`);
  lines.push(
    `- Database heap: ${"error" in run.memory.database ? run.memory.database.error : `${run.memory.database.heapUsedMb} MB used of ${run.memory.database.heapMaxMb} MB`}`,
  );
  if (run.load.import) {
    const i = run.load.import;
    lines.push(
      `- Import: ${i.participations} participations + ${i.projects} projects in ${i.seconds.toFixed(1)} s = ${i.participationsPerSecond} participations/s ` +
        `(importer's own figure for the organization file: ${i.reportedRowsPerSecond ?? "–"} rows/s); importer peak RSS (VmHWM) ${i.peakRssMb} MB, ` +
        `max RSS first half ${i.rssFirstHalfMaxMb} MB, second half ${i.rssSecondHalfMaxMb} MB`,
    );
  }
  if (run.client) {
    lines.push(
      "",
      `## Client (headless Chromium, sigma v3; ${run.clientRenderer ?? "renderer unknown"})`,
      "",
      "| nodes | edges | viewport px | first draw ms | fps while panning (edges and labels hidden while moving) | frames | sigma ms a frame (median) |",
      "|---:|---:|---|---:|---:|---:|---:|",
    );
    for (const c of run.client)
      lines.push(
        `| ${c.nodes} | ${c.edges} | ${c.viewport ?? "1280×800"} | ${c.firstDrawMs} | ${c.fps} | ${c.frames} | ${c.sigmaFrameMs ?? "–"} |`,
      );
  } else if (run.clientError) {
    lines.push("", `Client: not measured (${run.clientError})`);
  }
  if (run.explorer) lines.push("", formatExplorerFigures(run.explorer));
  lines.push("", "## Targets", "", "| target | figure | |", "|---|---|---|");
  for (const t of judgeTargets(run))
    lines.push(`| ${t.target} | ${t.figure} | ${mark(t.met) || "not judged at this scale"} |`);
  lines.push("");
  return lines.join("\n");
}
