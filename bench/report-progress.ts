const started = performance.now();

/** One line of progress on stderr: elapsed seconds and what is happening. */
export function progress(message: string): void {
  const elapsed = ((performance.now() - started) / 1000).toFixed(1).padStart(7);
  process.stderr.write(`[bench ${elapsed} s] ${message}\n`);
}
