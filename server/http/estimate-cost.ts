import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { badInput } from "../model/errors.js";
import { booleanOperators } from "./limit-input-shape.js";
import { readListLimits, type ListLimit } from "./read-list-limits.js";

/** What one request may ask for, in the units of {@link createCostEstimator}: rows and filter terms. */
export const costLimits = {
  /** The most a request may cost: about this many values in the answer, or rows read for it. */
  maxCost: 50_000,
  /** From this cost on, a request waits for a place in the pool of expensive work. */
  expensiveCost: 20_000,
  /** The largest `offset` (or cursor position) of a generated list. */
  maxOffset: 10_000,
  /** Values in the arguments of one field (filter operators, list elements): more is refused. */
  maxArgumentTerms: 500,
  /** A relationship filter in `where` runs a subquery per row: its cost multiplies what it holds. */
  relationshipFilterFactor: 100,
  /** Each filter term is read for every row scanned, not only for the rows returned. */
  filterTermCost: 10,
  /**
   * `AND`, `OR` and `NOT` inside one another make the database plan and evaluate each level again:
   * what an operator holds costs this many times more for every level it sits under.
   */
  booleanOperatorFactor: 4,
} as const;

type Args = Record<string, unknown>;

const fallbackLimit: ListLimit = { default: 50, max: 500 };

/** An integer argument for costing: its value or default, never above the most its resolver accepts. */
const bounded = (value: unknown, fallback: number, max: number) =>
  Math.max(1, Math.min(max, typeof value === "number" && Number.isFinite(value) ? value : fallback));

/**
 * The analysis, consortium and editing queries: how many rows each reads or returns (with the
 * ranges their resolvers enforce), and whether it is expensive work whatever its size.
 */
const customQueries: Record<
  string,
  {
    /** Items it returns, each costing what it selects. */
    rows: (args: Args) => number;
    /** Rows it reads to find them, beyond what it returns. */
    reads?: (args: Args) => number;
    expensive?: (args: Args) => boolean;
  }
> = {
  network: {
    rows: (args) => bounded(args.limit, 500, 2000) * bounded(args.depth, 1, 3),
    expensive: (args) => bounded(args.depth, 1, 3) >= 2,
  },
  paths: { rows: (args) => bounded(args.limit, 3, 10) * bounded(args.maxHops, 4, 6) * 20, expensive: () => true },
  // Each partner is found through the things it shares with the actor, and a hub shares hundreds.
  collaborators: {
    rows: (args) => bounded(args.limit, 25, 500),
    reads: (args) => bounded(args.limit, 25, 500) * 10,
    expensive: (args) => bounded(args.limit, 25, 500) > 100,
  },
  search: { rows: (args) => bounded(args.limit, 20, 100) },
  centrality: { rows: (args) => bounded(args.limit, 25, 500) + 1000, expensive: () => true },
  communities: { rows: (args) => bounded(args.limit, 50, 500), expensive: () => true },
  changes: { rows: (args) => bounded(args.limit, 1000, 5000) * 2, expensive: () => true },
  stats: { rows: () => 1 },
  partnerSuggestions: {
    rows: (args) => bounded(args.limit, 10, 50),
    reads: (args) => bounded(args.limit, 10, 50) * 200,
    expensive: () => true,
  },
  // A ranking as partnerSuggestions' of ten (the whole pool is read in memory), then a place per size.
  proposeConsortium: {
    rows: (args) => bounded(args.size, 10, 50),
    reads: () => 10 * 200,
    expensive: () => true,
  },
  consortiumCheck: { rows: (args) => 10 + 10 * (Array.isArray(args.consortium) ? args.consortium.length : 1) },
  opportunities: {
    rows: (args) => bounded(args.limit, 10, 50),
    reads: (args) => bounded(args.limit, 10, 50) * 100,
    expensive: () => true,
  },
  openCalls: { rows: (args) => bounded(args.limit, 20, 100), reads: () => 1000, expensive: () => true },
  callBrief: { rows: () => 1, reads: (args) => bounded(args.limit, 5, 20) * 200, expensive: () => true },
  history: { rows: (args) => bounded(args.limit, 50, 500) },
  draftRelationships: { rows: (args) => bounded(args.limit, 50, 500) },
};

/**
 * Lists inside the custom queries' answers that take no arguments: how many items each holds on
 * average. A network's nodes and edges are already counted by the network's own limit.
 */
const nestedRows: Record<string, number> = {
  "Network.nodes": 1,
  "Network.edges": 1,
  "NetworkEdge.evidence": 2,
  "CollaborationVia.evidence": 2,
  "Collaboration.via": 3,
  "NetworkChanges.began": 1,
  "NetworkChanges.ended": 1,
  "NetworkChanges.entered": 1,
  "NetworkChanges.left": 1,
  "PartnerSuggestion.factors": 6,
  "ScoreFactor.evidence": 3,
  "ConsortiumCheck.findings": 5,
  "OpenCall.factors": 3,
  "CallFitFactor.evidence": 3,
  "CallBrief.suggestions": 5,
  "CallBrief.consortium": 5,
  "ConsortiumCheck.members": 5,
};
const otherListRows = 10;

/** Lists inside the custom queries' answers that take a `limit`: its value or default, within their ranges. */
const limitedNestedRows: Record<string, (args: Args) => number> = {
  "Community.members": (args) => bounded(args.limit, 50, 1000),
};

/** A relationship filter (`some`/`all`/`none`/`single`, or an aggregate): a subquery per row. */
function isRelationshipFilter(type: GraphQLNamedType): boolean {
  if (!isInputObjectType(type)) return false;
  const fields = type.getFields();
  return "some" in fields || "aggregate" in fields;
}

/** How much more a filter field's content costs for sitting under it. */
function nestingFactor(name: string, type: GraphQLInputType): number {
  if (isRelationshipFilter(getNamedType(type))) return costLimits.relationshipFilterFactor;
  return booleanOperators.has(name) ? costLimits.booleanOperatorFactor : 1;
}

interface InputSize {
  /** Values given: operators and list elements. */
  terms: number;
  /** What filtering by them costs per row. */
  cost: number;
}

/**
 * Measures an argument's value by its input type: nested relationship filters and boolean
 * operators multiply. Its nesting is bounded before it gets here (`limit-input-shape.ts`).
 */
function measureInput(value: unknown, type: GraphQLInputType): InputSize {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return { terms: 1, cost: 1 };
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    return items.reduce<InputSize>(
      (sum, item) => {
        const size = measureInput(item, nullable.ofType as GraphQLInputType);
        return { terms: sum.terms + size.terms, cost: sum.cost + size.cost };
      },
      { terms: 0, cost: 0 },
    );
  }
  if (!isInputObjectType(nullable) || typeof value !== "object") return { terms: 1, cost: 1 };
  const fields = nullable.getFields();
  let size: InputSize = { terms: 0, cost: 0 };
  for (const [name, inner] of Object.entries(value as Args)) {
    const field = fields[name];
    if (!field) continue;
    const measured = measureInput(inner, field.type);
    const cost = nestingFactor(name, field.type) * (1 + measured.cost);
    size = { terms: size.terms + 1 + measured.terms, cost: size.cost + cost };
  }
  return size;
}

/** The position a Relay cursor (`arrayconnection:N`, base64) points at, if it is one. */
function cursorOffset(cursor: unknown): number | undefined {
  if (typeof cursor !== "string") return undefined;
  const match = /^arrayconnection:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return match ? Number(match[1]) + 1 : undefined;
}

/** The node type a generated list or connection field gives, whose `@limit` applies. */
function listedType(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!("first" in argumentsOf(field)) || !isObjectType(named)) return named.name;
  const edges = named.getFields().edges;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : named.name;
}

const argumentsOf = (field: GraphQLField<unknown, unknown>) =>
  Object.fromEntries(field.args.map((argument) => [argument.name, argument]));

function checkCount(name: string, value: unknown, max: number) {
  if (value === undefined || value === null) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(`${name} must be an integer from 0 to ${max}, got ${String(value)}`, name);
  }
}

/**
 * Rows a list of @neo4j/graphql (`limit`/`offset`, or a connection's `first`/`after`) reads: the
 * items asked for, or its type's default, and the ones skipped. A negative or oversized value is
 * refused here, before any database call, instead of failing in Cypher.
 */
function generatedRows(field: GraphQLField<unknown, unknown>, args: Args, limits: Map<string, ListLimit>) {
  const known = argumentsOf(field);
  const paged = "limit" in known && "offset" in known;
  const connection = "first" in known && "after" in known;
  if (!paged && !connection) return undefined;
  const limit = limits.get(listedType(field)) ?? fallbackLimit;
  const sizeName = paged ? "limit" : "first";
  checkCount(sizeName, args[sizeName], limit.max);
  checkCount("offset", args.offset, costLimits.maxOffset);
  const after = cursorOffset(args.after);
  if (args.after !== undefined && args.after !== null && after === undefined) {
    throw badInput("after must be a cursor that this API gave", "after");
  }
  checkCount("after", after, costLimits.maxOffset);
  const size = Math.min((args[sizeName] as number | undefined) ?? limit.default, idRows(args.where));
  return Math.max(1, size) + ((args.offset as number | undefined) ?? 0) + (after ?? 0);
}

/** At most as many rows as a `where` that asks for given ids (`id: { eq }` or `id: { in }`) names. */
function idRows(where: unknown): number {
  const id = (where as { id?: { eq?: unknown; in?: unknown } } | null | undefined)?.id;
  if (id?.eq !== undefined && id.eq !== null) return 1;
  if (Array.isArray(id?.in)) return id.in.length;
  return Number.MAX_SAFE_INTEGER;
}

export interface CostEstimate {
  /** Rows read or returned and filter terms, summed over the whole operation. */
  cost: number;
  /** Whether the request must take a place in the pool of expensive work. */
  expensive: boolean;
}

/**
 * Makes the estimator of what an operation will cost, decided from the document and its
 * variables before any database call; graphql-query-complexity walks the operation (fragments,
 * `@skip`/`@include`, variables coerced), these estimators price each field:
 * - a generated list costs its `limit`/`first` (or its type's `@limit` default) plus what it skips,
 *   times what each item selects; nested lists multiply;
 * - the custom queries cost their own `limit` (and depth, hops), within their resolvers' ranges;
 * - `where` and `filter` cost their terms for every row, and a relationship filter multiplies
 *   what it holds by {@link costLimits.relationshipFilterFactor}, so nesting them grows fast.
 * Negative or oversized sizes and offsets, and arguments with more than
 * {@link costLimits.maxArgumentTerms} values, are refused with BAD_USER_INPUT.
 */
export function createCostEstimator(schema: GraphQLSchema, limits = readListLimits()) {
  const queryType = schema.getQueryType();
  return (document: DocumentNode, variables: Args = {}, operationName?: string): CostEstimate => {
    let expensive = false;
    const estimator: ComplexityEstimator = ({ field, type, args, childComplexity }) => {
      // Introspection reads the schema in memory; graphql-js's own rule bounds how deep it may go.
      if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
      let filterCost = 0;
      for (const argument of field.args) {
        if (args[argument.name] === undefined) continue;
        const size = measureInput(args[argument.name], argument.type);
        if (size.terms > costLimits.maxArgumentTerms) {
          throw badInput(
            `${argument.name} holds ${size.terms} values; at most ${costLimits.maxArgumentTerms} are allowed`,
            argument.name,
          );
        }
        if (argument.name === "where" || argument.name === "filter")
          filterCost += size.cost * costLimits.filterTermCost;
      }
      const custom = type === queryType ? customQueries[field.name] : undefined;
      if (custom) {
        if (custom.expensive?.(args)) expensive = true;
        return custom.rows(args) * (1 + childComplexity) + (custom.reads?.(args) ?? 0) + filterCost;
      }
      const rows = generatedRows(field, args, limits);
      if (rows !== undefined) return rows * (1 + childComplexity) + filterCost;
      const listed = isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type));
      // A connection's edges are the rows its `first` already counts.
      const edges = field.name === "edges" && type.name.endsWith("Connection");
      const key = `${type.name}.${field.name}`;
      const items = !listed || edges ? 1 : (limitedNestedRows[key]?.(args) ?? nestedRows[key] ?? otherListRows);
      return items * (1 + childComplexity) + filterCost;
    };
    const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [estimator] });
    return { cost, expensive: expensive || cost >= costLimits.expensiveCost };
  };
}
