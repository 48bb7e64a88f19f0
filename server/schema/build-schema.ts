import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { analysisResolvers } from "../analysis/index.js";
import { guardInternalFields } from "../auth/guard-internal-fields.js";
import { toAuthorizationSettings } from "../auth/authorization-settings.js";
import type { AuthSettings } from "../config.js";
import { callsResolvers } from "../calls/index.js";
import { consortiumResolvers } from "../consortium/index.js";
import { editingResolvers } from "../editing/index.js";
import { strictDates } from "./strict-dates.js";
import { readTypeDefs } from "../model/type-defs.js";

/**
 * Builds the executable schema that @neo4j/graphql augments from the SDL; `auth` is the token
 * key that its @authorization rules use (none is needed to print the schema).
 */
export async function buildSchema(driver?: Driver, auth?: AuthSettings): Promise<GraphQLSchema> {
  const typeDefs = readTypeDefs();
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    resolvers: [analysisResolvers, consortiumResolvers, callsResolvers, editingResolvers],
    driver,
    features: {
      authorization: toAuthorizationSettings(auth),
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return strictDates(guardInternalFields(await neoSchema.getSchema(), typeDefs));
}
