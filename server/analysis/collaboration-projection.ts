import { createHash } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import { LRUCache } from "lru-cache";
import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { collaborationTies } from "../model/collaboration-ties.js";
import { SamverkanError, toClientError } from "../model/errors.js";
import { filterCondition } from "../model/filter-condition.js";
import { namelessOrganisationLabel } from "../model/visibility.js";
import { type FilterParams } from "../model/validate-arguments.js";
import { budgetOf, withoutBudget } from "../graphql/request-budget.js";

/**
 * Projections and algorithms run once per graph version and are then cached: they may take longer
 * than the server's default transaction timeout, which protects interactive queries.
 */
export const algorithmTransaction = { timeout: 300_000 };

// Ties are gathered actor by actor, each actor's sums closed before the next one starts: the
// rows stream into GDS instead of one aggregation over every pair in the graph, which grows with
// the square of consortium sizes (at the size of Horizon 2020, millions of pairs).
const tiesQuery = `
  MATCH (a:Actor) WHERE a.deletedAt IS NULL AND ($kinds IS NULL OR a.kind IN $kinds)
  CALL (a) {
    CALL (a) {
      MATCH (a)-[shared:${collaborationTies.shared}]->(x)
      WHERE ${filterCondition("shared", "x")}
      WITH DISTINCT a, x
      // Each party once, though it may be tied to the thing twice (a founder that is also a member).
      WITH a, x, COLLECT {
        MATCH (x)<-[r:${collaborationTies.shared}]-(p:Actor)
        WHERE ${filterCondition("r", "x")} AND ($kinds IS NULL OR p.kind IN $kinds)
        RETURN DISTINCT p
      } AS parties,
      // Organisations without a name are never drawn but count among a project's parties (unless kinds narrow them).
      CASE WHEN $kinds IS NULL THEN COUNT { MATCH (x)<-[:PARTICIPATES_IN]-(o:${namelessOrganisationLabel}) } ELSE 0 END AS nameless
      WHERE size(parties) >= 2
      UNWIND parties AS b
      WITH b, 1.0 / (size(parties) + nameless - 1) AS w WHERE b <> a
      RETURN b, w
      UNION ALL
      MATCH (a)-[r:${collaborationTies.direct}]-(b:Actor)
      WHERE a <> b AND ${filterCondition("r", "b")} AND ($kinds IS NULL OR b.kind IN $kinds)
      // One per type and direction, as findCollaborators counts a direct tie.
      WITH DISTINCT b, type(r) AS relType, startNode(r) = a AS outgoing
      RETURN b, 1.0 AS w
    }
    WITH b, sum(w) AS weight
    WHERE $minWeight IS NULL OR weight >= $minWeight
    RETURN b, weight
  }
  RETURN id(a) AS source, id(b) AS target, weight`;

/** How many projections this server keeps in GDS, and how much memory they may hold in all. */
export const projectionLimits = { count: 8, bytes: 512 * 1024 * 1024 };

interface Projection {
  driver: Driver;
  database: string;
  bytes: number;
}

/**
 * The projections this server made, least recently used first out: one that falls out (too many,
 * or too much memory) is dropped from GDS, and the results computed on it go with it.
 */
const projections = new LRUCache<string, Projection>({
  max: projectionLimits.count,
  maxSize: projectionLimits.bytes,
  sizeCalculation: (projection) => Math.max(1, Math.min(projection.bytes, projectionLimits.bytes)),
  dispose: (projection, name, reason) => {
    if (reason === "set") return;
    for (const forget of projectionDropped) forget(name);
    projection.driver
      .executeQuery(
        "CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName",
        { name },
        {
          database: projection.database,
        },
      )
      .catch((error: unknown) => log.warn(`projection ${name} not dropped: ${String(error)}`));
  },
});

/** Called with a projection's name when it is dropped, so that results computed on it are forgotten. */
export const projectionDropped = new Set<(name: string) => void>();

const tooLargeError = () =>
  new SamverkanError(
    "ANALYSIS_TOO_LARGE",
    "the network this filter selects did not finish analysing in the time allowed; try again later or narrow the filter",
  );

/**
 * Answers ANALYSIS_TOO_LARGE for a projection or algorithm that ran out of the database's time. It
 * is not remembered: a busy machine may have been the cause, and the next request tries again.
 */
export function analysisTimedOut(error: unknown): unknown {
  if (toClientError(error).extensions.code !== "DATABASE_TIMEOUT") return error;
  return tooLargeError();
}

/** How many projections are built at once: each reads every tie of the graph (millions on all of Horizon Europe). */
export const concurrentBuilds = 1;
const retryPreparingSeconds = 30;

const preparingError = () =>
  new SamverkanError(
    "ANALYSIS_PREPARING",
    `the collaboration network for this filter is being prepared for analysis; ask again in ${retryPreparingSeconds} s`,
    { http: { status: 503, headers: new HeaderMap([["retry-after", String(retryPreparingSeconds)]]) } },
  );

const busyError = () =>
  new SamverkanError(
    "SERVER_BUSY",
    `the server is preparing another network for analysis; try again in ${retryPreparingSeconds} s`,
    { http: { status: 503, headers: new HeaderMap([["retry-after", String(retryPreparingSeconds)]]) } },
  );

/**
 * The actor collaboration graph as a GDS in-memory projection: one undirected, weighted tie per
 * pair of actors that share a project, agreement or body (Newman weight 1/(n−1) per shared thing)
 * or that a source ties directly (1). Projections are named by the filter and by the graph's
 * fingerprint, so a change to the data makes a new one; stale ones are dropped, and at most
 * {@link projectionLimits} are kept.
 *
 * A projection is built outside any request's budget, one at a time ({@link concurrentBuilds}):
 * on all of Horizon Europe it reads about two million ties, longer than a request may take. A
 * request waits for it `ANALYSIS_WAIT` (8 s) at most and is then answered ANALYSIS_PREPARING
 * (HTTP 503, Retry-After) while the build goes on; a request for another filter while one is
 * being built is answered SERVER_BUSY. Work outside requests (the warm-up) waits until it is
 * ready. A filter whose projection does not fit in the algorithms' time answers
 * ANALYSIS_TOO_LARGE, and is tried again when asked again.
 */
const inFlight = new Map<string, Promise<string>>();

export async function ensureProjection(driver: Driver, database: string, filter: FilterParams): Promise<string> {
  await requireGds(driver, database);
  const name = await projectionName(driver, database, filter);
  let projection = inFlight.get(name);
  if (!projection) {
    // Asked of GDS each time: another server on the database, or an admin, may have dropped it.
    if (await projectionExists(driver, database, name)) {
      if (!projections.has(name)) projections.set(name, { driver: withoutBudget(driver), database, bytes: 1 });
      projections.get(name); // most recently used
      return name;
    }
    if (inFlight.size >= concurrentBuilds) throw busyError();
    // Concurrent first calls share one projection instead of racing to create the same graph.
    projection = projectCollaborationGraph(withoutBudget(driver), database, filter, name).finally(() =>
      inFlight.delete(name),
    );
    projection.catch(() => undefined);
    inFlight.set(name, projection);
  }
  const budget = budgetOf(driver);
  if (!budget) return projection;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(preparingError()), budget.analysisWaitMs);
  });
  try {
    return await Promise.race([projection, waited]);
  } finally {
    clearTimeout(timer);
  }
}

async function projectionExists(driver: Driver, database: string, name: string): Promise<boolean> {
  const result = await driver.executeQuery(
    "CALL gds.graph.exists($name) YIELD exists RETURN exists",
    { name },
    { database, routing: "READ" },
  );
  return result.records[0]?.get("exists") === true;
}

/** A projection's name: the filter's hash and the graph's fingerprint. */
async function projectionName(driver: Driver, database: string, filter: FilterParams): Promise<string> {
  const fingerprint = await graphFingerprint(driver, database);
  return `samverkan-${filterKey(filter)}-${fingerprint}`;
}

const filterKey = (filter: FilterParams) =>
  createHash("sha1").update(JSON.stringify(filter)).digest("hex").slice(0, 10);

async function projectCollaborationGraph(
  driver: Driver,
  database: string,
  filter: FilterParams,
  name: string,
): Promise<string> {
  const existing = await driver.executeQuery(
    "CALL gds.graph.list() YIELD graphName RETURN collect(graphName) AS names",
    {},
    { database },
  );
  const names: string[] = existing.records[0]?.get("names") ?? [];
  const stale = names.filter((other) => other !== name && other.startsWith(`samverkan-${filterKey(filter)}-`));
  for (const old of stale) {
    await driver.executeQuery(
      "CALL gds.graph.drop($old, false) YIELD graphName RETURN graphName",
      { old },
      { database },
    );
  }
  // A Cypher projection: OpenGDS 2.13 has no gds.graph.project aggregation function. Each tie is
  // returned in both directions, which is how an undirected graph is projected this way.
  try {
    await driver.executeQuery(
      `CALL gds.graph.project.cypher($name,
         'MATCH (a:Actor) WHERE a.deletedAt IS NULL AND ($kinds IS NULL OR a.kind IN $kinds) RETURN id(a) AS id',
         $relationshipQuery,
         {parameters: $parameters, validateRelationships: false})
       YIELD nodeCount RETURN nodeCount`,
      { name, relationshipQuery: tiesQuery, parameters: filter },
      { database, transactionConfig: algorithmTransaction },
    );
  } catch (error) {
    throw analysisTimedOut(error);
  }
  const size = await driver.executeQuery(
    "CALL gds.graph.list($name) YIELD sizeInBytes RETURN sizeInBytes",
    { name },
    { database },
  );
  projections.set(name, {
    driver: withoutBudget(driver),
    database,
    bytes: Number(size.records[0]?.get("sizeInBytes") ?? 1),
  });
  return name;
}

/** Changes whenever nodes or relationships are added or removed (Neo4j's count store: constant time). */
export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     OPTIONAL MATCH (meta:Meta {id: 'graph'})
     RETURN nodes, relationships, coalesce(meta.version, 0) AS version`,
    {},
    { database, routing: "READ" },
  );
  const record = result.records[0];
  return `${record.get("nodes")}-${record.get("relationships")}-${record.get("version")}`;
}

let gdsChecked: Promise<void> | undefined;

/** Fails with GDS_UNAVAILABLE on a database without the Graph Data Science plugin. */
export function requireGds(driver: Driver, database: string): Promise<void> {
  gdsChecked ??= driver
    .executeQuery("RETURN gds.version() AS version", {}, { database })
    .then(() => undefined)
    .catch((error: unknown) => {
      gdsChecked = undefined;
      const message = error instanceof Error ? error.message : String(error);
      if (/Unknown function|not found|ProcedureNotFound/i.test(message)) {
        throw new SamverkanError(
          "GDS_UNAVAILABLE",
          "this database has no Graph Data Science plugin; centrality and communities need it",
        );
      }
      throw error;
    });
  return gdsChecked;
}
