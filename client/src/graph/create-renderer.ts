import Sigma from "sigma";
import { DEFAULT_EDGE_PROGRAM_CLASSES, type Settings } from "sigma/settings";
import { dashedEdgeType } from "./appearance.js";
import { EdgeDashedArrowProgram } from "./dashed-edge-program.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./explorer-graph.js";
import { reduceEdge, reduceNode, type Highlight } from "./highlight.js";

export interface RendererEvents {
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  /** Runs after each frame is drawn; the first call with nodes is the time to first graph. */
  afterRender(): void;
}

export interface GraphRenderer {
  sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Redraws now, after the highlight changed. */
  refresh(): void;
  /** Moves the camera to a node, zoomed so that its visible neighbours fit around it. */
  centreOn(node: string): void;
  /** Moves the camera so that all these nodes are in view, with a margin. */
  fitNodes(nodes: string[]): void;
  kill(): void;
}

/** Above this many edges, panning and zooming draw the nodes alone (see followGraphSize). */
export const largeGraphEdges = 2000;

/** The explorer's sigma settings; the render benchmark draws with the same ones. */
export function explorerSettings(
  graph: ExplorerGraph,
  highlight: Highlight,
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    allowInvalidContainer: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { ...DEFAULT_EDGE_PROGRAM_CLASSES, [dashedEdgeType]: EdgeDashedArrowProgram },
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    // One label per 120 × 40 px cell at most, and only for nodes drawn at least 7 px wide: labels do not overlap.
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    enableEdgeEvents: true,
    // Room around the graph for the labels of its outermost nodes, so the canvas's edge does not cut them.
    stagePadding: 70,
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => reduceNode(graph, highlight, node, data),
    edgeReducer: (edge, data) => reduceEdge(graph, highlight, edge, data),
  };
}

/**
 * Large graphs hide their edges and labels while the camera moves, and draw them again when it
 * stops: without a GPU, thousands of edges a frame make panning stutter. Follows the graph as it grows.
 */
export function followGraphSize(sigma: Sigma<NodeAttributes, EdgeAttributes>, graph: ExplorerGraph): void {
  const update = () => {
    const large = graph.size > largeGraphEdges;
    if (sigma.getSetting("hideEdgesOnMove") === large) return;
    sigma.setSetting("hideEdgesOnMove", large);
    sigma.setSetting("hideLabelsOnMove", large);
  };
  update();
  graph.on("edgeAdded", update);
  graph.on("edgeDropped", update);
  graph.on("cleared", update);
  graph.on("edgesCleared", update);
  sigma.once("kill", () => {
    graph.off("edgeAdded", update);
    graph.off("edgeDropped", update);
    graph.off("cleared", update);
    graph.off("edgesCleared", update);
  });
}

/**
 * Draws the graph with sigma's WebGL renderer, with its reducers, node dragging and events.
 *
 * @remarks
 * Labels do not pile up: sigma draws at most one label per cell of its label grid, and none for
 * nodes smaller than `labelRenderedSizeThreshold` on screen, except those forced by the highlight.
 */
export function createRenderer(
  container: HTMLElement,
  graph: ExplorerGraph,
  highlight: Highlight,
  events: RendererEvents,
): GraphRenderer {
  // 1. Fail early on a container that cannot hold a canvas.
  if (!(container instanceof HTMLElement)) throw new Error("createRenderer: the container must be an HTML element");

  // 2. The renderer: WebGL nodes and edges, the label grid, the reducers that read the highlight.
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(graph, highlight));
  followGraphSize(sigma, graph);

  // 3. Clicks, double-clicks (which expand instead of zooming) and hover.
  sigma.on("clickNode", ({ node }) => events.clickNode(node));
  sigma.on("clickStage", () => events.clickStage());
  sigma.on("clickEdge", ({ edge }) => events.clickEdge(edge));
  sigma.on("enterEdge", () => (container.style.cursor = "pointer"));
  sigma.on("leaveEdge", () => (container.style.cursor = ""));
  sigma.on("doubleClickNode", (payload) => {
    payload.preventSigmaDefault();
    events.doubleClickNode(payload.node);
  });
  sigma.on("enterNode", ({ node }) => {
    highlight.hovered = node;
    container.style.cursor = "pointer";
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on("leaveNode", () => {
    highlight.hovered = null;
    container.style.cursor = "";
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on("afterRender", () => events.afterRender());

  // 4. Dragging a node: it stays fixed while dragged, so the layout does not pull it back.
  let dragged: string | null = null;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    graph.setNodeAttribute(node, "fixed", true);
  });
  sigma.on("moveBody", ({ event }) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (dragged && !highlight.pinned.has(dragged)) graph.setNodeAttribute(dragged, "fixed", false);
    dragged = null;
  };
  sigma.on("upNode", endDrag);
  sigma.on("upStage", endDrag);

  // 5. Camera moves and cleanup.
  return {
    sigma,
    refresh: () => sigma.refresh({ skipIndexation: true }),
    centreOn(node) {
      sigma.refresh(); // display data from the layout's last positions, not the last frame's
      const centre = sigma.getNodeDisplayData(node);
      if (!centre) return;
      // At ratio 1 the camera shows the framed graph, one unit across; fit the farthest neighbour with a margin.
      let reach = 0.1;
      for (const neighbour of graph.neighbors(node)) {
        const position = highlight.hidden.has(neighbour) ? undefined : sigma.getNodeDisplayData(neighbour);
        if (position) reach = Math.max(reach, Math.abs(position.x - centre.x), Math.abs(position.y - centre.y));
      }
      void sigma.getCamera().animate({ x: centre.x, y: centre.y, ratio: Math.min(8, 2.3 * reach) }, { duration: 400 });
    },
    fitNodes(nodes) {
      sigma.refresh();
      const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((point) => point !== undefined);
      if (points.length === 0) return;
      const xs = points.map((point) => point.x);
      const ys = points.map((point) => point.y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const reach = Math.max(0.05, (maxX - minX) / 2, (maxY - minY) / 2);
      void sigma
        .getCamera()
        .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.min(8, 2.6 * reach) }, { duration: 400 });
    },
    kill: () => sigma.kill(),
  };
}
