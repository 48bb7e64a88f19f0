import type { Driver } from "neo4j-driver";
import pLimit from "p-limit";
import { SamverkanError } from "../model/errors.js";

/** The database time one request may still use, across all its transactions. */
export interface RequestBudget {
  /** Milliseconds left before the request's database time runs out (0 when it has). */
  remainingMs(): number;
  /** The timeout for the request's next transaction: the per-transaction limit or what is left, if less. */
  transactionTimeoutMs(): number;
  /** Aborts the request's queries in the driver when its database time has run out. */
  signal: AbortSignal;
  /** How long the request waits for an analysis network that is being built before it is told to ask again. */
  analysisWaitMs: number;
}

/** Starts a budget of `totalMs` for one request, each transaction limited to `perTransactionMs`. */
export function createRequestBudget(
  totalMs: number,
  perTransactionMs: number,
  analysisWaitMs: number,
  now = Date.now,
): RequestBudget {
  const deadline = now() + totalMs;
  const remainingMs = () => Math.max(0, deadline - now());
  return {
    remainingMs,
    transactionTimeoutMs: () => Math.min(perTransactionMs, remainingMs()),
    signal: AbortSignal.timeout(totalMs),
    analysisWaitMs: Math.min(analysisWaitMs, totalMs),
  };
}

export const budgetSpent = () =>
  new SamverkanError("DATABASE_TIMEOUT", "the request has used all the database time one request may take");

type ExecuteQuery = Driver["executeQuery"];

const unbudgeted = Symbol("the driver without a request's budget");

const budgets = new WeakMap<Driver, RequestBudget>();

/** The budget of a request's {@link budgetDriver}, or undefined for a driver outside any request. */
export function budgetOf(driver: Driver): RequestBudget | undefined {
  return budgets.get(driver);
}

/** The driver behind a request's {@link budgetDriver}, for work that outlives the request (dropping a cache). */
export function withoutBudget(driver: Driver): Driver {
  return (driver as Driver & { [unbudgeted]?: Driver })[unbudgeted] ?? driver;
}

/**
 * The driver as one request's resolvers see it: every `executeQuery` runs with a driver-side
 * timeout of at most what the request's budget has left (a longer one asked for, such as an
 * algorithm's, is cut to it), none starts once the budget is spent, and the driver aborts any
 * still running when it is. The request's queries run one at a time: GraphQL resolves the
 * fields of a request concurrently, and fifteen aliases of a heavy query would otherwise take
 * fifteen of the database's threads at once, starving every other request on a small machine.
 */
export function budgetDriver(driver: Driver, budget: RequestBudget): Driver {
  const oneAtATime = pLimit(1);
  const executeQuery = ((query, parameters, config = {}) =>
    oneAtATime(() => executeWithinBudget(query, parameters, config))) as ExecuteQuery;
  const executeWithinBudget = ((query, parameters, config = {}) => {
    const left = budget.transactionTimeoutMs();
    if (left <= 0) return Promise.reject(budgetSpent());
    const asked = config.transactionConfig?.timeout;
    const timeout = asked === undefined ? left : Math.min(Number(asked), left);
    return driver
      .executeQuery(query, parameters, {
        ...config,
        transactionConfig: { ...config.transactionConfig, timeout },
        signal: config.signal ? AbortSignal.any([config.signal, budget.signal]) : budget.signal,
      })
      .catch((error: unknown) => {
        throw budget.signal.aborted ? budgetSpent() : error;
      });
  }) as ExecuteQuery;
  const budgeted = new Proxy(driver, {
    get(target, property) {
      if (property === "executeQuery") return executeQuery;
      if (property === unbudgeted) return target;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  budgets.set(budgeted, budget);
  return budgeted;
}
