import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "./explorer-graph.js";

/**
 * The view as a PNG: sigma's layers (WebGL edges and nodes, canvas labels) drawn onto one canvas
 * over a white background.
 *
 * @remarks
 * Sigma's WebGL contexts do not preserve their drawing buffers, so the frame is redrawn and copied
 * in the same task, before the browser clears it.
 */
export function exportPng(sigma: Sigma<NodeAttributes, EdgeAttributes>, background = "#ffffff"): Promise<Blob> {
  sigma.refresh();
  const layers = Object.entries(sigma.getCanvases()).filter(([name]) => name !== "mouse");
  const first = layers[0]?.[1];
  if (!first) return Promise.reject(new Error("exportPng: sigma has no canvases"));
  const canvas = document.createElement("canvas");
  canvas.width = first.width;
  canvas.height = first.height;
  const context = canvas.getContext("2d");
  if (!context) return Promise.reject(new Error("exportPng: no 2D context"));
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const [, layer] of layers) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("exportPng: the canvas gave no image"))),
      "image/png",
    ),
  );
}
