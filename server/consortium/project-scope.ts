import { checkDate } from "../model/validate-arguments.js";
import { visibleNode } from "../model/visibility.js";

/**
 * Which projects the consortium finder may use as evidence: with `asOf`, only those that started
 * before that date; never those in `excludeProjects`. `now` is the date recency is measured from:
 * `asOf`, else today.
 */
export interface ProjectScope {
  asOf: string | null;
  excludeProjects: string[];
  now: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Reads `asOf` (BAD_USER_INPUT unless a real YYYY-MM-DD date) and `excludeProjects` (any ids: unknown ones match nothing). */
export function toProjectScope(
  asOf: unknown,
  excludeProjects: readonly string[] | null | undefined = [],
): ProjectScope {
  const date = asOf === null || asOf === undefined ? null : checkDate("asOf", asOf);
  return {
    asOf: date,
    excludeProjects: [...new Set((excludeProjects ?? []).map((id) => id.trim()).filter((id) => id !== ""))],
    now: date ?? today(),
  };
}

/**
 * Cypher condition: project `p` is visible and in the scope; it reads the parameters `$asOf` and
 * `$excludeProjects` that {@link scopeParams} gives. A project without a start date is out of a
 * scope with `asOf`: nothing shows that it started before.
 */
export const projectInScope = (p: string) =>
  `(${visibleNode(p)} AND ($asOf IS NULL OR ${p}.startDate < date($asOf)) AND NOT ${p}.id IN $excludeProjects)`;

export const scopeParams = (scope: ProjectScope) => ({ asOf: scope.asOf, excludeProjects: scope.excludeProjects });

/** The same test on a project's start date and id, for code that reads projects from memory. */
export function isInScope(scope: ProjectScope, project: { id: string; start: string | null }): boolean {
  if (scope.excludeProjects.includes(project.id)) return false;
  return scope.asOf === null || (project.start !== null && project.start < scope.asOf);
}
