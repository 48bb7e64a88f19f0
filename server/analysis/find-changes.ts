import type { Driver } from "neo4j-driver";
import { badInput } from "../model/errors.js";
import type { QueryChangesArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { groupEdges } from "./assemble-network.js";
import { toNodeModel } from "../model/graph-values.js";
import { filterCondition } from "../model/filter-condition.js";
import { checkDate, checkRange, toFilterParams } from "../model/validate-arguments.js";

type NetworkChanges = ResolversTypes["NetworkChanges"];

// A deadline (datePrecision "deadline") bounds an end that the source does not date, so it ends nothing here.
const knownEnd = (r: string) => `(${r}.until IS NOT NULL AND coalesce(${r}.datePrecision, '') <> 'deadline')`;
const active = (r: string, day: string) =>
  `((${r}.since IS NULL OR ${r}.since <= date(${day})) AND (NOT ${knownEnd(r)} OR ${r}.until >= date(${day})))`;

/**
 * What changed between two dates: the ties that began or ended in (from, to], and the actors that
 * had no tie in force on `from` but one on `to` (entered), or the other way round (left).
 * Relationships without dates hold throughout and so never change; a deadline is not an end.
 */
export async function findChanges(driver: Driver, database: string, args: QueryChangesArgs): Promise<NetworkChanges> {
  const from = checkDate("from", args.from);
  const to = checkDate("to", args.to);
  if (from >= to) throw badInput("from must be before to", "from");
  const limit = checkRange("limit", args.limit, 1, 5000, 1000);
  const filter = { ...toFilterParams(args.filter), asOf: null };
  const params = { from, to, limit, ...filter };
  const read = { database, routing: "READ" as const };
  const edgesWhere = async (condition: string) => {
    const result = await driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE type(r) <> 'MENTIONED_IN' AND ${condition} AND ${filterCondition("r", "b")}
         AND ($kinds IS NULL OR NOT a:Actor OR a.kind IN $kinds)
       RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
       ORDER BY coalesce(r.since, r.until), a.id, b.id LIMIT toInteger($limit)`,
      params,
      read,
    );
    return groupEdges(
      driver,
      database,
      result.records.map((record) => ({
        source: record.get("source"),
        target: record.get("target"),
        type: record.get("type"),
        properties: record.get("properties"),
      })),
    );
  };
  const actorsWhere = async (inForceAt: string, notInForceAt: string) => {
    const result = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.deletedAt IS NULL AND ($kinds IS NULL OR a.kind IN $kinds)
         AND EXISTS { MATCH (a)-[r]-(m) WHERE type(r) <> 'MENTIONED_IN' AND ${active("r", inForceAt)} AND ${filterCondition("r", "m")} }
         AND NOT EXISTS { MATCH (a)-[r]-(m) WHERE type(r) <> 'MENTIONED_IN' AND ${active("r", notInForceAt)} AND ${filterCondition("r", "m")} }
       RETURN a ORDER BY a.name LIMIT toInteger($limit)`,
      params,
      read,
    );
    return result.records.map((record) => toNodeModel<"Actor">(record.get("a")));
  };
  return {
    began: await edgesWhere("r.since > date($from) AND r.since <= date($to)"),
    ended: await edgesWhere(`${knownEnd("r")} AND r.until >= date($from) AND r.until < date($to)`),
    entered: await actorsWhere("$to", "$from"),
    left: await actorsWhere("$from", "$to"),
  };
}
