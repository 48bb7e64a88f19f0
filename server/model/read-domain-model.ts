import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
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

export interface DomainModel {
  nodes: Map<string, NodeShape>;
  /** The allow-list of relationship types an editor may add: those whose properties hold a `sourceId`. */
  relationships: Map<string, RelationshipShape>;
}

const hasDirective = (node: ObjectTypeDefinitionNode | FieldDefinitionNode, name: string) =>
  node.directives?.some((directive) => directive.name.value === name) ?? false;

function shapeOf(type: TypeNode, required = false): PropertyShape {
  if (type.kind === Kind.NON_NULL_TYPE) return shapeOf(type.type, true);
  if (type.kind === Kind.LIST_TYPE) return { ...shapeOf(type.type), required, list: true };
  return { type: type.name.value, required, list: false };
}

function stringArgument(field: FieldDefinitionNode, directive: string, argument: string): string | undefined {
  const value = field.directives
    ?.find((d) => d.name.value === directive)
    ?.arguments?.find((a) => a.name.value === argument)?.value;
  return value && (value.kind === Kind.STRING || value.kind === Kind.ENUM) ? value.value : undefined;
}

function readModel(): DomainModel {
  const types = parse(readTypeDefs()).definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
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
      const propertiesType = byName.get(stringArgument(field, "relationship", "properties") ?? "");
      if (!relType || !propertiesType || stringArgument(field, "relationship", "direction") !== "OUT") continue;
      const properties = propertiesOf(propertiesType);
      if (!properties.has("sourceId")) continue;
      const shape = relationships.get(relType) ?? { type: relType, endpoints: [], properties };
      shape.endpoints.push({ from: type.name.value, to: shapeOf(field.type).type });
      relationships.set(relType, shape);
    }
  }
  return { nodes, relationships };
}

let model: DomainModel | undefined;

/**
 * The domain model as schema/*.graphql declares it: node labels with their properties, and the
 * relationship types with provenance, their endpoints and properties. Editing checks its input
 * against this, so the allow-list is the contract itself.
 */
export function domainModel(): DomainModel {
  model ??= readModel();
  return model;
}
