import type { Driver } from "neo4j-driver";
import { visibleNode } from "../model/visibility.js";

/** A project of a call family: when it began and who took part. */
export interface FamilyProject {
  id: string;
  startDate: string | null;
  participants: string[];
}

interface FamilyIndex {
  database: string;
  version: string;
  families: Map<string, FamilyProject[]>;
}

const readProjects = `
MATCH (f:CallFamily)<-[:IN_FAMILY]-(q:Project) WHERE ${visibleNode("q")}
RETURN f.id AS family, q.id AS project, toString(q.startDate) AS startDate,
  [(q)<-[:PARTICIPATES_IN]-(x:Actor) WHERE ${visibleNode("x")} | x.id] AS participants`;

let cached: FamilyIndex | null = null;
let loading: Promise<FamilyIndex> | null = null;

async function loadIndex(driver: Driver, database: string, version: string): Promise<FamilyIndex> {
  const result = await driver.executeQuery(readProjects, {}, { database, routing: "READ" });
  const families = new Map<string, FamilyProject[]>();
  for (const record of result.records) {
    const family = record.get("family") as string;
    const list = families.get(family) ?? [];
    list.push({
      id: record.get("project") as string,
      startDate: (record.get("startDate") as string | null) ?? null,
      participants: record.get("participants") as string[],
    });
    families.set(family, list);
  }
  return { database, version, families };
}

/**
 * The projects of every call family with their participants, read once per version of the graph
 * (the caller passes the version it read): who has won in which family does not depend on the actor.
 */
export async function readFamilyProjects(
  driver: Driver,
  database: string,
  version: string,
): Promise<Map<string, FamilyProject[]>> {
  if (cached?.database === database && cached.version === version) return cached.families;
  loading ??= loadIndex(driver, database, version).finally(() => {
    loading = null;
  });
  cached = await loading;
  return cached.families;
}
