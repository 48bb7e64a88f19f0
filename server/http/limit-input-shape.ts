import type { NextFunction, Request, Response } from "express";
import { GraphQLError, Kind, type ASTVisitor, type ValidationContext, type ValueNode } from "graphql";

/**
 * How deep and how large the input of one request may be: the variables and the values written in
 * the document. Every operation the explorer sends, and filters much deeper than it sends, stay
 * inside these (test/unit/input-shape.test.ts).
 */
export const inputShapeLimits = {
  /** Lists inside lists along one path (`[[…]]`, or `AND: [{ AND: [ … ] }]`). */
  maxListDepth: 5,
  /** Input objects inside input objects along one path (a `where` with relationship filters). */
  maxObjectDepth: 12,
  /** `AND`, `OR` and `NOT` inside one another along one path. */
  maxBooleanDepth: 4,
  /** Values in one input: all of a request's variables, or one argument written in the document. */
  maxValues: 5_000,
} as const;

export type InputShapeLimit = keyof typeof inputShapeLimits;

/** The boolean operators of @neo4j/graphql's `where` inputs. */
export const booleanOperators: ReadonlySet<string> = new Set(["AND", "OR", "NOT"]);

/** One value met while walking an input, and the nesting it sits in. */
interface Frame<T> {
  value: T;
  lists: number;
  objects: number;
  booleans: number;
}

/** An input's parts: the items of a list, or the named fields of an object; nothing for a scalar. */
type Parts<T> = { list: T[] } | { object: Array<[string, T]> } | undefined;

export interface ShapeRefusal {
  limit: InputShapeLimit;
  max: number;
  words: string;
}

const words: Record<InputShapeLimit, (max: number) => string> = {
  maxListDepth: (max) => `lists nested more than ${max} deep`,
  maxObjectDepth: (max) => `input objects nested more than ${max} deep`,
  maxBooleanDepth: (max) => `AND, OR and NOT nested more than ${max} deep`,
  maxValues: (max) => `more than ${max} values`,
};

/**
 * Walks an input without recursion, so that no nesting can exhaust the stack, and stops at the
 * first limit it passes.
 */
function checkShape<T>(root: T, partsOf: (value: T) => Parts<T>, limits = inputShapeLimits): ShapeRefusal | undefined {
  const refuse = (limit: InputShapeLimit) => ({ limit, max: limits[limit], words: words[limit](limits[limit]) });
  const stack: Array<Frame<T>> = [{ value: root, lists: 0, objects: 0, booleans: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, lists, objects, booleans } = stack.pop() as Frame<T>;
    values += 1;
    if (values > limits.maxValues) return refuse("maxValues");
    if (lists > limits.maxListDepth) return refuse("maxListDepth");
    if (objects > limits.maxObjectDepth) return refuse("maxObjectDepth");
    if (booleans > limits.maxBooleanDepth) return refuse("maxBooleanDepth");
    const parts = partsOf(value);
    if (parts && "list" in parts) {
      for (const item of parts.list) stack.push({ value: item, lists: lists + 1, objects, booleans });
    } else if (parts) {
      for (const [key, item] of parts.object) {
        const operator = booleanOperators.has(key) ? 1 : 0;
        stack.push({ value: item, lists, objects: objects + 1, booleans: booleans + operator });
      }
    }
  }
  return undefined;
}

const jsonParts = (value: unknown): Parts<unknown> => {
  if (Array.isArray(value)) return { list: value };
  if (value !== null && typeof value === "object") return { object: Object.entries(value) };
  return undefined;
};

const literalParts = (node: ValueNode): Parts<ValueNode> => {
  if (node.kind === Kind.LIST) return { list: [...node.values] };
  if (node.kind === Kind.OBJECT) return { object: node.fields.map((field) => [field.name.value, field.value]) };
  return undefined;
};

/** The first limit that a JSON input (a request's variables) passes, or undefined. */
export const checkVariablesShape = (variables: unknown, limits = inputShapeLimits) =>
  checkShape(variables, jsonParts, limits);

/** The variables of a request as Apollo will read them: the JSON body's, or a GET's query string. */
function variablesOf(req: Request): unknown {
  if (req.method !== "GET") return (req.body as { variables?: unknown } | undefined)?.variables;
  const raw = req.query.variables;
  if (typeof raw !== "string") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined; // Apollo answers a malformed variables string itself.
  }
}

/**
 * Express middleware that refuses a request whose variables nest too deep or hold too many values
 * with HTTP 400 `BAD_USER_INPUT` (naming the limit in `extensions.limit`), before GraphQL coerces
 * them, which recurses through every level, and before any database call.
 */
export function limitVariables(limits = inputShapeLimits) {
  return (req: Request, res: Response, next: NextFunction) => {
    const variables = variablesOf(req);
    const refusal = variables === undefined ? undefined : checkVariablesShape(variables, limits);
    if (!refusal) return next();
    res.status(400).json({
      errors: [
        {
          message: `the variables hold ${refusal.words}: send a flatter or smaller input`,
          extensions: { code: "BAD_USER_INPUT", limit: refusal.limit, max: refusal.max },
        },
      ],
    });
  };
}

/**
 * A validation rule that refuses an argument written in the document (a literal `where`) that
 * nests too deep, by the same limits as the variables; Apollo answers it as
 * GRAPHQL_VALIDATION_FAILED, naming the limit in `extensions.limit`.
 */
export function limitLiteralInput(limits = inputShapeLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(node) {
      const refusal = checkShape(node.value, literalParts, limits);
      if (!refusal) return;
      context.reportError(
        new GraphQLError(`the argument "${node.name.value}" holds ${refusal.words}: write a flatter input`, {
          nodes: [node],
          extensions: { limit: refusal.limit, max: refusal.max },
        }),
      );
    },
  });
}
