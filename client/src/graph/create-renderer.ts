import Sigma from "sigma";
import { DEFAULT_EDGE_PROGRAM_CLASSES, type Settings } from "sigma/settings";
import { dashedEdgeType } from "./appearance.js";
import { EdgeDashedArrowProgram } from "./dashed-edge-program.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./explorer-graph.js";
import { reduceEdge, reduceNode, type Highlight } from "./highlight.js";
import { createLabelPlacer, type LabelPlacer } from "./place-labels.js";

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
  /** Moves the camera to a node and its visible neighbours, zoomed in as far as they all fit. */
  centreOn(node: string): void;
  /** Moves the camera so that all these nodes are in view, with a margin. */
  fitNodes(nodes: string[]): void;
  /**
   * Keeps the graph's scale on screen as it is while nodes are added around the drawn ones, which
   * keep their places on screen too (sigma otherwise rescales to the graph's new extent).
   */
  holdScale(): void;
  /** Lets the scale follow the graph's extent again, for a new layout. */
  releaseScale(): void;
  /** Moves the camera so that every shown node is in view, if one of these is drawn outside it. */
  revealNodes(nodes: string[]): void;
  kill(): void;
}

/** Above this many edges, panning and zooming draw the nodes alone (see followGraphSize). */
export const largeGraphEdges = 2000;

/** The explorer's sigma settings; the render benchmark draws with the same ones. */
export function explorerSettings(
  graph: ExplorerGraph,
  highlight: Highlight,
  labels: LabelPlacer = createLabelPlacer(),
): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    allowInvalidContainer: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { ...DEFAULT_EDGE_PROGRAM_CLASSES, [dashedEdgeType]: EdgeDashedArrowProgram },
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    // Every label is offered, biggest node first (one grid cell holds them all); the placer draws
    // each where it overlaps no other and stays on the canvas, shortened if need be.
    labelDensity: 10_000,
    labelGridCellSize: 100_000,
    labelRenderedSizeThreshold: 0,
    defaultDrawNodeLabel: labels.drawLabel,
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
 * Labels do not pile up: each is placed beside its node where no other label is (`createLabelPlacer`),
 * hubs first. The panels sit above and below the canvas, never over it, so no label hides under one.
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
  const labels = createLabelPlacer();
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(graph, highlight, labels));
  followGraphSize(sigma, graph);
  const labelContext = sigma.getCanvases().labels.getContext("2d");
  sigma.on("beforeRender", () => {
    if (!labelContext) return;
    const discs: { x: number; y: number; radius: number }[] = [];
    graph.forEachNode((node) => {
      const shown = sigma.getNodeDisplayData(node);
      if (!shown || shown.hidden) return;
      discs.push({ ...sigma.framedGraphToViewport(shown), radius: sigma.scaleSize(shown.size) });
    });
    labels.startFrame(labelContext, discs);
  });
  // The canvas changes size with the panels above it (a note appears), not only with the window.
  const resizing = new ResizeObserver(() => sigma.scheduleRefresh());
  resizing.observe(container);

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

  // 5. Camera moves and cleanup. The camera zooms in as far as all the nodes it frames stay on
  // the canvas with room for a line of label around them: the closer, the more labels find room.
  const margin = 24;
  function frame(points: { x: number; y: number }[]) {
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    const { width, height } = sigma.getDimensions();
    const fits = (ratio: number) =>
      points.every((point) => {
        const shown = sigma.framedGraphToViewport(point, { cameraState: { ...centre, ratio, angle: 0 } });
        return shown.x >= margin && shown.x <= width - margin && shown.y >= margin && shown.y <= height - margin;
      });
    let ratio = 0.1;
    while (ratio < 8 && !fits(ratio)) ratio *= 1.1;
    void sigma.getCamera().animate({ ...centre, ratio: Math.min(8, ratio) }, { duration: 400 });
  }
  return {
    sigma,
    refresh: () => sigma.refresh({ skipIndexation: true }),
    centreOn(node) {
      sigma.refresh(); // display data from the layout's last positions, not the last frame's
      const centre = sigma.getNodeDisplayData(node);
      if (!centre) return;
      const neighbours = graph
        .neighbors(node)
        .map((neighbour) => (highlight.hidden.has(neighbour) ? undefined : sigma.getNodeDisplayData(neighbour)))
        .filter((point) => point !== undefined);
      frame([centre, ...neighbours]);
    },
    fitNodes(nodes) {
      sigma.refresh();
      const points = nodes.map((node) => sigma.getNodeDisplayData(node)).filter((point) => point !== undefined);
      if (points.length > 0) frame(points);
    },
    holdScale() {
      if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
    },
    releaseScale: () => sigma.setCustomBBox(null),
    revealNodes(nodes) {
      sigma.refresh();
      const { width, height } = sigma.getDimensions();
      const outside = nodes.some((node) => {
        const shown = highlight.hidden.has(node) ? undefined : sigma.getNodeDisplayData(node);
        if (!shown) return false;
        const point = sigma.framedGraphToViewport(shown);
        return point.x < 0 || point.x > width || point.y < 0 || point.y > height;
      });
      if (!outside) return;
      const points = graph
        .filterNodes((node) => !highlight.hidden.has(node))
        .map((node) => sigma.getNodeDisplayData(node))
        .filter((point) => point !== undefined);
      if (points.length > 0) frame(points);
    },
    kill: () => {
      resizing.disconnect();
      sigma.kill();
    },
  };
}
