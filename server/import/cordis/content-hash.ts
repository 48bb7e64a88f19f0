import { createHash } from "node:crypto";

/** A short fingerprint of a record's content, stored as `rowHash` to tell changed rows from unchanged ones. */
export function contentHash(content: unknown): string {
  return createHash("sha1").update(JSON.stringify(content)).digest("base64url");
}
