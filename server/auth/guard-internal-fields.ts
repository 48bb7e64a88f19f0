import { defaultFieldResolver, isObjectType, Kind, parse, type GraphQLSchema } from "graphql";
import { requireRole } from "./require-role.js";
import type { Claims } from "./verify-token.js";

/** The `Type.field` names that the SDL marks internal with `@authentication`. */
export function findInternalFields(typeDefs: string): Array<[type: string, field: string]> {
  return parse(typeDefs).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION
      ? (definition.fields ?? [])
          .filter((field) => field.directives?.some((directive) => directive.name.value === "authentication"))
          .map((field): [string, string] => [definition.name.value, field.name.value])
      : [],
  );
}

/**
 * Makes internal fields (those the SDL marks with `@authentication`) answer editors and admins
 * only, wherever the object comes from.
 *
 * @remarks @neo4j/graphql enforces its rules in the Cypher it generates, so an Actor that a custom
 * resolver returns (a collaborator, a partner suggestion) would otherwise show these fields to
 * anyone. The check runs in the field's resolver, after @neo4j/graphql's own.
 */
export function guardInternalFields(schema: GraphQLSchema, typeDefs: string): GraphQLSchema {
  for (const [typeName, fieldName] of findInternalFields(typeDefs)) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: { jwt?: Claims }, info) => {
      requireRole(context, "editor");
      return resolve(source, args, context, info);
    };
  }
  return schema;
}
