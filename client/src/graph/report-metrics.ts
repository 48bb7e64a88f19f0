/** What the page reports about its drawing, for tests and measurements. */
export interface GraphMetrics {
  nodeCount: number;
  edgeCount: number;
  /** Milliseconds from navigation start to the first frame with nodes; null until then. */
  firstDrawMs: number | null;
}

declare global {
  interface Window {
    __samverkan?: GraphMetrics;
    /** Where a drawn node is on the canvas, in CSS pixels from its top left; null when it is not drawn. */
    __samverkanViewport?: (node: string) => { x: number; y: number } | null;
  }
}

/**
 * Publishes the counts in the page and on `window.__samverkan`; the first call with nodes also
 * records the time to first graph and sets `document.body.dataset.graphReady`.
 */
export function createMetricsReporter(outputs: {
  nodeCount: HTMLOutputElement;
  edgeCount: HTMLOutputElement;
  /** Writes the counts in words (the canvas's label, "12 nodes"). */
  onCounts?: (nodeCount: number, edgeCount: number) => void;
}) {
  const metrics: GraphMetrics = { nodeCount: 0, edgeCount: 0, firstDrawMs: null };
  return {
    counts(nodeCount: number, edgeCount: number) {
      metrics.nodeCount = nodeCount;
      metrics.edgeCount = edgeCount;
      outputs.nodeCount.value = String(nodeCount);
      outputs.edgeCount.value = String(edgeCount);
      outputs.onCounts?.(nodeCount, edgeCount);
      window.__samverkan = { ...metrics };
    },
    drawn() {
      if (metrics.firstDrawMs !== null || metrics.nodeCount === 0) return;
      metrics.firstDrawMs = Math.round(performance.now());
      window.__samverkan = { ...metrics };
      document.body.dataset.graphReady = "true";
    },
  };
}
