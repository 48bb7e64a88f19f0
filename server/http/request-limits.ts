import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import { limitLiteralInput } from "./limit-input-shape.js";

/**
 * What one request may cost. Every query the explorer sends and the standard introspection
 * query stay well inside these (test/unit/limits.test.ts checks both).
 */
export const requestLimits = {
  /** Bytes of a JSON request body; a larger one gets HTTP 413. */
  maxBodyBytes: 100 * 1024,
  /** Tokens of one document, counted while parsing, so a huge document is never built. */
  maxTokens: 2000,
  /** Nesting of selections; graphql-js's own rule bounds the nesting of introspection. */
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
} as const;

/**
 * graphql-armor's validation rules for depth, aliases and directives, and the nesting of the values
 * written in the document (`limit-input-shape.ts`). The standard
 * introspection query (depth 15) is left to graphql-js's MaxIntrospectionDepthRule, one of its
 * specified rules, which refuses circular introspection.
 *
 * @remarks Tokens are limited by graphql-js's own `maxTokens` parse option (see `parseOptions`),
 * and field suggestions are cut by the error formatter, so those two armor plugins are off. The
 * cost is estimated with the variables, once the operation is known (`limit-cost.ts`), so armor's
 * cost rule, which sees neither variables nor `limit`, is off too.
 */
export function protectRequests(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: requestLimits.maxDepth, flattenFragments: true },
    maxAliases: { n: requestLimits.maxAliases },
    maxDirectives: { n: requestLimits.maxDirectives },
    costLimit: { enabled: false },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules: [...validationRules, limitLiteralInput()] };
}

/** graphql-js parse options: stop parsing after `maxTokens` tokens. */
export const parseOptions = { maxTokens: requestLimits.maxTokens };
