/** What the page reports about its drawing, for tests and measurements. */
export interface GraphMetrics {
  nodeCount: number;
  edgeCount: number;
  /** Milliseconds from navigation start to the first frame with nodes; null until then. */
  firstDrawMs: number | null;
  /** Milliseconds from navigation start until the first drawn graph's layout stopped; null until then. */
  settledMs: number | null;
}

/**
 * The User Timing marks the page sets: `drawn` at every new drawing (its `detail` holds the counts),
 * `first-draw` at the first frame with nodes and `layout-settled` when the first drawn graph's layout
 * stopped. Tests and the benchmark read them with {@link readGraphMetrics}.
 */
export const graphMarks = {
  drawn: "samverkan:drawn",
  firstDraw: "samverkan:first-draw",
  settled: "samverkan:layout-settled",
} as const;

declare global {
  interface Window {
    /** Where a drawn node is on the canvas, in CSS pixels from its top left; null when it is not drawn. */
    __samverkanViewport?: (node: string) => { x: number; y: number } | null;
    /** Where a node is laid out, in the graph's own coordinates (which a camera move leaves alone); null when it is not drawn. */
    __samverkanLayout?: (node: string) => { x: number; y: number } | null;
  }
}

/**
 * The drawing's figures from the page's User Timing marks.
 *
 * @remarks Self-contained (the mark names are written out, as in {@link graphMarks}), so that a test
 * or the benchmark can hand it to the browser as it is: `page.evaluate(readGraphMetrics)`.
 */
export function readGraphMetrics(): GraphMetrics {
  // No named inner functions: a build that keeps function names would wrap them in a helper the page lacks.
  const [drawn, firstDraw, settled] = ["samverkan:drawn", "samverkan:first-draw", "samverkan:layout-settled"].map(
    (name) => performance.getEntriesByName(name, "mark").at(-1) as PerformanceMark | undefined,
  );
  const counts = (drawn?.detail ?? { nodeCount: 0, edgeCount: 0 }) as { nodeCount: number; edgeCount: number };
  return {
    ...counts,
    firstDrawMs: firstDraw ? Math.round(firstDraw.startTime) : null,
    settledMs: settled ? Math.round(settled.startTime) : null,
  };
}

/**
 * Publishes the counts in the page and as User Timing marks ({@link graphMarks}); the first call
 * with nodes also marks the time to first graph and sets `document.body.dataset.graphReady`.
 */
export function createMetricsReporter(outputs: {
  nodeCount: HTMLOutputElement;
  edgeCount: HTMLOutputElement;
  /** Writes the counts in words (the canvas's label, "12 nodes"). */
  onCounts?: (nodeCount: number, edgeCount: number) => void;
}) {
  let counts = { nodeCount: 0, edgeCount: 0 };
  let firstDrawn = false;
  let settled = false;
  return {
    counts(nodeCount: number, edgeCount: number) {
      counts = { nodeCount, edgeCount };
      outputs.nodeCount.value = String(nodeCount);
      outputs.edgeCount.value = String(edgeCount);
      outputs.onCounts?.(nodeCount, edgeCount);
      performance.mark(graphMarks.drawn, { detail: counts });
    },
    drawn() {
      if (firstDrawn || counts.nodeCount === 0) return;
      firstDrawn = true;
      performance.mark(graphMarks.firstDraw, { detail: counts });
      document.body.dataset.graphReady = "true";
    },
    settled() {
      if (settled || counts.nodeCount === 0) return;
      settled = true;
      performance.mark(graphMarks.settled, { detail: counts });
    },
  };
}
