import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
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
import { seriousViolations } from "./support/run-axe.js";

const explorer = useExplorer({ locale: "en-GB" });
const graphql = explorer.graphql;
const highlightColour: [number, number, number] = [0xff, 0x5a, 0x1f];
let url: string;
let browser: Browser;
let page: Page;

beforeEach(() => {
  ({ url, browser, page } = explorer);
});

interface Collaboration {
  strength: number;
  partner: { id: string };
  via: { id: string; label: string; type: string }[];
}

async function collaborators(id: string, limit: number, minWeight?: number): Promise<Collaboration[]> {
  const { collaborators } = await graphql<{ collaborators: Collaboration[] }>(
    `
      query ($id: ID!, $limit: Int, $filter: NetworkFilter) {
        collaborators(id: $id, limit: $limit, filter: $filter) {
          strength
          partner {
            id
          }
          via {
            id
            label
            type
          }
        }
      }
    `,
    { id, limit, filter: minWeight ? { minWeight } : null },
  );
  return collaborators;
}

async function drawnIds(): Promise<string[]> {
  return page
    .getByTestId("node-list")
    .locator("button[data-id]")
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-id") ?? ""));
}

/** Where a node is drawn, in page coordinates. */
async function positionOf(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId("graph").boundingBox())!;
  const point = await page.evaluate((node) => window.__samverkanViewport?.(node) ?? null, id);
  if (!point) throw new Error(`${id} is not drawn`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Every one of these nodes is drawn on the canvas. */
async function expectAllInView(ids: string[]): Promise<void> {
  const box = (await page.getByTestId("graph").boundingBox())!;
  const outside: string[] = [];
  for (const id of ids) {
    const shown = await positionOf(id);
    const inside =
      shown.x >= box.x && shown.x <= box.x + box.width && shown.y >= box.y && shown.y <= box.y + box.height;
    if (!inside) outside.push(id);
  }
  expect(outside).toEqual([]);
}

/**
 * Clicks a drawn tie between two nodes: along the line, at points that are not under another node
 * (two clicks at least 400 ms apart, so sigma sees no double-click), until the tie's panel opens.
 */
async function clickTie(source: string, target: string): Promise<void> {
  const [a, b] = [await positionOf(source), await positionOf(target)];
  for (const share of [0.6, 0.5, 0.4, 0.7, 0.3]) {
    await page.mouse.click(a.x + share * (b.x - a.x), a.y + share * (b.y - a.y));
    await page.waitForTimeout(450);
    if (page.url().includes("edge=")) return;
  }
  throw new Error(`the tie between ${source} and ${target} could not be clicked`);
}

async function expectAccessible(view: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${view}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

describe("the explorer for strategists and proposal writers", () => {
  it("draws a hub's partner organisations by strength, with a threshold, more on request, and its projects one click away", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    expect(await page.getByTestId("view-organisations").isChecked()).toBe(true);
    await page.getByTestId("node-list-panel").locator("summary").click();

    const strongest = await collaborators("kth", 60);
    const drawn = await drawnIds();
    expect(new Set(drawn)).toEqual(new Set(["kth", ...strongest.slice(0, 30).map((row) => row.partner.id)]));
    expect(await page.getByTestId("graph-note").textContent()).toContain("The 30 strongest partners are drawn.");
    await saveScreenshot(page, "organisation-view");

    await page.getByTestId("show-more-partners").click();
    await expect.poll(() => page.url()).toContain("partners=60");
    await waitForLoadedNetwork(page);
    await expect.poll(() => nodeCount(page)).toBe(61);

    await page.getByTestId("strength-threshold").selectOption("0.5");
    await expect.poll(() => page.url()).toContain("strength=0.5");
    await waitForLoadedNetwork(page);
    const strong = await collaborators("kth", 30, 0.5);
    await expect
      .poll(async () => new Set(await drawnIds()))
      .toEqual(new Set(["kth", ...strong.map((row) => row.partner.id)]));

    await page.getByTestId("show-projects").click();
    await expect.poll(() => page.url()).toContain("view=network");
    await waitForLoadedNetwork(page);
    await expect.poll(() => page.locator("#legend").textContent()).toContain("Project");
    expect(await page.getByTestId("view-network").isChecked()).toBe(true);
  });

  it("opens the evidence of a clicked tie: what two organisations share, with CORDIS project links", async () => {
    const partners = await collaborators("kth", 60);
    // Projects with a grant id have a CORDIS page; those of the Horizon 2020 history (record numbers) have none.
    const withGrant = (row: (typeof partners)[number]) => row.via.filter((via) => /^\d+$/.test(via.id));
    const byProjects = partners
      .slice(0, 30)
      .find((row) => row.via.every((via) => via.type === "Project") && withGrant(row).length > 0)!;
    await page.goto(`${url}/?focus=kth&selected=kth&view=organisations`);
    await waitForSettledGraph(page);

    await clickTie("kth", byProjects.partner.id);
    const panel = page.getByTestId("edge-panel");
    await panel.waitFor();
    expect(page.url()).toContain("edge=SHARES");
    const shared = panel.getByTestId("shared-things").locator(".shared-thing");
    const projects = new Set(byProjects.via.map((via) => via.id));
    expect(await shared.count()).toBe(projects.size);
    const links = await panel
      .getByTestId("cordis-link")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    // Each project's CORDIS page once, however many partner records name it.
    const granted = new Set(withGrant(byProjects).map((via) => via.id));
    expect(links).toHaveLength(granted.size);
    for (const link of links) expect(link).toMatch(/^https:\/\/cordis\.europa\.eu\/project\/id\/\d+$/);
    expect(links).toContain(`https://cordis.europa.eu/project/id/${[...granted][0]}`);
    expect(await panel.textContent()).not.toMatch(/csv\.gz/);
    await expectAccessible("an organisation tie's evidence");

    // A relationship of the network view reads as a sentence with its quote.
    await page.goto(`${url}/?focus=kth&selected=kth&view=network&kinds=NETWORK`);
    await waitForSettledGraph(page);
    const { network } = await graphql<{
      network: {
        edges: { id: string; source: string; target: string; type: string; evidence: { quote: string | null }[] }[];
      };
    }>(`
      {
        network(ids: ["kth"], filter: { kinds: [NETWORK] }) {
          edges {
            id
            source
            target
            type
            evidence {
              quote
            }
          }
        }
      }
    `);
    const quoted = network.edges.find((edge) => edge.type === "MEMBER_OF" && edge.evidence.some((item) => item.quote))!;
    // Lines between the same two ends lie on one another: the click opens one of them.
    const verbs: Record<string, string> = { MEMBER_OF: "is a member of", FOUNDED: "founded" };
    const between = network.edges
      .filter((edge) => [edge.source, edge.target].sort().join(" ") === [quoted.source, quoted.target].sort().join(" "))
      .map((edge) => verbs[edge.type] ?? edge.type);
    await clickTie(quoted.source, quoted.target);
    await page.getByTestId("edge-panel").waitFor();
    const sentence = await page.getByTestId("edge-sentence").textContent();
    expect(
      between.some((verb) => sentence?.includes(` ${verb} `)),
      `${sentence} states none of ${between}`,
    ).toBe(true);
    expect(await page.getByTestId("edge-panel").getByTestId("evidence-quote").count()).toBeGreaterThan(0);
  });

  it("writes paths as sentences in the direction their sources state, each with its quote, and fits the camera to them", async () => {
    await page.goto(`${url}/?from=exploateringskontoret&to=kth`);
    // A path in the link opens the paths panel by itself.
    const first = page.getByTestId("paths-list").locator("> li").first();
    await first.waitFor();
    const { paths } = await graphql<{
      paths: {
        nodes: { id: string; label: string }[];
        edges: { source: string; target: string; type: string; evidence: { quote: string | null }[] }[];
      }[];
    }>(`
      {
        paths(from: "exploateringskontoret", to: "kth", maxHops: 4, limit: 3) {
          nodes {
            id
            label
          }
          edges {
            source
            target
            type
            evidence {
              quote
            }
          }
        }
      }
    `);
    const label = new Map(paths[0].nodes.map((node) => [node.id, node.label]));
    const verbs: Record<string, string> = {
      PART_OF: "is part of",
      MEMBER_OF: "is a member of",
      COLLABORATES_WITH: "works with",
    };
    const sentences = await first.getByTestId("path-step").locator(".path-sentence").allTextContents();
    const expected = paths[0].edges.map((edge) => `${label.get(edge.source)} ${verbs[edge.type] ?? ""}`.trim());
    expect(sentences.map((sentence) => sentence.replace(/\s+/g, " ").trim())).toEqual(
      expect.arrayContaining(expected.map((start) => expect.stringContaining(start))),
    );
    const quotes = paths[0].edges.filter((edge) => edge.evidence.some((item) => item.quote)).length;
    expect(await first.getByTestId("evidence-quote").count()).toBeGreaterThanOrEqual(quotes);

    await page.waitForFunction(() => document.body.dataset.layout === "idle");
    await page.waitForTimeout(700);
    const box = (await page.getByTestId("graph").boundingBox())!;
    for (const node of paths[0].nodes) {
      const point = await positionOf(node.id);
      expect(point.x).toBeGreaterThan(box.x);
      expect(point.x).toBeLessThan(box.x + box.width);
      expect(point.y).toBeGreaterThan(box.y);
      expect(point.y).toBeLessThan(box.y + box.height);
    }
    expect(await countColouredPixels(page, highlightColour)).toBeGreaterThan(20);
    await expectAccessible("a path");
  });

  it("finds partners by country and kind in plain words, writes out and highlights the warm path, and keeps it in the link", async () => {
    await page.goto(url);
    await page.getByTestId("partners-panel").locator("> summary").click();
    await page.getByTestId("partner-topic").fill("electric freight vehicles urban logistics");
    await chooseFromSearch(page, "partner-member", "KTH", "kth");
    await page.getByTestId("partner-countries").fill("at, de");
    await page.locator(".partner-kinds summary").click();
    await page.locator("input[name=partner-kind][value=COMPANY]").check();
    expect(await page.getByTestId("action-help").textContent()).toContain("three");
    await page.getByTestId("find-partners").click();

    const suggestions = page.getByTestId("partner-suggestions");
    await suggestions.waitFor({ timeout: 90_000 });
    const kinds = await suggestions.locator(".suggestion-kind").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Company · (AT|DE)$/);
    // Why them, in plain words: no score, factor or weight.
    expect(await suggestions.getByTestId("suggestion-score").count()).toBe(0);
    const reasons = await suggestions.locator(".reason").allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(reason).not.toMatch(/\b(weight|contributing|score|factor|relevance)\b/i);
    const findings = await page.getByTestId("consortium-check").locator(".severity").allTextContents();
    expect(findings).toContain("Must fix");
    expect(findings.every((finding) => ["Must fix", "Consider", "Note"].includes(finding))).toBe(true);

    const warm = suggestions.getByTestId("warm-path").first();
    expect(await warm.textContent()).toMatch(/^Warm introduction: KTH worked with .+ in .+\.$/);
    await suggestions.getByTestId("show-suggestion").first().click();
    await expect.poll(() => page.url()).toMatch(/from=kth&to=[^&]+/);
    await waitForSettledGraph(page);
    await expect.poll(() => countColouredPixels(page, highlightColour), pixelPoll).toBeGreaterThan(20);
    await expectAccessible("the partner finder");

    const link = page.url();
    await page.goto(link);
    await waitForSettledGraph(page);
    await expect.poll(() => countColouredPixels(page, highlightColour), pixelPoll).toBeGreaterThan(20);
  });

  it("keeps positions when the year changes, shows every node, marks ties that began or ended, and shows year ticks", async () => {
    await page.goto(`${url}/?focus=stockholms-stad&selected=stockholms-stad&view=network&asOf=2014`);
    await waitForSettledGraph(page);
    await page.getByTestId("node-list-panel").locator("summary").click();
    const layoutOf = async (id: string) =>
      (await page.evaluate((node) => window.__samverkanLayout?.(node) ?? null, id))!;
    const before = new Map<string, { x: number; y: number }>();
    for (const id of await drawnIds()) before.set(id, await layoutOf(id));
    expect(await page.getByTestId("year-ticks").textContent()).toContain("2020");

    await page.locator("#filter-year").fill("2016");
    await expect.poll(() => page.url()).toContain("asOf=2016");
    await waitForLoadedNetwork(page);
    const note = await page.getByTestId("year-changes").textContent();
    expect(note).toMatch(/^Since 2014: \d+ ties? began \(green\), \d+ ties? ended/);

    const edgesOf = async (year: number) =>
      (
        await graphql<{ network: { edges: { id: string }[] } }>(
          `
            query ($asOf: Date) {
              network(ids: ["stockholms-stad"], limit: 400, filter: { asOf: $asOf }) {
                edges {
                  id
                }
              }
            }
          `,
          { asOf: `${year}-12-31` },
        )
      ).network.edges.map((edge) => edge.id);
    const [earlier, later] = [new Set(await edgesOf(2014)), await edgesOf(2016)];
    const began = later.filter((id) => !earlier.has(id)).length;
    expect(note).toContain(`${began} tie`);

    // The nodes drawn before keep their places in the layout; the camera may move back to show the new ones.
    await waitForSettledGraph(page); // with the camera's move
    const drawn = await drawnIds();
    expect(drawn.length).toBeGreaterThan(before.size);
    for (const id of drawn) {
      const was = before.get(id);
      if (!was) continue;
      const now = await layoutOf(id);
      expect(Math.abs(now.x - was.x) + Math.abs(now.y - was.y)).toBeLessThan(1e-6);
    }
    await expectAllInView(drawn);

    // KTH ten years on, many more ties: those laid out beyond the screen bring the camera back to show all.
    await page.goto(`${url}/?focus=kth&selected=kth&view=network&asOf=2014`);
    await waitForSettledGraph(page);
    const kthBefore = await drawnIds();
    await page.locator("#filter-year").fill("2024");
    await expect.poll(() => page.url()).toContain("asOf=2024");
    await waitForLoadedNetwork(page);
    await waitForSettledGraph(page);
    const tenYearsOn = await drawnIds();
    expect(tenYearsOn.length).toBeGreaterThan(kthBefore.length);
    await expectAllInView(tenYearsOn);
  });

  it("exports a report-ready PNG: twice the resolution, with a title, the legend and the attribution", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth&asOf=2022`);
    await waitForSettledGraph(page);
    const box = (await page.getByTestId("graph").boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const png = fs.readFileSync((await download.path())!);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.readUInt32BE(16)).toBe(2 * Math.round(box.width));
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * Math.round(box.height));
    // The title band above the drawing and the legend and attribution below it hold text.
    const ink = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const dark = (top: number, bottom: number) => {
        const { data } = context.getImageData(0, top, canvas.width, bottom - top);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 450) count++;
        return count;
      };
      return { title: dark(0, 120), footer: dark(canvas.height - 80, canvas.height) };
    }, png.toString("base64"));
    expect(ink.title).toBeGreaterThan(500);
    expect(ink.footer).toBeGreaterThan(300);
  });

  it("welcomes a first visit with what the data is and three examples, filters folded until a graph is drawn", async () => {
    await page.goto(url);
    const intro = page.getByTestId("intro");
    await intro.waitFor();
    expect(await intro.textContent()).toContain("CORDIS");
    expect(await intro.locator("a").count()).toBe(3);
    expect(await page.locator("#filters-panel").evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    await expectAccessible("the first visit");

    await page.getByTestId("exampleCity").click();
    await waitForSettledGraph(page);
    expect(page.url()).toContain("focus=stockholms-stad");
    expect(await page.locator("#filters-panel").evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(true);
    expect(await intro.count()).toBe(0);

    await page.goto(url);
    await page.getByTestId("examplePath").click();
    await expect.poll(() => page.url()).toContain("from=exploateringskontoret&to=kth");
    await expect.poll(() => nodeCount(page)).toBeGreaterThan(1);
  });

  it("speaks Swedish and English from one catalogue, from the link or the browser, and switches in place", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth&view=network&lang=sv`);
    await waitForSettledGraph(page);
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    expect(await page.getByTestId("skip-to-tools").textContent()).toBe("Hoppa till verktygen");
    expect(await page.locator("#legend").textContent()).toContain("Projekt");
    expect(await page.getByTestId("node-title").textContent()).toBe("Kungliga Tekniska högskolan");
    await expectAccessible("Swedish");

    await page.getByTestId("language-en").click();
    await expect.poll(() => page.url()).toContain("lang=en");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByTestId("skip-to-tools").textContent()).toBe("Skip to tools");
    await expect.poll(() => page.locator("#legend").textContent()).toContain("Project");
    expect(await page.getByTestId("node-title").textContent()).toBe("Kungliga Tekniska högskolan");

    const swedish = await browser.newContext({ locale: "sv-SE" });
    const other = await swedish.newPage();
    await other.goto(url);
    await other.getByTestId("intro").waitFor();
    expect(await other.getByTestId("intro").locator("h2").textContent()).toBe("Vem samarbetar med vem i Stockholm");
    await expect.poll(() => other.url()).toContain("lang=sv");
    await swedish.close();
  });

  it("explains partner suggestions and the consortium check in Swedish in the Swedish explorer", async () => {
    await page.goto(`${url}/?lang=sv`);
    await page.getByTestId("partners-panel").locator("> summary").click();
    await page.getByTestId("partner-topic").fill("electric freight vehicles urban logistics");
    await chooseFromSearch(page, "partner-member", "KTH", "kth");
    await page.getByTestId("find-partners").click();
    const suggestions = page.getByTestId("partner-suggestions");
    await suggestions.waitFor({ timeout: 90_000 });
    const reasons = (await suggestions.locator(".suggestion").first().locator(".reason").allTextContents()).join(" ");
    expect(reasons).toMatch(/\b(Har|projekt)\b/);
    expect(reasons).not.toMatch(/\b(Has|earlier project|worked with)\b/);
    const check = page.getByTestId("consortium-check");
    expect(await check.locator(".severity").allTextContents()).toContain("Måste åtgärdas");
    expect(await check.textContent()).not.toMatch(/\b(The consortium|must|needs)\b/);
  });

  it("reaches the drawn nodes and the tools from the keyboard, with a labelled canvas and no serious axe findings", async () => {
    await page.goto(`${url}/?focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    expect(await page.getByTestId("graph").getAttribute("aria-label")).toMatch(
      /^Network drawing: \d+ nodes and \d+ relationships/,
    );

    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to tools");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tools");

    await page.getByTestId("node-list-panel").locator("summary").click();
    const buttons = page.getByTestId("node-list").locator("button[data-id]");
    expect(await buttons.count()).toBe(await nodeCount(page));
    const target = page.getByTestId("node-list").locator('button[data-id="stockholms-stad"]');
    await target.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("node-title").textContent()).toBe("Stockholms stad");
    expect(page.url()).toContain("selected=stockholms-stad");

    // Groups of relationships fold: a hub's long lists take no tab stops until opened.
    const groups = page.getByTestId("details").locator("details.relationship-group");
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    await expectAccessible("the organisation view");
  });
});
