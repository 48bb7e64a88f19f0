import type { Driver } from "neo4j-driver";
import { tieTypePattern } from "../model/non-tie-types.js";
import type { ResolversTypes, Truncation } from "../generated/resolvers-types.js";
import { deletedNodes } from "../model/visibility.js";
import { attachSources, type RawEvidence } from "./evidence.js";
import { combineCertainty } from "./edge-certainty.js";
import { labelOf, toPlainValue, typeOfLabels } from "../model/graph-values.js";
import { filterCondition } from "../model/filter-condition.js";
import { type FilterParams } from "../model/validate-arguments.js";

export type Network = ResolversTypes["Network"];
type NetworkEdge = ResolversTypes["NetworkEdge"];

export const noTruncation: Truncation = { truncated: false, omittedNodes: 0, omittedEdges: 0 };

export interface RawEdge {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

const earliest = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const latest = (a: string | null, b: string | null) => (a === null || b === null ? null : b > a ? b : a);

/** Groups relationships by endpoints and type: one edge, with every source's evidence. */
export async function groupEdges(driver: Driver, database: string, raw: RawEdge[]): Promise<NetworkEdge[]> {
  const groups = new Map<string, RawEdge[]>();
  for (const edge of raw) {
    const key = `${edge.source}|${edge.type}|${edge.target}`;
    groups.set(key, [...(groups.get(key) ?? []), edge]);
  }
  const entries = [...groups.entries()];
  const evidence = await attachSources(
    driver,
    database,
    entries.map(([, edges]) => edges.map((edge) => edge.properties as unknown as RawEvidence)),
  );
  return entries.map(([id, edges], index) => {
    const dates = edges.map((edge) => ({
      since: (toPlainValue(edge.properties.since) as string | undefined) ?? null,
      until: (toPlainValue(edge.properties.until) as string | undefined) ?? null,
    }));
    const since = dates.map((d) => d.since).reduce(earliest);
    const until = dates.map((d) => d.until).reduce(latest);
    const certainty = combineCertainty(
      edges.map((edge, at) => ({
        ...dates[at],
        status: edge.properties.status as string | undefined,
        confidence: edge.properties.confidence as string | undefined,
        datePrecision: edge.properties.datePrecision as string | undefined,
      })),
      { since, until },
    );
    return {
      id,
      source: edges[0].source,
      target: edges[0].target,
      type: edges[0].type,
      since,
      until,
      ...certainty,
      weight: edges.length,
      evidence: evidence[index],
    };
  });
}

/**
 * Builds a Network from node element ids: the nodes with their degrees, and every relationship
 * among them that meets the filter (the induced subgraph), grouped with its evidence.
 */
export async function assembleNetwork(
  driver: Driver,
  database: string,
  elementIds: string[],
  filter: FilterParams,
  truncated: Truncation = noTruncation,
): Promise<Network> {
  // Only what a network node shows: whole nodes would bring every project's objective along. A
  // network's nodes are visible, so a tie counts when its other end is: a node's degree is its
  // count of ties by type, which Neo4j keeps without reading them (a hub has thousands), less its
  // ties to the few deleted nodes, found from their side. The nodes and the ties among them are
  // read at once; a tie's dates come as text, which the driver reads far faster.
  const [nodeResult, edgeResult] = await Promise.all([
    driver.executeQuery(
      `WITH COLLECT { ${deletedNodes("d")} } AS deleted
       WITH COLLECT { UNWIND deleted AS d MATCH (d)-[:${tieTypePattern}]-(x) WHERE elementId(x) IN $ids RETURN elementId(x) } AS touched
       MATCH (n) WHERE elementId(n) IN $ids
       RETURN elementId(n) AS elementId, labels(n) AS labels, n {.id, .shortName, .acronym, .name, .title, .rcn, .kind} AS node,
              COUNT { (n)-[:${tieTypePattern}]-() } - size([x IN touched WHERE x = elementId(n)]) AS degree`,
      { ids: elementIds },
      { database, routing: "READ" },
    ),
    driver.executeQuery(
      `MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids AND elementId(b) IN $ids AND type(r) <> 'MENTIONED_IN'
         AND ${filterCondition("r", "b")}
       RETURN a.id AS source, b.id AS target, type(r) AS type,
              r {.datePrecision, .status, .confidence, .sourceId, .locator, .quote,
                 since: CASE WHEN r.since IS :: DATE THEN toString(r.since) ELSE r.since END,
                 until: CASE WHEN r.until IS :: DATE THEN toString(r.until) ELSE r.until END} AS properties`,
      { ids: elementIds, ...filter },
      { database, routing: "READ" },
    ),
  ]);
  const position = new Map(elementIds.map((id, index) => [id, index]));
  const nodes = nodeResult.records
    .map((record) => ({
      elementId: record.get("elementId") as string,
      labels: record.get("labels") as string[],
      properties: record.get("node") as Record<string, unknown>,
      degree: Number(record.get("degree")),
    }))
    .sort((a, b) => (position.get(a.elementId) ?? 0) - (position.get(b.elementId) ?? 0))
    .map((node) => ({
      id: String(node.properties.id),
      label: labelOf(node.properties),
      type: typeOfLabels(node.labels),
      kind: (node.properties.kind as string | undefined) ?? null,
      degree: node.degree,
    }));
  const raw = edgeResult.records.map((record) => ({
    source: record.get("source"),
    target: record.get("target"),
    type: record.get("type"),
    properties: record.get("properties"),
  }));
  let edges = await groupEdges(driver, database, raw);
  if (filter.minWeight !== null) edges = edges.filter((edge) => edge.weight >= (filter.minWeight ?? 0));
  return { nodes, edges, truncated };
}
