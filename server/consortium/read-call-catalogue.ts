import type { Driver, Node } from "neo4j-driver";
import { cachePerVersion } from "../model/cache-per-version.js";
import { toNodeModel } from "../model/graph-values.js";
import type { CallFamilyModel, CallModel, ProjectModel, SourceModel } from "../model/node-models.js";
import { callTerms, callWordCounts, inverseFrequencies, type CallTerms } from "./call-text.js";

type Plain = Record<string, unknown>;

/** A call as openCalls and callBrief read it: the GraphQL object, its families and its profile of words. */
export interface CatalogueCall {
  id: string;
  /** The Call as GraphQL serves it, with its families, projects and source. */
  object: CallObject;
  deadline: string | null;
  actionType: string | null;
  families: Array<{ id: string; level: "CALL" | "DESTINATION"; name: string | null }>;
  terms: CallTerms;
}

/** A call with the nodes it is tied to, so that GraphQL need not read them again. */
export type CallObject = CallModel & {
  families: CallFamilyModel[];
  projects: ProjectModel[];
  mentionedIn: SourceModel[];
};

export interface CallCatalogue {
  database: string;
  version: string;
  calls: Map<string, CatalogueCall>;
}

const readVersion = "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN toString(coalesce(m.version, 0)) AS version";

const readCalls = `
MATCH (c:Call)
RETURN c,
  [(c)-[:IN_FAMILY]->(f:CallFamily) | f] AS families,
  [(c)<-[:FUNDED_UNDER]-(p:Project) WHERE p.deletedAt IS NULL | p] AS projects,
  [(c)-[:MENTIONED_IN]->(s:Source) | s] AS sources`;

/** The graph's version: imports and edits bump it, so what is read once per version stays right. */
export async function readGraphVersion(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery(readVersion, {}, { database, routing: "READ" });
  return String(result.records[0].get("version"));
}

async function loadCatalogue(driver: Driver, database: string, version: string): Promise<CallCatalogue> {
  const result = await driver.executeQuery(readCalls, {}, { database, routing: "READ" });
  const rows = result.records.map((record) => {
    const node = record.get("c") as Node;
    const properties = node.properties as Plain;
    return {
      node,
      counts: callWordCounts({
        title: String(properties.title ?? ""),
        description: [properties.description, properties.destination].filter(Boolean).join(" "),
      }),
      families: (record.get("families") as Node[]).map((family) => toNodeModel<"CallFamily">(family)),
      projects: (record.get("projects") as Node[]).map((project) => toNodeModel<"Project">(project)),
      sources: (record.get("sources") as Node[]).map((source) => toNodeModel<"Source">(source)),
    };
  });
  const idf = inverseFrequencies(rows.map((row) => row.counts));
  const calls = new Map<string, CatalogueCall>();
  for (const row of rows) {
    // The hash by which an import tells a changed call is the import's, not the reader's.
    const { rowHash: _hash, ...own } = toNodeModel<"Call">(row.node) as CallModel & { rowHash?: string };
    const object: CallObject = { ...own, families: row.families, projects: row.projects, mentionedIn: row.sources };
    calls.set(String(object.id), {
      id: String(object.id),
      object,
      deadline: (object.deadline as string | null) ?? null,
      actionType: (object.actionType as string | null) ?? null,
      families: row.families.map((family) => ({
        id: String(family.id),
        level: family.level as "CALL" | "DESTINATION",
        name: (family.name as string | null) ?? null,
      })),
      terms: callTerms(row.counts, idf),
    });
  }
  return { database, version, calls };
}

const cachedCatalogue = cachePerVersion(loadCatalogue);

/**
 * Every call of the graph with its profile of words (tf × idf over all calls), read once per
 * version of the graph: an import or an edit bumps the version, and the next read reloads.
 */
export async function readCallCatalogue(driver: Driver, database: string): Promise<CallCatalogue> {
  return cachedCatalogue(driver, database, await readGraphVersion(driver, database));
}
