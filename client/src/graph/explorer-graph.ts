import { MultiDirectedGraph } from "graphology";
import type { GraphView_NetworkFragment } from "../generated/graphql.js";

/** A network as the API returns it (`Network`, without its truncation note). */
export type NetworkData = Pick<GraphView_NetworkFragment, "nodes" | "edges">;
export type NetworkNodeData = NetworkData["nodes"][number];
export type NetworkEdgeData = NetworkData["edges"][number];
export type EvidenceData = NetworkEdgeData["evidence"][number];

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
  weight: number;
  evidence: EvidenceData[];
  size: number;
  color: string;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** A directed multigraph: two actors can be related in more than one way. */
export function createExplorerGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: false });
}
