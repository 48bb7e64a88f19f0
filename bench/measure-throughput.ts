import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import type { Operation } from "./cypher-baselines.js";
import type { BenchInputs } from "./pick-inputs.js";
import { progress } from "./report-progress.js";

/** Requests per second under concurrent load, with errors counted (HTTP errors and GraphQL errors). */
export interface ThroughputResult {
  name: string;
  /** Whether the server's response cache was on: repeated reads are then answered from memory. */
  responseCache: boolean;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  total: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  graphqlErrors: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
}

/**
 * Loads the API with autocannon for a bounded time on 127.0.0.1 only, rotating over the inputs;
 * afterwards counts GraphQL errors in a sample of the same bodies (autocannon sees only statuses).
 */
export async function measureThroughput(
  operation: Operation,
  url: string,
  inputs: BenchInputs,
  options: { connections: number; seconds: number; responseCache: boolean },
): Promise<ThroughputResult> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error(`bench: load only 127.0.0.1, not ${url}`);
  const bodies = Array.from({ length: 50 }, (_, i) =>
    JSON.stringify({ query: operation.query, variables: operation.variables(inputs, i) }),
  );
  let next = 0;
  const cache = options.responseCache ? "response cache on" : "response cache off";
  progress(`throughput: ${operation.name} (${cache}), ${options.connections} connections for ${options.seconds} s`);
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
  let graphqlErrors = 0;
  for (const body of bodies.slice(0, 20)) {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    const parsed = (await response.json()) as { errors?: unknown[] };
    if (parsed.errors) graphqlErrors += 1;
  }
  const figures: ThroughputResult = {
    name: operation.name,
    responseCache: options.responseCache,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(result.requests.average),
    total: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    graphqlErrors,
    latencyMs: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
  progress(
    `throughput: ${operation.name} (${cache}): ${figures.requestsPerSecond} req/s, ${figures.errors} errors, ${figures.non2xx} non-2xx`,
  );
  return figures;
}

/**
 * The same load on the driver alone, in the bench's own process: the operation's baseline with as
 * many concurrent callers as connections, no HTTP and no GraphQL. On a machine whose cores the
 * database shares, this is the ceiling that the API's figures are to be read against.
 */
export async function measureDriverThroughput(
  operation: Operation,
  driver: Driver,
  database: string,
  inputs: BenchInputs,
  options: { connections: number; seconds: number },
): Promise<ThroughputResult> {
  progress(`throughput: ${operation.name} (driver only), ${options.connections} callers for ${options.seconds} s`);
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await operation.baseline(driver, database, operation.variables(inputs, next++));
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  const figures: ThroughputResult = {
    name: `${operation.name} (driver only)`,
    responseCache: false,
    connections: options.connections,
    seconds: options.seconds,
    requestsPerSecond: Math.round(latencies.length / options.seconds),
    total: latencies.length,
    errors,
    non2xx: 0,
    timeouts: 0,
    graphqlErrors: 0,
    latencyMs: { p50: at(0.5), p97_5: at(0.975), p99: at(0.99), max: at(1) },
  };
  progress(`throughput: ${figures.name}: ${figures.requestsPerSecond} calls/s, ${errors} errors`);
  return figures;
}
