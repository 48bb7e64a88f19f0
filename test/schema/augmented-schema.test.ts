import { describe, expect, it } from "vitest";
import { isInputObjectType, isObjectType, type GraphQLSchema } from "graphql";
import { buildSchema } from "../../server/schema/build-schema.js";

describe("the augmented schema", async () => {
  const schema: GraphQLSchema = await buildSchema();
  const query = schema.getQueryType();

  it("exposes a query and a connection for every domain type", () => {
    for (const field of ["actors", "projects", "agreements", "strategies", "places", "sources", "actorsConnection"]) {
      expect(query?.getFields()[field], field).toBeDefined();
    }
  });

  it("gives relationships their provenance properties", () => {
    const provenance = schema.getType("Provenance");
    expect(isObjectType(provenance)).toBe(true);
    const fields = isObjectType(provenance) ? Object.keys(provenance.getFields()) : [];
    expect(fields).toEqual(expect.arrayContaining(["sourceId", "locator", "quote", "since", "until", "confidence"]));
    const participation = schema.getType("Participation");
    const participationFields = isObjectType(participation) ? Object.keys(participation.getFields()) : [];
    expect(participationFields).toEqual(expect.arrayContaining(["sourceId", "role", "order", "ecContribution"]));
  });

  it("filters with the generic operators and without the deprecated ones", () => {
    const where = schema.getType("ActorWhere");
    const fields = isInputObjectType(where) ? Object.keys(where.getFields()) : [];
    expect(fields).toContain("id");
    expect(fields).not.toContain("id_EQ");
  });
});
