import { GraphQLError, Kind, isScalarType, type GraphQLSchema, type ValueNode } from "graphql";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T/;
const strict = Symbol("strict dates");

/** Whether year, month and day name a real calendar day (no 31 February, no month 13). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkDay(scalar: string, value: unknown, pattern: RegExp, required: boolean): void {
  if (typeof value !== "string") return;
  const match = pattern.exec(value);
  if (!match) {
    if (required) throw new GraphQLError(`${scalar} must be a date as YYYY-MM-DD, got "${value}"`);
    return;
  }
  if (!isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new GraphQLError(`${scalar} "${value}" is not a day of the calendar`);
  }
}

/**
 * Makes @neo4j/graphql's `Date` and `DateTime` scalars refuse a day that does not exist
 * (`2015-02-31`) or, for `Date`, any form but YYYY-MM-DD, instead of moving it to another day as
 * JavaScript's `Date` does. This applies to every argument and input (queries and mutations), as
 * a variable or a literal; a refused value is a BAD_USER_INPUT (variables) or a validation error.
 */
export function strictDates(schema: GraphQLSchema): GraphQLSchema {
  for (const [name, pattern, required] of [
    ["Date", datePattern, true],
    ["DateTime", dateTimePattern, false],
  ] as const) {
    const scalar = schema.getType(name);
    if (!isScalarType(scalar) || (scalar as unknown as Record<symbol, boolean>)[strict]) continue;
    const { parseValue, parseLiteral } = scalar;
    scalar.parseValue = (value: unknown) => {
      checkDay(name, value, pattern, required);
      return parseValue(value);
    };
    scalar.parseLiteral = (node: ValueNode, variables?: Record<string, unknown> | null) => {
      if (node.kind === Kind.STRING) checkDay(name, node.value, pattern, required);
      return parseLiteral(node, variables);
    };
    (scalar as unknown as Record<symbol, boolean>)[strict] = true;
  }
  return schema;
}
