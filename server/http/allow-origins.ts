import cors from "cors";
import type { RequestHandler } from "express";

/**
 * CORS for an allow-list of origins: a browser on a listed origin may call the API; any other
 * origin gets no CORS headers, so its pages cannot read the answers. An empty list allows
 * same-origin use only.
 */
export function allowOrigins(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight"],
    maxAge: 600,
  });
}
