import type { ClientResult } from "./measure-client.js";
import type { ExplorerResult } from "./measure-explorer.js";
import type { DatabaseMemory } from "./measure-database-memory.js";
import type { AbuseResult } from "./measure-abuse.js";
import type { LatencyResult } from "./measure-latency.js";
import type { ThroughputResult } from "./measure-throughput.js";
import type { LoadFigures } from "./load-bench-data.js";
import type { Scale } from "./start-bench-database.js";

/** Everything one bench run measured: what the JSON file holds and the report prints. */
export interface BenchRun {
  scale: Scale;
  seed: number;
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; loadStart: number[]; loadEnd: number[] };
  database: string;
  stats: string;
  load: LoadFigures;
  operationTargets: Record<string, { ratioTarget: number; p95TargetMs?: number; p95TargetAt?: "real" | "full" }>;
  latency: LatencyResult[];
  skipped: string[];
  centralityFirst: Array<{ measure: string; graphqlMs: number; cypherMs: number; error?: string }>;
  throughput: ThroughputResult[];
  memory: { apiMaxRssMb: number; database: DatabaseMemory | { error: string } };
  client?: ClientResult[];
  explorer?: ExplorerResult[];
  clientRenderer?: string;
  clientError?: string;
  abuse?: AbuseResult;
}
