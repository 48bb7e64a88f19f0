import type { ErrorRequestHandler } from "express";
import { log } from "../log.js";

const codes: Record<number, string> = { 400: "BAD_REQUEST", 413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE" };

/**
 * Answers failures before GraphQL (a body over the size limit, JSON that does not parse) as a
 * GraphQL-shaped JSON error with the HTTP status, instead of Express's HTML page with its stack.
 */
export const handleHttpErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500)
    log.error(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const message =
    status === 413
      ? "the request body is too large"
      : status === 500
        ? "the server could not answer this request"
        : error?.type === "entity.parse.failed"
          ? "the request body is not valid JSON"
          : "the request could not be read";
  res
    .status(status)
    .type("application/json")
    .send(
      JSON.stringify({
        errors: [
          {
            message,
            extensions: { code: codes[status] ?? (status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST") },
          },
        ],
      }),
    );
};
