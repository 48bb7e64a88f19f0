import { HeaderMap } from "@apollo/server";
import { SamverkanError, type ErrorCode } from "../graphql/errors.js";

type AccessCode = "UNAUTHENTICATED" | "FORBIDDEN";

/**
 * A refusal of access, in the project's one error family.
 *
 * @remarks The codes are cast until `ErrorCode` in graphql/errors.ts lists them.
 */
function accessError(code: AccessCode, message: string, extensions: Record<string, unknown> = {}): SamverkanError {
  return new SamverkanError(code as string as ErrorCode, message, extensions);
}

/** An operation that needs a token was asked for without one. */
export const unauthenticated = (message: string) => accessError("UNAUTHENTICATED", message);

/** A verified token without the role that the operation needs. */
export const forbidden = (message: string) => accessError("FORBIDDEN", message);

/**
 * A bearer token that does not verify (bad signature, expired, wrong issuer or audience): the
 * whole request fails with HTTP 401, as RFC 6750 has it, rather than falling back to anonymous.
 */
export const invalidToken = (message: string) =>
  accessError("UNAUTHENTICATED", message, {
    http: { status: 401, headers: new HeaderMap([["www-authenticate", 'Bearer error="invalid_token"']]) },
  });
