import {
  Kind,
  parse,
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from "graphql";
import { readTypeDefs } from "./type-defs.js";

/** A property of a node or relationship type: its GraphQL type name, whether required, whether a list. */
export interface PropertyShape {
  type: string;
  required: boolean;
  list: boolean;
}

export interface NodeShape {
  label: string;
  properties: Map<string, PropertyShape>;
}

/** A relationship type with provenance: the node labels it may join and the properties it may carry. */
export interface RelationshipShape {
  type: string;
  endpoints: Array<{ from: string; to: string }>;
  properties: Map<string, PropertyShape>;
}

/** The relationship types that make two actors collaborators (the SDL's `@collaboration`). */
export interface CollaborationTies {
  /** Actors that point at the same thing through any of these work together through it. */
  shared: string[];
  /** These tie two actors directly. */
  direct: string[];
}

export interface DomainModel {
  /** Node labels in the SDL's order, which is also the order that names a node's type. */
  nodes: Map<string, NodeShape>;
  /** The allow-list of relationship types an editor may add: those whose properties hold a `sourceId`. */
  relationships: Map<string, RelationshipShape>;
  collaboration: CollaborationTies;
  /** The values of each enum: ActorKind, Confidence… */
  enums: Map<string, string[]>;
}

const hasDirective = (node: ObjectTypeDefinitionNode | FieldDefinitionNode, name: string) =>
  node.directives?.some((directive) => directive.name.value === name) ?? false;

function shapeOf(type: TypeNode, required = false): PropertyShape {
  if (type.kind === Kind.NON_NULL_TYPE) return shapeOf(type.type, true);
  if (type.kind === Kind.LIST_TYPE) return { ...shapeOf(type.type), required, list: true };
  return { type: type.name.value, required, list: false };
}

function booleanArgument(field: FieldDefinitionNode, directive: string, argument: string): boolean {
  const value = field.directives
    ?.find((d) => d.name.value === directive)
    ?.arguments?.find((a) => a.name.value === argument)?.value;
  return value?.kind === Kind.BOOLEAN && value.value;
}

function stringArgument(field: FieldDefinitionNode, directive: string, argument: string): string | undefined {
  const value = field.directives
    ?.find((d) => d.name.value === directive)
    ?.arguments?.find((a) => a.name.value === argument)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
}

function readModel(): DomainModel {
  const definitions = parse(readTypeDefs()).definitions;
  const types = definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
  const enums = new Map(
    definitions
      .filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
      .map((d) => [d.name.value, (d.values ?? []).map((value) => value.name.value)]),
  );
  const collaboration: CollaborationTies = { shared: [], direct: [] };
  const propertiesOf = (type: ObjectTypeDefinitionNode) =>
    new Map(
      (type.fields ?? [])
        .filter((field) => !hasDirective(field, "relationship"))
        .map((field) => [field.name.value, shapeOf(field.type)]),
    );
  const nodes = new Map<string, NodeShape>();
  const relationships = new Map<string, RelationshipShape>();
  const byName = new Map(types.map((type) => [type.name.value, type]));
  for (const type of types.filter((t) => hasDirective(t, "node"))) {
    nodes.set(type.name.value, { label: type.name.value, properties: propertiesOf(type) });
    for (const field of (type.fields ?? []).filter((f) => hasDirective(f, "relationship"))) {
      const relType = stringArgument(field, "relationship", "type");
      if (relType && hasDirective(field, "collaboration")) {
        if (booleanArgument(field, "collaboration", "shared")) collaboration.shared.push(relType);
        if (booleanArgument(field, "collaboration", "direct")) collaboration.direct.push(relType);
      }
      const propertiesType = byName.get(stringArgument(field, "relationship", "properties") ?? "");
      if (!relType || !propertiesType || stringArgument(field, "relationship", "direction") !== "OUT") continue;
      const properties = propertiesOf(propertiesType);
      if (!properties.has("sourceId")) continue;
      const shape = relationships.get(relType) ?? { type: relType, endpoints: [], properties };
      shape.endpoints.push({ from: type.name.value, to: shapeOf(field.type).type });
      relationships.set(relType, shape);
    }
  }
  return { nodes, relationships, collaboration, enums };
}

let model: DomainModel | undefined;

/**
 * The domain model as schema/*.graphql declares it: node labels with their properties, the
 * relationship types with provenance, their endpoints and properties, which of them tie actors as
 * collaborators, and the enums' values. Editing checks its input against this, so the allow-list
 * is the contract itself; seed, analysis and consortium read their vocabulary from it.
 */
export function domainModel(): DomainModel {
  model ??= readModel();
  return model;
}
