import { LRUCache } from "lru-cache";
import type { Driver } from "neo4j-driver";

/** What a value cached per version is read with. */
interface ReadContext {
  driver: Driver;
  database: string;
  version: string;
}

/**
 * Read once, keep until the graph's version changes: wraps `read` so that it runs once per
 * database and version (the caller passes the version it read: the graph's version, or its
 * fingerprint). Callers of the same version share one read; a failed read is not kept, so the
 * next call tries again; a new version replaces the old value, which is then let go.
 *
 * @remarks One value per database: an API process serves one database, so an older version is
 * never asked for again once a newer one has been read.
 */
export function cachePerVersion<T extends object>(
  read: (driver: Driver, database: string, version: string) => Promise<T>,
): (driver: Driver, database: string, version: string) => Promise<T> {
  const cache = new LRUCache<string, T, ReadContext>({
    max: 1,
    // A read that a newer version replaced while it ran still answers the callers waiting for it.
    ignoreFetchAbort: true,
    fetchMethod: (_key, _stale, { context }) => read(context.driver, context.database, context.version),
  });
  return async (driver, database, version) => {
    const value = await cache.fetch(`${database}\u0000${version}`, { context: { driver, database, version } });
    // fetch resolves to undefined only when fetchMethod does, which `read` never does.
    return value as T;
  };
}
