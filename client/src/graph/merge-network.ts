import { edgeColour, nodeColour, sizeForDegree } from "./appearance.js";
import { sharedTieType } from "../state/vocabulary.js";
import type { ExplorerGraph, NetworkData } from "./explorer-graph.js";

/** Joins networks into one: each node and edge once, the first one seen wins. */
export function combineNetworks(networks: NetworkData[]): NetworkData {
  const nodes = new Map<string, NetworkData["nodes"][number]>();
  const edges = new Map<string, NetworkData["edges"][number]>();
  for (const network of networks) {
    for (const node of network.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of network.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export interface SyncResult {
  added: string[];
  removed: string[];
}

/**
 * Makes the graph hold exactly `network`: adds what is new, updates what is there, drops what
 * is gone. Nodes already drawn keep their place, so merging a neighbourhood does not scramble the
 * picture; a new node starts beside a neighbour already drawn, or on a circle when it has none.
 * Edges whose ends are missing are left out.
 */
export function syncGraph(graph: ExplorerGraph, network: NetworkData): SyncResult {
  const wanted = new Set(network.nodes.map((node) => node.id));
  const removed = graph.filterNodes((node) => !wanted.has(node));
  for (const node of removed) graph.dropNode(node);

  const placed = new Set(graph.nodes());
  const added: string[] = [];
  network.nodes.forEach((node, index) => {
    const attributes = {
      label: node.label,
      category: node.type,
      kind: node.kind ?? null,
      degree: node.degree,
      color: nodeColour(node.type, node.kind ?? null),
      size: sizeForDegree(node.degree),
    };
    if (graph.hasNode(node.id)) {
      graph.mergeNodeAttributes(node.id, attributes);
    } else {
      graph.addNode(node.id, { ...attributes, ...startingPosition(node.id, index, network.nodes.length) });
      added.push(node.id);
    }
  });

  const wantedEdges = new Set(network.edges.map((edge) => edge.id));
  graph.forEachEdge((edge) => {
    if (!wantedEdges.has(edge)) graph.dropEdge(edge);
  });
  for (const edge of network.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    const attributes = {
      relationship: edge.type,
      since: edge.since ?? null,
      until: edge.until ?? null,
      datePrecision: edge.datePrecision ?? null,
      status: edge.status,
      confidence: edge.confidence,
      weight: edge.weight,
      evidence: edge.evidence,
      shared: edge.shared,
      sharedPending: edge.sharedPending,
      change: edge.change,
      size: edgeSize(edge.type, edge.weight),
      color: edgeColour,
    };
    if (graph.hasEdge(edge.id)) graph.mergeEdgeAttributes(edge.id, attributes);
    else graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attributes);
  }

  placeBesideNeighbours(graph, added, placed);
  return { added, removed };
}

/** Line width from weight: an organisation view's strengths spread wider than a relationship's weight. */
function edgeSize(type: string, weight: number): number {
  return type === sharedTieType ? Math.min(8, 1 + 3 * Math.sqrt(weight)) : Math.min(4, 1 + Math.log2(1 + weight));
}

function startingPosition(id: string, index: number, count: number): { x: number; y: number } {
  const angle = (2 * Math.PI * index) / Math.max(1, count);
  const radius = 10 * Math.sqrt(count) * (0.8 + 0.4 * jitter(id));
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

function placeBesideNeighbours(graph: ExplorerGraph, added: string[], placed: Set<string>): void {
  for (const node of added) {
    const anchor = graph.neighbors(node).find((neighbour) => placed.has(neighbour));
    if (!anchor) continue;
    const { x, y } = graph.getNodeAttributes(anchor);
    const angle = 2 * Math.PI * jitter(node);
    const distance = 2 + 3 * jitter(`${node}/distance`);
    graph.mergeNodeAttributes(node, { x: x + distance * Math.cos(angle), y: y + distance * Math.sin(angle) });
  }
}

/** A number in [0, 1) that depends only on the text: layouts start the same for the same data. */
function jitter(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) / 4294967296;
}
