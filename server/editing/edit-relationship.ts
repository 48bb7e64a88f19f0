import type { ManagedTransaction } from "neo4j-driver";
import { typeOf } from "../model/graph-values.js";
import { badInput, notFound } from "../model/errors.js";
import type { RelationshipChanges, RelationshipInput } from "../generated/resolvers-types.js";
import { findLiveNode, findNode } from "../model/find-nodes.js";
import { findRelationship } from "./find-target.js";
import { domainModel, type RelationshipShape } from "../model/read-domain-model.js";
import { recordChange } from "./record-change.js";
import { parseRelationshipId, relationshipId, type RelationshipKey } from "./relationship-id.js";
import {
  relationshipSnapshot,
  storedType,
  storeRelationship,
  toRelationshipView,
  type RelationshipView,
} from "./store-relationship.js";
import { checkId, checkPeriod, checkText, toProperties } from "./validate-edit.js";
import { deletedRelationshipType, draftRelationshipType } from "../model/visibility.js";
import { editedFieldsProperty, withEditedFields } from "../model/keep-edits.js";

function shapeOf(type: string): RelationshipShape {
  const shape = domainModel().relationships.get(type);
  if (!shape) throw badInput(`type must be one of ${[...domainModel().relationships.keys()].join(", ")}`, "type");
  return shape;
}

function requireEvidence(name: "sourceId" | "locator" | "quote", value: string | null | undefined): string {
  if (value == null || value.trim() === "") {
    throw badInput(
      `${name} is required: a relationship needs its source (sourceId), where in it (locator) and its words (quote)`,
      name,
    );
  }
  return name === "sourceId" ? checkId(name, value) : checkText(name, value);
}

/**
 * Adds a relationship of an allowed type between two existing nodes, with its provenance: an
 * existing source, a locator and a quote are required. A draft is stored hidden until published.
 */
export async function addRelationship(
  tx: ManagedTransaction,
  by: string,
  input: RelationshipInput,
): Promise<RelationshipView> {
  const shape = shapeOf(checkText("type", input.type, 40));
  const from = checkId("from", input.from);
  const to = checkId("to", input.to);
  const sourceId = requireEvidence("sourceId", input.sourceId);
  const locator = requireEvidence("locator", input.locator);
  const quote = requireEvidence("quote", input.quote);
  const given = Object.fromEntries(
    Object.entries({
      quote,
      since: input.since,
      until: input.until,
      datePrecision: input.datePrecision,
      role: input.role,
      confidence: input.confidence,
      citedSource: input.citedSource,
    }).filter(([, value]) => value != null),
  );
  const properties: Record<string, unknown> = {
    ...toProperties(given, shape.properties),
    sourceId,
    locator,
    [editedFieldsProperty]: withEditedFields(null, Object.keys(given)),
  };
  if (shape.properties.get("role")?.required && properties.role == null)
    throw badInput(`role is required for ${shape.type}`, "role");
  checkPeriod(["since", input.since], ["until", input.until]);
  const fromNode = await findLiveNode(tx, from);
  const toNode = await findLiveNode(tx, to);
  if (!shape.endpoints.some((e) => fromNode.labels.includes(e.from) && toNode.labels.includes(e.to))) {
    const allowed = shape.endpoints.map((e) => `${e.from} → ${e.to}`).join(", ");
    throw badInput(`${shape.type} joins ${allowed}, not ${typeOf(fromNode)} → ${typeOf(toNode)}`, "type");
  }
  const source = await findNode(tx, sourceId);
  if (!source || !source.labels.includes("Source") || source.properties.deletedAt != null) {
    throw badInput(`sourceId must name an existing source, and "${sourceId}" does not`, "sourceId");
  }
  const key: RelationshipKey = { from, type: shape.type, to, sourceId, locator };
  if (await findRelationship(tx, key))
    throw badInput(`this relationship exists already: ${relationshipId(key)}`, "locator");
  const draft = input.draft === true;
  const stored = storedType(shape.type, { draft, deleted: false });
  const result = await tx.run(
    `MATCH (a) WHERE elementId(a) = $from MATCH (b) WHERE elementId(b) = $to
     CREATE (a)-[r:${stored}]->(b) SET r = $properties RETURN r`,
    {
      from: fromNode.elementId,
      to: toNode.elementId,
      properties: draft ? { ...properties, draft: true, relType: shape.type } : properties,
    },
  );
  const relationship = result.records[0].get("r");
  await recordChange(tx, {
    by,
    action: "CREATE",
    targetId: relationshipId(key),
    targetType: "Relationship",
    before: null,
    after: relationshipSnapshot(key, relationship.properties),
  });
  return toRelationshipView(key, relationship.properties);
}

/**
 * Changes what a relationship says (quote, dates, role, confidence), or publishes a draft
 * (`draft: false`) or takes it back to draft. Its identity (endpoints, type, source, locator) stays.
 * The fields changed are added to its `editedFields`, which the seed and the importers keep.
 */
export async function updateRelationship(
  tx: ManagedTransaction,
  by: string,
  id: string,
  changes: RelationshipChanges,
): Promise<RelationshipView> {
  const key = parseRelationshipId(checkText("id", id, 2000));
  const shape = shapeOf(key.type);
  const found = await findRelationship(tx, key);
  if (!found || found.relationship.type === deletedRelationshipType) throw notFound(id);
  const { draft, ...rest } = changes;
  if (rest.quote === null) throw badInput("quote is required and cannot be removed", "quote");
  const properties = toProperties(rest, shape.properties);
  const before = found.relationship.properties as Record<string, unknown>;
  const merged = { ...before, ...properties };
  checkPeriod(["since", merged.since], ["until", merged.until]);
  const isDraft = draft ?? found.relationship.type === draftRelationshipType;
  const state = isDraft ? { draft: true, relType: key.type } : { draft: null, relType: null };
  const stored = await storeRelationship(
    tx,
    found.relationship,
    storedType(key.type, { draft: isDraft, deleted: false }),
    {
      ...properties,
      ...state,
      [editedFieldsProperty]: withEditedFields(before[editedFieldsProperty], Object.keys(properties)),
    },
  );
  await recordChange(tx, {
    by,
    action: "UPDATE",
    targetId: relationshipId(key),
    targetType: "Relationship",
    before: relationshipSnapshot(key, before),
    after: relationshipSnapshot(key, stored.properties),
  });
  return toRelationshipView(key, stored.properties);
}
