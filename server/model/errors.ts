import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { log } from "../log.js";

/**
 * Every code a client may find in `extensions.code`.
 *
 * @remarks Apollo Server adds its own for requests it refuses before any resolver runs
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST); the HTTP layer answers
 * BAD_REQUEST, PAYLOAD_TOO_LARGE and UNSUPPORTED_MEDIA_TYPE before GraphQL is reached, and
 * REQUEST_TIMEOUT and ANSWER_TOO_LARGE after (server/http/limit-answers.ts); SERVER_BUSY is a
 * full pool of expensive work (server/http/limit-cost.ts).
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "GDS_UNAVAILABLE"
  | "DATABASE_UNAVAILABLE"
  | "DATABASE_TIMEOUT"
  | "ANALYSIS_TOO_LARGE"
  | "ANALYSIS_PREPARING"
  | "SERVER_BUSY"
  | "REQUEST_TIMEOUT"
  | "ANSWER_TOO_LARGE"
  | "INTERNAL_SERVER_ERROR"
  | "GRAPHQL_PARSE_FAILED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "BAD_REQUEST"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE";

/** The project's one error type: a GraphQL error whose `extensions.code` says what went wrong. */
export class SamverkanError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const badInput = (message: string, argument?: string) =>
  new SamverkanError("BAD_USER_INPUT", message, argument ? { argument } : {});

export const notFound = (id: string) => new SamverkanError("NOT_FOUND", `no node has the id "${id}"`, { id });

/** An operation that needs a token was asked for without one. */
export const unauthenticated = (message: string) => new SamverkanError("UNAUTHENTICATED", message);

/** A verified token without the role that the operation needs. */
export const forbidden = (message: string) => new SamverkanError("FORBIDDEN", message);

/**
 * A bearer token that does not verify (bad signature, expired, wrong issuer or audience): the
 * whole request fails with HTTP 401, as RFC 6750 has it, rather than falling back to anonymous.
 */
export const invalidToken = (message: string) =>
  new SamverkanError("UNAUTHENTICATED", message, {
    http: { status: 401, headers: new HeaderMap([["www-authenticate", 'Bearer error="invalid_token"']]) },
  });

/**
 * Turns a database failure into a typed error that says nothing of Cypher: the details go to
 * the log, the client gets the code.
 */
export function toClientError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  if (error instanceof Neo4jError) {
    if (error.code.includes("TransactionTimedOut") || error.code.includes("Transaction.Terminated")) {
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
