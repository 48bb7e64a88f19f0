import { distribution, type Distribution } from "./measure-latency.js";
import type { BenchInputs } from "./pick-inputs.js";
import { progress } from "./report-progress.js";
import type { ApiServer } from "./start-api-server.js";

/** One anonymous request an attacker might send, and what it cost the server. */
export interface AbuseProbe {
  name: string;
  status: number;
  code?: string;
  ms: number;
}

export interface AbuseResult {
  /** Every candidate for the heaviest anonymous request, timed alone, slowest first. */
  probes: AbuseProbe[];
  /** The slowest of them that the server accepted: what the attackers send. */
  heaviest: string;
  /** The same light requests without the attack, just before it: what the machine gives them anyway. */
  baseline: { typename: Distribution; network: Distribution };
  attack: {
    copies: number;
    seconds: number;
    /** Answers to the attackers, by HTTP status. */
    statuses: Record<string, number>;
    typename: Distribution;
    network: Distribution;
    /** Light requests that did not answer 200. */
    lightFailures: number;
  };
  distinct: {
    sent: number;
    seconds: number;
    statuses: Record<string, number>;
    rssBeforeMb: number;
    rssAfterMb: number;
    maxRssMb: number;
  };
  /** The longest any anonymous request of the scenario took, end to end. */
  longestMs: number;
}

/** The goals of the scenario. */
export const abuseGoals = { typenameP95Ms: 100, networkP95Ms: 500, maxRssMb: 600, longestMs: 12_000 };

async function send(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
  body = JSON.stringify({ query, variables, operationName }),
) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
    return { status: response.status, code, ms: performance.now() - started };
  } catch (error) {
    return { status: 0, code: error instanceof Error ? error.name : "ERROR", ms: performance.now() - started };
  }
}

/** `AND` or `NOT` nested `depth` deep around `innermost`, as a `where` in the variables. */
function nestedOperator(operator: "AND" | "NOT", depth: number, innermost: object): object {
  let where = innermost;
  for (let i = 0; i < depth; i += 1) where = operator === "NOT" ? { NOT: where } : { AND: [where] };
  return where;
}

interface Candidate {
  name: string;
  /** The operation without its keyword and name (`{ … }` or `($x: T) { … }`): each copy names it anew. */
  query: string;
  variables?: Record<string, unknown>;
  /** The request body as sent, when JSON.stringify could not write it (it recurses). */
  body?: string;
}

/**
 * Inputs nested deeper than the limits (refused before GraphQL), and the deepest that the limits
 * accept, over every actor.
 */
function deepInputs(): Candidate[] {
  const actorsWhere = "($where: ActorWhere) { actors(limit: 500, where: $where) { id name } }";
  const contains = { name: { contains: "e" } };
  return [
    {
      name: "variables nested 5,000 deep in lists",
      query: "($ids: [ID!]) { network(ids: $ids) { nodes { id } } }",
      body: `{"query":"query Deep($ids: [ID!]) { network(ids: $ids) { nodes { id } } }","variables":{"ids":${"[".repeat(5000)}"x"${"]".repeat(5000)}}}`,
    },
    { name: "AND nested 2,000 deep", query: actorsWhere, variables: { where: nestedOperator("AND", 2000, contains) } },
    { name: "NOT nested 300 deep", query: actorsWhere, variables: { where: nestedOperator("NOT", 300, contains) } },
    {
      name: "NOT nested 4 deep (the limit)",
      query: actorsWhere,
      variables: { where: nestedOperator("NOT", 4, contains) },
    },
    {
      name: "AND, OR and NOT nested 4 deep (the limit)",
      query: actorsWhere,
      variables: { where: nestedOperator("AND", 2, { OR: [contains, { NOT: contains }] }) },
    },
  ];
}

/** What an attacker without a token might send, each as large as the limits let it be (or a little more). */
function candidates(inputs: BenchInputs, n = 0): Candidate[] {
  const hub = JSON.stringify(inputs.hubs[0]);
  const other = JSON.stringify(inputs.hubs[1] ?? inputs.ordinary[0]);
  const or = Array.from(
    { length: 120 },
    (_, i) => `{ name: { contains: "${String.fromCharCode(97 + (i % 26))}${i}" } }`,
  );
  return [
    {
      name: "nested generated lists",
      query:
        "{ actors(limit: 500) { id name participatesIn(limit: 8) { id title participants(limit: 2) { id name } } } }",
    },
    {
      name: "the starvation query of the report",
      query: "{ actors(limit: 500) { participatesIn(limit: 500) { participants(limit: 500) { id } } } }",
    },
    {
      name: "a relationship filter over every actor",
      query:
        '{ actors(limit: 500, where: { participatesIn: { some: { title: { contains: "e" } } } }) { id name kind } }',
    },
    { name: "a 120-term OR filter", query: `{ actors(limit: 500, where: { OR: [${or.join(", ")}] }) { id name } }` },
    {
      name: "network depth 3 from a hub",
      query: `{ network(ids: [${hub}], depth: 3, limit: 1500) { nodes { id } edges { id source target } } }`,
    },
    {
      name: "network depth 2 from a hub, full selection",
      query: `{ network(ids: [${hub}], depth: 2, limit: 500) { nodes { id label type kind degree } edges { id source target type weight evidence { locator quote source { id title } } } } }`,
    },
    {
      name: "15 aliases of a hub's collaborators",
      query: `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: collaborators(id: ${i % 2 ? hub : other}, limit: ${200 - i}) { strength partner { id } }`).join(" ")} }`,
    },
    {
      name: "paths between two hubs, 6 hops",
      query: `{ paths(from: ${hub}, to: ${other}, maxHops: 6, limit: 10) { nodes { id } edges { id } } }`,
    },
    {
      name: "communities with members",
      query: "{ communities(limit: 16) { id centre { id } members(limit: 1000) { id name } } }",
    },
    {
      name: "centrality on a new filter (a projection)",
      query: `{ centrality(measure: BETWEENNESS, filter: { minWeight: ${(0.001 * (n + 1)).toFixed(3)} }, limit: 500) { score actor { id } } }`,
    },
    {
      name: "partner suggestions for a long topic",
      query: `{ partnerSuggestions(topic: ${JSON.stringify(inputs.topics[0] ?? "energy")}, limit: 50) { score actor { id name } factors { name value } } }`,
    },
    ...deepInputs(),
  ];
}

const count = (statuses: Record<string, number>, status: number) => {
  statuses[status] = (statuses[status] ?? 0) + 1;
};

/**
 * The abuse scenario: which anonymous request is heaviest; five parallel copies of it while
 * `{ __typename }` and a one-hop network are timed; 10,000 distinct anonymous queries and the API's
 * memory; and the longest request of them all. Everything runs on loopback, bounded in count and time.
 */
export async function measureAbuse(api: ApiServer, inputs: BenchInputs, options = { attackSeconds: 30 }) {
  const probes: AbuseProbe[] = [];
  for (const candidate of candidates(inputs, 997)) {
    const result = await send(
      api.url,
      `query Probe ${candidate.query}`,
      candidate.variables,
      undefined,
      candidate.body,
    );
    probes.push({ name: candidate.name, ...result });
    progress(
      `abuse: ${candidate.name}: HTTP ${result.status}${result.code ? ` ${result.code}` : ""}, ${result.ms.toFixed(0)} ms`,
    );
  }
  probes.sort((a, b) => b.ms - a.ms);
  const accepted = probes.filter((probe) => probe.status === 200);
  const heaviestName = accepted[0]?.name ?? probes[0].name;
  // Each copy asks anew (a new filter for the analysis queries), as an attacker would.
  const heaviest = (n: number) => candidates(inputs, n).find((candidate) => candidate.name === heaviestName)!;
  let longestMs = Math.max(...probes.map((probe) => probe.ms));

  // 1. Five attackers, each sending the heaviest request again as soon as it is answered; a new
  // operation name each time, so that the response cache cannot answer for the server.
  const copies = 5;
  const statuses: Record<string, number> = {};
  let sent = 0;
  const attacker = async (copy: number) => {
    while (performance.now() < deadline && sent < 2000) {
      sent += 1;
      const name = `Heavy${copy}x${sent}`;
      const attack = heaviest(sent);
      const result = await send(api.url, `query ${name} ${attack.query}`, attack.variables, name);
      count(statuses, result.status);
      longestMs = Math.max(longestMs, result.ms);
    }
  };
  /** Times `{ __typename }` and a one-hop network, one after the other, until `until`. */
  const observe = async (until: number, delayMs: number) => {
    const typename: number[] = [];
    const network: number[] = [];
    let failures = 0;
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    for (let i = 0; performance.now() < until; i += 1) {
      const light = await send(api.url, `query Light${i} { __typename }`, {}, `Light${i}`);
      typename.push(light.ms);
      const id = inputs.ordinary[i % inputs.ordinary.length];
      const hop = await send(
        api.url,
        `query Hop${i}($ids: [ID!]!) { network(ids: $ids, depth: 1, limit: 400) { nodes { id label type kind degree } edges { id source target type weight } } }`,
        { ids: [id] },
        `Hop${i}`,
      );
      network.push(hop.ms);
      if (light.status !== 200 || hop.status !== 200) failures += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { typename, network, failures };
  };
  const calm = await observe(performance.now() + 10_000, 0);
  const baseline = { typename: distribution(calm.typename), network: distribution(calm.network) };
  progress(
    `abuse: without the attack, { __typename } p95 ${baseline.typename.p95} ms, one-hop network p95 ${baseline.network.p95} ms`,
  );
  const deadline = performance.now() + options.attackSeconds * 1000;
  let observed = { typename: [] as number[], network: [] as number[], failures: 0 };
  const observer = async () => {
    observed = await observe(deadline, 1000); // once the attack is under way
  };
  progress(`abuse: ${copies} copies of "${heaviestName}" for ${options.attackSeconds} s`);
  await Promise.all([...Array.from({ length: copies }, (_, copy) => attacker(copy)), observer()]);
  const attack = {
    copies,
    seconds: options.attackSeconds,
    statuses,
    typename: distribution(observed.typename),
    network: distribution(observed.network),
    lightFailures: observed.failures,
  };
  progress(
    `abuse: attackers got ${JSON.stringify(statuses)}; { __typename } p95 ${attack.typename.p95} ms, one-hop network p95 ${attack.network.p95} ms`,
  );

  // 2. 10,000 distinct anonymous queries, 16 at a time, each a new cache entry.
  const rssBefore = await api.memory();
  const distinctStatuses: Record<string, number> = {};
  const total = 10_000;
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < total && performance.now() - started < 180_000) {
      const i = next++;
      const result = await send(
        api.url,
        `query Distinct${i} { actors(limit: 50, offset: ${i % 5000}) { id name kind country city } }`,
        {},
        `Distinct${i}`,
      );
      count(distinctStatuses, result.status);
      longestMs = Math.max(longestMs, result.ms);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const rssAfter = await api.memory();
  const distinct = {
    sent: next,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    statuses: distinctStatuses,
    rssBeforeMb: rssBefore.rssMb,
    rssAfterMb: rssAfter.rssMb,
    maxRssMb: rssAfter.maxRssMb,
  };
  progress(
    `abuse: ${distinct.sent} distinct queries in ${distinct.seconds} s (${JSON.stringify(distinctStatuses)}); API RSS ${distinct.rssBeforeMb} → ${distinct.rssAfterMb} MB, peak ${distinct.maxRssMb} MB`,
  );
  return {
    probes,
    heaviest: heaviestName,
    baseline,
    attack,
    distinct,
    longestMs: Math.round(longestMs),
  } as AbuseResult;
}

/** The scenario's figures as Markdown, each beside its goal. */
export function formatAbuse(result: AbuseResult): string {
  const met = (ok: boolean) => (ok ? "met" : "missed");
  const lines = [
    "## Abuse scenario (anonymous requests)",
    "",
    "| request | HTTP | code | ms |",
    "|---|---:|---|---:|",
    ...result.probes.map(
      (probe) => `| ${probe.name} | ${probe.status} | ${probe.code ?? ""} | ${probe.ms.toFixed(0)} |`,
    ),
    "",
    `Heaviest accepted: ${result.heaviest}; ${result.attack.copies} copies for ${result.attack.seconds} s, answers ${JSON.stringify(result.attack.statuses)}.`,
    "",
    "| figure | measured | goal |",
    "|---|---:|---|",
    `| \`{ __typename }\` p95 under attack (n ${result.attack.typename.count}) | ${result.attack.typename.p95} ms | < ${abuseGoals.typenameP95Ms} ms: ${met(result.attack.typename.p95 < abuseGoals.typenameP95Ms)} |`,
    `| one-hop network p95 under attack (n ${result.attack.network.count}) | ${result.attack.network.p95} ms | < ${abuseGoals.networkP95Ms} ms: ${met(result.attack.network.p95 < abuseGoals.networkP95Ms)} |`,
    `| the same without the attack (n ${result.baseline.typename.count}) | ${result.baseline.typename.p95} ms, ${result.baseline.network.p95} ms | |`,
    `| light requests not answered 200 | ${result.attack.lightFailures} | 0: ${met(result.attack.lightFailures === 0)} |`,
    `| API RSS after ${result.distinct.sent} distinct queries (before ${result.distinct.rssBeforeMb} MB) | ${result.distinct.rssAfterMb} MB, peak ${result.distinct.maxRssMb} MB | < ${abuseGoals.maxRssMb} MB: ${met(result.distinct.maxRssMb < abuseGoals.maxRssMb)} |`,
    `| longest anonymous request | ${result.longestMs} ms | < ${abuseGoals.longestMs} ms: ${met(result.longestMs < abuseGoals.longestMs)} |`,
  ];
  return `${lines.join("\n")}\n`;
}
