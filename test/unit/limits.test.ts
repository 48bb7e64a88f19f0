import { GraphQLError, Kind, getIntrospectionQuery, parse, specifiedRules, validate, type DocumentNode } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import * as explorerDocuments from "../../client/src/generated/graphql.js";
import { badInput } from "../../server/model/errors.js";
import { createFormatError } from "../../server/graphql/format-error.js";
import { costLimits, createCostEstimator } from "../../server/http/estimate-cost.js";
import { parseOptions, protectRequests, requestLimits } from "../../server/http/request-limits.js";
import { buildSchema } from "../../server/schema/build-schema.js";

const schema = await buildSchema();
const { validationRules } = protectRequests();

function check(source: string | DocumentNode): string[] {
  try {
    const document = typeof source === "string" ? parse(source, parseOptions) : source;
    return validate(schema, document, [...specifiedRules, ...validationRules]).map((error) => error.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

const operations = Object.entries(explorerDocuments as Record<string, unknown>).filter(
  (entry): entry is [string, DocumentNode] =>
    (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT &&
    (entry[1] as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION),
);

describe("the request limits", () => {
  it("let every operation the explorer sends through", () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const [name, document] of operations) expect(check(document), name).toEqual([]);
  });

  it("let the standard introspection query through", () => {
    expect(
      check(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "too deep",
      `{ actors { ${"partOf { ".repeat(requestLimits.maxDepth)}id${" }".repeat(requestLimits.maxDepth)} } }`,
      /depth limit/,
    ],
    [
      "too many aliases",
      `{ ${Array.from({ length: requestLimits.maxAliases + 1 }, (_, i) => `a${i}: stats { actors }`).join(" ")} }`,
      /Aliases limit/,
    ],
    [
      "too many directives",
      `{ stats { actors ${"@skip(if: false) ".repeat(requestLimits.maxDirectives + 1)} } }`,
      /Directives limit/,
    ],
    [
      "circular introspection",
      "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
      /introspection depth/,
    ],
    [
      "too many tokens",
      `{ stats { ${"actors ".repeat(requestLimits.maxTokens)} } }`,
      /more that \d+ tokens|more than \d+ tokens/,
    ],
  ])("refuse a query %s", (_case, query, message) => {
    expect(check(query).join("\n")).toMatch(message);
  });
});

describe("the cost of a request", () => {
  const estimate = createCostEstimator(schema);
  const cost = (query: string, variables: Record<string, unknown> = {}) => estimate(parse(query), variables).cost;
  const refusal = (query: string, variables: Record<string, unknown> = {}) => {
    try {
      estimate(parse(query), variables);
      return undefined;
    } catch (error) {
      return (error as GraphQLError).extensions.code;
    }
  };
  const explorerVariables = {
    ids: ["kth"],
    limit: 400,
    id: "kth",
    text: "kth",
    topic: "hydrogen",
    from: "kth",
    to: "stockholms-stad",
    measure: "DEGREE",
    consortium: ["kth", "stockholms-stad"],
    call: "HORIZON-CL5-2027-D3-01-01",
    actor: "kth",
  };

  it("lets every operation the explorer sends through, with its variables", () => {
    for (const [name, document] of operations) {
      expect(estimate(document, explorerVariables).cost, name).toBeLessThanOrEqual(costLimits.maxCost);
    }
    expect(
      estimate(operations.find(([name]) => name.startsWith("Neighbourhood"))![1], explorerVariables).expensive,
    ).toBe(false);
  });

  it("prices a custom query by what it returns plus what it reads, so its largest answer passes", () => {
    const suggestions = `query ($limit: Int) { partnerSuggestions(topic: "hydrogen", limit: $limit) {
      actor { id name country kind } score
      factors { name value weight explanation evidence { id acronym topics } }
      warmPath { nodes { id type } edges { source target type } } } }`;
    expect(cost(suggestions, { limit: 50 })).toBeLessThanOrEqual(costLimits.maxCost);
    expect(cost(suggestions, { limit: 50 })).toBeGreaterThan(cost(suggestions, { limit: 10 }));
    expect(estimate(parse(suggestions), { limit: 10 }).expensive).toBe(true);
  });

  it("prices a consortium proposal like partner suggestions, so its largest answer passes", () => {
    const proposal = `query ($size: Int) { proposeConsortium(call: "HORIZON-CL5-2027-02-D3-07", consortium: ["kth"], size: $size) {
      size sizeReason unmetNeeds members { id name }
      partners { actor { id name country kind } need needCode reasons alternatives { id name country }
        warmPath { nodes { id type } edges { source target type } } }
      check { eligible findings { code severity message fix } } } }`;
    expect(cost(proposal, { size: 50 })).toBeLessThanOrEqual(costLimits.maxCost);
    expect(cost(proposal, { size: 51 })).toBeLessThanOrEqual(costLimits.maxCost);
    expect(cost(proposal, { size: 50 })).toBeGreaterThan(cost(proposal, { size: 10 }));
    expect(estimate(parse(proposal), { size: 10 }).expensive).toBe(true);
  });

  it("leaves the standard introspection query out of the cost", () => {
    expect(estimate(parse(getIntrospectionQuery({ descriptions: true }))).cost).toBe(0);
  });

  it("multiplies nested lists by their limit, so the starvation query is far over the limit", () => {
    const nested = "{ actors(limit: 500) { participatesIn(limit: 500) { participants(limit: 500) { id } } } }";
    expect(cost(nested)).toBeGreaterThan(1000 * costLimits.maxCost);
    expect(cost("{ actors { id } }")).toBeLessThan(cost("{ actors { id participatesIn { id } } }"));
  });

  it("prices a hub's collaborators by the shared things read for each partner, so fifteen aliases of 500 are refused", () => {
    const aliases = (limit: number) =>
      `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: collaborators(id: "kth", limit: ${limit}) { strength partner { id } }`).join(" ")} }`;
    expect(cost(aliases(500))).toBeGreaterThan(costLimits.maxCost);
    expect(cost(aliases(100))).toBeLessThanOrEqual(costLimits.maxCost);
    expect(estimate(parse('{ collaborators(id: "kth", limit: 200) { strength } }')).expensive).toBe(true);
    expect(estimate(parse('{ collaborators(id: "kth", limit: 25) { strength } }')).expensive).toBe(false);
  });

  it("prices communities by how many are asked for and how many members each lists", () => {
    const communities = "query ($n: Int, $m: Int) { communities(limit: $n) { id members(limit: $m) { id name } } }";
    expect(cost(communities, { n: 50, m: 50 })).toBeLessThanOrEqual(costLimits.maxCost);
    expect(cost(communities, { n: 50, m: 1000 })).toBeGreaterThan(costLimits.maxCost);
    expect(cost(communities, { n: 500, m: 50 })).toBeGreaterThan(costLimits.maxCost);
    expect(cost(communities, { n: 10, m: 100 })).toBeGreaterThan(cost(communities, { n: 10, m: 10 }));
  });

  it("counts a size given as a variable as the same size given literally", () => {
    const literal = cost("{ actorsConnection(first: 200) { edges { node { id name } } } }");
    const variable = cost("query ($n: Int) { actorsConnection(first: $n) { edges { node { id name } } } }", { n: 200 });
    expect(variable).toBe(literal);
    expect(variable).toBeGreaterThan(
      cost("query ($n: Int) { actorsConnection(first: $n) { edges { node { id } } } }", { n: 10 }),
    );
  });

  it("makes nested relationship filters in where grow fast, and counts the terms of a filter", () => {
    const one = cost('{ actors(where: { participatesIn: { some: { title: { contains: "a" } } } }) { id } }');
    const two = cost(
      '{ actors(where: { participatesIn: { some: { participants: { some: { name: { contains: "a" } } } } } }) { id } }',
    );
    expect(one).toBeLessThan(costLimits.maxCost);
    expect(two).toBeGreaterThan(costLimits.maxCost);
    const or = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ name: { eq: `x${i}` } })) });
    const query = "query ($where: ActorWhere) { actors(where: $where) { id } }";
    expect(cost(query, { where: or(10) })).toBeGreaterThan(cost(query, { where: or(2) }));
    expect(refusal(query, { where: or(costLimits.maxArgumentTerms) })).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["a negative limit", "{ actors(limit: -1) { id } }"],
    ["a negative offset", "{ actors(offset: -5) { id } }"],
    ["an oversized limit", "{ actors(limit: 100000) { id } }"],
    ["an oversized offset", "{ projects(offset: 100000000) { id } }"],
    ["a negative first", "{ actorsConnection(first: -3) { totalCount } }"],
    ["a cursor this API did not give", '{ actorsConnection(after: "bm9wZQ==") { totalCount } }'],
  ])("refuses %s with BAD_USER_INPUT before any database call", (_case, query) => {
    expect(refusal(query)).toBe("BAD_USER_INPUT");
  });

  it("marks analysis and large reads as expensive work, small reads not", () => {
    expect(estimate(parse("{ centrality { score } }")).expensive).toBe(true);
    expect(estimate(parse('{ network(ids: ["a"], depth: 2) { nodes { id } } }')).expensive).toBe(true);
    expect(estimate(parse('{ network(ids: ["a"]) { nodes { id } } }')).expensive).toBe(false);
    expect(estimate(parse("{ actors { id name } }")).expensive).toBe(false);
  });
});

describe("the errors a client sees", () => {
  const format = createFormatError({ production: false });
  const formatInProduction = createFormatError({ production: true });
  const inResolver = (original: unknown) =>
    new GraphQLError((original as Error).message, { path: ["field"], originalError: original as Error });
  const formatted = (error: GraphQLError) => ({
    message: error.message,
    path: error.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x.ts:1"] },
  });

  it("keep the message and code of typed errors, without stack traces", () => {
    const error = inResolver(badInput("limit must be an integer from 1 to 500", "limit"));
    expect(format(formatted(error), error)).toEqual({
      message: "limit must be an integer from 1 to 500",
      path: ["field"],
      locations: undefined,
      extensions: { code: "BAD_USER_INPUT", argument: "limit" },
    });
  });

  it("say nothing of Cypher or the database's internals", () => {
    const cypher = inResolver(
      new Neo4jError("Invalid input 'MATCH (n) RETURN n'", "Neo.ClientError.Statement.SyntaxError", "", ""),
    );
    expect(format(formatted(cypher), cypher)).toMatchObject({
      message: "the server could not answer this query",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    const plain = inResolver(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(format(formatted(plain), plain).message).toBe("the server could not answer this query");
    const untyped = inResolver(new GraphQLError("Cannot return null for non-nullable field Actor.partOf."));
    expect(format(formatted(untyped), untyped).message).toBe("the server could not answer this query");
  });

  it("tell an unreachable database by its code", () => {
    const down = inResolver(new Neo4jError("connect ECONNREFUSED 127.0.0.1:7687", "ServiceUnavailable", "", ""));
    expect(format(formatted(down), down).extensions?.code).toBe("DATABASE_UNAVAILABLE");
  });

  it("give @neo4j/graphql's refusals their codes", () => {
    for (const [message, code] of [
      ["Unauthenticated", "UNAUTHENTICATED"],
      ["Forbidden", "FORBIDDEN"],
    ]) {
      const error = inResolver(new GraphQLError(message));
      expect(format(formatted(error), error).extensions?.code).toBe(code);
    }
  });

  it("cut field suggestions in production only", () => {
    const error = new GraphQLError('Cannot query field "nme" on type "Actor". Did you mean "name" or "sme"?');
    const shaped = { message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } };
    expect(format(shaped, error).message).toMatch(/Did you mean/);
    expect(formatInProduction(shaped, error).message).toBe('Cannot query field "nme" on type "Actor".');
  });
});
