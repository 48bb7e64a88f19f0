import { MultiDirectedGraph } from "graphology";
import type { GraphView_NetworkFragment } from "../generated/graphql.js";

type ApiEdge = GraphView_NetworkFragment["edges"][number];
export type EvidenceData = ApiEdge["evidence"][number];

/** Something two organisations share (a project, an agreement, a body, a statement), with its evidence. */
export interface SharedThing {
  id: string;
  label: string;
  type: string;
  evidence: EvidenceData[];
  /** A shared project's dates, programme parts and CORDIS record number, where the view has them. */
  since?: string | null;
  until?: string | null;
  programmeParts?: string[] | null;
  rcn?: string | null;
}

/**
 * A relationship as the API returns it; an organisation view's tie between two partners also
 * carries what they share.
 */
export type NetworkEdgeData = ApiEdge & {
  shared?: SharedThing[];
  /** The shared things are drawn, their evidence is still on its way. */
  sharedPending?: boolean;
  change?: "began" | "ended";
};
export type NetworkNodeData = GraphView_NetworkFragment["nodes"][number];

/** A network as the API returns it (`Network`, without its truncation note). */
export interface NetworkData {
  nodes: NetworkNodeData[];
  edges: NetworkEdgeData[];
}

/**
 * A node as sigma draws it. The API's `type` is kept as `category`: sigma reads `type` as the
 * name of the program that draws the node.
 */
export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  category: string;
  kind: string | null;
  degree: number;
  /** Kept in place by the layout: pinned by a person, or being dragged. */
  fixed?: boolean;
}

/** A relationship as sigma draws it; `relationship` is the API's type (PART_OF…). */
export interface EdgeAttributes {
  relationship: string;
  since: string | null;
  until: string | null;
  datePrecision: string | null;
  /** How far from decided and how certain the tie is, as the API gives it. */
  status: ApiEdge["status"];
  confidence: ApiEdge["confidence"];
  weight: number;
  evidence: EvidenceData[];
  /** What two organisations share, on an organisation view's tie. */
  shared?: SharedThing[];
  /** The shared things are drawn, their evidence is still on its way. */
  sharedPending?: boolean;
  /** Marked when the year changed: the tie began, or ended, since the previous year shown. */
  change?: "began" | "ended";
  size: number;
  color: string;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A directed multigraph: two actors can be related in more than one way. */
export function createExplorerGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}
