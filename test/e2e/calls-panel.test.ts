import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { briefSources } from "../../client/src/calls/export-brief.js";
import { chooseFromSearch } from "./support/browser.js";
import { useExplorer } from "./support/explorer-app.js";
import { seriousViolations } from "./support/run-axe.js";

const explorer = useExplorer({ locale: "en-GB" });

interface Finding {
  code: string;
  message: string;
}

async function checkOf(call: string, consortium: string[]): Promise<{ members: string[]; findings: Finding[] }> {
  const { callBrief } = await explorer.graphql<{
    callBrief: { consortium: { id: string }[]; check: { findings: Finding[] } };
  }>(
    `query ($call: ID!, $consortium: [ID!]!) {
      callBrief(call: $call, consortium: $consortium) { consortium { id } check { findings { code message } } }
    }`,
    { call, consortium },
  );
  return { members: callBrief.consortium.map((member) => member.id), findings: callBrief.check.findings };
}

describe("the calls panel", () => {
  it("lists KTH's open calls, briefs one, adds a suggested partner and checks again, keeps the brief in the link and exports it", async () => {
    const { page } = explorer;
    await page.goto(explorer.url);
    await chooseFromSearch(page, "search-input", "KTH", "kth");
    await expect.poll(() => page.url()).toContain("selected=kth");

    // The panel opens from the keyboard, and only then ranks the calls.
    const panel = page.getByTestId("calls-panel");
    await panel.locator("> summary").focus();
    await page.keyboard.press("Enter");
    const rows = panel.getByTestId("open-call");
    await rows.first().waitFor({ timeout: 90_000 });
    const { openCalls } = await explorer.graphql<{
      openCalls: { call: { id: string; title: string; url: string }; daysLeft: number }[];
    }>(`{ openCalls(actor: "kth", limit: 20) { call { id title url } daysLeft } }`);
    expect(await rows.count()).toBe(openCalls.length);
    expect(await panel.locator(".calls-heading").textContent()).toBe(
      `${openCalls.length} open calls for KTH, best fit first`,
    );
    const titles = await rows.locator("button[data-call]").allTextContents();
    expect(titles).toEqual(openCalls.map((entry) => entry.call.title));
    const daysLeft = rows.first().getByTestId("call-days-left");
    expect(Number(await daysLeft.getAttribute("data-days-left"))).toBe(openCalls[0].daysLeft);
    expect(await daysLeft.textContent()).toMatch(/^Deadline \d{4}-\d{2}-\d{2} · \d+ days? left · Budget/);
    expect(await rows.first().locator(".call-fit").textContent()).toMatch(/^Fits \d+ %: .{20,}/);
    let violations = await seriousViolations(page);
    expect(violations, `the open calls: ${JSON.stringify(violations, null, 2)}`).toEqual([]);

    // Opening a call briefs it for the selected actor.
    const [first] = openCalls;
    await rows.first().locator("button[data-call]").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain(`call=${first.call.id}&consortium=kth`);
    const brief = panel.getByTestId("call-brief");
    const check = brief.getByTestId("brief-check");
    await check.waitFor({ timeout: 90_000 });
    expect(await check.getAttribute("data-consortium")).toBe("kth");
    expect(await brief.locator(".brief-title").textContent()).toBe(first.call.title);
    expect(await brief.getByTestId("call-portal-link").getAttribute("href")).toBe(first.call.url);
    expect(await brief.getByTestId("brief-consortium").locator("li").count()).toBe(1);
    violations = await seriousViolations(page);
    expect(violations, `a brief: ${JSON.stringify(violations, null, 2)}`).toEqual([]);

    // Adding the first suggested partner checks the brief again, for both.
    const suggestion = brief.locator(".suggestion").first();
    const partner = (await suggestion.getAttribute("data-id"))!;
    await suggestion.getByTestId("add-suggestion").click();
    await expect.poll(() => page.url()).toContain(`consortium=kth,${encodeURIComponent(partner)}`);
    await expect.poll(() => check.getAttribute("data-consortium"), { timeout: 90_000 }).toBe(`kth,${partner}`);
    expect(await brief.getByTestId("brief-consortium").locator("li").count()).toBe(2);
    // The brief then proposes a consortium for the two: let it answer before asking the API directly,
    // as a server on two cores answers one expensive request at a time.
    await expect
      .poll(async () => (await brief.getByTestId("proposal-check").getAttribute("data-consortium")) ?? "", {
        timeout: 90_000,
      })
      .toMatch(new RegExp(`^kth,${partner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const rechecked = await checkOf(first.call.id, ["kth", partner]);
    expect(rechecked.members).toEqual(["kth", partner]);
    const findings = await check.locator(".finding").allTextContents();
    expect(findings).toHaveLength(rechecked.findings.length);
    for (const [index, finding] of rechecked.findings.entries()) expect(findings[index]).toContain(finding.message);
    expect(await brief.locator(`.suggestion[data-id="${partner}"]`).count()).toBe(0);

    // The link reopens the same brief.
    const link = page.url();
    await page.reload();
    expect(page.url()).toBe(link);
    await check.waitFor({ timeout: 90_000 });
    expect(await check.getAttribute("data-consortium")).toBe(`kth,${partner}`);
    expect(await brief.locator(".brief-title").textContent()).toBe(first.call.title);
    expect(await brief.getByTestId("brief-consortium").locator("li").count()).toBe(2);
    // The reopened brief proposes its consortium again: the exports carry it once it has answered.
    await expect
      .poll(async () => (await brief.getByTestId("proposal-check").getAttribute("data-consortium")) ?? "", {
        timeout: 90_000,
      })
      .toMatch(new RegExp(`^kth,${partner.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

    // The Markdown export names the call and its sources.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      brief.getByTestId("export-brief-markdown").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^brief-${first.call.id}-\\d{4}-\\d{2}-\\d{2}\\.md$`));
    const markdown = fs.readFileSync((await download.path())!, "utf8");
    expect(markdown).toContain(`# ${first.call.id}: `);
    expect(markdown).toContain("## Sources");
    expect(markdown).toContain(`- The call: ${briefSources.calls}`);
    expect(markdown).toContain(`- Projects and participants: ${briefSources.projects}.`);
    expect(markdown).toContain(`- This brief in Samverkan: ${link}`);

    // The CSV has a row for each suggested partner, each with the call and the sources.
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      brief.getByTestId("export-brief-csv").click(),
    ]);
    const csv = fs
      .readFileSync((await csvDownload.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    expect(csv[0]).toMatch(/^call,rank,partner_id,/);
    expect(csv.filter((row) => row.includes(",suggested,")).length).toBe(await brief.locator(".suggestion").count());
    expect(csv.filter((row) => row.includes(",proposed,")).length).toBe(
      await brief.getByTestId("proposal-places").locator("> li").count(),
    );
    for (const row of csv.slice(1)) {
      expect(row.startsWith(`${first.call.id},`)).toBe(true);
      expect(row).toContain(briefSources.projects);
    }
    // Open calls, two briefs and two proposals, one expensive request at a time on two cores.
  }, 240_000);
});
