import neo4j, { type Date as Neo4jDate } from "neo4j-driver";
import { checkDate } from "../model/validate-arguments.js";
import { badInput } from "../model/errors.js";
import type { PropertyShape } from "../model/read-domain-model.js";

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const maxIdLength = 200;
const maxTextLength = 5000;
const maxListLength = 100;
const urlFields = new Set(["website", "url"]);
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Tab, newline and carriage return are text; other control characters are not.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Checks an id: letters, digits and . _ : - (no spaces, no `|`), at most 200 characters. */
export function checkId(name: string, value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > maxIdLength || !idPattern.test(value)) {
    throw badInput(
      `${name} must be an id of letters, digits, ".", "_", ":" or "-" (at most ${maxIdLength} characters)`,
      name,
    );
  }
  return value;
}

/** Checks a text: not blank, no control characters, at most `max` characters. */
export function checkText(name: string, value: unknown, max = maxTextLength): string {
  if (typeof value !== "string" || value.trim() === "") throw badInput(`${name} must not be empty`, name);
  if (value.length > max) throw badInput(`${name} must be at most ${max} characters`, name);
  if (controlCharacters.test(value)) throw badInput(`${name} must not contain control characters`, name);
  return value;
}

function checkUrl(name: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) throw badInput(`${name} must be an http or https URL`, name);
  return value;
}

/** A calendar date from the Date scalar (or a YYYY-MM-DD string) as a Neo4j date. */
export function toNeo4jDate(name: string, value: unknown): Neo4jDate<number> {
  const [year, month, day] = checkDate(name, value).split("-").map(Number);
  return new neo4j.types.Date(year, month, day);
}

/** Refuses a period that ends before it begins. */
export function checkPeriod(from: [string, unknown], until: [string, unknown]): void {
  if (from[1] == null || until[1] == null) return;
  if (String(until[1]) < String(from[1])) throw badInput(`${until[0]} must not be before ${from[0]}`, until[0]);
}

/** Checks one property value against its shape in the domain model and converts dates. */
export function checkProperty(name: string, shape: PropertyShape, value: unknown): unknown {
  if (value === null) return null;
  if (shape.list) {
    if (!Array.isArray(value) || value.length > maxListLength)
      throw badInput(`${name} must be a list of at most ${maxListLength}`, name);
    return value.map((item, index) => checkProperty(`${name}[${index}]`, { ...shape, list: false }, item));
  }
  switch (shape.type) {
    case "Date":
      return toNeo4jDate(name, value);
    case "Int":
      if (!Number.isInteger(value) || Math.abs(value as number) > 1e9)
        throw badInput(`${name} must be an integer`, name);
      return value;
    case "Float":
      if (typeof value !== "number" || !Number.isFinite(value)) throw badInput(`${name} must be a number`, name);
      return value;
    case "Boolean":
      return Boolean(value);
    case "String": {
      const text = checkText(name, value);
      if (urlFields.has(name)) return checkUrl(name, text);
      if (name === "contactEmail" && !emailPattern.test(text))
        throw badInput(`${name} must be an e-mail address`, name);
      return text;
    }
    default:
      return checkText(name, value, 200); // enums: GraphQL has checked the value
  }
}

/**
 * Turns an editor's input into the properties to set: each checked against the domain model; a
 * field left out is not touched, a field set to null is removed (unless the model requires it).
 */
export function toProperties(
  input: Record<string, unknown>,
  shapes: Map<string, PropertyShape>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const shape = shapes.get(name);
    if (!shape) throw badInput(`${name} is not a property here`, name);
    if (value === null && shape.required) throw badInput(`${name} is required and cannot be removed`, name);
    properties[name] = checkProperty(name, shape, value);
  }
  return properties;
}
