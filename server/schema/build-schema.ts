import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analysisResolvers } from "../analysis/resolvers.js";
import { readTypeDefs } from "./type-defs.js";

/** Builds the executable schema that @neo4j/graphql augments from the SDL. */
export async function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    resolvers: [analysisResolvers],
    driver,
    features: { excludeDeprecatedFields: {
      mutationOperations: true,
      aggregationFilters: true,
      aggregationFiltersOutsideConnection: true,
      relationshipFilters: true,
      attributeFilters: true,
    } },
  });
  return neoSchema.getSchema();
}
