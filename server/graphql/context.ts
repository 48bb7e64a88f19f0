import type { IncomingHttpHeaders } from "node:http";
import type { Driver } from "neo4j-driver";
import { authenticate, type Claims, type TokenVerifier } from "../auth/verify-token.js";
import { createRequestBudget, type RequestBudget } from "./request-budget.js";

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
  /**
   * @neo4j/graphql's transaction settings: the driver ends its queries after `timeout` ms, read
   * for each transaction as what the request's budget has left.
   */
  transaction?: { readonly timeout: number };
  /** The database time the request may still use, across all its transactions. */
  budget?: RequestBudget;
  /** Called after a write through this server commits: cached answers are out of date. */
  graphChanged?: () => void;
}

export interface ContextSettings {
  driver: Driver;
  database: string;
  verifyToken: TokenVerifier;
  transactionTimeoutMs: number;
  /** The database time one request may use in all. */
  requestDatabaseMs: number;
  /** How long a request waits for an analysis network being built. */
  analysisWaitMs: number;
  graphChanged?: () => void;
}

/**
 * Makes the context of one request; an Authorization header that does not verify fails the
 * request with UNAUTHENTICATED (HTTP 401) rather than falling back to anonymous reading. Each
 * request gets a budget of database time that all its transactions draw from.
 */
export function createContextFunction(settings: ContextSettings) {
  return async ({ req }: { req: { headers: IncomingHttpHeaders } }): Promise<RequestContext> => {
    const budget = createRequestBudget(
      settings.requestDatabaseMs,
      settings.transactionTimeoutMs,
      settings.analysisWaitMs,
    );
    return {
      driver: settings.driver,
      sessionConfig: { database: settings.database },
      jwt: await authenticate(req.headers.authorization, settings.verifyToken),
      // At least 1 ms: 0 would mean no timeout; a spent budget ends the transaction at once.
      transaction: {
        get timeout() {
          return Math.max(1, budget.transactionTimeoutMs());
        },
      },
      budget,
      graphChanged: settings.graphChanged,
    };
  };
}
