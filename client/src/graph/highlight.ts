import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import {
  beganColour,
  dashedEdgeType,
  dimmedColour,
  endedColour,
  highlightColour,
  unstatedEdgeColour,
} from "./appearance.js";
import { tieStyle } from "./tie-certainty.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./explorer-graph.js";
import { describeRelationshipType, sharedTieType } from "../state/vocabulary.js";

/** What the drawing emphasises or leaves out; the reducers read it on each render. */
export interface Highlight {
  selected: string | null;
  /** The relationship whose evidence is open: drawn thick. */
  selectedEdge: string | null;
  hovered: string | null;
  hidden: Set<string>;
  pinned: Set<string>;
  /** The actors whose neighbourhoods are drawn: their labels are always shown. */
  focus: Set<string>;
  /** Nodes and edges of the highlighted paths; everything else is dimmed while a path is shown. */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

export function createHighlight(): Highlight {
  return {
    selected: null,
    selectedEdge: null,
    hovered: null,
    hidden: new Set(),
    pinned: new Set(),
    focus: new Set(),
    pathNodes: new Set(),
    pathEdges: new Set(),
  };
}

/** The node as drawn: hidden, dimmed outside a path or a hovered neighbourhood, labelled when it matters. */
export function reduceNode(
  graph: ExplorerGraph,
  highlight: Highlight,
  node: string,
  data: NodeAttributes,
): Partial<NodeDisplayData> {
  if (highlight.hidden.has(node)) return { ...data, hidden: true };
  const display: Partial<NodeDisplayData> = { ...data };
  if (highlight.pinned.has(node)) display.label = `📌 ${data.label}`;
  if (highlight.focus.has(node)) display.forceLabel = true;

  const outsidePath = highlight.pathNodes.size > 0 && !highlight.pathNodes.has(node);
  const outsideHover =
    highlight.hovered !== null && highlight.hovered !== node && !graph.areNeighbors(highlight.hovered, node);
  if (outsidePath || outsideHover) {
    display.color = dimmedColour;
    display.label = null;
    display.forceLabel = false;
    display.zIndex = 0;
  } else {
    display.zIndex = 1;
  }
  if (highlight.pathNodes.has(node)) display.forceLabel = true;
  if (node === highlight.selected || node === highlight.hovered) {
    display.highlighted = true;
    display.forceLabel = true;
    display.zIndex = 2;
  }
  return display;
}

export function reduceEdge(
  graph: ExplorerGraph,
  highlight: Highlight,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeDisplayData> {
  const [source, target] = graph.extremities(edge);
  if (highlight.hidden.has(source) || highlight.hidden.has(target)) return { ...data, hidden: true };
  if (coversPathStep(graph, highlight, edge, source, target)) return { ...data, hidden: true };
  // Proposed or intended ties are dashed and unstated ones lighter, whatever else is emphasised.
  const style = tieStyle(data);
  const display: Partial<EdgeDisplayData> = {
    ...data,
    label: describeRelationshipType(data.relationship),
    // A tie between partners runs both ways.
    type: data.relationship === sharedTieType ? "line" : style.dashed ? dashedEdgeType : undefined,
  };
  if (style.faded) display.color = unstatedEdgeColour;
  if (edge === highlight.selectedEdge)
    return { ...display, color: highlightColour, size: Math.max(4, data.size + 2), zIndex: 3 };
  if (data.change === "began") display.color = beganColour;
  if (data.change === "ended") display.color = endedColour;
  if (highlight.pathEdges.has(edge))
    return { ...display, color: highlightColour, size: Math.max(3, data.size), zIndex: 2 };
  const touchesHover = highlight.hovered !== null && (source === highlight.hovered || target === highlight.hovered);
  if (highlight.pathEdges.size > 0 || (highlight.hovered !== null && !touchesHover))
    return { ...display, color: dimmedColour, zIndex: 0 };
  return { ...display, zIndex: 1 };
}

/**
 * Whether an edge lies on the line of a highlighted path's step without being that step: a
 * partner view's thick tie between the same two organisations would be drawn over the step.
 */
function coversPathStep(graph: ExplorerGraph, highlight: Highlight, edge: string, source: string, target: string) {
  if (highlight.pathEdges.size === 0 || highlight.pathEdges.has(edge)) return false;
  return graph.edges(source, target).some((other) => highlight.pathEdges.has(other));
}

/** How many nodes a person sees: those drawn minus those hidden. */
export function countVisible(graph: ExplorerGraph, highlight: Highlight): { nodes: number; edges: number } {
  const nodes = graph.filterNodes((node) => !highlight.hidden.has(node)).length;
  const edges = graph.filterEdges(
    (_edge, _attributes, source, target) => !highlight.hidden.has(source) && !highlight.hidden.has(target),
  ).length;
  return { nodes, edges };
}
