import type { RequestContext } from "./context.js";
import { guarded } from "../model/errors.js";
import { budgetDriver } from "./request-budget.js";

/** A resolver of a root field, with its arguments and context typed. */
export type Resolve<Args, Result> = (parent: unknown, args: Args, context: RequestContext) => Promise<Result>;

/** Wraps a resolver so that every failure reaches the client as a typed error. */
export const guardedResolver = <Args, Result>(resolve: Resolve<Args, Result>): Resolve<Args, Result> =>
  guarded(resolve);

/**
 * Adapts a capability `(driver, database, args)` to a GraphQL resolver with typed errors; its
 * queries draw on the request's budget of database time.
 */
export function capabilityResolver<Args, Result>(
  run: (driver: RequestContext["driver"], database: string, args: Args) => Promise<Result>,
): Resolve<Args, Result> {
  return guarded((_parent: unknown, args: Args, context: RequestContext) =>
    run(
      context.budget ? budgetDriver(context.driver, context.budget) : context.driver,
      context.sessionConfig.database,
      args,
    ),
  );
}
