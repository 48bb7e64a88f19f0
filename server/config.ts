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

export interface Config {
  host: string;
  port: number;
  production: boolean;
  /** Set when the API must use an existing Neo4j instead of starting the local one. */
  neo4jUri?: string;
  neo4jUsername: string;
  neo4jPassword?: string;
  neo4jDatabase: string;
  seedOnEmpty: boolean;
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

/** Reads every setting of the server and the local database from the environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const boltPort = integer(env, "NEO4J_BOLT_PORT", 7687);
  const httpPort = integer(env, "NEO4J_HTTP_PORT", boltPort === 7687 ? 7474 : boltPort + 1);
  const resolveDir = (value: string | undefined, fallback: string) =>
    path.resolve(projectRoot, value && value !== "" ? value : fallback);
  return {
    host: env.HOST || "127.0.0.1",
    port: integer(env, "PORT", 4000),
    production: env.NODE_ENV === "production",
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUsername: env.NEO4J_USERNAME || "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD || undefined,
    neo4jDatabase: env.NEO4J_DATABASE || "neo4j",
    seedOnEmpty: flag(env, "SEED_ON_EMPTY", true),
    local: {
      dataDir: resolveDir(env.NEO4J_DATA_DIR, ".data/neo4j"),
      jarsDir: resolveDir(env.NEO4J_JARS_DIR, ".cache/neo4j-jars"),
      boltPort,
      httpPort,
      listenAddress: env.NEO4J_LISTEN_ADDRESS || "127.0.0.1",
      heapSize: env.NEO4J_HEAP_SIZE || "1g",
      pageCacheSize: env.NEO4J_PAGECACHE_SIZE || "512m",
      transactionMemory: env.NEO4J_TRANSACTION_MEMORY || "512m",
      transactionTimeout: env.NEO4J_TRANSACTION_TIMEOUT || "10s",
      password: env.NEO4J_PASSWORD || undefined,
    },
  };
}
