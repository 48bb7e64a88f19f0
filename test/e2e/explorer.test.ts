import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { readGraphMetrics, type GraphMetrics } from "../../client/src/graph/report-metrics.js";
import {
  chooseFromSearch,
  countColouredPixels,
  pixelPoll,
  nodeCount,
  saveScreenshot,
  waitForLoadedNetwork,
  waitForSettledGraph,
} from "./support/browser.js";
import { useExplorer } from "./support/explorer-app.js";

const explorer = useExplorer();
const graphql = explorer.graphql;
const highlightColour: [number, number, number] = [0xff, 0x5a, 0x1f];
let url: string;
let page: Page;

beforeEach(() => {
  ({ url, page } = explorer);
});

describe("the network explorer", () => {
  it("searches for KTH and draws its neighbourhood with WebGL", async () => {
    await page.goto(url);
    await expect.poll(() => page.locator(".graph-area").textContent()).toContain("search for an organisation");
    const blank = await countColouredPixels(page);

    await chooseFromSearch(page, "search-input", "KTH", "kth");
    await waitForSettledGraph(page);

    const shown = await nodeCount(page);
    expect(shown).toBeGreaterThan(1);
    expect(page.url()).toContain("focus=kth");
    const metrics: GraphMetrics | undefined = await page.evaluate(readGraphMetrics);
    expect(metrics).toMatchObject({ nodeCount: shown });
    expect(metrics?.edgeCount).toBeGreaterThan(0);
    // The first visit's introduction (its links are coloured) lies over the empty canvas.
    expect(await countColouredPixels(page)).toBeGreaterThan(blank + 500);
    await expect.poll(() => page.locator("#legend li").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("node-title").textContent()).toBe("Kungliga Tekniska högskolan");

    await saveScreenshot(page, "search-kth");
  });

  it("restores a view from its link and reports the time to the first drawn graph", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth&kinds=UNIVERSITY,MUNICIPALITY&asOf=2020&view=network`);
    await waitForSettledGraph(page);

    const metrics: GraphMetrics | undefined = await page.evaluate(readGraphMetrics);
    expect(metrics?.firstDrawMs).toBeGreaterThan(0);
    console.log(
      `time to first drawn graph (new page, link to KTH's filtered neighbourhood): ${metrics?.firstDrawMs} ms, ${metrics?.nodeCount} nodes, ${metrics?.edgeCount} edges`,
    );
    expect(await page.locator("input[name=kind][value=UNIVERSITY]").isChecked()).toBe(true);
    expect(await page.locator("input[name=kind][value=COMPANY]").isChecked()).toBe(false);
    expect(await page.getByTestId("year-value").textContent()).toBe("2020");
    expect(await page.getByTestId("node-title").textContent()).toBe("Kungliga Tekniska högskolan");

    const expected = await graphql<{ network: { nodes: { id: string }[] } }>(
      `
        query ($filter: NetworkFilter) {
          network(ids: ["kth"], depth: 1, filter: $filter, limit: 400) {
            nodes {
              id
            }
          }
        }
      `,
      { filter: { kinds: ["MUNICIPALITY", "UNIVERSITY"], asOf: "2020-12-31" } },
    );
    expect(await nodeCount(page)).toBe(expected.network.nodes.length);

    await page.locator("input[name=kind][value=UNIVERSITY]").uncheck();
    await expect.poll(() => page.url()).toContain("kinds=MUNICIPALITY&");

    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    const again: GraphMetrics | undefined = await page.evaluate(readGraphMetrics);
    console.log(
      `time to first drawn graph (cached script, API warm, KTH's whole neighbourhood): ${again?.firstDrawMs} ms, ${again?.nodeCount} nodes`,
    );
  });

  it("opens a node clicked in the graph and shows the quoted words of its relationships", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    const box = (await page.getByTestId("graph").boundingBox())!;

    await page.mouse.click(box.x + 3, box.y + 3);
    await expect.poll(() => page.getByTestId("details").textContent()).toContain("Click a node or a line in the graph");
    expect(page.url()).not.toContain("selected=");

    // The camera centres on the chosen actor, so KTH is drawn in the middle of the canvas. Two
    // clicks within sigma's 300 ms would make a double-click.
    await page.waitForTimeout(400);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Kungliga Tekniska högskolan");
    expect(page.url()).toContain("selected=kth");

    const quote = page.getByTestId("evidence-quote").first();
    await quote.waitFor();
    const shownQuote = (await quote.textContent())!.replace(/^“|”$/g, "");
    const { network } = await graphql<{ network: { edges: { evidence: { quote: string | null }[] }[] } }>(`
      {
        network(ids: ["kth"], depth: 1, limit: 400) {
          edges {
            evidence {
              quote
            }
          }
        }
      }
    `);
    const quotes = network.edges.flatMap((edge) => edge.evidence.map((evidence) => evidence.quote));
    expect(quotes).toContain(shownQuote);
    expect(await page.locator(".evidence-source cite").first().textContent()).not.toBe("");
    await saveScreenshot(page, "node-details");
  });

  it("expands a node's neighbours with a double-click or its button, and hides a node", async () => {
    await page.goto(`${url}/?focus=stockholms-stad&selected=kth`);
    await waitForSettledGraph(page);
    const before = await nodeCount(page);
    const box = (await page.getByTestId("graph").boundingBox())!;

    // KTH, the selected node, where the camera has framed it among its neighbours.
    const kth = (await page.evaluate(() => window.__samverkanViewport?.("kth") ?? null))!;
    await page.mouse.dblclick(box.x + kth.x, box.y + kth.y);
    await expect.poll(() => page.url()).toContain("focus=stockholms-stad,kth");
    await waitForLoadedNetwork(page);
    expect(await nodeCount(page)).toBeGreaterThan(before);

    const expanded = await nodeCount(page);
    await page.getByTestId("details").getByRole("button", { name: "OpenLab", exact: true }).first().click();
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("OpenLab");
    await page.getByTestId("expand-node").click();
    await expect.poll(() => page.url()).toContain("focus=stockholms-stad,kth,openlab");
    await waitForLoadedNetwork(page);
    expect(await nodeCount(page)).toBeGreaterThanOrEqual(expanded);

    const withOpenLab = await nodeCount(page);
    await page.getByTestId("details").getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => nodeCount(page)).toBe(withOpenLab - 1);
    expect(page.url()).toContain("hidden=openlab");
  });

  it("finds the paths between two actors and highlights them in the graph", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth&view=network`);
    await waitForSettledGraph(page);
    expect(await countColouredPixels(page, highlightColour)).toBeLessThan(20);

    await page.getByTestId("paths-panel").locator("summary").click();
    await chooseFromSearch(page, "path-from", "KTH", "kth");
    await chooseFromSearch(page, "path-to", "OpenLab", "openlab");
    await page.getByTestId("find-paths").click();

    const firstPath = page.getByTestId("paths-list").locator("li").first();
    await firstPath.waitFor();
    const steps = await firstPath.locator("button").allTextContents();
    expect(steps).toContain("KTH");
    expect(steps).toContain("OpenLab");
    expect(page.url()).toContain("from=kth&to=openlab");
    await page.waitForFunction(() => document.body.dataset.layout === "idle");
    await expect.poll(() => countColouredPixels(page, highlightColour), pixelPoll).toBeGreaterThan(20);
    await saveScreenshot(page, "paths");
  });

  it("lists who KTH works with, sorts the table and exports it as CSV", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await page.getByTestId("collaborators-panel").locator("summary").click();
    const table = page.getByTestId("collaborators-table");
    await table.waitFor();
    const strengths = await table.locator("tbody td.numeric:nth-of-type(2)").allTextContents();
    expect(strengths.length).toBeGreaterThan(0);
    expect(strengths.map(Number)).toEqual([...strengths.map(Number)].sort((a, b) => b - a));

    await table.getByRole("button", { name: "Partner", exact: true }).click();
    const partners = await table.locator("tbody th button").allTextContents();
    expect(partners).toEqual([...partners].sort((a, b) => a.localeCompare(b, "sv")));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("collaborators-csv").click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("partner_id,partner,kind,country,strength,shared_count,shared");
    expect(csv.split("\r\n")).toHaveLength(partners.length + 2);
  });

  it("suggests partners for a topic with their factors, checks the consortium and shows a suggestion in the graph", async () => {
    await page.goto(url);
    await page.getByTestId("partners-panel").locator("> summary").click();
    await page.getByTestId("partner-topic").fill("smart cities");
    await chooseFromSearch(page, "partner-member", "KTH", "kth");
    await page.getByTestId("find-partners").click();

    const results = page.locator(".partner-results");
    await results.locator("[data-testid=partner-suggestions], [role=alert], .status-empty").first().waitFor();
    expect(await results.locator("[role=alert], .status-empty").allTextContents()).toEqual([]);
    const suggestions = page.getByTestId("partner-suggestions");
    expect(await suggestions.locator("li.suggestion").count()).toBeGreaterThan(0);
    expect(await suggestions.locator(".reasons li").count()).toBeGreaterThan(0);
    await page.getByTestId("consortium-check").waitFor();
    expect(await page.getByTestId("consortium-check").locator("h4").textContent()).toMatch(/consortium/);

    const name = (await suggestions.locator("li.suggestion h4").first().textContent())!.replace(/ score .*$/, "");
    await suggestions.getByTestId("show-suggestion").first().click();
    await waitForSettledGraph(page);
    expect(page.url()).toMatch(/focus=[^&]+/);
    expect(await nodeCount(page)).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("node-title").textContent()).toContain(name.split(" ")[0]);
    await saveScreenshot(page, "partner-finder");
  });

  it("exports the view as PNG, GEXF and JSON", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    const shown = await nodeCount(page);
    const save = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      return fs.readFileSync((await download.path())!);
    };

    const png = await save("export-png");
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.length).toBeGreaterThan(5_000);
    const gexf = (await save("export-gexf")).toString("utf8");
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(gexf.match(/<node id=/g)).toHaveLength(shown);
    const json = JSON.parse((await save("export-json")).toString("utf8"));
    expect(json.nodes).toHaveLength(shown);
    expect(json.edges.length).toBeGreaterThan(0);
  });

  it("stacks the panels under the graph at a phone's width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    const graph = (await page.locator(".graph-area").boundingBox())!;
    const panels = (await page.locator(".side-panels").boundingBox())!;
    expect(panels.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(panels.width).toBeGreaterThan(300);
    expect(await countColouredPixels(page)).toBeGreaterThan(200);
    await saveScreenshot(page, "phone");
  });
});
