import type { ManagedTransaction } from "neo4j-driver";
import { emptyOutcome, type BatchOutcome } from "../records/import-summary.js";
import { callSource } from "./call-source.js";
import type { CallRecord } from "./parse-call-record.js";

const readHashes = `
UNWIND $ids AS id
MATCH (c:Call {id: id})
RETURN id, coalesce(c.rowHash, '') AS rowHash`;

const writeSource = "MERGE (s:Source {id: $source.id}) SET s += $source";

// A changed topic loses the families it no longer has; its projects are linked by linkCallProjects.
const writeCalls = `
UNWIND $rows AS row
MERGE (c:Call {id: row.id})
SET c += row.properties, c.openingDate = date(row.openingDate), c.deadline = date(row.deadline),
    c.lastSeen = datetime(row.lastSeen), c.rowHash = row.rowHash
WITH c, row
MATCH (s:Source {id: $sourceId})
MERGE (c)-[m:MENTIONED_IN]->(s)
SET m.locator = row.locator, m.quote = row.properties.title
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[old:IN_FAMILY]->(f:CallFamily) WHERE NOT f.id IN [family IN row.families | family.id]
  DELETE old
}
CALL (c, row) {
  UNWIND row.families AS family
  MERGE (f:CallFamily {id: family.id})
  SET f.level = family.level, f.name = coalesce(family.name, f.name)
  MERGE (c)-[:IN_FAMILY]->(f)
}`;

/**
 * Writes a batch of call topics in one transaction: the export's Source, and the topics that are
 * new or whose content changed, each with its mention of the source (file and line) and its call
 * and destination families. Unchanged topics are not touched; a topic twice in a batch keeps its last row.
 */
export async function writeCallBatch(tx: ManagedTransaction, calls: CallRecord[]): Promise<BatchOutcome> {
  const outcome = emptyOutcome();
  const latest = new Map<string, CallRecord>();
  for (const call of calls) latest.set(call.id, call);
  outcome.merged = calls.length - latest.size;
  const existing = new Map<string, string>();
  const found = await tx.run(readHashes, { ids: [...latest.keys()] });
  for (const record of found.records) existing.set(record.get("id"), record.get("rowHash"));
  const changed = [...latest.values()].filter((call) => {
    const old = existing.get(call.id);
    if (old === undefined) outcome.created += 1;
    else if (old === call.rowHash) outcome.unchanged += 1;
    else outcome.updated += 1;
    return old !== call.rowHash;
  });
  await tx.run(writeSource, { source: callSource });
  if (changed.length > 0) await tx.run(writeCalls, { rows: changed, sourceId: callSource.id });
  return outcome;
}
