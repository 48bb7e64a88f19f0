import type { Driver } from "neo4j-driver";
import { callOf } from "../../calls/index.js";
import { destinationOf } from "../../consortium/index.js";

/** A link from a CORDIS project to a call topic (FUNDED_UNDER) or to a call family (IN_FAMILY). */
export interface ProjectLink {
  project: string;
  type: "FUNDED_UNDER" | "IN_FAMILY";
  target: string;
}

/** A project as the linking reads it: its CORDIS topics and call. */
export interface ProjectCodes {
  id: string;
  topics: string[];
  call: string | null;
}

/**
 * The links a project should have: FUNDED_UNDER to each call topic its topics name, IN_FAMILY to
 * the call (its CORDIS call, else each topic without its last segment) and the destination of
 * each topic; only targets that exist (`calls`, `families`) are linked. Codes compare upper case.
 */
export function planProjectLinks(project: ProjectCodes, calls: Set<string>, families: Set<string>): ProjectLink[] {
  const links = new Map<string, ProjectLink>();
  const add = (type: ProjectLink["type"], target: string | null, known: Set<string>) => {
    if (target !== null && known.has(target)) links.set(`${type}|${target}`, { project: project.id, type, target });
  };
  for (const topic of project.topics.map((code) => code.toUpperCase())) {
    add("FUNDED_UNDER", topic, calls);
    add("IN_FAMILY", project.call ? project.call.toUpperCase() : callOf(topic), families);
    add("IN_FAMILY", destinationOf(topic), families);
  }
  return [...links.values()];
}

const readProjects = `
MATCH (p:Project) WHERE any(t IN coalesce(p.topics, []) WHERE toUpper(t) STARTS WITH 'HORIZON-')
RETURN p.id AS id, p.topics AS topics, p.call AS call`;

const readTargets = `
CALL () { MATCH (c:Call) RETURN collect(toUpper(c.id)) AS calls }
CALL () { MATCH (f:CallFamily) RETURN collect(toUpper(f.id)) AS families }
RETURN calls, families`;

const writeLinks = `
UNWIND $links AS link
MATCH (p:Project {id: link.project})
CALL (p, link) {
  WITH p, link WHERE link.type = 'FUNDED_UNDER'
  MATCH (c:Call) WHERE toUpper(c.id) = link.target
  MERGE (p)-[r:FUNDED_UNDER]->(c)
  RETURN count(r) AS funded
}
CALL (p, link) {
  WITH p, link WHERE link.type = 'IN_FAMILY'
  MATCH (f:CallFamily {id: link.target})
  MERGE (p)-[r:IN_FAMILY]->(f)
  RETURN count(r) AS inFamily
}
RETURN count(*) AS written`;

const deleteStale = `
MATCH (p:Project)-[r:FUNDED_UNDER|IN_FAMILY]->(t)
WHERE NOT p.id + '|' + type(r) + '|' + toUpper(t.id) IN $keys
DELETE r
RETURN count(r) AS deleted`;

/**
 * Links every Horizon Europe project to the call topics it was funded under and to the calls and
 * destinations of the graph's Call nodes, and removes links that no longer hold, in one
 * transaction. Run after calls or projects are imported: either side may arrive first.
 */
export async function linkCallProjects(driver: Driver, database: string): Promise<{ links: number; deleted: number }> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const targets = (await tx.run(readTargets)).records[0];
        const calls = new Set<string>(targets.get("calls"));
        const families = new Set<string>(targets.get("families"));
        const projects = (await tx.run(readProjects)).records.map((record): ProjectCodes => ({
          id: record.get("id"),
          topics: record.get("topics"),
          call: record.get("call"),
        }));
        const links = projects.flatMap((project) => planProjectLinks(project, calls, families));
        const keys = links.map((link) => `${link.project}|${link.type}|${link.target}`);
        const deleted = await tx.run(deleteStale, { keys });
        for (let start = 0; start < links.length; start += 5000)
          await tx.run(writeLinks, { links: links.slice(start, start + 5000) });
        return { links: links.length, deleted: Number(deleted.records[0]?.get("deleted") ?? 0) };
      },
      { timeout: 300_000 },
    );
  } finally {
    await session.close();
  }
}
