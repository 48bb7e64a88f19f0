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
