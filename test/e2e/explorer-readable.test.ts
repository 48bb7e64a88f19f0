import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { saveScreenshot, waitForLoadedNetwork, waitForSettledGraph } from "./support/browser.js";
import { useExplorer } from "./support/explorer-app.js";

const explorer = useExplorer({ locale: "sv-SE" });
const graphql = explorer.graphql;
let url: string;
let page: Page;

beforeEach(() => {
  ({ url, page } = explorer);
});

interface Via {
  id: string;
  label: string;
  type: string;
}

async function sharedWith(id: string, partner: string): Promise<Via[]> {
  const { collaborators } = await graphql<{ collaborators: { partner: { id: string }; via: Via[] }[] }>(
    `
      query ($id: ID!) {
        collaborators(id: $id, limit: 60) {
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
    { id },
  );
  return collaborators.find((row) => row.partner.id === partner)?.via ?? [];
}

/** The link to an organisation view with the tie between two partners open. */
function tieLink(centre: string, partner: string): string {
  const [first, second] = [centre, partner].sort();
  return `${url}/?lang=sv&focus=${centre}&selected=${centre}&view=organisations&edge=SHARES:${first}|${second}`;
}

describe("the explorer as a Swedish strategist reads it", () => {
  it("lists a tie's evidence by kind, each project with its title, years and one CORDIS link, each quote once", async () => {
    const via = await sharedWith("kth", "ki");
    const projectIds = [...new Set(via.filter((thing) => thing.type === "Project").map((thing) => thing.id))];
    expect(projectIds.length).toBeGreaterThan(1);
    const { projects } = await graphql<{
      projects: { id: string; title: string | null; startDate: string | null }[];
    }>(
      `
        query ($ids: [ID!]!) {
          projects(where: { id: { in: $ids } }) {
            id
            title
            startDate
          }
        }
      `,
      { ids: projectIds },
    );

    await page.goto(tieLink("kth", "ki"));
    const panel = page.getByTestId("edge-panel");
    await panel.waitFor();
    expect(await panel.locator(".edge-strength").textContent()).toContain(`de delar ${projectIds.length} projekt`);
    const rows = panel.locator("[data-kind=Project] .shared-thing");
    expect(await rows.count()).toBe(projectIds.length);
    const links = await panel
      .getByTestId("cordis-link")
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    // A project of the Horizon 2020 history has a record number, not a grant id: no CORDIS page of its own.
    const withGrant = projectIds.filter((id) => /^\d+$/.test(id));
    expect(withGrant.length).toBeGreaterThan(0);
    expect([...links].sort()).toEqual(withGrant.map((id) => `https://cordis.europa.eu/project/id/${id}`).sort());
    for (const project of projects) {
      const row = panel.locator(`.shared-thing[data-id="${project.id}"]`);
      // The history gives no titles (its projects say so in their own panel).
      if (project.title) await expect.poll(() => row.textContent()).toContain(project.title);
      // The years come with the projects' details, asked for when the panel opens.
      if (project.startDate) await expect.poll(() => row.textContent()).toContain(`(${project.startDate.slice(0, 4)}`);
    }
    expect(await panel.textContent()).not.toMatch(/csv\.gz|\bthings?\b|saker/);
    await saveScreenshot(page, "sv-tie-kth-ki");

    // The City and KTH share agreements and bodies, and one states the other: grouped, each quote once.
    const cityVia = await sharedWith("stockholms-stad", "kth");
    await page.goto(tieLink("stockholms-stad", "kth"));
    await panel.waitFor();
    const kinds = await panel
      .locator(".shared-group")
      .evaluateAll((groups) => groups.map((group) => group.getAttribute("data-kind")));
    expect(kinds).toEqual(
      ["Project", "Agreement", "Actor", "statement"].filter((kind) =>
        cityVia.some(
          (thing) => (["Project", "Agreement", "Actor"].includes(thing.type) ? thing.type : "statement") === kind,
        ),
      ),
    );
    for (const thing of await panel.locator(".shared-thing").all()) {
      const quotes = await thing.getByTestId("evidence-quote").allTextContents();
      expect(new Set(quotes).size, `repeated quotes: ${quotes.join(" | ")}`).toBe(quotes.length);
    }
    expect(await panel.locator("[data-kind=statement]").textContent()).toMatch(
      /Stockholms stad samarbetar med KTH|KTH samarbetar med Stockholms stad/,
    );
    await saveScreenshot(page, "sv-tie-city-kth");
  });

  it("exports in Swedish: the CSV for Swedish Excel, the PNG's source line, readable sources in tooltips, KTH:s", async () => {
    await page.goto(`${url}/?lang=sv&focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    expect(await page.getByTestId("show-projects").textContent()).toBe("Visa KTH:s projekt och band");

    await page.getByTestId("collaborators-panel").locator("summary").click();
    await page.getByTestId("collaborators-table").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("collaborators-csv").click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("partner-id;partner;typ;land;styrka;antal delade;delat");
    const city = lines.find((line) => line.startsWith("stockholms-stad;"))!;
    expect(city).toMatch(/^stockholms-stad;Stockholms stad;Kommun;SE;\d+,\d+;\d+;/);
    expect(city).toMatch(/Stockholms stad samarbetar med (KTH|Kungliga Tekniska högskolan)/);
    expect(csv).not.toMatch(/\(by\)|collaborates|University/);

    // A project's participations name CORDIS as their source, not a row of a file.
    await page.goto(`${url}/?lang=sv&focus=kth&selected=kth&view=network`);
    await waitForSettledGraph(page);
    const cordis = page.getByTestId("details").locator(".evidence-cordis").first();
    await cordis.waitFor({ state: "attached" });
    expect(await cordis.getAttribute("title")).toMatch(/^Källa: CORDIS/);
    expect(await page.getByTestId("details").innerHTML()).not.toMatch(/csv\.gz|CORDIS-post/);

    // The PNG's words are Swedish, its source line among them: what it writes on its canvas.
    await page.addInitScript(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        written.push(String(text));
        return fillText.call(this, text, ...rest);
      };
    });
    await page.reload();
    await waitForSettledGraph(page);
    await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const written = await page.evaluate(() => (window as unknown as { written: string[] }).written);
    expect(written).toContain("Källa: CORDIS, Europeiska kommissionen");
    expect(written.some((text) => text.startsWith("Alla år"))).toBe(true);
    expect(written.join(" ")).not.toMatch(/Source|All years/);
  });

  it("tells namesakes apart in search: four Ericssons, each with its own name, city or country", async () => {
    await page.goto(`${url}/?lang=sv`);
    const input = page.getByTestId("search-input");
    await input.pressSequentially("Ericsson", { delay: 20 });
    const listbox = page.locator(`#${await input.getAttribute("aria-controls")}`);
    await listbox.locator("[role=option]").first().waitFor();
    const rows = await listbox
      .locator("[role=option]")
      .evaluateAll((options) =>
        options.map((option) => [
          option.querySelector(".search-option-label")?.textContent?.toLowerCase() ?? "",
          option.querySelector(".search-option-kind")?.textContent ?? "",
          option.querySelector(".search-option-details")?.textContent ?? "",
        ]),
      );
    const companies = rows.filter(([label, kind]) => kind === "Företag" && label.startsWith("ericsson"));
    expect(companies.length).toBeGreaterThan(1);
    expect(new Set(companies.map((row) => row.join(" · "))).size, JSON.stringify(companies)).toBe(companies.length);
    expect(companies.map((row) => row[2]).join(" ")).toMatch(/Sverige|Tyskland|Spanien|Ungern|Frankrike/);
    await saveScreenshot(page, "sv-search-ericsson");
  });

  it("works from the keyboard: an example's result takes the focus, ties open from the node list, exports wait for a drawing", async () => {
    await page.goto(`${url}/?lang=sv`);
    await page.getByTestId("exampleKth").waitFor();
    for (const id of ["export-png", "export-gexf", "export-json"])
      expect(await page.getByTestId(id).isDisabled()).toBe(true);

    await page.getByTestId("exampleKth").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("details-heading");
    await waitForSettledGraph(page);
    for (const id of ["export-png", "export-gexf", "export-json"])
      expect(await page.getByTestId(id).isEnabled()).toBe(true);

    // The drawn nodes' list offers each partner's tie with KTH; Enter opens it and moves the focus there.
    const summary = page.getByTestId("node-list-panel").locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    const tie = page.getByTestId("node-list").locator('li:has(button[data-id="ki"]) .node-list-tie');
    expect(await tie.textContent()).toBe("band med KTH");
    expect(await tie.getAttribute("aria-label")).toMatch(/^band med KTH: öppna bandet mellan KTH och KI/);
    await tie.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => decodeURIComponent(page.url())).toContain("edge=SHARES:ki|kth");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("edge-panel");
    expect(await page.getByTestId("edge-panel").locator(".edge-title").textContent()).toBe("KTH och KI");

    // The path example opens the paths panel and puts the focus on it.
    await page.goto(`${url}/?lang=sv`);
    await page.getByTestId("examplePath").focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest("details")?.getAttribute("data-testid")))
      .toBe("paths-panel");
    expect(await page.getByTestId("paths-panel").getAttribute("open")).not.toBeNull();
  });

  it("fits every panel in 1280 px: no column of the collaborators table is cut off", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${url}/?lang=sv&focus=kth&selected=kth&from=kth&to=stockholms-stad`);
    await waitForSettledGraph(page);
    for (const panel of await page.locator("#tools details").all()) {
      if ((await panel.getAttribute("open")) === null) await panel.locator("> summary").click();
    }
    const table = page.getByTestId("collaborators-table");
    await table.waitFor();
    await page.getByTestId("paths-list").waitFor();
    const overflowing = await page.evaluate(() => {
      const tools = document.getElementById("tools")!;
      const right = tools.getBoundingClientRect().left + tools.clientWidth;
      return [...tools.querySelectorAll<HTMLElement>("*")]
        .filter((element) => !element.closest(".visually-hidden") && element.getBoundingClientRect().width > 0)
        .filter(
          (element) =>
            element.getBoundingClientRect().right > right + 1 ||
            (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible"),
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });
    expect(overflowing).toEqual([]);
    const headings = await table.locator("thead th").allTextContents();
    expect(headings.map((heading) => heading.replace(/[▼▲]/g, "").trim())).toEqual([
      "Partner",
      "Land",
      "Styrka",
      "Delat",
    ]);
    await table.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "sv-collaborators-1280");
  });

  it("highlights a whole path over a partner view, and a shared path link opens the paths with their quotes in view", async () => {
    await page.goto(`${url}/?lang=sv&from=exploateringskontoret&to=kth`);
    const panel = page.getByTestId("paths-panel");
    const first = page.getByTestId("paths-list").locator("> li").first();
    await first.waitFor();
    expect(await panel.getAttribute("open")).not.toBeNull();
    await waitForSettledGraph(page);
    expect(await first.getByTestId("path-step").first().textContent()).toContain("Exploateringskontoret lyder under");
    expect(await first.getByTestId("evidence-quote").count()).toBeGreaterThan(0);
    const inView = await first.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight - 100;
    });
    expect(inView, "the first path starts in view").toBe(true);
    // The fields name the link's ends, so that one can be changed and the paths asked for again.
    expect(await page.getByTestId("path-from").inputValue()).toBe("Exploateringskontoret");
    expect(await page.getByTestId("path-to").inputValue()).toBe("KTH");
    expect(await page.getByTestId("find-paths").isEnabled()).toBe(true);
    await saveScreenshot(page, "sv-path-exploateringskontoret-kth");

    // Over KTH's partners, each step of each path is drawn in the highlight's colour, the direct tie too.
    await page.goto(`${url}/?lang=sv&focus=kth&selected=kth&from=kth&to=stockholms-stad`);
    await waitForSettledGraph(page);
    await waitForLoadedNetwork(page);
    const box = (await page.getByTestId("graph").boundingBox())!;
    // Every step of the paths the panel lists, as the API gives them; the direct tie among them.
    const { paths } = await graphql<{ paths: { edges: { source: string; target: string }[] }[] }>(`
      query {
        paths(from: "kth", to: "stockholms-stad", maxHops: 4, limit: 3) {
          edges {
            source
            target
          }
        }
      }
    `);
    const steps = [
      ...new Map(
        paths
          .flatMap((path) => path.edges)
          .map((edge) => [`${edge.source}|${edge.target}`, [edge.source, edge.target]]),
      ).values(),
    ] as [string, string][];
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.map((step) => [...step].sort().join("|"))).toContain("kth|stockholms-stad");
    const segments = await page.evaluate(
      (pairs) =>
        pairs.map(([a, b]) => {
          const [from, to] = [window.__samverkanViewport?.(a), window.__samverkanViewport?.(b)];
          return from && to ? { from, to } : null;
        }),
      steps,
    );
    const png = await page.getByTestId("graph").screenshot();
    const highlighted = await page.evaluate(
      async ({ base64, segments }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext("2d")!;
        context.drawImage(image, 0, 0);
        const orangeNear = (x: number, y: number) => {
          const { data } = context.getImageData(Math.round(x) - 3, Math.round(y) - 3, 7, 7);
          for (let i = 0; i < data.length; i += 4)
            if (Math.abs(data[i] - 0xff) + Math.abs(data[i + 1] - 0x5a) + Math.abs(data[i + 2] - 0x1f) < 60)
              return true;
          return false;
        };
        // Seven points along each step; a node the layout put on a step may cover one or two of
        // them, but a step drawn in another colour has none.
        const shares = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
        return segments.map((segment) =>
          segment
            ? shares.filter((share) =>
                orangeNear(
                  segment.from.x + share * (segment.to.x - segment.from.x),
                  segment.from.y + share * (segment.to.y - segment.from.y),
                ),
              ).length >= 4
            : false,
        );
      },
      { base64: png.toString("base64"), segments },
    );
    expect(box.width).toBeGreaterThan(0);
    expect(highlighted, JSON.stringify(steps)).toEqual(steps.map(() => true));
    await saveScreenshot(page, "sv-path-kth-city");
  });

  it("keeps the partner view through the years, and plays each year only once its data is drawn, with one loading message", async () => {
    await page.goto(`${url}/?lang=sv&focus=kth&selected=kth`);
    await waitForSettledGraph(page);
    expect(await page.getByTestId("view-organisations").isChecked()).toBe(true);
    await page.locator("#filter-year").fill("2016");
    await expect.poll(() => page.url()).toContain("asOf=2016");
    await waitForLoadedNetwork(page);
    expect(await page.getByTestId("view-organisations").isChecked()).toBe(true);
    expect(await page.getByTestId("graph-note").textContent()).toMatch(/De \d+ starkaste partnerna är ritade/);
    await page.getByTestId("node-list-panel").locator("summary").click();
    expect(await page.getByTestId("node-list").locator(".node-list-kind").allTextContents()).not.toContain(
      " · Projekt",
    );

    // Each year's network arrives slowly: play waits for it, and only the graph says it is loading.
    await page.route("**/graphql", async (route) => {
      if (/NeighbourhoodNetwork|OrganisationPartners/.test(route.request().postData() ?? ""))
        await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    });
    await page.locator("#filter-year").fill("2012");
    await waitForLoadedNetwork(page);
    const played = Date.now();
    await page.locator(".play-button").click();
    const years: { year: string; at: number; loading: number }[] = [];
    while (Date.now() - played < 9000) {
      years.push({
        year: (await page.getByTestId("year-value").textContent()) ?? "",
        at: Date.now() - played,
        loading: await page.locator(".status-loading").count(),
      });
      await page.waitForTimeout(250);
    }
    await page.locator(".play-button").click();
    const reached = (year: string) => years.find((sample) => sample.year === year)?.at;
    const [y2013, y2014] = [reached("2013"), reached("2014")];
    expect(y2013, JSON.stringify(years)).toBeDefined();
    expect(y2014, JSON.stringify(years)).toBeDefined();
    // 2013 takes 2.5 s to arrive and is then shown for 1.5 s before 2014.
    expect(y2014! - y2013!, JSON.stringify(years)).toBeGreaterThan(3500);
    expect(Math.max(...years.map((sample) => sample.loading)), JSON.stringify(years)).toBeLessThanOrEqual(1);
    expect(await page.getByTestId("view-organisations").isChecked()).toBe(true);
  });

  it("names every organisation of the City's partners at the zoom the view opens at, no label over another or cut off", async () => {
    // What the label layers (labels, and the selected node's box above them) write in their last frame.
    await page.addInitScript(() => {
      type Drawn = { text: string; x: number; y: number; width: number; ascent: number; descent: number };
      const frames = new WeakMap<HTMLCanvasElement, Drawn[]>();
      const layers = () => [
        ...document.querySelectorAll<HTMLCanvasElement>("canvas.sigma-labels, canvas.sigma-hovers"),
      ];
      (window as unknown as { labelsDrawn: () => unknown }).labelsDrawn = () =>
        layers().flatMap((layer) => frames.get(layer) ?? []);
      const { clearRect, fillText } = CanvasRenderingContext2D.prototype;
      CanvasRenderingContext2D.prototype.clearRect = function (...args) {
        if (layers().includes(this.canvas)) frames.set(this.canvas, []);
        return clearRect.apply(this, args);
      };
      CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
        if (layers().includes(this.canvas)) {
          const metrics = this.measureText(text);
          const [ascent, descent] = [metrics.actualBoundingBoxAscent, metrics.actualBoundingBoxDescent];
          frames.get(this.canvas)?.push({ text, x, y, width: metrics.width, ascent, descent });
        }
        return fillText.call(this, text, x, y, ...rest);
      };
    });
    await page.goto(`${url}/?lang=sv&focus=stockholms-stad&selected=stockholms-stad&view=organisations`);
    await waitForSettledGraph(page);
    await page.getByTestId("node-list-panel").locator("summary").click();
    const names = await page
      .getByTestId("node-list")
      .locator("button[data-id]")
      .evaluateAll((buttons) => buttons.map((button) => button.textContent ?? ""));
    const labels = await page.evaluate(() =>
      (
        window as unknown as {
          labelsDrawn: () => { text: string; x: number; y: number; width: number; ascent: number; descent: number }[];
        }
      ).labelsDrawn(),
    );
    const canvas = (await page.getByTestId("graph").boundingBox())!;
    await saveScreenshot(page, "sv-city-partners");

    const unnamed = names.filter(
      (name) =>
        !labels.some(
          (label) => label.text === name || (label.text.endsWith("…") && name.startsWith(label.text.slice(0, -1))),
        ),
    );
    expect(names.length).toBeGreaterThan(20);
    expect(unnamed, `${labels.length} labels drawn`).toEqual([]);
    for (const label of labels) expect(label.text.length).toBeLessThanOrEqual(28);
    const boxes = labels.map((label) => ({ ...label, top: label.y - label.ascent, bottom: label.y + label.descent }));
    for (const box of boxes) {
      expect(box.x, box.text).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, box.text).toBeLessThanOrEqual(canvas.width);
      expect(box.top, box.text).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.text).toBeLessThanOrEqual(canvas.height);
    }
    for (const [index, a] of boxes.entries())
      for (const b of boxes.slice(index + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.text} overlaps ${b.text}`).toBe(true);
      }
    // Nothing of the page lies over the canvas: the controls, messages and legend sit above and below it.
    for (const selector of [".graph-top", "#legend", ".graph-help"]) {
      const box = (await page.locator(selector).boundingBox())!;
      const apart = box.y + box.height <= canvas.y + 1 || canvas.y + canvas.height <= box.y + 1;
      expect(apart, selector).toBe(true);
    }
    // The full name shows on hover.
    const long = names.find((name) => name.length > 28);
    if (long) expect(labels.map((label) => label.text)).not.toContain(long);
  });
});
