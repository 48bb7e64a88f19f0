import { badInput } from "./errors.js";
import type { NetworkFilter } from "../generated/resolvers-types.js";

/** The filter as Cypher parameters: null where a criterion is not set. */
export interface FilterParams {
  kinds: string[] | null;
  relationshipTypes: string[] | null;
  programmes: string[] | null;
  asOf: string | null;
  minWeight: number | null;
}

const relationshipTypePattern = /^[A-Z_]{2,40}$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Checks an integer argument against its allowed range. */
export function checkRange(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const actual = value ?? fallback;
  if (!Number.isInteger(actual) || actual < min || actual > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}, got ${actual}`, name);
  }
  return actual;
}

/**
 * Checks a date argument (YYYY-MM-DD, a real calendar day).
 *
 * @remarks @neo4j/graphql's Date scalar hands resolvers a Neo4j Date; its string form is ISO.
 */
export function checkDate(name: string, raw: unknown): string {
  const value = String(raw);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!datePattern.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badInput(`${name} must be a date as YYYY-MM-DD, got "${value}"`, name);
  }
  return value;
}

/** Checks a NetworkFilter and turns it into Cypher parameters. */
export function toFilterParams(filter: NetworkFilter | null | undefined): FilterParams {
  const list = (values: readonly string[] | null | undefined) => (values && values.length > 0 ? [...values] : null);
  const relationshipTypes = list(filter?.relationshipTypes);
  for (const type of relationshipTypes ?? []) {
    if (!relationshipTypePattern.test(type))
      throw badInput(`unknown relationship type "${type}"`, "filter.relationshipTypes");
  }
  const minWeight = filter?.minWeight ?? null;
  if (minWeight !== null && (!Number.isFinite(minWeight) || minWeight < 0)) {
    throw badInput("filter.minWeight must be a number of at least 0", "filter.minWeight");
  }
  return {
    kinds: list(filter?.kinds),
    relationshipTypes,
    programmes: list(filter?.programmes),
    asOf: filter?.asOf ? checkDate("filter.asOf", filter.asOf) : null,
    minWeight,
  };
}
