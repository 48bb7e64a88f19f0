import type { GraphQLResolveInfo } from "graphql";
import type { Driver } from "neo4j-driver";
import { findCollaborators } from "../server/analysis/find-collaborators.js";
import { findNetwork } from "../server/analysis/find-network.js";
import { findPaths } from "../server/analysis/find-paths.js";
import { rankCentrality } from "../server/analysis/rank-centrality.js";
import { searchGraph } from "../server/analysis/search-graph.js";
import { benchAsOf, type BenchInputs } from "./pick-inputs.js";

/** One operation measured twice: a GraphQL request over HTTP, and the same answer from the driver. */
export interface Operation {
  name: string;
  /** GraphQL/Cypher median ratio that counts as met. */
  ratioTarget: number;
  /** p95 target in ms, when the brief sets one: judged at the `full` scale unless `p95TargetAt` says `real`. */
  p95TargetMs?: number;
  p95TargetAt?: "real" | "full";
  repetitions: number;
  query: string;
  variables(inputs: BenchInputs, i: number): Record<string, unknown>;
  /** The baseline: hand-written Cypher, or the capability function the resolver itself calls. */
  baseline(driver: Driver, database: string, variables: Record<string, unknown>): Promise<unknown>;
  /** A query field that must be in the schema; the operation is skipped when it is not. */
  requires: string;
}

const rotate = <T>(list: T[], i: number): T => list[i % list.length];
const actorIds = (inputs: BenchInputs) => [...inputs.hubs, ...inputs.ordinary];

const networkSelection = `nodes { id label type kind degree }
  edges { id source target type since until weight evidence { locator quote source { id title } } }
  truncated { truncated omittedNodes omittedEdges }`;

/** What the field resolver of `via` is given for a selection without `evidence` (as the queries below). */
const selectsNoEvidence = { fieldNodes: [], fragments: {} } as unknown as GraphQLResolveInfo;

/** The generated `actors` query: a lookup by the unique id constraint. */
export const actorByIdCypher =
  "MATCH (a:Actor {id: $id}) WHERE a.deletedAt IS NULL RETURN a {.id, .name, .kind} AS actor";

/** The operations of the API, with their baselines. */
export const operations: Operation[] = [
  {
    name: "actor by id",
    ratioTarget: 1.5,
    repetitions: 100,
    requires: "actors",
    query: "query($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind } }",
    variables: (inputs, i) => ({ id: rotate(actorIds(inputs), i) }),
    baseline: (driver, database, v) => driver.executeQuery(actorByIdCypher, v, { database, routing: "READ" }),
  },
  {
    name: "search",
    ratioTarget: 1.5,
    p95TargetMs: 30,
    repetitions: 100,
    requires: "search",
    query: "query($text: String!) { search(text: $text, limit: 12) { id label type kind score } }",
    variables: (inputs, i) => ({ text: rotate(inputs.searchTexts, i) }),
    baseline: (driver, database, v) => searchGraph(driver, database, { text: v.text as string, limit: 12 }),
  },
  {
    name: "network depth 1",
    ratioTarget: 1.3,
    repetitions: 50,
    requires: "network",
    query: `query($ids: [ID!]!) { network(ids: $ids, depth: 1, limit: 500) { ${networkSelection} } }`,
    variables: (inputs, i) => ({ ids: [rotate(actorIds(inputs), i)] }),
    baseline: (driver, database, v) => findNetwork(driver, database, { ids: v.ids as string[], depth: 1, limit: 500 }),
  },
  {
    name: "network depth 2",
    ratioTarget: 1.3,
    p95TargetMs: 50,
    repetitions: 30,
    requires: "network",
    query: `query($ids: [ID!]!) { network(ids: $ids, depth: 2, limit: 500) { ${networkSelection} } }`,
    variables: (inputs, i) => ({ ids: [rotate(actorIds(inputs), i)] }),
    baseline: (driver, database, v) => findNetwork(driver, database, { ids: v.ids as string[], depth: 2, limit: 500 }),
  },
  {
    name: "network depth 2 around KTH",
    ratioTarget: 1.3,
    p95TargetMs: 150,
    p95TargetAt: "real",
    repetitions: 30,
    requires: "network",
    query: `query($ids: [ID!]!) { network(ids: $ids, depth: 2, limit: 500) { ${networkSelection} } }`,
    variables: (inputs) => ({ ids: [inputs.focus[0]] }),
    baseline: (driver, database, v) => findNetwork(driver, database, { ids: v.ids as string[], depth: 2, limit: 500 }),
  },
  {
    name: "paths",
    ratioTarget: 1.3,
    repetitions: 30,
    requires: "paths",
    query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, limit: 3) { ${networkSelection} } }`,
    variables: (inputs, i) => rotate(inputs.pairs, i),
    baseline: (driver, database, v) =>
      findPaths(driver, database, { from: v.from as string, to: v.to as string, maxHops: 4, limit: 3 }),
  },
  {
    name: "collaborators",
    ratioTarget: 1.3,
    p95TargetMs: 50,
    repetitions: 50,
    requires: "collaborators",
    query:
      "query($id: ID!) { collaborators(id: $id, limit: 100) { strength partner { id name kind country } via { id label type } } }",
    variables: (inputs, i) => ({ id: rotate(actorIds(inputs), i) }),
    // The GraphQL query selects `via` without its evidence, which the field resolver reads: the baseline reads it too.
    baseline: async (driver, database, v) => {
      const rows = await findCollaborators(driver, database, { id: v.id as string, limit: 100 });
      return Promise.all(rows.map((row) => row.via(undefined, undefined, selectsNoEvidence)));
    },
  },
  {
    name: "collaborators of KTH",
    ratioTarget: 1.3,
    p95TargetMs: 150,
    p95TargetAt: "real",
    repetitions: 30,
    requires: "collaborators",
    query:
      "query($id: ID!) { collaborators(id: $id, limit: 100) { strength partner { id name kind country } via { id label type } } }",
    variables: (inputs) => ({ id: inputs.focus[0] }),
    baseline: async (driver, database, v) => {
      const rows = await findCollaborators(driver, database, { id: v.id as string, limit: 100 });
      return Promise.all(rows.map((row) => row.via(undefined, undefined, selectsNoEvidence)));
    },
  },
  {
    name: "centrality (cached)",
    ratioTarget: 1.5,
    repetitions: 50,
    requires: "centrality",
    query:
      "query($measure: CentralityMeasure!) { centrality(measure: $measure, limit: 100) { score actor { id name } } }",
    variables: (_inputs, i) => ({ measure: rotate(["DEGREE", "PAGERANK", "BETWEENNESS"], i) }),
    baseline: (driver, database, v) => rankCentrality(driver, database, { measure: v.measure as "DEGREE", limit: 100 }),
  },
  {
    name: "partner suggestions",
    ratioTarget: 1.5,
    p95TargetMs: 300,
    repetitions: 30,
    requires: "partnerSuggestions",
    query: `query($topic: String!, $consortium: [ID!]) { partnerSuggestions(topic: $topic, consortium: $consortium, limit: 10) {
      score actor { id name kind country } factors { name value weight explanation } } }`,
    variables: (inputs, i) => ({
      topic: rotate(inputs.topics, i),
      consortium: [rotate(inputs.hubs, i), rotate(inputs.ordinary, i)],
    }),
    baseline: async (driver, database, v) => {
      const { suggestPartners } = await import("../server/consortium/suggest-partners.js");
      return suggestPartners(driver, database, {
        topic: v.topic as string,
        consortium: v.consortium as string[],
        limit: 10,
      });
    },
  },
  {
    name: "consortium check",
    ratioTarget: 1.5,
    repetitions: 30,
    requires: "consortiumCheck",
    query: `query($consortium: [ID!]!, $topic: String) { consortiumCheck(consortium: $consortium, topic: $topic) {
      eligible members { id name } findings { code severity message fix } } }`,
    variables: (inputs, i) => ({
      topic: rotate(inputs.topics, i),
      consortium: [rotate(inputs.hubs, i), rotate(inputs.ordinary, i), rotate(inputs.ordinary, i + 7)],
    }),
    baseline: async (driver, database, v) => {
      const { checkConsortium } = await import("../server/consortium/check-consortium.js");
      return checkConsortium(driver, database, { consortium: v.consortium as string[], topic: v.topic as string });
    },
  },
  {
    name: "open calls",
    ratioTarget: 1.5,
    p95TargetMs: 300,
    repetitions: 30,
    requires: "openCalls",
    query: `query($actor: ID!, $asOf: Date) { openCalls(actor: $actor, asOf: $asOf, limit: 20) {
      call { id title deadline budget actionType url } score daysLeft
      factors { name value weight explanation evidence { id acronym startDate } } } }`,
    // KTH and the City first, then hubs and ordinary actors.
    variables: (inputs, i) => ({
      actor: rotate([...inputs.focus, ...actorIds(inputs)], i),
      asOf: benchAsOf,
    }),
    baseline: async (driver, database, v) => {
      const { findOpenCalls } = await import("../server/calls/find-open-calls.js");
      return findOpenCalls(driver, database, { actor: v.actor as string, asOf: v.asOf as string, limit: 20 });
    },
  },
  {
    name: "call brief",
    ratioTarget: 1.5,
    p95TargetMs: 1000,
    repetitions: 20,
    requires: "callBrief",
    query: `query($call: ID!, $consortium: [ID!]!) { callBrief(call: $call, consortium: $consortium) {
      call { id title deadline } check { eligible findings { code severity message fix } }
      suggestions { score actor { id name country } factors { name value weight explanation evidence { id acronym } }
        warmPath { nodes { id label } } } } }`,
    variables: (inputs, i) => ({ call: rotate(inputs.calls, i), consortium: inputs.focus }),
    baseline: async (driver, database, v) => {
      const { briefCall } = await import("../server/calls/brief-call.js");
      const brief = await briefCall(driver, database, { call: v.call as string, consortium: v.consortium as string[] });
      // The warm paths are what the GraphQL query selects too.
      return Promise.all(brief.suggestions.map((suggestion) => suggestion.warmPath()));
    },
  },
  {
    name: "consortium proposal",
    ratioTarget: 1.5,
    // The issue sets it on all of Horizon Europe: the real scale.
    p95TargetMs: 500,
    p95TargetAt: "real",
    repetitions: 20,
    requires: "proposeConsortium",
    query: `query($call: ID!, $consortium: [ID!]!) { proposeConsortium(call: $call, consortium: $consortium) {
      size sizeReason unmetNeeds members { id }
      partners { actor { id name country kind } need needCode reasons alternatives { id name } }
      check { eligible findings { code severity message fix } } } }`,
    // KTH or the City alone, for each sampled call: the default size, from the call's destination.
    variables: (inputs, i) => ({ call: rotate(inputs.calls, i), consortium: [rotate(inputs.focus, i)] }),
    baseline: async (driver, database, v) => {
      const { proposeConsortium } = await import("../server/consortium/propose-consortium.js");
      return proposeConsortium(driver, database, { call: v.call as string, consortium: v.consortium as string[] });
    },
  },
];

/** The first (uncached) centrality call: drops the GDS projections so that both paths start cold. */
export async function dropProjections(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery(
    "CALL gds.graph.list() YIELD graphName WITH graphName WHERE graphName STARTS WITH 'samverkan-' " +
      "CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped RETURN count(dropped)",
    {},
    { database },
  );
}
