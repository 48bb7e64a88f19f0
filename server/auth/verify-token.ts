import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyOptions } from "jose";
import type { AuthSettings } from "../config.js";
import { invalidToken } from "../model/errors.js";

/** The claims of a verified token: its subject and the roles granted in the `roles` claim. */
export interface Claims extends JWTPayload {
  sub: string;
  roles: string[];
}

/** Verifies a compact JWT and resolves to its claims, or rejects with UNAUTHENTICATED. */
export type TokenVerifier = (token: string) => Promise<Claims>;

/** How far a token's clock may run ahead of the server's: its `iat` may be this many seconds in the future. */
export const clockLeewaySeconds = 30;
const defaultMaxLifetimeSeconds = 24 * 3600;

const asymmetricAlgorithms = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];

/** The options jose checks a token against: the algorithms the key allows, issuer and audience when set. */
export function verifyOptions(settings: AuthSettings): JWTVerifyOptions {
  return {
    algorithms: settings.jwtSecret ? ["HS256"] : asymmetricAlgorithms,
    issuer: settings.issuer,
    audience: settings.audience,
    requiredClaims: ["sub", "exp"],
  };
}

/**
 * What jose does not check: a subject that names someone, an `iat` that is not in the future, and
 * an `exp` no further than the maximum lifetime from the token's issue (or from now); undefined
 * when the claims pass, else the reason.
 */
export function checkClaims(
  payload: JWTPayload,
  maxLifetimeSeconds = defaultMaxLifetimeSeconds,
  nowSeconds = Math.floor(Date.now() / 1000),
): string | undefined {
  if (typeof payload.sub !== "string" || payload.sub.trim() === "") return "the token's subject (sub) is empty";
  if (payload.iat !== undefined && payload.iat > nowSeconds + clockLeewaySeconds)
    return "the token is issued in the future";
  const from = Math.min(payload.iat ?? nowSeconds, nowSeconds);
  if (payload.exp !== undefined && payload.exp - from > maxLifetimeSeconds + clockLeewaySeconds) {
    return `the token is valid for longer than the ${Math.round(maxLifetimeSeconds / 3600)} h this server allows`;
  }
  return undefined;
}

/**
 * Makes the verifier for the configured key: an HS256 secret (`JWT_SECRET`) or the keys at a JWKS
 * URL (`JWKS_URL`, fetched and cached by jose). Without either, every token is refused.
 */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const options = verifyOptions(settings);
  const key = settings.jwtSecret
    ? new TextEncoder().encode(settings.jwtSecret)
    : settings.jwksUrl
      ? createRemoteJWKSet(new URL(settings.jwksUrl))
      : undefined;
  return async (token) => {
    if (!key) throw invalidToken("this server accepts no tokens: it has neither JWT_SECRET nor JWKS_URL");
    let payload: JWTPayload;
    try {
      // Two calls, because jose types the key argument per kind.
      payload =
        key instanceof Uint8Array
          ? (await jwtVerify(token, key, options)).payload
          : (await jwtVerify(token, key, options)).payload;
    } catch (error) {
      const reason =
        (error as { code?: string }).code === "ERR_JWT_EXPIRED" ? "the token has expired" : "the token is not valid";
      throw invalidToken(reason);
    }
    const refused = checkClaims(payload, settings.maxLifetimeSeconds);
    if (refused) throw invalidToken(refused);
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is string => typeof role === "string")
      : [];
    return { ...payload, sub: payload.sub as string, roles };
  };
}

/**
 * Reads the bearer token of an Authorization header: none when there is no header, the verified
 * claims when it holds a valid token, and UNAUTHENTICATED for anything else.
 */
export async function authenticate(header: string | undefined, verify: TokenVerifier): Promise<Claims | undefined> {
  if (header === undefined || header.trim() === "") return undefined;
  const match = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match) throw invalidToken('the Authorization header must be "Bearer <token>"');
  return verify(match[1]);
}
