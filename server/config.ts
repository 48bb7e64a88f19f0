import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for paths that default inside the project. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface LocalNeo4jSettings {
  dataDir: string;
  jarsDir: string;
  boltPort: number;
  httpPort: number;
  listenAddress: string;
  heapSize: string;
  pageCacheSize: string;
  transactionMemory: string;
  transactionTimeout: string;
  password?: string;
}

/** How tokens are verified: an HS256 secret or a JWKS URL (at most one), and optionally issuer and audience. */
export interface AuthSettings {
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest a token may be valid, from its `iat` (or from now) to its `exp`, in seconds. */
  maxLifetimeSeconds?: number;
}

export interface Config {
  host: string;
  port: number;
  production: boolean;
  /** Introspection and the landing page: on in development, off in production unless asked for. */
  introspection: boolean;
  /** Origins that browsers may call the API from; empty means same-origin only. */
  corsOrigins: string[];
  auth: AuthSettings;
  /** The longest a database transaction of one request may run, enforced by the driver too. */
  transactionTimeoutMs: number;
  /** The database time one request may use across all its transactions. */
  requestDatabaseMs: number;
  /** The longest a request may take, end to end, before it is answered with 503 `REQUEST_TIMEOUT`. */
  requestTimeoutMs: number;
  /** How long a request waits for an analysis network (a GDS projection) that is being built. */
  analysisWaitMs: number;
  /** Expensive requests (analysis, deep reads) that may run at once; more are refused with 503. */
  expensiveRequests: number;
  /** How long an expensive request waits for a place before it is refused. */
  expensiveWaitMs: number;
  /** The largest answer, in bytes, that is sent; a larger one is replaced by an error. */
  maxAnswerBytes: number;
  /** Bytes of answers the response cache keeps. */
  responseCacheBytes: number;
  /** Set when the API must use an existing Neo4j instead of starting the local one. */
  neo4jUri?: string;
  neo4jUsername: string;
  neo4jPassword?: string;
  neo4jDatabase: string;
  seedOnEmpty: boolean;
  /** Which Horizon Europe projects the seed graph holds: every one (`all`) or those with a participant in Sweden (`sweden`). */
  seedCordis: SeedCordis;
  /** Anonymous reads are answered from a cache while the graph's version, read at most this often, stays the same; 0 turns it off. */
  responseCacheSeconds: number;
  local: LocalNeo4jSettings;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`config: ${name} must be an integer port or count, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  return !["0", "false", "no", "off"].includes(raw.toLowerCase());
}

export type SeedCordis = "all" | "sweden";

function seedCordis(env: NodeJS.ProcessEnv): SeedCordis {
  const raw = env.SEED_CORDIS || "all";
  if (raw !== "all" && raw !== "sweden") throw new Error(`config: SEED_CORDIS must be "all" or "sweden", got "${raw}"`);
  return raw;
}

const minimumSecretLength = 32;

/** A Neo4j duration such as `10s`, `500ms`, `2m` or `1h`, in milliseconds. */
export function durationMs(name: string, raw: string): number {
  const match = /^(\d+)(ms|s|m|h)?$/.exec(raw.trim());
  if (!match) throw new Error(`config: ${name} must be a duration such as 10s, 500ms, 2m or 1h, got "${raw}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] ?? "s"] ?? 1000;
  return Number(match[1]) * unit;
}

function origins(env: NodeJS.ProcessEnv): string[] {
  return (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "")
    .map((origin) => {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.origin !== origin) {
        throw new Error(
          `config: CORS_ORIGINS must list origins such as https://example.org (no path, no trailing slash), got "${origin}"`,
        );
      }
      return origin;
    });
}

function authSettings(env: NodeJS.ProcessEnv): AuthSettings {
  const jwtSecret = env.JWT_SECRET || undefined;
  const jwksUrl = env.JWKS_URL || undefined;
  if (jwtSecret && jwksUrl) throw new Error("config: set JWT_SECRET or JWKS_URL, not both");
  if (jwtSecret !== undefined && jwtSecret.length < minimumSecretLength) {
    throw new Error(`config: JWT_SECRET must be at least ${minimumSecretLength} characters`);
  }
  if (jwksUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(jwksUrl);
    } catch {
      url = undefined;
    }
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url?.hostname ?? "");
    if (!url || (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))) {
      throw new Error(`config: JWKS_URL must be an https URL, got "${jwksUrl}"`);
    }
  }
  return {
    jwtSecret,
    jwksUrl,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
    maxLifetimeSeconds: durationMs("JWT_MAX_LIFETIME", env.JWT_MAX_LIFETIME || "24h") / 1000,
  };
}

/** Reads every setting of the server and the local database from the environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const boltPort = integer(env, "NEO4J_BOLT_PORT", 7687);
  const httpPort = integer(env, "NEO4J_HTTP_PORT", boltPort === 7687 ? 7474 : boltPort + 1);
  const resolveDir = (value: string | undefined, fallback: string) =>
    path.resolve(projectRoot, value && value !== "" ? value : fallback);
  const production = env.NODE_ENV === "production";
  const transactionTimeout = env.NEO4J_TRANSACTION_TIMEOUT || "10s";
  return {
    host: env.HOST || "127.0.0.1",
    port: integer(env, "PORT", 4000),
    production,
    introspection: flag(env, "GRAPHQL_INTROSPECTION", !production),
    corsOrigins: origins(env),
    auth: authSettings(env),
    transactionTimeoutMs: durationMs("NEO4J_TRANSACTION_TIMEOUT", transactionTimeout),
    requestDatabaseMs: durationMs("REQUEST_DATABASE_TIME", env.REQUEST_DATABASE_TIME || "10s"),
    requestTimeoutMs: durationMs("REQUEST_TIMEOUT", env.REQUEST_TIMEOUT || "11500ms"),
    analysisWaitMs: durationMs("ANALYSIS_WAIT", env.ANALYSIS_WAIT || "8s"),
    // One core is kept for light requests: the database works a query on one thread.
    expensiveRequests: Math.max(1, integer(env, "EXPENSIVE_REQUESTS", Math.max(1, os.availableParallelism() - 1))),
    expensiveWaitMs: durationMs("EXPENSIVE_WAIT", env.EXPENSIVE_WAIT || "1s"),
    maxAnswerBytes: integer(env, "MAX_ANSWER_MB", 8) * 1024 * 1024,
    responseCacheBytes: integer(env, "RESPONSE_CACHE_MB", 64) * 1024 * 1024,
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUsername: env.NEO4J_USERNAME || "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD || undefined,
    neo4jDatabase: env.NEO4J_DATABASE || "neo4j",
    seedOnEmpty: flag(env, "SEED_ON_EMPTY", true),
    seedCordis: seedCordis(env),
    responseCacheSeconds: integer(env, "RESPONSE_CACHE_SECONDS", 1),
    local: {
      dataDir: resolveDir(env.NEO4J_DATA_DIR, ".data/neo4j"),
      jarsDir: resolveDir(env.NEO4J_JARS_DIR, ".cache/neo4j-jars"),
      boltPort,
      httpPort,
      listenAddress: env.NEO4J_LISTEN_ADDRESS || "127.0.0.1",
      heapSize: env.NEO4J_HEAP_SIZE || "1g",
      pageCacheSize: env.NEO4J_PAGECACHE_SIZE || "512m",
      transactionMemory: env.NEO4J_TRANSACTION_MEMORY || "512m",
      // The database's own bound, behind the driver-side timeout every request sets: GDS builds
      // projections in transactions of their own that only this bounds.
      transactionTimeout: env.NEO4J_DATABASE_TRANSACTION_TIMEOUT || "300s",
      password: env.NEO4J_PASSWORD || undefined,
    },
  };
}
