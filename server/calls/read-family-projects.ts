import type { Driver } from "neo4j-driver";
import { cachePerVersion } from "../model/cache-per-version.js";
import { visibleNode } from "../model/visibility.js";

/** A project of a call family: when it began and who took part. */
export interface FamilyProject {
  id: string;
  startDate: string | null;
  participants: string[];
}

/** The call families and call topics a project is linked to (IN_FAMILY, FUNDED_UNDER). */
export interface ProjectLinks {
  families: string[];
  calls: string[];
}

interface FamilyIndex {
  database: string;
  version: string;
  families: Map<string, FamilyProject[]>;
  links: Map<string, ProjectLinks>;
}

const readProjects = `
MATCH (f:CallFamily)<-[:IN_FAMILY]-(q:Project) WHERE ${visibleNode("q")}
RETURN f.id AS family, q.id AS project, toString(q.startDate) AS startDate,
  [(q)<-[:PARTICIPATES_IN]-(x:Actor) WHERE ${visibleNode("x")} | x.id] AS participants`;

const readCalls = `
MATCH (q:Project)-[:FUNDED_UNDER]->(c:Call) WHERE ${visibleNode("q")}
RETURN q.id AS project, c.id AS call`;

async function loadIndex(driver: Driver, database: string, version: string): Promise<FamilyIndex> {
  const [result, calls] = await Promise.all([
    driver.executeQuery(readProjects, {}, { database, routing: "READ" }),
    driver.executeQuery(readCalls, {}, { database, routing: "READ" }),
  ]);
  const families = new Map<string, FamilyProject[]>();
  const links = new Map<string, ProjectLinks>();
  const linksOf = (project: string) => {
    const known = links.get(project) ?? { families: [], calls: [] };
    links.set(project, known);
    return known;
  };
  for (const record of calls.records) linksOf(record.get("project") as string).calls.push(record.get("call") as string);
  for (const record of result.records) {
    const family = record.get("family") as string;
    linksOf(record.get("project") as string).families.push(family);
    const list = families.get(family) ?? [];
    list.push({
      id: record.get("project") as string,
      startDate: (record.get("startDate") as string | null) ?? null,
      participants: record.get("participants") as string[],
    });
    families.set(family, list);
  }
  return { database, version, families, links };
}

const readIndex = cachePerVersion(loadIndex);

/**
 * The projects of every call family with their participants, read once per version of the graph
 * (the caller passes the version it read): who has won in which family does not depend on the actor.
 */
export async function readFamilyProjects(
  driver: Driver,
  database: string,
  version: string,
): Promise<Map<string, FamilyProject[]>> {
  return (await readIndex(driver, database, version)).families;
}

/** Each project's call families and call topics, read with {@link readFamilyProjects}. */
export async function readProjectLinks(
  driver: Driver,
  database: string,
  version: string,
): Promise<Map<string, ProjectLinks>> {
  return (await readIndex(driver, database, version)).links;
}
