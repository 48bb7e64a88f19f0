import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { useExplorer } from "./support/explorer-app.js";
import { seriousViolations } from "./support/run-axe.js";

const explorer = useExplorer({ locale: "en-GB" });

/** An IA call of the shipped catalogue, briefed for KTH alone. */
const call = "HORIZON-CL5-2027-02-D3-07";

const jargon = /\b(weight|vikt|factor|faktor|score|poäng|relevance|relevans|Adamic|Newman|TF-IDF|cosine|API)\b|`/i;

describe("the proposed consortium of a call brief", () => {
  it.each([
    [
      "en",
      "Proposed consortium",
      /^(Brings|One more|A warm introduction|One of the strongest)/,
      "proposed consortium",
      ",",
      "proposed",
    ],
    [
      "sv",
      "Föreslaget konsortium",
      /^(Tillför|En oberoende|En varm introduktion|En av de starkaste)/,
      "föreslaget konsortium",
      ";",
      "föreslaget konsortium",
    ],
  ])(
    "shows each place's need, why and alternatives, checks again after a swap and exports it (%s)",
    async (lang, heading, needPattern, markdownHeading, separator, proposedList) => {
      const { page } = explorer;
      await page.goto(`${explorer.url}/?selected=kth&call=${call}&consortium=kth&lang=${lang}`);
      const panel = page.getByTestId("calls-panel");
      if ((await panel.getAttribute("open")) === null) await panel.locator("> summary").click();
      const proposal = panel.getByTestId("brief-proposal");
      const places = proposal.getByTestId("proposal-places").locator("> li");
      await places.first().waitFor({ timeout: 120_000 });
      expect(await proposal.locator("h4").first().textContent()).toBe(heading);

      // Each place: its need, at most three reasons, at most two alternatives; no method or weight named.
      const count = await places.count();
      expect(count).toBeGreaterThan(1);
      for (let index = 0; index < count; index++) {
        const place = places.nth(index);
        expect(await place.locator(".proposal-need").textContent()).toMatch(needPattern);
        const reasons = await place.locator(".proposal-reasons li").count();
        expect(reasons).toBeGreaterThan(0);
        expect(reasons).toBeLessThanOrEqual(3);
        expect(await place.getByTestId("swap-partner").count()).toBeLessThanOrEqual(2);
      }
      expect(await proposal.textContent()).not.toMatch(jargon);
      const check = proposal.getByTestId("proposal-check");
      const before = (await check.getAttribute("data-consortium"))!;
      expect(before.split(",")[0]).toBe("kth");
      const violations = await seriousViolations(page);
      expect(violations, `a proposal: ${JSON.stringify(violations, null, 2)}`).toEqual([]);

      // Taking the first alternative of the first place checks the consortium again, with it in.
      const first = places.first();
      const replaced = (await first.getAttribute("data-id"))!;
      const alternative = first.getByTestId("swap-partner").first();
      const taken = (await alternative.getAttribute("data-id"))!;
      await alternative.click();
      await expect.poll(() => check.getAttribute("data-consortium")).toBe(before.replace(replaced, taken));
      await expect.poll(() => check.getAttribute("aria-busy"), { timeout: 90_000 }).toBe("false");
      expect(await check.locator(".consortium-check h4").count()).toBe(1);
      expect(await places.first().getAttribute("data-id")).toBe(taken);
      expect(await places.first().getByTestId("swap-partner").first().getAttribute("data-id")).toBe(replaced);

      // The exports carry the proposal as it now stands.
      const brief = panel.getByTestId("call-brief");
      const [markdownDownload] = await Promise.all([
        page.waitForEvent("download"),
        brief.getByTestId("export-brief-markdown").click(),
      ]);
      const markdown = fs.readFileSync((await markdownDownload.path())!, "utf8");
      expect(markdown.toLowerCase()).toContain(`## ${markdownHeading}`);
      const takenName = (await places.first().locator("strong").textContent())!.replace(/ \([A-Z]{2}\)$/, "");
      expect(markdown).toContain(`| 1 | ${takenName} |`);
      const [csvDownload] = await Promise.all([
        page.waitForEvent("download"),
        brief.getByTestId("export-brief-csv").click(),
      ]);
      const csv = fs
        .readFileSync((await csvDownload.path())!, "utf8")
        .trimEnd()
        .split("\r\n");
      const proposed = csv.filter((row) => row.includes(`${separator}${proposedList}${separator}`));
      expect(proposed).toHaveLength(count);
      expect(proposed[0].startsWith([call, 1, taken, ""].join(separator))).toBe(true);
    },
    // The brief, then the proposal, then a check: three requests of seconds each on a busy machine.
    240_000,
  );
});
