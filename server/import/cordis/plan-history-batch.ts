import type { CordisSource } from "./cordis-sources.js";
import type { CordisProject } from "./parse-cordis-project.js";
import type { HistoryParticipation } from "./parse-cordis-history.js";
import { kindOfActivityType } from "./parse-cordis-participation.js";
import {
  fillFields,
  planParticipationWrites,
  type ActorFillRecord,
  type ParticipationRow,
  type ParticipationWrites,
  type ProjectContext,
} from "./plan-participation-batch.js";

/** What a history project's source does not give, stored on the project so that the interface can say so. */
export const historyLacks = ["title", "acronym", "objective", "topics", "grantId", "organisationNames"];

/** A project of the history: its own id, never a grant id (record numbers and grant ids are different numbers). */
export const historyProjectId = (rcn: string) => `h2020-rcn-${rcn}`;

/** An organisation the graph holds under a CORDIS id: a named actor, or a nameless organisation of the history. */
export interface KnownOrganisation {
  id: string;
  named: boolean;
  /** A nameless organisation's stored country and activity type, to tell a changed one. */
  country?: string | null;
  activityType?: string | null;
}

/** The database's side of a history batch. */
export interface HistoryContext {
  /** Projects that already hold a record number (the shipped H2020 projects, an earlier history load), by `rcn`. */
  projectByRcn: Map<string, string>;
  /** Their stored participations, by project id (see ProjectContext). */
  projects: Map<string, ProjectContext>;
  organisations: Map<string, KnownOrganisation>;
}

/** A nameless organisation met only in the history: its CORDIS id, country and kind. */
export interface NamelessOrganisationRow {
  id: string;
  cordisId: string;
  country: string | null;
  activityType: string | null;
  kind: string;
  sourceId: string;
}

export interface HistoryPlan {
  projects: CordisProject[];
  nameless: NamelessOrganisationRow[];
  actorFills: ActorFillRecord[];
  participations: ParticipationWrites;
  /** Ids of the nameless organisations among the participations' actors (written under their own label). */
  namelessIds: Set<string>;
  merged: number;
}

const sum = (a: unknown, b: number | null) => (a === null ? b : b === null ? a : (a as number) + b);

/**
 * Decides, without touching the database, what a batch of history rows becomes: one project per
 * record number (the project that already holds it, else a history project of its own), one node per
 * organisation (the actor that holds its CORDIS id, else a nameless organisation), and one
 * participation per (organisation, project, role), its rows' contributions summed. Every value is
 * dated by the export (`exportDate`): newer facts already stored win.
 */
export function planHistoryBatch(
  rows: HistoryParticipation[],
  context: HistoryContext,
  source: CordisSource,
  exportDate: string,
): HistoryPlan {
  const projects = new Map<string, CordisProject>();
  const nameless = new Map<string, NamelessOrganisationRow>();
  const fills: ActorFillRecord[] = [];
  const participations = new Map<string, ParticipationRow>();
  const namelessIds = new Set<string>();
  let merged = 0;
  const projectContexts = new Map(context.projects);
  for (const row of rows) {
    const existing = context.projectByRcn.get(row.rcn);
    const projectId = existing ?? historyProjectId(row.rcn);
    if (!projects.has(projectId)) {
      // A project another export describes keeps its own source and says nothing of lacking.
      const own = existing === undefined || existing === historyProjectId(row.rcn);
      projects.set(projectId, {
        id: projectId,
        locator: row.locator,
        programme: "H2020",
        source,
        recordDate: exportDate,
        properties: {
          programme: "H2020",
          rcn: row.rcn,
          programmeParts: row.programmeParts,
          totalCost: row.totalCost,
          ecMaxContribution: row.ecMaxContribution,
          ...(own ? { sourceId: source.id, sourceLacks: historyLacks } : {}),
        },
        startDate: row.startDate,
        endDate: row.endDate,
        rowHash: "",
      });
      if (!projectContexts.has(projectId)) {
        projectContexts.set(projectId, {
          sourceId: source.id,
          startDate: row.startDate,
          endDate: row.endDate,
          participations: new Map(),
        });
      }
    }
    const known = context.organisations.get(row.cordisId);
    const actorId = known?.id ?? `cordis-${row.cordisId}`;
    if (known?.named) {
      fills.push({
        id: actorId,
        date: exportDate,
        fill: Object.fromEntries(
          fillFields.map((field) => [
            field,
            field === "cordisId"
              ? row.cordisId
              : field === "country"
                ? row.country
                : field === "activityType"
                  ? row.activityType
                  : null,
          ]),
        ),
      });
    } else {
      namelessIds.add(actorId);
      const country = row.country ?? known?.country ?? null;
      const activityType = row.activityType ?? known?.activityType ?? null;
      if (!known || country !== known.country || activityType !== known.activityType) {
        nameless.set(actorId, {
          id: actorId,
          cordisId: row.cordisId,
          country,
          activityType,
          kind: activityType ? kindOfActivityType(activityType) : "OTHER",
          sourceId: source.id,
        });
      }
    }
    const key = `${actorId}\u0000${projectId}\u0000${row.role}`;
    const earlier = participations.get(key);
    if (earlier) {
      merged += 1;
      earlier.ecContribution = sum(earlier.ecContribution, row.ecContribution) as number | null;
      continue;
    }
    const project = projectContexts.get(projectId);
    participations.set(key, {
      actorId,
      projectId,
      role: row.role,
      sourceId: source.id,
      locator: row.locator,
      order: null,
      ecContribution: row.ecContribution,
      netEcContribution: null,
      totalCost: null,
      endOfParticipation: null,
      since: project?.startDate ?? row.startDate,
      until: project?.endDate ?? row.endDate,
      contentUpdateDate: exportDate,
      rowHash: "",
    });
  }
  return {
    projects: [...projects.values()],
    nameless: [...nameless.values()],
    actorFills: fills,
    participations: planParticipationWrites([...participations.values()], projectContexts),
    namelessIds,
    merged,
  };
}
