import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { SamverkanError } from "../model/errors.js";
import { costLimits, createCostEstimator } from "./estimate-cost.js";
import type { WorkPool } from "./work-pool.js";

/** Seconds a client is told to wait when the pool of expensive work is full. */
export const retryAfterSeconds = 2;

function refusal(error: unknown): GraphQLError {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new GraphQLError(message, {
    extensions: {
      ...(error instanceof GraphQLError ? error.extensions : {}),
      code: typeof code === "string" ? code : "BAD_USER_INPUT",
      http: { status: 400 },
    },
  });
}

/**
 * An Apollo plugin that prices every operation with its variables before it runs
 * ({@link createCostEstimator}): over {@link costLimits.maxCost} it is refused with HTTP 400; an
 * expensive one takes a place in `pool` for as long as it runs, and when the pool is full it is
 * refused with HTTP 503 and `Retry-After`, so that light requests keep flowing.
 */
export function limitCost(schema: GraphQLSchema, pool: WorkPool): ApolloServerPlugin {
  const estimate = createCostEstimator(schema);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, request, operationName }) {
          let result;
          try {
            result = estimate(document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            throw refusal(error);
          }
          if (result.cost > costLimits.maxCost) {
            throw new SamverkanError(
              "GRAPHQL_VALIDATION_FAILED",
              `the query's estimated cost is ${result.cost}, over the limit of ${costLimits.maxCost}: ask for fewer items or nest fewer lists and filters`,
              { cost: result.cost, maxCost: costLimits.maxCost, http: { status: 400 } },
            );
          }
          if (!result.expensive) return;
          release = await pool.acquire();
          if (!release) {
            throw new SamverkanError(
              "SERVER_BUSY",
              `the server is busy with other expensive queries; try again in ${retryAfterSeconds} s`,
              { http: { status: 503, headers: new HeaderMap([["retry-after", String(retryAfterSeconds)]]) } },
            );
          }
        },
        async willSendResponse() {
          release?.();
          release = undefined;
        },
      };
    },
  };
}
