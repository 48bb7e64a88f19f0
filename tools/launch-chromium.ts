import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium, headless; never a browser that playwright downloads. The e2e tests and the
 * benchmark's client measurements both drive it.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `launchChromium: no Chromium at ${executablePath}; install it with apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}
