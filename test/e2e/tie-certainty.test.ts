import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { saveScreenshot, waitForSettledGraph } from "./support/browser.js";
import { useExplorer } from "./support/explorer-app.js";

const explorer = useExplorer();
let url: string;
let page: Page;

beforeEach(() => {
  ({ url, page } = explorer);
});

/**
 * Of the points along the middle half of the tie from one node to another, the share where the
 * canvas shows no line (no pixel across the line darker than the background): near 0 for a solid
 * line, well above it for a dashed one.
 */
async function gapShare(from: string, to: string): Promise<number> {
  const ends = await page.evaluate(
    ([a, b]) => [window.__samverkanViewport?.(a) ?? null, window.__samverkanViewport?.(b) ?? null],
    [from, to],
  );
  const [start, end] = ends;
  if (!start || !end) throw new Error(`gapShare: ${from} or ${to} is not drawn`);
  const png = await page.getByTestId("graph").screenshot();
  return page.evaluate(
    async ({ base64, start, end }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data, width } = context.getImageData(0, 0, canvas.width, canvas.height);
      const ink = (x: number, y: number) => {
        const at = (Math.round(y) * width + Math.round(x)) * 4;
        return data[at] + data[at + 1] + data[at + 2] < 3 * 235;
      };
      const length = Math.hypot(end.x - start.x, end.y - start.y);
      const [ux, uy] = [(end.x - start.x) / length, (end.y - start.y) / length];
      let points = 0;
      let gaps = 0;
      for (let along = length * 0.25; along <= length * 0.75; along += 1) {
        const [x, y] = [start.x + ux * along, start.y + uy * along];
        const across = [-1.5, -0.75, 0, 0.75, 1.5].some((offset) => ink(x - uy * offset, y + ux * offset));
        points += 1;
        if (!across) gaps += 1;
      }
      return gaps / points;
    },
    { base64: png.toString("base64"), start, end },
  );
}

describe("ties as certain as their sources", () => {
  it("draws the innovation director's proposed post under the city director dashed, and says so", async () => {
    await page.goto(`${url}/?focus=innovationsdirektoren`);
    await waitForSettledGraph(page);
    await expect.poll(() => page.getByTestId("legend-undecided").textContent()).toMatch(/proposed or intended/);
    // Dashes of 6 px with gaps of 4 px: about a third of the line is gap; none at all would be solid, all of it undrawn.
    const gaps = await gapShare("innovationsdirektoren", "stadsdirektoren");
    expect(gaps).toBeGreaterThan(0.2);
    expect(gaps).toBeLessThan(0.8);
    await saveScreenshot(page, "proposed-tie");

    await page.goto(`${url}/?focus=innovationsdirektoren&edge=innovationsdirektoren%7CREPORTS_TO%7Cstadsdirektoren`);
    await expect
      .poll(() => page.getByTestId("edge-certainty").first().textContent())
      .toBe("Proposed in the documents, not decided.");
  });

  it("draws a tie the documents state as holding solid", async () => {
    await page.goto(`${url}/?focus=kommunstyrelsen`);
    await waitForSettledGraph(page);
    expect(await gapShare("kommunstyrelsen", "stockholms-stad")).toBeLessThan(0.1);
  });
});
