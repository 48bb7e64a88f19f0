let lastPlainProgress = 0;

/** The project's one logger: plain lines on stderr, so stdout stays free for command output. */
export const log = {
  info: (message: string) => process.stderr.write(`${message}\n`),
  warn: (message: string) => process.stderr.write(`warning: ${message}\n`),
  error: (message: string) => process.stderr.write(`error: ${message}\n`),
  /**
   * Shows the state of long work: one line rewritten in place on a terminal, and a plain line
   * at most every ten seconds elsewhere (CI logs), plus the final line.
   */
  progress: (message: string, final = false) => {
    if (process.stderr.isTTY) {
      process.stderr.write(`\r\x1b[2K${message}${final ? "\n" : ""}`);
      return;
    }
    const now = Date.now();
    if (final || now - lastPlainProgress >= 10_000) {
      lastPlainProgress = now;
      process.stderr.write(`${message}\n`);
    }
  },
};
