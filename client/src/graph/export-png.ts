import Sigma from "sigma";
import { legendKey, legendLabel, nodeColour } from "./appearance.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./explorer-graph.js";

/** What a report-ready picture says around the drawing. */
export interface PngCaption {
  title: string;
  /** The year and the filters, in words. */
  subtitle: string;
  /** When and from where it was drawn. */
  footer: string;
  /** The attribution CORDIS's licence asks for, when CORDIS data is drawn; null otherwise. */
  attribution: string | null;
}

const scale = 2;
const margin = 24;
const headerHeight = 64;
const lineHeight = 18;
const font = "system-ui, -apple-system, 'Segoe UI', sans-serif";

/**
 * The view as a report-ready PNG at twice the screen's resolution: a title, the year and the
 * filters, the whole graph with room for its labels, its legend, the date, and the attribution.
 *
 * @remarks
 * A second, off-screen sigma renderer draws the graph: it frames the whole graph (so no label is cut
 * by the edge of the view) and is made while `devicePixelRatio` reads 2, the ratio sigma sizes its
 * canvases by. Its WebGL buffers are copied in the same task they are drawn, before the browser clears them.
 */
export async function exportPng(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  caption: PngCaption,
  background = "#ffffff",
): Promise<Blob> {
  const graph = sigma.getGraph() as ExplorerGraph;
  const { width, height } = sigma.getDimensions();
  if (width === 0 || height === 0) throw new Error("exportPng: the view has no size");
  const legend = legendEntries(graph);
  const legendRows = Math.ceil(legend.length / 4);
  const footerHeight = (legendRows + (caption.attribution ? 2 : 1)) * lineHeight + margin;

  // 1. Draw the graph off screen at twice the resolution, whole and with room for the labels.
  const container = document.createElement("div");
  Object.assign(container.style, {
    position: "absolute",
    left: "-10000px",
    top: "0",
    width: `${width}px`,
    height: `${height}px`,
  });
  document.body.append(container);
  const descriptor = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  let renderer: Sigma<NodeAttributes, EdgeAttributes> | null = null;
  try {
    renderer = new Sigma(graph, container, { ...sigma.getSettings(), stagePadding: 90, labelDensity: 1 });
    renderer.refresh();
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = (height + headerHeight + footerHeight) * scale;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("exportPng: no 2D context");
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const [name, layer] of Object.entries(renderer.getCanvases())) {
      if (name === "mouse") continue;
      context.drawImage(layer, 0, headerHeight * scale, width * scale, height * scale);
    }
    // 2. The words around it, in CSS pixels scaled by two.
    context.scale(scale, scale);
    writeCaption(context, caption, legend, { width, height });
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("exportPng: the canvas gave no image"))),
        "image/png",
      ),
    );
  } finally {
    renderer?.kill();
    container.remove();
    if (descriptor) Object.defineProperty(window, "devicePixelRatio", descriptor);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function legendEntries(graph: ExplorerGraph): { label: string; colour: string; count: number }[] {
  const entries = new Map<string, { label: string; colour: string; count: number }>();
  graph.forEachNode((_node, attributes) => {
    const key = legendKey(attributes.category, attributes.kind);
    const entry = entries.get(key) ?? {
      label: legendLabel(key),
      colour: nodeColour(attributes.category, attributes.kind),
      count: 0,
    };
    entry.count += 1;
    entries.set(key, entry);
  });
  return [...entries.values()].sort((a, b) => b.count - a.count);
}

function writeCaption(
  context: CanvasRenderingContext2D,
  caption: PngCaption,
  legend: { label: string; colour: string; count: number }[],
  size: { width: number; height: number },
): void {
  const maxWidth = size.width - 2 * margin;
  context.textBaseline = "alphabetic";
  context.fillStyle = "#1d2430";
  context.font = `600 20px ${font}`;
  context.fillText(caption.title, margin, 30, maxWidth);
  context.fillStyle = "#5b6472";
  context.font = `13px ${font}`;
  context.fillText(caption.subtitle, margin, 52, maxWidth);

  let y = headerHeight + size.height + lineHeight;
  const column = maxWidth / 4;
  legend.forEach((entry, index) => {
    const x = margin + (index % 4) * column;
    const rowY = y + Math.floor(index / 4) * lineHeight;
    context.fillStyle = entry.colour;
    context.beginPath();
    context.arc(x + 5, rowY - 4, 5, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = "#1d2430";
    context.font = `12px ${font}`;
    context.fillText(`${entry.label} (${entry.count})`, x + 14, rowY, column - 16);
  });
  y += Math.ceil(legend.length / 4) * lineHeight + 4;
  context.fillStyle = "#5b6472";
  context.font = `12px ${font}`;
  context.fillText(caption.footer, margin, y, maxWidth);
  if (caption.attribution) context.fillText(caption.attribution, margin, y + lineHeight, maxWidth);
}

/** Whether the drawing holds data from CORDIS: an edge whose evidence, or whose shared things' evidence, cites it. */
export function drawsCordisData(
  graph: ExplorerGraph,
  isCordis: (source: { id: string; title: string; issuer?: string | null }) => boolean,
): boolean {
  return graph.someEdge((_edge, attributes) =>
    [...attributes.evidence, ...(attributes.shared ?? []).flatMap((thing) => thing.evidence)].some((evidence) =>
      isCordis(evidence.source),
    ),
  );
}
