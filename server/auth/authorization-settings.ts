import { randomBytes } from "node:crypto";
import type { Neo4jGraphQLConstructor } from "@neo4j/graphql";
import type { AuthSettings } from "../config.js";
import { verifyOptions } from "./verify-token.js";

type AuthorizationSettings = NonNullable<NonNullable<Neo4jGraphQLConstructor["features"]>["authorization"]>;

/**
 * @neo4j/graphql's `features.authorization`: the same key and checks as createTokenVerifier.
 *
 * @remarks The request context hands @neo4j/graphql the claims already verified (`context.jwt`),
 * so this key only matters to a caller that passes a raw token. Without a configured key a random
 * one stands in, which no token can match.
 */
export function toAuthorizationSettings(settings: AuthSettings = {}): AuthorizationSettings {
  if (settings.jwksUrl && !settings.jwtSecret)
    return { key: { url: settings.jwksUrl }, verifyOptions: verifyOptions(settings) };
  const effective = { ...settings, jwtSecret: settings.jwtSecret ?? randomBytes(32).toString("hex") };
  return { key: effective.jwtSecret, verifyOptions: verifyOptions(effective) };
}
