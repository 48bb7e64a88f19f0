import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * One codegen for the whole project: the schema that @neo4j/graphql prints (npm run schema:print)
 * gives the server's resolver types and the client's typed documents.
 */
const config: CodegenConfig = {
  schema: "schema/generated/schema.graphql",
  documents: ["client/src/**/*.ts", "!client/src/generated/**"],
  ignoreNoDocuments: true,
  // Explicit .js extensions, so that code under the root tsconfig (NodeNext) may import the client's files too.
  emitLegacyCommonJSImports: false,
  generates: {
    "server/generated/resolvers-types.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: "../graphql/context.js#RequestContext",
        scalars: { Date: "string", DateTime: "string", BigInt: "string" },
        avoidOptionals: false,
        // The domain nodes that custom resolvers return are their own values (model/node-models.ts);
        // @neo4j/graphql's own resolvers answer their relationship fields. A partner suggestion holds
        // its warm path as a thunk, so that it is computed only when a query selects it.
        // Resolvers return plain values or promises of them; the nested values themselves are plain.
        resolverTypeWrapperSignature: "T",
        mappers: {
          Actor: "../model/node-models.js#ActorModel",
          Project: "../model/node-models.js#ProjectModel",
          Agreement: "../model/node-models.js#AgreementModel",
          Strategy: "../model/node-models.js#StrategyModel",
          Place: "../model/node-models.js#PlaceModel",
          Source: "../model/node-models.js#SourceModel",
          Call: "../model/node-models.js#CallModel",
          CallFamily: "../model/node-models.js#CallFamilyModel",
          PartnerSuggestion: "../consortium/index.js#SuggestionModel",
          ProposedPartner: "../consortium/index.js#ProposedPartnerModel",
          Collaboration: "../analysis/index.js#CollaborationModel",
        },
      },
    },
    "client/src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, scalars: { Date: "string", DateTime: "string", BigInt: "string" } },
    },
  },
};

export default config;
