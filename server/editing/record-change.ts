import type { ManagedTransaction, Node } from "neo4j-driver";
import type { Change, ChangeAction } from "../generated/resolvers-types.js";
import { toPlainProperties } from "../model/graph-values.js";

/** A change as the API shows it. */
export type ChangeRecord = Change;

export interface ChangeInput {
  by: string;
  action: ChangeAction;
  targetId: string;
  targetType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Properties as a JSON object with sorted keys and dates as ISO strings, for a change's before and after. */
export function snapshot(properties: Record<string, unknown> | null): string | null {
  if (properties === null) return null;
  const plain = toPlainProperties(properties);
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(plain)
        .sort()
        .map((key) => [key, plain[key]]),
    ),
  );
}

export function toChange(node: Node): ChangeRecord {
  const p = node.properties as Record<string, unknown>;
  return {
    id: String(p.id),
    at: String(p.at),
    by: String(p.by),
    action: p.action as ChangeAction,
    targetId: String(p.targetId),
    targetType: String(p.targetType),
    before: (p.before as string | undefined) ?? null,
    after: (p.after as string | undefined) ?? null,
    version: Number(p.version),
  };
}

/**
 * Records a change in the transaction that makes it, and bumps the graph's version, which the
 * analysis caches key on. The version also orders the history: it grows by one per change.
 */
export async function recordChange(tx: ManagedTransaction, change: ChangeInput): Promise<ChangeRecord> {
  const result = await tx.run(
    `MERGE (m:Meta {id: 'graph'})
     SET m.version = coalesce(m.version, 0) + 1
     CREATE (c:Change {id: randomUUID(), at: datetime(), by: $by, action: $action, targetId: $targetId,
       targetType: $targetType, before: $before, after: $after, version: m.version})
     RETURN c`,
    { ...change, before: snapshot(change.before), after: snapshot(change.after) },
  );
  return toChange(result.records[0].get("c"));
}
