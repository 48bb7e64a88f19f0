import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { build } from "vite";
import { projectRoot } from "../server/config.js";
import { launchChromium } from "../tools/launch-chromium.js";
import { progress } from "./report-progress.js";
import type { RenderFigures } from "./client/render-bench.js";

export type ClientResult = Omit<RenderFigures, "renderer">;

const outDir = path.join(projectRoot, "bench/results/render-bench");
const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** Serves the built bench page on 127.0.0.1 (module scripts do not load from file://). */
function serve(root: string): Promise<{ url: string; close(): void }> {
  const server = http.createServer((request, response) => {
    const file = path.join(
      root,
      path.normalize(decodeURIComponent((request.url ?? "/").split("?")[0])).replace(/^(\.\.[/\\])+/, ""),
    );
    const target = fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, "render-bench.html");
    response.writeHead(200, { "content-type": types[path.extname(target)] ?? "application/octet-stream" });
    fs.createReadStream(target).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
        close: () => server.close(),
      });
    }),
  );
}

/**
 * Bundles bench/client/render-bench.html with vite and opens it in headless Chromium (the e2e tests'
 * launcher: Debian's browser, no GPU) for each graph size: first draw and frames per second while panned.
 */
export async function measureClient(
  sizes: Array<{ nodes: number; width?: number; height?: number }>,
): Promise<{ results: ClientResult[]; renderer: string }> {
  progress("client: bundling the render bench page with vite");
  await build({
    root: path.join(projectRoot, "bench/client"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: path.join(projectRoot, "bench/client/render-bench.html") },
    },
  });
  const server = await serve(outDir);
  const browser = await launchChromium();
  const results: ClientResult[] = [];
  let renderer = "unknown";
  try {
    for (const { nodes, width = 1280, height = 800 } of sizes) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on("pageerror", (error) => progress(`client: page error: ${error.message}`));
      await page.goto(`${server.url}/render-bench.html?nodes=${nodes}`);
      await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 120_000 });
      const figures = await page.evaluate(() => window.__bench);
      await page.close();
      if (!figures || "error" in figures)
        throw new Error(`bench page: ${figures && "error" in figures ? figures.error : "no figures"}`);
      const { renderer: used, ...rest } = figures;
      renderer = used;
      results.push(rest);
      progress(
        `client: ${nodes} nodes, ${rest.viewport} px: first draw ${rest.firstDrawMs} ms (sigma ${rest.drawMs} ms), ${rest.fps} fps while panning (sigma ${rest.sigmaFrameMs} ms a frame)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { results, renderer };
}
