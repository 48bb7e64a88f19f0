import { guardedResolver as resolver } from "../graphql/capability-resolver.js";
import type {
  MutationAddRelationshipArgs,
  MutationDeleteNodeArgs,
  MutationDeleteRelationshipArgs,
  MutationRestoreNodeArgs,
  MutationRestoreRelationshipArgs,
  MutationUpdateActorArgs,
  MutationUpdateRelationshipArgs,
  MutationUpsertActorArgs,
  MutationUpsertAgreementArgs,
  MutationUpsertSourceArgs,
  QueryDraftRelationshipsArgs,
  QueryHistoryArgs,
  Resolvers,
} from "../generated/resolvers-types.js";
import { addRelationship, updateRelationship } from "./edit-relationship.js";
import { readDrafts, readHistory } from "./read-history.js";
import { runEdit, runRead } from "./run-edit.js";
import { deleteNode, deleteRelationship, restoreNode, restoreRelationship } from "./soft-delete.js";
import { upsertNode } from "./upsert-node.js";

/** The editing API of schema/editing.graphql: every resolver checks the caller's role first. */
export const editingResolvers: Resolvers = {
  Query: {
    history: resolver((_, args: QueryHistoryArgs, context) =>
      runRead(context, "editor", (tx) => readHistory(tx, args.id, args.limit)),
    ),
    draftRelationships: resolver((_, args: QueryDraftRelationshipsArgs, context) =>
      runRead(context, "editor", (tx) => readDrafts(tx, args.limit)),
    ),
  },
  Mutation: {
    upsertActor: resolver((_, args: MutationUpsertActorArgs, context) =>
      runEdit(context, "editor", (tx, by) => upsertNode(tx, by, "Actor", args.id, args.input, "upsert")),
    ),
    updateActor: resolver((_, args: MutationUpdateActorArgs, context) =>
      runEdit(context, "editor", (tx, by) => upsertNode(tx, by, "Actor", args.id, args.input, "update")),
    ),
    upsertAgreement: resolver((_, args: MutationUpsertAgreementArgs, context) =>
      runEdit(context, "editor", (tx, by) => upsertNode(tx, by, "Agreement", args.id, args.input, "upsert")),
    ),
    upsertSource: resolver((_, args: MutationUpsertSourceArgs, context) =>
      runEdit(context, "editor", (tx, by) => upsertNode(tx, by, "Source", args.id, args.input, "upsert")),
    ),
    addRelationship: resolver((_, args: MutationAddRelationshipArgs, context) =>
      runEdit(context, "editor", (tx, by) => addRelationship(tx, by, args.input)),
    ),
    updateRelationship: resolver((_, args: MutationUpdateRelationshipArgs, context) =>
      runEdit(context, "editor", (tx, by) => updateRelationship(tx, by, args.id, args.input)),
    ),
    deleteNode: resolver((_, args: MutationDeleteNodeArgs, context) =>
      runEdit(context, "admin", (tx, by) => deleteNode(tx, by, args.id)),
    ),
    restoreNode: resolver((_, args: MutationRestoreNodeArgs, context) =>
      runEdit(context, "admin", (tx, by) => restoreNode(tx, by, args.id)),
    ),
    deleteRelationship: resolver((_, args: MutationDeleteRelationshipArgs, context) =>
      runEdit(context, "admin", (tx, by) => deleteRelationship(tx, by, args.id)),
    ),
    restoreRelationship: resolver((_, args: MutationRestoreRelationshipArgs, context) =>
      runEdit(context, "admin", (tx, by) => restoreRelationship(tx, by, args.id)),
    ),
  },
};
