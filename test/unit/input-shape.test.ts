import { parse, specifiedRules, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { createCostEstimator } from "../../server/http/estimate-cost.js";
import { checkVariablesShape, inputShapeLimits, limitLiteralInput } from "../../server/http/limit-input-shape.js";
import { buildSchema } from "../../server/schema/build-schema.js";

const schema = await buildSchema();

/** `[[[…]]]`, `depth` lists deep, built without recursion. */
function nestedLists(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** A `where` with `operator` nested `depth` deep around `innermost`. */
function nestedOperator(operator: "AND" | "OR" | "NOT", depth: number, innermost: object): object {
  let where = innermost;
  for (let i = 0; i < depth; i += 1) where = operator === "NOT" ? { NOT: where } : { [operator]: [where] };
  return where;
}

/** The same `where` written in GraphQL's own syntax. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(" ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${literal(inner)}`)
      .join(" ")} }`;
  }
  return JSON.stringify(value);
}

const kth = { id: { eq: "kth" } };

describe("the shape of a request's variables", () => {
  it("refuses lists nested 5,000 deep without exhausting the stack, and lets the limit's depth through", () => {
    expect(checkVariablesShape({ ids: nestedLists(5000) })?.limit).toBe("maxListDepth");
    expect(checkVariablesShape({ ids: nestedLists(inputShapeLimits.maxListDepth + 1) })?.limit).toBe("maxListDepth");
    expect(checkVariablesShape({ ids: nestedLists(inputShapeLimits.maxListDepth) })).toBeUndefined();
  });

  it("refuses AND nested 2,000 deep and NOT nested 300 deep, and lets the limit's depth through", () => {
    expect(checkVariablesShape({ where: nestedOperator("AND", 2000, kth) })).toBeDefined();
    expect(checkVariablesShape({ where: nestedOperator("NOT", 300, kth) })?.limit).toBe("maxBooleanDepth");
    const deepest = inputShapeLimits.maxBooleanDepth;
    for (const operator of ["AND", "OR", "NOT"] as const) {
      expect(checkVariablesShape({ where: nestedOperator(operator, deepest + 1, kth) })?.limit, operator).toBe(
        "maxBooleanDepth",
      );
      expect(checkVariablesShape({ where: nestedOperator(operator, deepest, kth) }), operator).toBeUndefined();
    }
  });

  it("counts boolean operators along one path, not side by side", () => {
    const wide = { AND: Array.from({ length: 50 }, () => ({ NOT: { OR: [kth] } })) };
    expect(checkVariablesShape({ where: wide })).toBeUndefined();
  });

  it("refuses input objects nested deeper than the limit", () => {
    // The variables themselves are the outermost object.
    let value: object = { eq: "kth" };
    for (let i = 1; i < inputShapeLimits.maxObjectDepth; i += 1) value = { some: value };
    expect(checkVariablesShape(value)).toBeUndefined();
    expect(checkVariablesShape({ where: value })?.limit).toBe("maxObjectDepth");
  });

  it("refuses more values than the limit in all variables together, counting objects and lists", () => {
    const ids = Array.from({ length: inputShapeLimits.maxValues - 1 }, (_, i) => `id-${i}`);
    expect(checkVariablesShape({ ids })?.limit).toBe("maxValues");
    expect(checkVariablesShape({ ids: ids.slice(1) })).toBeUndefined();
  });
});

describe("the shape of values written in the document", () => {
  const rules = [...specifiedRules, limitLiteralInput()];
  const errorsOf = (where: object) =>
    validate(schema, parse(`{ actors(where: ${literal(where)}) { id } }`), rules).map((error) => ({
      message: error.message,
      limit: error.extensions.limit,
    }));

  it("refuses NOT nested deeper than the limit and lets the limit's depth through", () => {
    const deepest = inputShapeLimits.maxBooleanDepth;
    expect(errorsOf(nestedOperator("NOT", deepest, kth))).toEqual([]);
    expect(errorsOf(nestedOperator("NOT", deepest + 1, kth))).toEqual([
      expect.objectContaining({ limit: "maxBooleanDepth", message: expect.stringContaining('"where"') }),
    ]);
  });

  it("refuses AND nested 300 deep in the document", () => {
    expect(errorsOf(nestedOperator("AND", 300, kth)).map((error) => error.limit)).toContain("maxBooleanDepth");
  });
});

describe("the price of boolean operators", () => {
  const estimate = createCostEstimator(schema);
  const costOf = (where: object) =>
    estimate(parse("query ($where: ActorWhere) { actors(where: $where, limit: 1) { id } }"), { where }).cost;

  it("grows with every level of nesting, more than the terms it holds", () => {
    const flat = costOf(kth);
    const costs = [1, 2, 3, 4].map((depth) => costOf(nestedOperator("NOT", depth, kth)));
    expect(costs[0]).toBeGreaterThan(flat);
    for (let i = 1; i < costs.length; i += 1) expect(costs[i]).toBeGreaterThan(2 * costs[i - 1]!);
  });
});
