import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { projectRoot } from "../server/config.js";
import { launchChromium } from "../tools/launch-chromium.js";
import { graphMarks, readGraphMetrics } from "../client/src/graph/report-metrics.js";
import { progress } from "./report-progress.js";

/** One explorer link opened in a new page: when its graph was first drawn and when its layout settled. */
export interface ExplorerResult {
  name: string;
  link: string;
  /** Median over the runs, milliseconds from navigation start. */
  firstDrawMs: number;
  settledMs: number;
  nodes: number;
  runs: number;
}

/** The links a strategist opens: KTH's organisation view, and a curated actor's projects and ties. */
export const explorerLinks = [
  { name: "KTH's organisation view from a link", link: "/?focus=kth&selected=kth&view=organisations&lang=en" },
  { name: "the City's network view from a link", link: "/?focus=stockholms-stad&selected=stockholms-stad&lang=en" },
];

/** Builds the explorer so that the API (createApp) serves it; the measurement opens it there. */
export async function buildExplorer(): Promise<void> {
  progress("explorer: building the client with vite");
  await build({ configFile: path.join(projectRoot, "client/vite.config.ts"), logLevel: "warn" });
}

/**
 * Opens each link in a new page of headless Chromium `runs` times (the first run warms the API's
 * caches and is not counted) and reports the medians of the page's own figures: the first frame
 * with nodes (`firstDrawMs`) and the end of the first layout (`settledMs`), both from navigation start.
 * A page is closed only once its requests have ended, so that each run starts on a quiet API.
 */
export async function measureExplorer(apiUrl: string, runs = 5): Promise<ExplorerResult[]> {
  const browser = await launchChromium();
  const results: ExplorerResult[] = [];
  try {
    for (const { name, link } of explorerLinks) {
      const draws: number[] = [];
      const settles: number[] = [];
      let nodes = 0;
      for (let run = 0; run <= runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const requests = trackRequests(page);
        await page.goto(`${apiUrl}${link}`);
        // The first run warms a cold database: a request that runs out of database time there is
        // asked again (the page reloaded) rather than failing the measurement.
        for (let attempt = 1; ; attempt++) {
          try {
            await page.waitForFunction(
              (mark) => performance.getEntriesByName(mark, "mark").length > 0,
              graphMarks.settled,
              { timeout: run === 0 ? 30_000 : 120_000 },
            );
            break;
          } catch (error) {
            if (run > 0 || attempt === 4) throw error;
            progress(`explorer: ${name}: warming up, no graph after 30 s (attempt ${attempt}); loading it again`);
            await page.reload();
          }
        }
        const metrics = await page.evaluate(readGraphMetrics);
        // What the page asks for after its first drawing (a hub's tie evidence) is let finish, so that
        // the next run opens its link on a quiet API, as a person opening a link would.
        await requests.quiet();
        await page.close();
        if (!metrics?.firstDrawMs || !metrics.settledMs) throw new Error(`explorer: ${name} reported no figures`);
        nodes = metrics.nodeCount;
        if (run === 0) continue;
        draws.push(metrics.firstDrawMs);
        settles.push(metrics.settledMs);
      }
      const result = { name, link, firstDrawMs: median(draws), settledMs: median(settles), nodes, runs };
      progress(
        `explorer: ${name}: first drawn ${result.firstDrawMs} ms, settled ${result.settledMs} ms, ${nodes} nodes`,
      );
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The page's requests in flight; `quiet` resolves once none has been for 300 ms (at most 60 s). */
function trackRequests(page: Page) {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (step: number) => {
    inFlight += step;
    lastChange = Date.now();
  };
  page.on("request", () => change(1));
  page.on("requestfinished", () => change(-1));
  page.on("requestfailed", () => change(-1));
  return {
    async quiet() {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < 300)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
