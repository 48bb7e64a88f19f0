import { log } from "./log.js";

/**
 * Runs a command-line entry point: a failure is logged (its message, or its stack when asked
 * for) and the process exits with status 1, whatever handles are still open.
 */
export function runCli(main: () => Promise<void>, options: { stack?: boolean } = {}): void {
  main().catch((error: unknown) => {
    log.error(error instanceof Error ? ((options.stack ? error.stack : undefined) ?? error.message) : String(error));
    process.exit(1);
  });
}
