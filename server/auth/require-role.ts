import { forbidden, unauthenticated } from "../model/errors.js";
import type { Claims } from "./verify-token.js";

/** What a token may do beyond reading: editors change the graph; admins also delete and restore. */
export type Role = "editor" | "admin";

/** Whether the claims grant a role; an admin is also an editor. */
export function hasRole(claims: Claims | undefined, role: Role): boolean {
  if (!claims) return false;
  return claims.roles.includes(role) || (role === "editor" && claims.roles.includes("admin"));
}

/**
 * Checks that the request's token grants a role and returns who it is (the token's subject), for
 * the change history. UNAUTHENTICATED without a token, FORBIDDEN without the role.
 */
export function requireRole(context: { jwt?: Claims }, role: Role): string {
  if (!context.jwt) throw unauthenticated(`this needs a bearer token with the role ${role}`);
  if (!hasRole(context.jwt, role)) throw forbidden(`this needs the role ${role}`);
  return context.jwt.sub;
}
