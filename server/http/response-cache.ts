import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { parse, print } from "graphql";
import { LRUCache } from "lru-cache";
import { parseOptions } from "./request-limits.js";

export interface ResponseCacheOptions {
  /**
   * How long an answer is kept, and how long the graph's version is trusted before it is read
   * again; 0 turns the cache off. Writes through this server clear the cache at once; writes by
   * anything else (an import, a Cypher console) are seen within this many seconds.
   */
  seconds: number;
  /** Bytes of answers kept, the least recently used dropped first. */
  maxBytes: number;
  /** Larger answers are not kept. */
  maxBodyBytes: number;
  /** The graph's current version; anything that changes when the graph does. */
  readVersion(): Promise<string>;
}

interface Entry {
  version: string;
  storedAt: number;
  contentType: string;
  body: string;
}

export interface ResponseCache {
  /** Express middleware: answers a repeated anonymous read from the cache, and keeps new answers. */
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Forgets every answer; called after a write through this server commits. */
  clear(): void;
}

/** The longest a request waits for the graph's version before it goes on without the cache. */
const versionTimeoutMs = 1000;

/** Says whether an answer came from the cache (`hit`) or was computed and may be kept (`miss`). */
export const cacheHeader = "x-response-cache";

/** JSON with its object keys sorted, so that `{a, b}` and `{b, a}` are one key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stableJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The cache key of a request: the media type asked for, the document parsed and printed again
 * (so comments, whitespace and commas make no new entry), the operation name and the variables,
 * hashed to a fixed size. Undefined when the body is not a GraphQL request that parses.
 */
export function cacheKey(accept: string, body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== "string") return undefined;
  let document: string;
  try {
    document = print(parse(query, parseOptions));
  } catch {
    return undefined;
  }
  return createHash("sha256")
    .update(stableJson([accept, document, operationName ?? null, variables ?? {}]))
    .digest("base64url");
}

/**
 * Caches the answers to anonymous GraphQL reads, keyed by {@link cacheKey}, in an LRU bounded in
 * bytes, for a few seconds at most and only while the graph's version stays the same. Only POSTed JSON without an
 * Authorization header is cached (what editors see depends on their token), and only complete
 * answers without errors; a mutation is never answered from the cache, since it runs with a token.
 */
export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const entries = new LRUCache<string, Entry>({
    maxSize: Math.max(1, options.maxBytes),
    // Strings hold up to two bytes a character; the key is a fixed 43.
    sizeCalculation: (entry) => 2 * (entry.body.length + entry.contentType.length + entry.version.length) + 100,
    ttl: Math.max(1, options.seconds * 1000),
  });
  let version: string | undefined;
  let checkedAt = 0;
  let checking: Promise<string | undefined> | undefined;
  // Grows with every clear: a version read or an answer begun before an edit is not kept after it.
  let generation = 0;

  /** The version read within the last `seconds`, if there is one. */
  const freshVersion = () =>
    version !== undefined && Date.now() - checkedAt < options.seconds * 1000 ? version : undefined;

  const currentVersion = async (): Promise<string | undefined> => {
    if (freshVersion() !== undefined) return version;
    if (checking) return checking;
    // A database that does not answer soon lets the request through: it then fails or waits on its own terms.
    let timer: NodeJS.Timeout | undefined;
    const started = generation;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), versionTimeoutMs);
    });
    checking = Promise.race([options.readVersion(), timeout])
      .then(
        (read) => {
          if (read === undefined || started !== generation) return undefined;
          if (read !== version) entries.clear();
          version = read;
          checkedAt = Date.now();
          return read;
        },
        () => undefined,
      )
      .finally(() => {
        clearTimeout(timer);
        checking = undefined;
      });
    return checking;
  };

  const cacheable = (req: Request) =>
    options.seconds > 0 &&
    req.method === "POST" &&
    !req.headers.authorization &&
    req.is("application/json") === "application/json";

  return {
    middleware(req, res, next) {
      if (!cacheable(req)) return next();
      const key = cacheKey(req.headers.accept ?? "", req.body);
      if (key === undefined) return next();
      const answer = (current: string | undefined) => {
        if (current === undefined) return next(); // the database cannot say: no cache, the request decides
        const started = generation;
        const entry = entries.get(key);
        if (entry && entry.version === current && Date.now() - entry.storedAt < options.seconds * 1000) {
          res.status(200).setHeader(cacheHeader, "hit");
          res.type(entry.contentType).send(entry.body);
          return;
        }
        res.setHeader(cacheHeader, "miss");
        const send = res.send.bind(res);
        res.send = (body?: unknown) => {
          if (
            started === generation &&
            res.statusCode === 200 &&
            typeof body === "string" &&
            body.length <= options.maxBodyBytes &&
            !body.includes('"errors"')
          ) {
            entries.set(key, {
              version: current,
              storedAt: Date.now(),
              contentType: String(res.getHeader("content-type") ?? "application/json"),
              body,
            });
          }
          return send(body);
        };
        next();
      };
      // A version grown old is read again in the background while requests go on with the one last
      // read: a busy database must not hold up an answer. No entry outlives `seconds` whatever the
      // version, and a new version clears them all once it is read.
      if (freshVersion() === undefined && version !== undefined) {
        const known = version;
        void currentVersion();
        return answer(known);
      }
      void currentVersion().then(answer, next);
    },
    clear() {
      generation += 1;
      entries.clear();
      version = undefined;
    },
  };
}
