import type { Driver } from "neo4j-driver";
import { log } from "../log.js";

/** The index that `history(id)` reads changes by; idempotent. */
export const historyIndexStatement = "CREATE INDEX change_target_id IF NOT EXISTS FOR (c:Change) ON (c.targetId)";

/**
 * Creates the history index at start. Changes are not linked to their targets by relationships, so
 * that no analysis query meets them; they are found by `targetId` instead. A database that cannot
 * be reached yet does not stop the API from starting: history then reads without the index.
 */
export async function ensureHistoryIndex(driver: Driver, database: string): Promise<void> {
  try {
    await driver.executeQuery(historyIndexStatement, {}, { database });
  } catch (error) {
    log.warn(`could not create the history index: ${error instanceof Error ? error.message : String(error)}`);
  }
}
