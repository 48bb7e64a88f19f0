import { log } from "../../log.js";
import type { Input } from "./open-input.js";

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 1 : 0);

/**
 * Shows an import's progress through `log.progress`: rows, rows per second, and the time left,
 * estimated from the bytes of the file read so far (compressed bytes for `.gz`).
 */
export function startProgress(input: Input) {
  const started = performance.now();
  let shown = 0;
  return {
    elapsedSeconds: () => (performance.now() - started) / 1000,
    tick(rows: number): void {
      const now = performance.now();
      if (now - shown < 250) return;
      shown = now;
      const elapsed = now - started;
      const rate = Math.round((rows / elapsed) * 1000);
      const fraction = input.totalBytes > 0 ? Math.min(input.bytesRead() / input.totalBytes, 1) : 0;
      const left = fraction > 0.01 ? `, ${seconds((elapsed * (1 - fraction)) / fraction)} s left` : "";
      log.progress(`${input.name}: ${rows} rows, ${rate} rows/s, ${Math.round(fraction * 100)}%${left}`);
    },
    finish(line: string): void {
      log.progress(line, true);
    },
  };
}
