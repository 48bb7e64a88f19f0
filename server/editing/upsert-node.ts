import type { ManagedTransaction } from "neo4j-driver";
import { toNodeModel, typeOf } from "../model/graph-values.js";
import type { NodeModelOf } from "../model/node-models.js";
import { badInput, notFound } from "../model/errors.js";
import { findNode } from "../model/find-nodes.js";
import { domainModel } from "../model/read-domain-model.js";
import { recordChange } from "./record-change.js";
import { checkId, checkPeriod, toProperties } from "./validate-edit.js";
import { editedFieldsProperty, withEditedFields } from "../model/keep-edits.js";

/** The node types that editors add and change. */
export type EditableLabel = "Actor" | "Agreement" | "Source";

/** Properties that the editing API sets itself, never from an editor's input. */
const managed = new Set(["id", "deletedAt", "deletedBy", editedFieldsProperty]);

/**
 * Adds a node or changes the fields given of it, and records the change. `update` refuses an id
 * that no node has; `upsert` creates it, and then the model's required fields must be given.
 * An id is unique across all node types, and a deleted node's id stays taken until it is restored.
 * The fields given are added to the node's `editedFields`, which the seed and the importers keep.
 */
export async function upsertNode<L extends EditableLabel>(
  tx: ManagedTransaction,
  by: string,
  label: L,
  rawId: string,
  input: Record<string, unknown>,
  mode: "upsert" | "update",
): Promise<NodeModelOf<L>> {
  const id = checkId("id", rawId);
  const shape = domainModel().nodes.get(label);
  if (!shape) throw new Error(`editing: ${label} is not a node type of the schema`);
  const editable = new Map([...shape.properties].filter(([name]) => !managed.has(name)));
  const properties = toProperties(input, editable);
  const existing = await findNode(tx, id);
  if (existing && !existing.labels.includes(label))
    throw badInput(`the id "${id}" belongs to a ${typeOf(existing)}`, "id");
  if (existing?.properties.deletedAt != null) {
    throw mode === "update" ? notFound(id) : badInput(`"${id}" is deleted; an admin can restore it`, "id");
  }
  if (!existing && mode === "update") throw notFound(id);
  const before = existing ? (existing.properties as Record<string, unknown>) : null;
  const merged: Record<string, unknown> = { ...before, ...properties };
  for (const [name, property] of editable) {
    if (property.required && merged[name] == null) throw badInput(`${name} is required for a new ${label}`, name);
  }
  checkPeriod(["validFrom", merged.validFrom], ["validUntil", merged.validUntil]);
  const editedFields = withEditedFields(before?.[editedFieldsProperty], Object.keys(properties));
  const result = await tx.run(
    `${existing ? "MATCH" : "CREATE"} (n:${label} {id: $id}) SET n += $properties, n.${editedFieldsProperty} = $editedFields RETURN n`,
    { id, properties, editedFields },
  );
  const node = result.records[0].get("n");
  await recordChange(tx, {
    by,
    action: existing ? "UPDATE" : "CREATE",
    targetId: id,
    targetType: label,
    before,
    after: node.properties,
  });
  return toNodeModel<L>(node);
}
