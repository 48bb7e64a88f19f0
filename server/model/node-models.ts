import type { NodeLabel } from "../../schema/generated/domain-model.js";
import type {
  Actor,
  Agreement,
  Call,
  CallFamily,
  Place,
  Project,
  Source,
  Strategy,
} from "../generated/resolvers-types.js";

/** A value that GraphQL serves as the node holds it: a scalar, an enum, or a list of them. */
type OwnValue = string | number | boolean | readonly string[] | readonly number[];

/** The fields of a node type that hold the node's own values, not its relationships or connections. */
type OwnFields<T> = { [K in keyof T]-?: NonNullable<T[K]> extends OwnValue ? K : never }[keyof T];

/**
 * A domain node as the custom resolvers return it: its own values, typed as the SDL declares them,
 * and its `__typename`; @neo4j/graphql's resolvers answer its relationship fields.
 */
export type NodeModel<T extends { __typename?: string }> = Pick<T, OwnFields<T>> & {
  __typename: NonNullable<T["__typename"]>;
};

/** The generated GraphQL type of each node label. */
interface GeneratedNodes {
  Actor: Actor;
  Project: Project;
  Agreement: Agreement;
  Strategy: Strategy;
  Place: Place;
  Source: Source;
  Call: Call;
  CallFamily: CallFamily;
}

/** The model of the nodes with label `L`, which codegen maps the node types to (codegen.ts `mappers`). */
export type NodeModelOf<L extends NodeLabel> = NodeModel<GeneratedNodes[L]>;

export type ActorModel = NodeModelOf<"Actor">;
export type ProjectModel = NodeModelOf<"Project">;
export type AgreementModel = NodeModelOf<"Agreement">;
export type StrategyModel = NodeModelOf<"Strategy">;
export type PlaceModel = NodeModelOf<"Place">;
export type SourceModel = NodeModelOf<"Source">;
export type CallModel = NodeModelOf<"Call">;
export type CallFamilyModel = NodeModelOf<"CallFamily">;
