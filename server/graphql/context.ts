import type { IncomingHttpHeaders } from "node:http";
import type { Driver } from "neo4j-driver";
import { authenticate, type Claims, type TokenVerifier } from "../auth/verify-token.js";

/** What every resolver receives: the driver, the database to use, and who is asking. */
export interface RequestContext {
  driver: Driver;
  sessionConfig: { database: string };
  /**
   * The verified claims of the request's bearer token; none for an anonymous reader.
   *
   * @remarks @neo4j/graphql reads `context.jwt` as already verified, for its @authorization rules.
   */
  jwt?: Claims;
  /** @neo4j/graphql's transaction settings: the driver ends its queries after `timeout` ms. */
  transaction?: { timeout: number };
  /** Called after a write through this server commits: cached answers are out of date. */
  graphChanged?: () => void;
}

export interface ContextSettings {
  driver: Driver;
  database: string;
  verifyToken: TokenVerifier;
  transactionTimeoutMs: number;
  graphChanged?: () => void;
}

/**
 * Makes the context of one request; an Authorization header that does not verify fails the
 * request with UNAUTHENTICATED (HTTP 401) rather than falling back to anonymous reading.
 */
export function createContextFunction(settings: ContextSettings) {
  return async ({ req }: { req: { headers: IncomingHttpHeaders } }): Promise<RequestContext> => ({
    driver: settings.driver,
    sessionConfig: { database: settings.database },
    jwt: await authenticate(req.headers.authorization, settings.verifyToken),
    transaction: { timeout: settings.transactionTimeoutMs },
    graphChanged: settings.graphChanged,
  });
}
