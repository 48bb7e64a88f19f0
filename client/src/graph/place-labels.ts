import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, NodeAttributes } from "./explorer-graph.js";

/** The longest label drawn in full; longer names are shortened, the full name shows on hover and in the list. */
export const longestLabel = 28;
/** Where room is short, a label is shortened further before it is left out. */
export const shortestLabel = 14;

/**
 * A name cut to at most `max` characters at a word boundary where one is near, with "…":
 * "CHALMERS TEKNISKA HOGSKOLA AB" → "CHALMERS TEKNISKA…".
 */
export function shortenLabel(label: string, max: number): string {
  const text = label.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  const kept = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,.;:–—-]+$/u, "")}…`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes a label of `width` could take beside a node: right, left, below, above, then up to a line higher or lower. */
function candidates(x: number, y: number, radius: number, width: number, height: number): Box[] {
  const gap = 3;
  const [right, left] = [x + radius + gap, x - radius - gap - width];
  const middle = y - height / 2;
  return [
    { x: right, y: middle, width, height },
    { x: left, y: middle, width, height },
    { x: x - width / 2, y: y + radius + gap, width, height },
    { x: x - width / 2, y: y - radius - gap - height, width, height },
    ...[-0.6, 0.6, -1.2, 1.2].flatMap((shift) => [
      { x: right, y: middle + shift * height, width, height },
      { x: left, y: middle + shift * height, width, height },
    ]),
    ...[-1, 1].flatMap((side) => [
      { x: x - width / 2 + (side * width) / 2, y: y + radius + gap, width, height },
      { x: x - width / 2 + (side * width) / 2, y: y - radius - gap - height, width, height },
    ]),
  ];
}

export interface LabelPlacer {
  /** Sigma's `defaultDrawNodeLabel`: draws a node's label where it overlaps no label drawn before it in the frame. */
  drawLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>;
  /**
   * Forgets the labels of the last frame drawn on this context: call before each frame, with the
   * nodes as drawn (centre and radius on screen), which no label may cover but their own.
   */
  startFrame(context: CanvasRenderingContext2D, nodes?: { x: number; y: number; radius: number }[]): void;
}

/**
 * Places node labels so that none overlaps another or leaves the canvas: sigma offers the labels
 * biggest node first (one label grid cell holds them all), and each takes the first free place
 * beside its node, shortened if it must be; a label with no free place is left out (its node is
 * named on hover and in the list of drawn nodes).
 *
 * @remarks Placed boxes are kept per canvas context, so a second renderer (the PNG export) places its own.
 */
export function createLabelPlacer(): LabelPlacer {
  const placed = new WeakMap<CanvasRenderingContext2D, Box[]>();
  const discs = new WeakMap<CanvasRenderingContext2D, { x: number; y: number; radius: number }[]>();
  return {
    startFrame(context, nodes = []) {
      placed.set(context, []);
      discs.set(context, nodes);
    },
    drawLabel(context, data, settings) {
      if (!data.label) return;
      const boxes = placed.get(context) ?? [];
      placed.set(context, boxes);
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const ratio = context.getTransform().a || 1;
      const bounds = { width: context.canvas.width / ratio, height: context.canvas.height / ratio };
      const height = size + 2;
      const others = (discs.get(context) ?? [])
        .filter((disc) => Math.abs(disc.x - data.x) > 0.5 || Math.abs(disc.y - data.y) > 0.5)
        .map((disc) => ({
          x: disc.x - disc.radius,
          y: disc.y - disc.radius,
          width: 2 * disc.radius,
          height: 2 * disc.radius,
        }));
      // A selected or hovered node's name is drawn in its box on the layer above, right of the
      // node: keep that place free instead of naming it twice.
      if (data.highlighted) {
        const width = context.measureText(data.label).width + 8;
        boxes.push({ x: data.x + data.size + 1, y: data.y - height / 2 - 2, width, height: height + 4 });
        return;
      }
      const texts = new Set([longestLabel, shortestLabel, 8].map((max) => shortenLabel(data.label!, max)));
      for (const text of texts) {
        const width = context.measureText(text).width + 2;
        const box = candidates(data.x, data.y, data.size, width, height).find(
          (candidate) =>
            candidate.x >= 0 &&
            candidate.y >= 0 &&
            candidate.x + candidate.width <= bounds.width &&
            candidate.y + candidate.height <= bounds.height &&
            !boxes.some((other) => overlaps(candidate, other)) &&
            !others.some((disc) => overlaps(candidate, disc)),
        );
        if (!box) continue;
        boxes.push(box);
        const baseline = box.y + height / 2 + size / 3;
        context.lineWidth = 3;
        context.lineJoin = "round";
        context.strokeStyle = "rgba(255, 255, 255, 0.9)";
        context.strokeText(text, box.x + 1, baseline);
        context.fillStyle = settings.labelColor.color ?? "#000";
        context.fillText(text, box.x + 1, baseline);
        return;
      }
    },
  };
}
