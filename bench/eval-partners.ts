/**
 * `npm run eval:partners`: does the consortium finder predict real consortia? Held-out Horizon
 * Europe projects of a date window are asked of the running API over HTTP, as of their start date
 * and without themselves; the finder's top 50 is scored against their real partners, beside
 * baselines computed on the same history. Writes the table to bench/results/ and the README.
 *
 * Options: `--window test` (projects starting from 2025, the default) or `fit` (2024, the window
 * the weights were fitted on), `--count N` held-out projects (default 120), `--seed S`,
 * `--no-readme`, `--headline` (scenario A with title + objective only, and the proposals).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../server/config.js";
import { actionOfFundingScheme } from "../server/consortium/index.js";
import { evalWindows } from "./eval-partners-windows.js";
import { benchDataKey, loadBenchData } from "./load-bench-data.js";
import { postGraphql } from "./measure-latency.js";
import { pickHeldOut, type HeldOut } from "./partner-eval/pick-held-out.js";
import { readEvalHistory } from "./partner-eval/read-eval-history.js";
import { baselineNames, indexBaselines, rankBaselines } from "./partner-eval/rank-baselines.js";
import { bootstrap, measureRanking, metricNames, type QueryMetrics } from "./partner-eval/rank-metrics.js";
import { progress } from "./report-progress.js";
import { startApiServer } from "./start-api-server.js";
import { startBenchDatabase } from "./start-bench-database.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const windowName = option("window", "test") as keyof typeof evalWindows;
const count = Number(option("count", "120"));
const seed = Number(option("seed", "1"));
const writeReadme = !args.includes("--no-readme");
// Scenario A with title + objective alone (the README's headline figure) and the proposals: half the queries.
const headlineOnly = args.includes("--headline");

const suggestionsQuery = `query Eval($topic: String!, $consortium: [ID!], $asOf: Date, $exclude: [ID!]) {
  partnerSuggestions(topic: $topic, consortium: $consortium, limit: 50, asOf: $asOf, excludeProjects: $exclude) { actor { id } }
}`;

const proposalQuery = `query EvalProposal($topic: String!, $action: ActionType, $consortium: [ID!]!, $size: Int, $asOf: Date, $exclude: [ID!]) {
  proposeConsortium(topic: $topic, action: $action, consortium: $consortium, size: $size, asOf: $asOf, excludeProjects: $exclude) {
    partners { actor { id } }
    unmetNeeds
    check { eligible }
  }
}`;

const checkQuery = `query EvalCheck($consortium: [ID!]!, $action: ActionType, $asOf: Date) {
  consortiumCheck(consortium: $consortium, action: $action, asOf: $asOf) { eligible }
}`;

/** One held-out project's proposal: its real consortium proposed again from the coordinator alone, at its real size. */
interface ProposalResult {
  project: string;
  action: string | null;
  /** Whether the proposal passes the check of the project's type of action, and whether the real consortium does. */
  proposalEligible: boolean;
  realEligible: boolean | null;
  /** Whether every need the rules name was filled (no unmet need). */
  allNeedsMet: boolean;
  /** Recall of the proposed partners, and of the ranking's top N at the same N. */
  proposalRecall: number;
  rankingRecall: number;
  places: number;
  ms: number;
}

const methods = ["finder", ...baselineNames] as const;
type Method = (typeof methods)[number];
const scenarios = ["A", "B"] as const;
const topicKinds = ["title + objective", "topic code"] as const;
type Variant = `${(typeof scenarios)[number]}: ${(typeof topicKinds)[number]}`;

interface QueryResult {
  project: string;
  variant: Variant;
  truth: number;
  newcomers: number;
  metrics: Record<Method, QueryMetrics>;
  /** Recall@20 of the finder over the partners that have earlier projects. */
  knownRecall20: number | null;
  ms: number;
}

function topicOf(heldOut: HeldOut, kind: (typeof topicKinds)[number]): string {
  const { project } = heldOut;
  return kind === "title + objective" ? `${project.title}. ${project.objective}` : project.topics.join(" ");
}

async function main(): Promise<void> {
  const started = performance.now();
  // BENCH_NEO4J_URI: a database already loaded with the shipped data (kept running between runs).
  const externalUri = process.env.BENCH_NEO4J_URI;
  const db = await startBenchDatabase("real", benchDataKey("real", 0), externalUri);
  let api: Awaited<ReturnType<typeof startApiServer>> | undefined;
  try {
    if (!externalUri) await loadBenchData(db, "real", 0);
    api = await startApiServer(db, { responseCache: false });
    const history = await readEvalHistory(db.driver, db.database);
    const index = indexBaselines(history);
    const heldOut = pickHeldOut(history, evalWindows[windowName], count, seed);
    progress(`eval: ${history.length} projects; ${heldOut.length} held out from the ${windowName} window`);
    // Warm-up: the finder reads its history on its first call, which may outlast the server's request timeout.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await postGraphql(api.url, suggestionsQuery, { topic: "energy", consortium: [] });
        break;
      } catch (error) {
        if (attempt === 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5000));
      }
    }
    const results: QueryResult[] = [];
    const proposals: ProposalResult[] = [];
    let failures = 0;
    for (const [n, item] of heldOut.entries()) {
      const { project } = item;
      const asOf = project.start as string;
      for (const scenario of scenarios) {
        const consortium = item.consortia[scenario];
        const truth = new Set(project.participants.filter((id) => !consortium.includes(id)));
        const known = new Set(
          [...truth].filter((id) =>
            (index.byActor.get(id) ?? []).some((p) => {
              const other = history[p];
              return other.start !== null && other.start < asOf && other.id !== project.id;
            }),
          ),
        );
        for (const kind of topicKinds) {
          if (headlineOnly && (scenario !== "A" || kind !== "title + objective")) continue;
          const topic = topicOf(item, kind);
          const before = performance.now();
          const data = (await askWithRetries(api.url, {
            topic,
            consortium,
            asOf,
            exclude: [project.id],
          })) as { partnerSuggestions: Array<{ actor: { id: string } }> } | null;
          const ms = performance.now() - before;
          if (data === null) {
            failures += 1;
            continue;
          }
          const finder = data.partnerSuggestions.map((s) => s.actor.id);
          const baselines = rankBaselines(index, { asOf, exclude: project.id, consortium, topic }, 50);
          const ranked: Record<Method, string[]> = { finder, ...baselines };
          const metrics = Object.fromEntries(
            methods.map((method) => [method, measureRanking(ranked[method], truth)]),
          ) as Record<Method, QueryMetrics>;
          results.push({
            project: project.id,
            variant: `${scenario}: ${kind}`,
            truth: truth.size,
            newcomers: truth.size - known.size,
            metrics,
            knownRecall20: known.size === 0 ? null : measureRanking(finder, known).recall20,
            ms,
          });
          if (scenario === "A" && kind === "title + objective")
            proposals.push(...(await measureProposal(api.url, item, finder, truth, topic)));
        }
      }
      if ((n + 1) % 10 === 0) progress(`eval: ${n + 1} of ${heldOut.length} projects`);
    }
    const seconds = (performance.now() - started) / 1000;
    const report = `${formatReport(results, heldOut.length, seconds, failures)}\n${formatProposals(proposals)}`;
    process.stdout.write(`${report}\n`);
    const day = new Date().toISOString().slice(0, 10);
    const resultsDir = path.join(projectRoot, "bench/results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const base = path.join(resultsDir, `eval-partners-${windowName}-${day}`);
    fs.writeFileSync(`${base}.md`, `${report}\n`);
    fs.writeFileSync(`${base}.json`, JSON.stringify({ window: windowName, seed, count, results, proposals }, null, 1));
    progress(`eval: written to ${path.relative(projectRoot, base)}.md and .json`);
    if (writeReadme && windowName === "test") updateReadme(report);
  } finally {
    await api?.stop().catch(() => {});
    await db.stop().catch(() => {});
  }
}

const fixed = (value: number) => value.toFixed(3);

/**
 * Proposes the rest of a held-out project's consortium from its coordinator alone, at its real
 * size, as of its start and without itself, with the project's type of action; checks the real
 * consortium by the same rule; and scores the proposed partners and the ranking's top N (N the
 * proposed partners) against the real ones.
 */
async function measureProposal(
  url: string,
  item: HeldOut,
  finder: string[],
  truth: Set<string>,
  topic: string,
): Promise<ProposalResult[]> {
  const { project } = item;
  const action = actionOfFundingScheme(project.fundingScheme);
  const asOf = project.start as string;
  const consortium = item.consortia.A;
  const variables = {
    topic,
    action,
    consortium,
    size: Math.min(50, project.participants.length),
    asOf,
    exclude: [project.id],
  };
  const before = performance.now();
  const data = (await askWithRetries(url, variables, proposalQuery)) as {
    proposeConsortium: {
      partners: Array<{ actor: { id: string } }>;
      unmetNeeds: string[];
      check: { eligible: boolean };
    };
  } | null;
  const ms = performance.now() - before;
  if (data === null) return [];
  const real = (await askWithRetries(
    url,
    { consortium: project.participants.slice(0, 50), action, asOf },
    checkQuery,
  )) as { consortiumCheck: { eligible: boolean } } | null;
  const proposed = data.proposeConsortium.partners.map((partner) => partner.actor.id);
  const hits = (ids: string[]) => ids.filter((id) => truth.has(id)).length / Math.max(1, truth.size);
  return [
    {
      project: project.id,
      action,
      proposalEligible: data.proposeConsortium.check.eligible,
      realEligible: real?.consortiumCheck.eligible ?? null,
      allNeedsMet: data.proposeConsortium.unmetNeeds.length === 0,
      proposalRecall: hits(proposed),
      rankingRecall: hits(finder.slice(0, proposed.length)),
      places: proposed.length,
      ms,
    },
  ];
}

function formatProposals(rows: ProposalResult[]): string {
  const share = (values: boolean[]) => {
    const estimate = bootstrap(values.map((value) => (value ? 1 : 0)));
    return `${fixed(estimate.mean)} (${fixed(estimate.low)}–${fixed(estimate.high)}; ${values.filter(Boolean).length} of ${values.length})`;
  };
  const typed = rows.filter((row) => row.action !== null);
  const met = typed.filter((row) => row.allNeedsMet);
  const actions = [...new Set(typed.map((row) => row.action))].sort();
  const recall = bootstrap(rows.map((row) => row.proposalRecall));
  const ranking = bootstrap(rows.map((row) => row.rankingRecall));
  const difference = bootstrap(rows.map((row) => row.proposalRecall - row.rankingRecall));
  const ms = rows.map((row) => row.ms).sort((a, b) => a - b);
  const p95 = ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)] ?? 0;
  const places = rows.reduce((sum, row) => sum + row.places, 0);
  return [
    `**Proposals** (the rest of each held-out consortium proposed from its coordinator alone, at its real size, topic as title + objective, with the project's type of action; ${rows.length} proposals, ${places} places)`,
    "",
    "| measure | value (95 % CI) |",
    "|---|---|",
    `| proposals that pass the check of the project's type of action (${actions.join(", ")}) | ${share(typed.map((row) => row.proposalEligible))} |`,
    `| the same, where every need the rules name was filled | ${share(met.map((row) => row.proposalEligible))} |`,
    `| real consortia that pass the same check | ${share(typed.flatMap((row) => (row.realEligible === null ? [] : [row.realEligible])))} |`,
    `| recall of the proposed partners | ${fixed(recall.mean)} (${fixed(recall.low)}–${fixed(recall.high)}) |`,
    `| recall of the ranking's top N, N the proposed partners | ${fixed(ranking.mean)} (${fixed(ranking.low)}–${fixed(ranking.high)}) |`,
    `| proposed − ranking's top N | ${difference.mean >= 0 ? "+" : ""}${fixed(difference.mean)} (${fixed(difference.low)} to ${fixed(difference.high)}) |`,
    "",
    `${rows.length - typed.length} held-out projects have a funding scheme without a rule here (ERC, EIC, KIC) and are left out of the shares. ` +
      `Proposal latency over HTTP: median ${Math.round(ms[Math.floor(ms.length / 2)] ?? 0)} ms, p95 ${Math.round(p95)} ms.`,
    "",
  ].join("\n");
}

/** Asks the finder; on a busy machine a request may be cut at the server's time budget, so it is asked up to three times. */
async function askWithRetries(
  url: string,
  variables: Record<string, unknown>,
  query = suggestionsQuery,
): Promise<unknown> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      return await postGraphql(url, query, variables);
    } catch (error) {
      progress(`eval: attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  return null;
}

function formatReport(results: QueryResult[], projects: number, seconds: number, failures: number): string {
  const window = evalWindows[windowName];
  const lines = [
    `Held-out window: projects starting ${window.from} to ${window.to === "2100-01-01" ? "the end of the data" : window.to}; ` +
      `${projects} projects (seed ${seed}), each asked as of its start date without itself; ` +
      `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB, load average ${os
        .loadavg()
        .map((value) => value.toFixed(1))
        .join(" / ")} at the end, run in ${Math.round(seconds)} s` +
      (failures > 0 ? `; ${failures} queries failed three times and are left out.` : "."),
    "",
  ];
  for (const scenario of scenarios) {
    for (const kind of topicKinds) {
      const variant: Variant = `${scenario}: ${kind}`;
      const rows = results.filter((result) => result.variant === variant);
      if (rows.length === 0) continue;
      lines.push(
        `**Scenario ${variant}** (${scenario === "A" ? "the coordinator alone" : "the coordinator and two partners"}; ${rows.length} queries)`,
        "",
        "| method | recall@10 | recall@20 | MRR | nDCG@20 | recall@20 − baseline's (95 % CI) |",
        "|---|---|---|---|---|---|",
      );
      for (const method of methods) {
        const cells = metricNames.map((metric) => {
          const estimate = bootstrap(rows.map((row) => row.metrics[method][metric]));
          return `${fixed(estimate.mean)} (${fixed(estimate.low)}–${fixed(estimate.high)})`;
        });
        let difference = "";
        if (method !== "finder") {
          const d = bootstrap(rows.map((row) => row.metrics.finder.recall20 - row.metrics[method].recall20));
          difference = `${d.mean >= 0 ? "+" : ""}${fixed(d.mean)} (${fixed(d.low)} to ${fixed(d.high)})`;
        }
        lines.push(`| ${method} | ${cells.join(" | ")} | ${difference} |`);
      }
      const truth = rows.reduce((sum, row) => sum + row.truth, 0);
      const newcomers = rows.reduce((sum, row) => sum + row.newcomers, 0);
      const known = rows.flatMap((row) => (row.knownRecall20 === null ? [] : [row.knownRecall20]));
      const knownEstimate = bootstrap(known);
      const ms = rows.map((row) => row.ms).sort((a, b) => a - b);
      const p95 = ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)] ?? 0;
      lines.push(
        "",
        `True partners: ${truth}, of them ${newcomers} (${((100 * newcomers) / Math.max(1, truth)).toFixed(1)} %) newcomers with no earlier project in the graph. ` +
          `The finder's recall@20 over the partners with earlier projects: ${fixed(knownEstimate.mean)} (${fixed(knownEstimate.low)}–${fixed(knownEstimate.high)}). ` +
          `Finder latency over HTTP (limit 50): median ${Math.round(ms[Math.floor(ms.length / 2)] ?? 0)} ms, p95 ${Math.round(p95)} ms.`,
        "",
      );
    }
  }
  return lines.join("\n");
}

const readmeStart = "<!-- eval:partners -->";
const readmeEnd = "<!-- /eval:partners -->";

function updateReadme(report: string): void {
  const file = path.join(projectRoot, "README.md");
  const text = fs.readFileSync(file, "utf8");
  const start = text.indexOf(readmeStart);
  const end = text.indexOf(readmeEnd);
  if (start < 0 || end < start) {
    progress(`eval: README has no ${readmeStart} … ${readmeEnd} section; not updated`);
    return;
  }
  fs.writeFileSync(file, `${text.slice(0, start + readmeStart.length)}\n${report}\n${text.slice(end)}`);
  progress("eval: README updated");
}

await main();
