import { beforeEach, describe, expect, it } from "vitest";
import { createMetricsReporter, graphMarks, readGraphMetrics } from "../../client/src/graph/report-metrics.js";

describe("the drawing's figures as User Timing marks", () => {
  beforeEach(() => {
    for (const name of Object.values(graphMarks)) performance.clearMarks(name);
  });

  it("reports counts, the first draw and the settled layout once each, and reads them back", () => {
    const nodeCount = document.createElement("output");
    const edgeCount = document.createElement("output");
    const reporter = createMetricsReporter({ nodeCount, edgeCount });
    expect(readGraphMetrics()).toEqual({ nodeCount: 0, edgeCount: 0, firstDrawMs: null, settledMs: null });

    reporter.drawn(); // nothing drawn yet: no mark
    expect(readGraphMetrics().firstDrawMs).toBeNull();
    reporter.counts(12, 30);
    reporter.drawn();
    reporter.settled();
    const first = readGraphMetrics();
    expect(first).toMatchObject({ nodeCount: 12, edgeCount: 30 });
    expect(first.firstDrawMs).not.toBeNull();
    expect(first.settledMs).toBeGreaterThanOrEqual(first.firstDrawMs!);
    expect([nodeCount.value, edgeCount.value]).toEqual(["12", "30"]);

    reporter.counts(5, 4);
    reporter.drawn();
    reporter.settled();
    expect(readGraphMetrics()).toEqual({ ...first, nodeCount: 5, edgeCount: 4 });
    expect(performance.getEntriesByName(graphMarks.firstDraw, "mark")).toHaveLength(1);
    expect(performance.getEntriesByName(graphMarks.settled, "mark")).toHaveLength(1);
  });
});
