import { contentHash } from "./content-hash.js";
import { nameKey } from "../resolution/name-key.js";
import type { CordisOrganisation, CordisParticipation } from "./parse-cordis-participation.js";
import { resolveOrganisation, type CuratedIndex, type KnownActors } from "../resolution/resolve-actor.js";
import { RowError } from "../records/row-error.js";

/** What the database holds of a project that participation rows link to. */
export interface ProjectContext {
  sourceId: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Content hashes of its PARTICIPATES_IN relationships, by `actorId role` (the role CORDIS gave). */
  participations: Map<string, string>;
  /** Participations, by `actorId role`, that an admin deleted or an editor keeps as a draft: never written. */
  hidden?: Set<string>;
}

/** The database's side of a batch: its projects, the actors that hold its organisations, the curated names. */
export interface BatchContext {
  projects: Map<string, ProjectContext>;
  known: KnownActors;
  /** Existing `cordis-<id>` nodes of the batch's organisations. */
  ownActors: Map<string, { rowHash: string | null; aliases: string[] }>;
  curated: CuratedIndex;
}

type Value = string | number | boolean | null;

/** A CORDIS organisation's own `cordis-<id>` node, with all its values. */
export type OwnActorRow = Record<string, Value | string[]> & { id: string; aliases: string[]; rowHash: string };

/** A CORDIS organisation that lands on an existing actor: fills what that actor lacks, and says why. */
export interface MergedActorRow {
  id: string;
  fill: Record<string, Value>;
  alias: string;
  resolvedPrefix: string;
  resolvedBy: string;
}

export interface CandidateRow {
  from: string;
  to: string;
  rule: string;
  score: number;
}

/** One PARTICIPATES_IN relationship: the rows of one (actor, project, role), their amounts summed. */
export type ParticipationRow = Record<string, Value> & {
  actorId: string;
  projectId: string;
  role: string;
  rowHash: string;
};

export interface ParticipationPlan {
  rejected: RowError[];
  created: number;
  updated: number;
  unchanged: number;
  /** Rows folded into an earlier row's participation. */
  merged: number;
  ownActors: OwnActorRow[];
  mergedActors: MergedActorRow[];
  candidates: CandidateRow[];
  newParticipations: ParticipationRow[];
  changedParticipations: ParticipationRow[];
  /** CORDIS organisation ids that landed on another actor's node. */
  resolvedOrganisations: string[];
}

const sum = (a: Value, b: number | null) => (a === null ? b : b === null ? a : (a as number) + b);
const least = (a: Value, b: number | null) => (a === null ? b : b === null ? a : Math.min(a as number, b));
const every = (a: Value, b: boolean | null) => (a === null ? b : b === null ? a : Boolean(a) && b);

/** The organisation's own node takes the row's values; its aliases gather every spelling seen. */
const ownActorRow = (id: string, o: CordisOrganisation, aliases: string[]): OwnActorRow => ({
  id,
  cordisId: o.cordisId,
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  activityType: o.activityType,
  vatNumber: o.vatNumber,
  country: o.country,
  city: o.city,
  nutsCode: o.nutsCode,
  sme: o.sme,
  website: o.website,
  nameKey: nameKey(o.name),
  aliases: [...new Set([...aliases, o.name, ...(o.shortName ? [o.shortName] : [])])],
  rowHash: "",
});

/** An existing actor keeps its own name and kind; CORDIS fills in what it lacks and says how it matched. */
const mergedActorRow = (id: string, o: CordisOrganisation, rule: string): MergedActorRow => ({
  id,
  alias: o.name,
  resolvedPrefix: `cordis:${o.cordisId} by `,
  resolvedBy: `cordis:${o.cordisId} by ${rule}`,
  fill: {
    cordisId: o.cordisId,
    vatNumber: o.vatNumber,
    activityType: o.activityType,
    country: o.country,
    city: o.city,
    nutsCode: o.nutsCode,
    sme: o.sme,
    website: o.website,
  },
});

/**
 * Decides, without touching the database, what a batch of participation rows becomes: rows of
 * unknown projects are rejected; each organisation lands on one node; one participation per
 * (actor, project, role) with the rows' amounts summed; only new or changed content is written,
 * and a participation that is deleted or a draft is left as it is (counted unchanged).
 */
export function planParticipationBatch(rows: CordisParticipation[], context: BatchContext): ParticipationPlan {
  const plan: ParticipationPlan = {
    rejected: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    ownActors: [],
    mergedActors: [],
    candidates: [],
    newParticipations: [],
    changedParticipations: [],
    resolvedOrganisations: [],
  };
  const own = new Map<string, OwnActorRow>();
  const merged = new Map<string, MergedActorRow>();
  const candidates = new Map<string, CandidateRow>();
  const participations = new Map<string, ParticipationRow>();
  for (const row of rows) {
    const project = context.projects.get(row.projectId);
    if (!project) {
      plan.rejected.push(
        new RowError(
          row.locator,
          "projectID",
          `project ${JSON.stringify(row.projectId)} is neither in this import nor in the database`,
        ),
      );
      continue;
    }
    const { organisation: o } = row;
    const resolution = resolveOrganisation(o, context.known, context.curated);
    const id = resolution.actorId;
    if (resolution.rule === "own") {
      own.set(id, ownActorRow(id, o, own.get(id)?.aliases ?? context.ownActors.get(id)?.aliases ?? []));
      for (const { curatedId, rule, score } of resolution.candidates)
        candidates.set(`${id}|${curatedId}`, { from: id, to: curatedId, rule, score });
    } else if (!merged.has(`${id}|${o.cordisId}`)) {
      merged.set(`${id}|${o.cordisId}`, mergedActorRow(id, o, resolution.rule));
      plan.resolvedOrganisations.push(o.cordisId);
    }
    const key = `${id}\u0000${row.projectId}\u0000${row.role}`;
    const earlier = participations.get(key);
    if (earlier) {
      plan.merged += 1;
      earlier.order = least(earlier.order, row.order);
      earlier.ecContribution = sum(earlier.ecContribution, row.ecContribution);
      earlier.netEcContribution = sum(earlier.netEcContribution, row.netEcContribution);
      earlier.totalCost = sum(earlier.totalCost, row.totalCost);
      earlier.endOfParticipation = every(earlier.endOfParticipation, row.endOfParticipation);
      continue;
    }
    participations.set(key, {
      actorId: id,
      projectId: row.projectId,
      role: row.role,
      sourceId: project.sourceId,
      locator: row.locator,
      order: row.order,
      ecContribution: row.ecContribution,
      netEcContribution: row.netEcContribution,
      totalCost: row.totalCost,
      endOfParticipation: row.endOfParticipation,
      since: project.startDate,
      until: project.endDate,
      rowHash: "",
    });
  }
  for (const actor of own.values()) {
    // Aliases only grow (a merged organisation may add its name), so they are compared by count, not hashed.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- rowHash is left out of what it hashes
    const { rowHash, aliases, ...content } = actor;
    actor.rowHash = contentHash(content);
    const stored = context.ownActors.get(actor.id);
    if (stored?.rowHash !== actor.rowHash || aliases.length > stored.aliases.length) plan.ownActors.push(actor);
  }
  for (const participation of participations.values()) {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the locator and rowHash are left out of what it hashes
    const { locator, rowHash, ...content } = participation;
    participation.rowHash = contentHash(content);
    const project = context.projects.get(participation.projectId);
    const key = `${participation.actorId} ${participation.role}`;
    const old = project?.participations.get(key);
    if (old === undefined && project?.hidden?.has(key)) {
      plan.unchanged += 1;
    } else if (old === undefined) {
      plan.created += 1;
      plan.newParticipations.push(participation);
    } else if (old === participation.rowHash) {
      plan.unchanged += 1;
    } else {
      plan.updated += 1;
      plan.changedParticipations.push(participation);
    }
  }
  return { ...plan, mergedActors: [...merged.values()], candidates: [...candidates.values()] };
}
