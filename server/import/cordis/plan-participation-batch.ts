import { contentHash } from "./content-hash.js";
import { nameKey } from "../resolution/name-key.js";
import type { CordisOrganisation, CordisParticipation } from "./parse-cordis-participation.js";
import { resolveOrganisation, type CuratedIndex, type KnownActors } from "../resolution/resolve-actor.js";
import { RowError } from "../records/row-error.js";
import { mergeNewerFacts, writeFieldDates, type DatedFacts, type FactValue } from "../records/newer-facts.js";

/** What the database holds of a project that participation rows link to. */
export interface ProjectContext {
  sourceId: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Its PARTICIPATES_IN relationships' content hashes and values, by `actorId role` (the role CORDIS gave). */
  participations: Map<string, StoredParticipation>;
  /** Participations, by `actorId role`, that an admin deleted or an editor keeps as a draft: never written. */
  hidden?: Set<string>;
}

/** A stored participation: its content hash, and its values dated by the record they came from. */
export interface StoredParticipation {
  rowHash: string;
  facts: DatedFacts;
}

/** A stored `cordis-<id>` actor: its content hash, its aliases and its values dated by record. */
export interface StoredOwnActor {
  rowHash: string | null;
  aliases: string[];
  facts: DatedFacts;
}

/** The database's side of a batch: its projects, the actors that hold its organisations, the curated names. */
export interface BatchContext {
  projects: Map<string, ProjectContext>;
  known: KnownActors;
  /** Existing `cordis-<id>` nodes of the batch's organisations. */
  ownActors: Map<string, StoredOwnActor>;
  curated: CuratedIndex;
}

type Value = string | number | boolean | null;

/** A CORDIS organisation's own `cordis-<id>` node, with all its values. */
export type OwnActorRow = Record<string, Value | string[]> & { id: string; aliases: string[]; rowHash: string };

/** A CORDIS organisation that lands on an existing actor: fills what that actor lacks, and says why. */
export interface MergedActorRow {
  id: string;
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
  /** What the rows say of the existing actors they landed on, for planActorFills. */
  actorFills: ActorFillRecord[];
  candidates: CandidateRow[];
  newParticipations: ParticipationRow[];
  changedParticipations: ParticipationRow[];
  /** CORDIS organisation ids that landed on another actor's node. */
  resolvedOrganisations: string[];
}

/** What a participation row says, field by field: the newer row wins each (see mergeNewerFacts). */
export const participationFields = [
  "order",
  "ecContribution",
  "netEcContribution",
  "totalCost",
  "endOfParticipation",
  "since",
  "until",
  "contentUpdateDate",
] as const;

const latest = (a: Value, b: string | null) => (a === null ? b : b === null ? a : String(a) > b ? a : b);
const sum = (a: Value, b: number | null) => (a === null ? b : b === null ? a : (a as number) + b);
const least = (a: Value, b: number | null) => (a === null ? b : b === null ? a : Math.min(a as number, b));
const every = (a: Value, b: boolean | null) => (a === null ? b : b === null ? a : Boolean(a) && b);

/** What a participation row says of its organisation, field by field. */
export function organisationFacts(o: CordisOrganisation): Record<string, FactValue> {
  return {
    cordisId: o.cordisId,
    name: o.name,
    shortName: o.shortName,
    kind: o.activityType ? o.kind : null,
    activityType: o.activityType,
    vatNumber: o.vatNumber,
    country: o.country,
    city: o.city,
    nutsCode: o.nutsCode,
    sme: o.sme,
    website: o.website,
  };
}

/** The fields CORDIS fills on an actor that holds an organisation of another id (a curated actor). */
export const fillFields = ["cordisId", "vatNumber", "activityType", "country", "city", "nutsCode", "sme", "website"];

const sortedEntries = (record: Record<string, unknown>) =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A row's content date; a row without one counts as older than any dated row. */
const rowDate = (row: CordisParticipation) => row.contentUpdateDate ?? "";

/** The organisation's own node: its stored values and this row's, the newer winning field by field. */
function ownActorFacts(o: CordisOrganisation, date: string, stored: DatedFacts, aliases: string[]) {
  const facts = mergeNewerFacts(stored, organisationFacts(o), date);
  return {
    facts,
    aliases: [...new Set([...aliases, o.name, ...(o.shortName ? [o.shortName] : [])])],
  };
}

/** An existing actor keeps its own name and kind, gets the organisation's name as an alias, and says how it matched. */
const mergedActorRow = (id: string, o: CordisOrganisation, rule: string): MergedActorRow => ({
  id,
  alias: o.name,
  resolvedPrefix: `cordis:${o.cordisId} by `,
  resolvedBy: `cordis:${o.cordisId} by ${rule}`,
});

/** What one row says of an existing actor that holds its organisation, dated; see planActorFills. */
export interface ActorFillRecord {
  id: string;
  fill: Record<string, Value>;
  date: string;
}

/** An existing actor's fields after the organisations landing on it: see planActorFills. */
export interface ActorFill {
  id: string;
  set: Record<string, Value>;
  fieldDates: string;
  /** An organisation's own `cordis-<id>` node's new content hash (see ownActorHash); none for other actors. */
  rowHash?: string;
}

/** What the database holds of an actor that organisations land on; `rowHash` only on a `cordis-<id>` node. */
export type StoredFilledActor = DatedFacts & { rowHash?: string | null };

/**
 * The content hash of an organisation's own `cordis-<id>` node: of its values and their dates, so
 * that it follows every writer of them (its own rows, and another organisation landing on it by VAT
 * number or a history row) and a node is rewritten only when its content changes.
 */
export const ownActorHash = (facts: DatedFacts) =>
  contentHash([sortedEntries(facts.values), sortedEntries(facts.dates)]);

/**
 * Decides what CORDIS writes on existing actors that hold its organisations: a field a source set
 * without a date (a curated value) stays; the rest follow the newer-facts rule. Only actors whose
 * values or dates change are returned.
 */
export function planActorFills(rows: ActorFillRecord[], stored: Map<string, StoredFilledActor>): ActorFill[] {
  const merged = new Map<string, DatedFacts>();
  for (const row of rows) {
    const before = merged.get(row.id) ?? stored.get(row.id) ?? { values: {}, dates: {} };
    // An actor's CORDIS id says which organisation it is, not a fact that a newer record replaces.
    const fill = before.values.cordisId ? { ...row.fill, cordisId: null } : row.fill;
    merged.set(row.id, mergeNewerFacts(before, fill, row.date, "keep"));
  }
  const fills: ActorFill[] = [];
  for (const [id, facts] of merged) {
    const before = stored.get(id) ?? { values: {}, dates: {} };
    const set = Object.fromEntries(
      fillFields
        .filter((field) => JSON.stringify(facts.values[field] ?? null) !== JSON.stringify(before.values[field] ?? null))
        .map((field) => [field, facts.values[field] as Value]),
    );
    const fieldDates = writeFieldDates(facts.dates);
    if (Object.keys(set).length > 0 || fieldDates !== writeFieldDates(before.dates)) {
      const own = typeof stored.get(id)?.rowHash === "string";
      fills.push(own ? { id, set, fieldDates, rowHash: ownActorHash(facts) } : { id, set, fieldDates });
    }
  }
  return fills;
}

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
    actorFills: [],
    candidates: [],
    newParticipations: [],
    changedParticipations: [],
    resolvedOrganisations: [],
  };
  const own = new Map<string, { facts: DatedFacts; aliases: string[] }>();
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
      const earlier = own.get(id) ?? {
        facts: context.ownActors.get(id)?.facts ?? { values: {}, dates: {} },
        aliases: context.ownActors.get(id)?.aliases ?? [],
      };
      own.set(id, ownActorFacts(o, rowDate(row), earlier.facts, earlier.aliases));
      for (const { curatedId, rule, score } of resolution.candidates)
        candidates.set(`${id}|${curatedId}`, { from: id, to: curatedId, rule, score });
    } else {
      if (!merged.has(`${id}|${o.cordisId}`)) {
        merged.set(`${id}|${o.cordisId}`, mergedActorRow(id, o, resolution.rule));
        plan.resolvedOrganisations.push(o.cordisId);
      }
      const facts = organisationFacts(o);
      plan.actorFills.push({
        id,
        date: rowDate(row),
        fill: Object.fromEntries(fillFields.map((field) => [field, facts[field] as Value])),
      });
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
      earlier.contentUpdateDate = latest(earlier.contentUpdateDate, row.contentUpdateDate);
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
      contentUpdateDate: row.contentUpdateDate,
      rowHash: "",
    });
  }
  for (const [id, actor] of own) {
    const { values, dates } = actor.facts;
    const row: OwnActorRow = {
      id,
      ...(values as Record<string, Value>),
      // Its id names its organisation: another organisation landing on it (same VAT number) adds no id of its own.
      cordisId: id.replace(/^cordis-/, ""),
      kind: (values.kind as string | undefined) ?? "OTHER",
      nameKey: nameKey(String(values.name)),
      aliases: actor.aliases,
      fieldDates: writeFieldDates(dates),
      // Aliases only grow (a merged organisation may add its name), so they are compared by count, not hashed.
      rowHash: ownActorHash(actor.facts),
    };
    const stored = context.ownActors.get(id);
    if (stored?.rowHash !== row.rowHash || row.aliases.length > stored.aliases.length) plan.ownActors.push(row);
  }
  Object.assign(plan, planParticipationWrites([...participations.values()], context.projects));
  return { ...plan, mergedActors: [...merged.values()], candidates: [...candidates.values()] };
}

/** What a batch's participations write: new ones, changed ones, and how many of each kind. */
export interface ParticipationWrites {
  created: number;
  updated: number;
  unchanged: number;
  newParticipations: ParticipationRow[];
  changedParticipations: ParticipationRow[];
}

/**
 * Merges each participation with the stored one of its (actor, project, role), the newer record
 * winning field by field (see mergeNewerFacts), and decides what is written: new participations,
 * those whose merged content changed, none that an admin deleted or an editor keeps as a draft.
 */
export function planParticipationWrites(
  rows: ParticipationRow[],
  projects: Map<string, ProjectContext>,
): ParticipationWrites {
  const plan: ParticipationWrites = {
    created: 0,
    updated: 0,
    unchanged: 0,
    newParticipations: [],
    changedParticipations: [],
  };
  for (const participation of rows) {
    const project = projects.get(participation.projectId);
    const key = `${participation.actorId} ${participation.role}`;
    const old = project?.participations.get(key);
    const incoming = Object.fromEntries(participationFields.map((field) => [field, participation[field]]));
    const facts = mergeNewerFacts(
      old?.facts ?? { values: {}, dates: {} },
      incoming,
      String(participation.contentUpdateDate ?? ""),
    );
    for (const field of participationFields) participation[field] = (facts.values[field] as Value | undefined) ?? null;
    participation.rowHash = contentHash([
      participation.actorId,
      participation.projectId,
      participation.role,
      ...participationFields.map((field) => participation[field]),
    ]);
    if (old === undefined && project?.hidden?.has(key)) {
      plan.unchanged += 1;
    } else if (old === undefined) {
      plan.created += 1;
      plan.newParticipations.push(participation);
    } else if (old.rowHash === participation.rowHash) {
      plan.unchanged += 1;
    } else {
      plan.updated += 1;
      plan.changedParticipations.push(participation);
    }
  }
  return plan;
}
