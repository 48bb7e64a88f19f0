import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { projectRoot } from "../../../server/config.js";

export const screenshotDir = path.join(projectRoot, "test-results/e2e");

/** Fails the test on errors the page throws, so a broken script does not pass as an empty page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Types into a search box and chooses the suggestion with this id using the keyboard (arrows, Enter). */
export async function chooseFromSearch(page: Page, testId: string, text: string, id: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.fill("");
  await input.pressSequentially(text, { delay: 20 });
  const listbox = page.locator(`#${await input.getAttribute("aria-controls")}`);
  await listbox.locator(`[data-id="${id}"]`).waitFor({ state: "visible" });
  const index = await listbox
    .locator("[role=option]")
    .evaluateAll((options, wanted) => options.findIndex((option) => option.getAttribute("data-id") === wanted), id);
  for (let step = 0; step < index; step++) await input.press("ArrowDown");
  await input.press("Enter");
}

/** Waits until the first graph is drawn and the layout has stopped (so pictures are stable). */
export async function waitForSettledGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.graphReady === "true");
  await page.waitForFunction(() => document.body.dataset.layout === "idle");
  await page.waitForTimeout(600); // the camera's move to the chosen node
}

/** Waits until the network requested last is loaded and laid out. */
export async function waitForLoadedNetwork(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.querySelector("#graph-status .status-loading") && document.body.dataset.layout === "idle",
  );
}

export async function nodeCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("node-count").textContent());
}

/**
 * How long a test waits for pixels to appear: each try takes a screenshot, which the software
 * rasteriser of a busy machine can take most of a second for, so vitest's default second allows
 * one or two tries.
 */
export const pixelPoll = { timeout: 15_000, interval: 250 };

/**
 * Counts the pixels of the drawn graph in a screenshot that are coloured like nodes (saturated),
 * or like `colour` when given; the browser decodes the PNG.
 */
export async function countColouredPixels(page: Page, colour?: [number, number, number]): Promise<number> {
  const png = await page.getByTestId("graph").screenshot();
  return page.evaluate(
    async ({ base64, colour }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (colour) {
          if (Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) < 40) count++;
        } else if (Math.max(r, g, b) - Math.min(r, g, b) > 80) {
          count++;
        }
      }
      return count;
    },
    { base64: png.toString("base64"), colour },
  );
}

export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage });
  return file;
}
