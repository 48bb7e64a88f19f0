import Sigma from "sigma";
import {
  createExplorerGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from "../../client/src/graph/explorer-graph.js";
import { explorerSettings, followGraphSize } from "../../client/src/graph/create-renderer.js";
import { createHighlight } from "../../client/src/graph/highlight.js";
import { mulberry32 } from "../seeded-random.js";

/** What the page reports to the bench on `window.__bench`. */
export interface RenderFigures {
  nodes: number;
  edges: number;
  viewport: string;
  buildMs: number;
  drawMs: number;
  firstDrawMs: number;
  fps: number;
  frames: number;
  /** Median time sigma itself took to draw a frame while panning. */
  sigmaFrameMs: number;
  renderer: string;
}

declare global {
  interface Window {
    __bench?: RenderFigures | { error: string };
  }
}

function webglRenderer(): string {
  const gl = document.createElement("canvas").getContext("webgl");
  if (!gl) return "no WebGL";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
}

/** Builds a random graph of N nodes and about 2N edges, draws it with the explorer's sigma settings, then pans it with the mouse. */
async function run(): Promise<RenderFigures> {
  const count = Number(new URLSearchParams(location.search).get("nodes") ?? 1000);
  const random = mulberry32(count);
  const buildStarted = performance.now();
  const graph = createExplorerGraph();
  const colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"];
  for (let i = 0; i < count; i += 1) {
    graph.addNode(`n${i}`, {
      x: random() * 1000,
      y: random() * 1000,
      size: 2 + random() * 6,
      color: colours[i % colours.length],
      label: `Organisation ${i}`,
      category: "Actor",
      kind: "COMPANY",
      degree: 0,
    });
  }
  for (let i = 0; i < count * 2; i += 1) {
    const source = `n${Math.floor(random() * count)}`;
    // Preferential-ish targets: a few hubs get many edges, as in the collaboration graph.
    const target = `n${Math.floor(count * random() ** 3)}`;
    if (source === target) continue;
    const attributes: EdgeAttributes = {
      relationship: "PARTICIPATES_IN",
      since: null,
      until: null,
      datePrecision: null,
      status: "IN_EFFECT",
      confidence: "STATED",
      weight: 1,
      evidence: [],
      size: 1,
      color: "#ccc",
    };
    graph.addEdge(source, target, attributes);
  }
  const buildMs = performance.now() - buildStarted;
  const container = document.getElementById("graph") as HTMLElement;
  const highlight = createHighlight();
  const drawStarted = performance.now();
  let renders = 0;
  let firstDraw = 0;
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, explorerSettings(graph, highlight));
  followGraphSize(sigma, graph);
  // Sigma's constructor renders synchronously; the first draw is on screen at the next animation frame.
  // Sigma's own work for each frame (JavaScript and WebGL calls), apart from what the browser then
  // spends compositing and rasterising: the gap between the two says where a slow frame goes.
  let renderStarted = 0;
  const renderMs: number[] = [];
  sigma.on("beforeRender", () => {
    renderStarted = performance.now();
  });
  sigma.on("afterRender", () => {
    renders += 1;
    if (renderStarted) renderMs.push(performance.now() - renderStarted);
  });
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      firstDraw = performance.now();
      resolve();
    }),
  );
  const drawMs = firstDraw - drawStarted;
  // Pan for three seconds as a user does, dragging the stage with the mouse (sigma's own mouse
  // handling moves the camera), one move every animation frame; count the frames sigma draws.
  const box = container.getBoundingClientRect();
  const at = (t: number) => ({
    clientX: box.left + box.width / 2 + 200 * Math.sin(t * 2),
    clientY: box.top + box.height / 2 + 200 * Math.cos(t * 2) - 200,
  });
  // Sigma listens for the press on its top canvas, and for moves and the release on the document.
  sigma.getCanvases().mouse.dispatchEvent(new MouseEvent("mousedown", { ...at(0), button: 0, bubbles: true }));
  const panStarted = performance.now();
  const rendersBefore = renders;
  await new Promise<void>((resolve) => {
    const step = (now: number) => {
      const t = (now - panStarted) / 1000;
      document.dispatchEvent(new MouseEvent("mousemove", { ...at(t), button: 0, bubbles: true }));
      if (now - panStarted < 3000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  const seconds = (performance.now() - panStarted) / 1000;
  const frames = renders - rendersBefore;
  const panRenders = renderMs.slice(-frames).sort((a, b) => a - b);
  const sigmaFrameMs = panRenders.length ? Math.round(panRenders[Math.floor(panRenders.length / 2)] * 10) / 10 : 0;
  document.dispatchEvent(
    new MouseEvent("mouseup", { ...at((performance.now() - panStarted) / 1000), button: 0, bubbles: true }),
  );
  // The release schedules one more frame (edges back): let it draw before the renderer goes.
  await new Promise((resolve) => setTimeout(resolve, 100));
  sigma.kill();
  return {
    nodes: graph.order,
    edges: graph.size,
    viewport: `${Math.round(box.width)}×${Math.round(box.height)}`,
    buildMs: Math.round(buildMs),
    drawMs: Math.round(drawMs),
    firstDrawMs: Math.round(firstDraw),
    fps: Math.round((frames / seconds) * 10) / 10,
    frames,
    sigmaFrameMs,
    renderer: webglRenderer(),
  };
}

run().then(
  (figures) => {
    window.__bench = figures;
  },
  (error: unknown) => {
    window.__bench = { error: String(error) };
  },
);
