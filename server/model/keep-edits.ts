/**
 * What editors set is theirs: the editing mutations list the fields they set in a node's or a
 * relationship's `editedFields`, and every bulk writer (the seed, the CORDIS and ROR importers,
 * any importer to come) leaves those fields as they are. Cypher fragments, for UNWIND statements.
 */
import { hiddenRelationshipTypes } from "./visibility.js";

/** The property that lists the fields editors have set on a node or relationship. */
export const editedFieldsProperty = "editedFields";

/**
 * Cypher: sets on `target` every entry of the map `values` (a null removes the property), except
 * the fields an editor has set. Targets no editor touched, nearly all of them, take the map at once.
 * `convert` wraps each value (such as `date`) when the map holds values that need a Cypher function.
 */
export function setUnedited(target: string, values: string, convert?: string): string {
  const value = (key: string) => (convert ? `${convert}(${values}[${key}])` : `${values}[${key}]`);
  const untouched = convert
    ? `FOREACH (key IN CASE WHEN ${target}.${editedFieldsProperty} IS NULL THEN keys(${values}) ELSE [] END | SET ${target}[key] = ${value("key")})`
    : `FOREACH (_ IN CASE WHEN ${target}.${editedFieldsProperty} IS NULL THEN [1] ELSE [] END | SET ${target} += ${values})`;
  return (
    `${untouched} ` +
    `FOREACH (key IN CASE WHEN ${target}.${editedFieldsProperty} IS NULL THEN [] ` +
    `ELSE [k IN keys(${values}) WHERE NOT k IN ${target}.${editedFieldsProperty}] END | SET ${target}[key] = ${value("key")})`
  );
}

/**
 * Cypher: `expression` unless an editor has set `field` of `target`, then the value the editor set.
 * For values that a bulk writer derives from what is there (a list it adds to, a value it fills in).
 */
export const unlessEdited = (target: string, field: string, expression: string) =>
  `CASE WHEN '${field}' IN coalesce(${target}.${editedFieldsProperty}, []) THEN ${target}.${field} ELSE ${expression} END`;

/** The fields an editor has set after this edit: those set before and the names given now, once each. */
export function withEditedFields(before: unknown, fields: readonly string[]): string[] {
  const earlier = Array.isArray(before) ? before.filter((name): name is string => typeof name === "string") : [];
  return [...new Set([...earlier, ...fields])].sort();
}

/**
 * Cypher: `r` is a relationship of `type`, live or hidden (deleted, or a draft, under its own
 * type in `relType`). A writer looks for one in all three states before it creates one, so that
 * it neither brings back what an admin deleted nor publishes a draft.
 */
export const heldAs = (r: string, type: string) =>
  `(type(${r}) = '${type}' OR (type(${r}) IN [${hiddenRelationshipTypes.map((t) => `'${t}'`).join(", ")}] AND ${r}.relType = '${type}'))`;

/** Cypher: the relationship types under which a relationship of `type` may be stored, for a typed pattern. */
export const heldTypes = (type: string) => [type, ...hiddenRelationshipTypes].join("|");
