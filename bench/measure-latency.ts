import type { Driver } from "neo4j-driver";
import type { Operation } from "./cypher-baselines.js";
import type { BenchInputs } from "./pick-inputs.js";
import { progress } from "./report-progress.js";

/** Latency figures of one path (HTTP GraphQL or the driver), in milliseconds. */
export interface Distribution {
  count: number;
  median: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
}

export interface LatencyResult {
  name: string;
  graphql: Distribution;
  cypher: Distribution;
  ratio: number;
  errors: number;
  firstError?: string;
  raw: { graphql: number[]; cypher: number[] };
}

/** Nearest-rank percentiles. */
export function distribution(samples: number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    count: sorted.length,
    median: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** Sends one GraphQL request; throws on HTTP or GraphQL errors. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors)
    throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? "no data"}`);
  return body.data;
}

/**
 * Posts a query, asking again each second while the server answers that an analysis network is
 * being prepared (503 ANALYSIS_PREPARING, or SERVER_BUSY while another is): what a client that
 * honours Retry-After sees, up to `patienceMs`.
 */
export async function askUntilPrepared(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  patienceMs = 300_000,
): Promise<unknown> {
  const started = performance.now();
  for (;;) {
    try {
      return await postGraphql(url, query, variables);
    } catch (error) {
      const preparing = /HTTP 503: the (collaboration network|server is preparing)/.test(String(error));
      if (!preparing || performance.now() - started > patienceMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * Measures one operation both ways, interleaved on the same input so both see the same machine
 * load: a warm-up, then up to `repetitions` rounds or `budgetMs`, whichever ends first (at least 10).
 */
export async function measureOperation(
  operation: Operation,
  url: string,
  driver: Driver,
  database: string,
  inputs: BenchInputs,
  budgetMs: number,
): Promise<LatencyResult> {
  const graphql: number[] = [];
  const cypher: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const round = async (i: number, record: boolean) => {
    const variables = operation.variables(inputs, i);
    const httpFirst = i % 2 === 0;
    // The warm-up waits for what the server prepares outside requests (an analysis network).
    const ask = record ? postGraphql : askUntilPrepared;
    const http = () => timed(() => ask(url, operation.query, variables));
    const direct = () => timed(() => operation.baseline(driver, database, variables));
    try {
      const [a, b] = httpFirst ? [await http(), await direct()] : [await direct(), await http()].reverse();
      if (record) {
        graphql.push(a);
        cypher.push(b);
      }
    } catch (error) {
      errors += 1;
      firstError ??= error instanceof Error ? error.message : String(error);
    }
  };
  for (let i = 0; i < 3; i += 1) await round(i, false);
  const started = performance.now();
  for (let i = 0; i < operation.repetitions; i += 1) {
    if (i >= 10 && performance.now() - started > budgetMs) break;
    await round(i + 3, true);
  }
  const result = {
    name: operation.name,
    graphql: distribution(graphql),
    cypher: distribution(cypher),
    errors,
    firstError,
    ratio: Math.round((distribution(graphql).median / distribution(cypher).median) * 100) / 100,
    raw: { graphql, cypher },
  };
  progress(
    `latency: ${operation.name}: ${graphql.length} rounds, GraphQL median ${result.graphql.median} ms, ` +
      `Cypher median ${result.cypher.median} ms${errors ? `, ${errors} errors (${firstError})` : ""}`,
  );
  return result;
}
