import { Kind, parse, type ObjectTypeDefinitionNode } from "graphql";
import { readTypeDefs } from "../model/type-defs.js";

/** The `@limit` of a node type: how many items a generated list gives by default and at most. */
export interface ListLimit {
  default: number;
  max: number;
}

/** Reads the `@limit(default:, max:)` of every node type in the SDL. */
export function readListLimits(typeDefs = readTypeDefs()): Map<string, ListLimit> {
  const limits = new Map<string, ListLimit>();
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const directive = (definition as ObjectTypeDefinitionNode).directives?.find((d) => d.name.value === "limit");
    if (!directive) continue;
    const argument = (name: string) => {
      const value = directive.arguments?.find((a) => a.name.value === name)?.value;
      return value?.kind === Kind.INT ? Number(value.value) : undefined;
    };
    const max = argument("max") ?? Number.MAX_SAFE_INTEGER;
    limits.set(definition.name.value, { default: argument("default") ?? max, max });
  }
  return limits;
}
