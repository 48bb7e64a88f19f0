import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { log } from "../log.js";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "GDS_UNAVAILABLE"
  | "DATABASE_UNAVAILABLE"
  | "DATABASE_TIMEOUT"
  | "ANALYSIS_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR";

/** The project's one error type: a GraphQL error whose `extensions.code` says what went wrong. */
export class SamverkanError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badInput = (message: string, argument?: string) =>
  new SamverkanError("BAD_USER_INPUT", message, argument ? { argument } : {});

export const notFound = (id: string) => new SamverkanError("NOT_FOUND", `no node has the id "${id}"`, { id });

/**
 * Turns a database failure into a typed error that says nothing of Cypher: the details go to
 * the log, the client gets the code.
 */
export function toClientError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    if (
      error.code.includes("TransactionTimedOut") ||
      error.code.includes("Transaction.Terminated") ||
      error.code.includes("TransactionTimedOutClientConfiguration")
    ) {
      return new SamverkanError("DATABASE_TIMEOUT", "the query took longer than the database allows");
    }
    // While shutting down, Neo4j answers DatabaseUnavailable before it closes Bolt.
    if (
      error.code === "ServiceUnavailable" ||
      error.code === "SessionExpired" ||
      error.code === "Neo.TransientError.General.DatabaseUnavailable" ||
      error.retryable
    ) {
      return new SamverkanError("DATABASE_UNAVAILABLE", "the database is not reachable; try again shortly");
    }
    if (error.code.includes("ProcedureNotFound") && error.message.includes("gds.")) {
      return new SamverkanError(
        "GDS_UNAVAILABLE",
        "this database has no Graph Data Science plugin; centrality and communities need it",
      );
    }
  }
  log.error(`resolver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return new SamverkanError("INTERNAL_SERVER_ERROR", "the server could not answer this query");
}

/** Wraps a resolver so that every failure reaches the client as a typed error. */
export function guarded<Args extends unknown[], Result>(resolve: (...args: Args) => Promise<Result>) {
  return async (...args: Args): Promise<Result> => {
    try {
      return await resolve(...args);
    } catch (error) {
      throw toClientError(error);
    }
  };
}
