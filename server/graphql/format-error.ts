import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { toClientError } from "../model/errors.js";

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

const suggestion = / ?Did you mean [^?]*\?/g;

/**
 * @neo4j/graphql's refusals, told by class name or, for its base class (whose name stays
 * "GraphQLError"), by message: its classes are not exported.
 */
function accessCode(error: GraphQLError): "UNAUTHENTICATED" | "FORBIDDEN" | undefined {
  if (error.name === "Neo4jGraphQLAuthenticationError" || error.message === "Unauthenticated") return "UNAUTHENTICATED";
  if (error.name === "Neo4jGraphQLForbiddenError" || error.message === "Forbidden") return "FORBIDDEN";
  return undefined;
}

const accessMessages = {
  UNAUTHENTICATED: "this needs a bearer token",
  FORBIDDEN: "the token's roles do not allow this",
};

/** A failure in a resolver: typed errors stay, @neo4j/graphql's refusals get their code, the rest is masked. */
function formatExecutionError(original: unknown): { message: string; extensions: Record<string, unknown> } {
  if (original instanceof GraphQLError && typeof original.extensions.code === "string") {
    return { message: original.message, extensions: { ...original.extensions } };
  }
  const code =
    original instanceof GraphQLError && original.extensions.code === undefined ? accessCode(original) : undefined;
  if (code) return { message: accessMessages[code], extensions: { code } };
  // toClientError keeps GraphQL errors as they are: an untyped one goes in as a plain error, to be logged and masked.
  const typed = toClientError(
    original instanceof GraphQLError ? new Error(original.message, { cause: original }) : original,
  );
  return { message: typed.message, extensions: { ...typed.extensions } };
}

/**
 * Shapes every error a client sees. Errors of the request (parse, validation, variables, CSRF,
 * tokens) keep their message and code. Errors in resolvers keep theirs when typed; database and
 * unknown failures become DATABASE_UNAVAILABLE, DATABASE_TIMEOUT or a generic
 * INTERNAL_SERVER_ERROR (logged in full by `toClientError`), so no stack trace or Cypher leaves
 * the server. In production, field suggestions ("Did you mean …?") are cut, since they would
 * let a client map a schema whose introspection is off.
 */
export function createFormatError(options: { production: boolean }): FormatError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const inResolver = original !== error || formatted.path !== undefined;
    const internal = formatted.extensions?.code === "INTERNAL_SERVER_ERROR" && !(original instanceof GraphQLError);
    const shown =
      inResolver || internal
        ? formatExecutionError(original)
        : { message: formatted.message, extensions: { ...formatted.extensions } as Record<string, unknown> };
    const { extensions } = shown;
    let { message } = shown;
    delete extensions.http;
    delete extensions.stacktrace;
    if (options.production) message = message.replace(suggestion, "");
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
