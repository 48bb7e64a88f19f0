import { sectorOf, type Sector } from "./actor-sectors.js";
import { isEligibleCountry, toCordisCountry } from "./eligibility-countries.js";
import type { History } from "./load-history.js";
import { familyOf } from "./topic-family.js";

/** The features a suggestion is scored on, each from 0 to 1; the weights of partner-weights.json combine them. */
export const featureNames = [
  "topicBest",
  "topicRecord",
  "callFamily",
  "consortiumWork",
  "tieStrength",
  "topicalWork",
  "commonPartners",
  "recency",
  "experience",
  "coordination",
  "newCountry",
  "newKind",
] as const;
export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

/** What one request scores against: the projects in scope, the topic's matches, the consortium. */
export interface RankingContext {
  history: History;
  /** 1 for each project number in scope (started before asOf, not excluded). */
  inScope: Uint8Array;
  /** The date recency is measured from (ISO). */
  now: string;
  /** Relevance (0..1) of each matched project, by project number. */
  relevance: Map<number, number>;
  /** The topic's call families, each with its share (they sum to 1), from its codes or its best matches. */
  families: Map<string, number>;
  members: number[];
  memberCountries: Set<string>;
  memberSectors: Set<Sector>;
  /** Every earlier partner of a member: shared projects and Newman's strength (Σ 1/(n−1)). */
  partnersOfMembers: Map<number, { shared: number[]; strength: number }>;
  /** Actors with a tie to a member that a source states (or a shared agreement or body), in scope. */
  statedTies: Map<number, number>;
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const logScale = (value: number, full: number) => clamp(Math.log1p(value) / Math.log1p(full));
const dayMs = 86_400_000;

/** Years from an ISO date to another (negative when the first is later). */
const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs / 365.25;

/** The project numbers of an actor that are in scope. */
export function earlierProjects(context: RankingContext, actor: number): number[] {
  return context.history.actors[actor].projects.filter((project) => context.inScope[project] === 1);
}

/** Marks the projects in scope: started before `asOf` (all when it is null), not excluded. */
export function markScope(history: History, asOf: string | null, excluded: Set<string>): Uint8Array {
  const marks = new Uint8Array(history.projects.length);
  history.projects.forEach((project, index) => {
    if (excluded.has(project.id)) return;
    if (asOf === null || (project.start !== null && project.start < asOf)) marks[index] = 1;
  });
  return marks;
}

/** The topic's call families: from its codes when it has some, else from its ten best matches, weighted by relevance. */
export function topicFamilies(
  history: History,
  codes: string[],
  matched: Array<[number, number]>,
): Map<string, number> {
  const weights = new Map<string, number>();
  if (codes.length > 0) {
    for (const code of codes) weights.set(familyOf(code), 1);
  } else {
    for (const [project, relevance] of matched.slice(0, 10)) {
      const families = history.projects[project].families;
      for (const family of families) weights.set(family, (weights.get(family) ?? 0) + relevance / families.length);
    }
  }
  const total = [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  return new Map([...weights].map(([family, weight]) => [family, weight / total]));
}

/** Each earlier partner of a member, with the projects they share and Newman's strength of the tie. */
export function findPartnersOfMembers(
  history: History,
  inScope: Uint8Array,
  members: number[],
): Map<number, { shared: number[]; strength: number }> {
  const memberSet = new Set(members);
  const partners = new Map<number, { shared: number[]; strength: number }>();
  for (const member of members) {
    for (const project of history.actors[member].projects) {
      if (inScope[project] !== 1) continue;
      const participants = history.projects[project].participants;
      for (const partner of participants) {
        if (memberSet.has(partner)) continue;
        const entry = partners.get(partner) ?? { shared: [], strength: 0 };
        if (!entry.shared.includes(project)) {
          entry.shared.push(project);
          entry.strength += 1 / Math.max(1, participants.length - 1);
        }
        partners.set(partner, entry);
      }
    }
  }
  return partners;
}

/** What the features rest on, for the words and evidence of a suggestion. */
export interface FeatureEvidence {
  /** Matched projects of the candidate, the most relevant first. */
  topical: number[];
  /** Its projects in the topic's call families. */
  family: number[];
  /** Its projects shared with a member that match the topic, the most relevant first. */
  topicalWork: number[];
  /** Members' partners it shares a project with, the most often first. */
  commonPartners: number[];
  participations: number;
  coordinations: number;
  /** Its latest project in scope, by start date. */
  latest: number | null;
  newCountry: string | null;
  newSector: Sector | null;
}

/**
 * Measures a candidate: topical match (best and accumulated relevance of its earlier projects),
 * earlier projects in the topic's call family, earlier work with the members (shared projects,
 * their Newman strength, a stated tie; and how well the shared projects match the topic) and common partners (Adamic-Adar: each common partner
 * counts 1 / log(2 + its projects)), recency, experience, coordination, and what it adds.
 */
export function measureCandidate(
  context: RankingContext,
  candidate: number,
): { features: Features; evidence: FeatureEvidence } {
  const { history } = context;
  const projects = earlierProjects(context, candidate);
  const topical: Array<[number, number]> = [];
  const family: Array<[number, number]> = [];
  let relevanceSum = 0;
  let familySum = 0;
  let coordinations = 0;
  let latest: number | null = null;
  const common = new Map<number, number>();
  const hasConsortium = context.members.length > 0;
  for (const project of projects) {
    const record = history.projects[project];
    if (record.coordinator === candidate) coordinations += 1;
    if (record.start !== null && (latest === null || record.start > (history.projects[latest].start ?? "")))
      latest = project;
    const relevance = context.relevance.get(project);
    if (relevance !== undefined) {
      topical.push([project, relevance]);
      relevanceSum += relevance;
    }
    let familyWeight = 0;
    for (const name of record.families) familyWeight = Math.max(familyWeight, context.families.get(name) ?? 0);
    if (familyWeight > 0) {
      family.push([project, familyWeight]);
      familySum += familyWeight;
    }
    if (hasConsortium) {
      for (const partner of record.participants) {
        if (partner !== candidate && context.partnersOfMembers.has(partner))
          common.set(partner, (common.get(partner) ?? 0) + 1);
      }
    }
  }
  let adamicAdar = 0;
  for (const partner of common.keys()) adamicAdar += 1 / Math.log(2 + earlierCount(context, partner));
  const work = context.partnersOfMembers.get(candidate);
  const topicalWork = (work?.shared ?? []).flatMap((project): Array<[number, number]> => {
    const relevance = context.relevance.get(project);
    return relevance === undefined ? [] : [[project, relevance]];
  });
  const stated = context.statedTies.has(candidate) ? 1 : 0;
  const actor = history.actors[candidate];
  const country = actor.country ? toCordisCountry(actor.country) : null;
  const sector = sectorOf(actor.kind);
  const newCountry =
    hasConsortium && country !== null && isEligibleCountry(country) && !context.memberCountries.has(country)
      ? country
      : null;
  const newSector = hasConsortium && sector !== "other" && !context.memberSectors.has(sector) ? sector : null;
  const latestStart = latest === null ? null : history.projects[latest].start;
  const byWeight = (a: [number, number], b: [number, number]) =>
    b[1] - a[1] || (history.projects[b[0]].start ?? "").localeCompare(history.projects[a[0]].start ?? "");
  const features: Features = {
    topicBest: topical.reduce((best, [, relevance]) => Math.max(best, relevance), 0),
    topicRecord: logScale(relevanceSum, 10),
    callFamily: logScale(familySum, 10),
    consortiumWork: logScale((work?.shared.length ?? 0) + stated, 10),
    tieStrength: clamp(work?.strength ?? 0),
    topicalWork: logScale(
      topicalWork.reduce((sum, [, relevance]) => sum + relevance, 0),
      5,
    ),
    commonPartners: logScale(adamicAdar, 20),
    recency: latestStart === null ? 0 : Math.exp(-Math.max(0, yearsBetween(latestStart, context.now)) / 2),
    experience: logScale(projects.length, 50),
    coordination: clamp(coordinations / 5),
    newCountry: newCountry === null ? 0 : 1,
    newKind: newSector === null ? 0 : 1,
  };
  return {
    features,
    evidence: {
      topical: topical.sort(byWeight).map(([project]) => project),
      family: family.sort(byWeight).map(([project]) => project),
      topicalWork: topicalWork.sort(byWeight).map(([project]) => project),
      commonPartners: [...common.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([partner]) => partner),
      participations: projects.length,
      coordinations,
      latest,
      newCountry,
      newSector,
    },
  };
}

const earlierCounts = new WeakMap<Uint8Array, Map<number, number>>();

/** How many projects in scope an actor took part in (memoised per request). */
function earlierCount(context: RankingContext, actor: number): number {
  let counts = earlierCounts.get(context.inScope);
  if (!counts) {
    counts = new Map();
    earlierCounts.set(context.inScope, counts);
  }
  let count = counts.get(actor);
  if (count === undefined) {
    count = 0;
    for (const project of context.history.actors[actor].projects) count += context.inScope[project];
    counts.set(actor, count);
  }
  return count;
}

/** The linear score: Σ weight × feature. */
export function scoreFeatures(features: Features, weights: Features): number {
  let score = 0;
  for (const name of featureNames) score += weights[name] * features[name];
  return score;
}
