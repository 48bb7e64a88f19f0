import { sectorOf, type Sector } from "./actor-sectors.js";
import { isEligibleCountry, toCordisCountry } from "./eligibility-countries.js";
import type { History } from "./load-history.js";
import { familyOf } from "./topic-family.js";

/**
 * The features a suggestion is scored on, each from 0 to 1; the weights of partner-weights.json
 * combine them. What a candidate brings that the consortium lacks (a country, a kind of partner)
 * is no feature: fitted on past consortia it only learns that partners often come from countries
 * already present, and would hold back the very partners a consortium needs. The rules ask for
 * those, and a proposal fills them first (propose-consortium.ts).
 */
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
  "earlierWork",
] as const;
export type FeatureName = (typeof featureNames)[number];
export type Features = Record<FeatureName, number>;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const logScale = (value: number, full: number) => clamp(Math.log1p(value) / Math.log1p(full));
const dayMs = 86_400_000;

/** Years from an ISO date to another (negative when the first is later). */
const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / dayMs / 365.25;

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
  /** 1 for each Horizon 2020 project in scope ({@link markEarlierScope}). */
  earlierInScope: Uint8Array;
  /** Every partner of a member in the Horizon 2020 history, as {@link findEarlierPartnersOfMembers} weighs them. */
  earlierPartnersOfMembers: Map<number, EarlierWork>;
}

/** Work with the members in the Horizon 2020 history: the shared projects, newest first, and their weight. */
export interface EarlierWork {
  shared: number[];
  weight: number;
}

/** Years over which an earlier project's weight falls to 1/e: older work counts for less. */
const earlierDecayYears = 4;

/**
 * How much an earlier (Horizon 2020) project counts, as of a date: less the older it is, and less
 * the larger its consortium (1 / ln(2 + size)), so that the large consortia of that programme do
 * not swamp the count.
 */
export function earlierProjectWeight(start: string | null, size: number, now: string): number {
  const age = start === null ? 10 : Math.max(0, yearsBetween(start, now));
  return Math.exp(-age / earlierDecayYears) / Math.log(2 + size);
}

/** Marks the Horizon 2020 projects in scope: started before `now` (asOf, or today), not excluded. */
export function markEarlierScope(history: History, now: string, excluded: Set<string>): Uint8Array {
  const marks = new Uint8Array(history.earlier.projects.length);
  history.earlier.projects.forEach((project, index) => {
    if (project.start !== null && project.start < now && !excluded.has(project.id)) marks[index] = 1;
  });
  return marks;
}

/** Each Horizon 2020 partner of a member (projects in scope), with the shared projects and their weight as of `now`. */
export function findEarlierPartnersOfMembers(
  history: History,
  inScope: Uint8Array,
  now: string,
  members: number[],
): Map<number, EarlierWork> {
  const memberSet = new Set(members);
  const partners = new Map<number, EarlierWork>();
  const { projects, byActor } = history.earlier;
  for (const member of members) {
    for (const number of byActor.get(member) ?? []) {
      if (inScope[number] !== 1) continue;
      const project = projects[number];
      const weight = earlierProjectWeight(project.start, project.size, now);
      for (const partner of project.participants) {
        if (memberSet.has(partner)) continue;
        const entry = partners.get(partner) ?? { shared: [], weight: 0 };
        if (!entry.shared.includes(number)) {
          entry.shared.push(number);
          entry.weight += weight;
        }
        partners.set(partner, entry);
      }
    }
  }
  for (const entry of partners.values())
    entry.shared.sort((a, b) => (projects[b].start ?? "").localeCompare(projects[a].start ?? ""));
  return partners;
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
  /** Its Horizon 2020 projects in scope. */
  earlierParticipations: number;
  /** Its latest project in scope, by start date. */
  latest: number | null;
  newCountry: string | null;
  newSector: Sector | null;
}

/** Per-request lookups over every project and actor, so that measuring a candidate reads arrays, not maps. */
interface DenseContext {
  /** Relevance of each project to the topic, or -1 when it does not match (or is out of scope). */
  relevance: Float64Array;
  /** The largest share among the topic's call families of each project's families, 0 for none. */
  familyWeight: Float64Array;
  /** 1 for each earlier partner of a member. */
  partnerOfMember: Uint8Array;
  /** Projects in scope of each actor. */
  counts: Int32Array;
}

const denseContexts = new WeakMap<RankingContext, DenseContext>();
/** Scratch counts of common partners, by actor number; every measurement leaves it zeroed. */
let commonCounts = new Int32Array(0);

/** Sorts pairs of project and weight once, the first time the sorted list is read: most candidates are never shown. */
function sortedLazily(pairs: Array<[number, number]>, compare: (a: [number, number], b: [number, number]) => number) {
  let sorted: number[] | undefined;
  return () => (sorted ??= pairs.sort(compare).map(([project]) => project));
}

function denseOf(context: RankingContext): DenseContext {
  const known = denseContexts.get(context);
  if (known) return known;
  const { history } = context;
  const relevance = new Float64Array(history.projects.length).fill(-1);
  for (const [project, value] of context.relevance) relevance[project] = value;
  const familyWeight = new Float64Array(history.projects.length);
  const counts = new Int32Array(history.actors.length);
  history.projects.forEach((project, index) => {
    if (context.inScope[index] !== 1) return;
    for (const actor of project.participants) counts[actor] += 1;
    let weight = 0;
    for (const name of project.families) weight = Math.max(weight, context.families.get(name) ?? 0);
    familyWeight[index] = weight;
  });
  const partnerOfMember = new Uint8Array(history.actors.length);
  for (const partner of context.partnersOfMembers.keys()) partnerOfMember[partner] = 1;
  const dense = { relevance, familyWeight, partnerOfMember, counts };
  denseContexts.set(context, dense);
  return dense;
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
  const dense = denseOf(context);
  const topical: Array<[number, number]> = [];
  const family: Array<[number, number]> = [];
  let participations = 0;
  let relevanceSum = 0;
  let familySum = 0;
  let coordinations = 0;
  let latest: number | null = null;
  let latestStart = "";
  if (commonCounts.length < history.actors.length) commonCounts = new Int32Array(history.actors.length);
  const common: number[] = [];
  const hasConsortium = context.members.length > 0;
  for (const project of history.actors[candidate].projects) {
    if (context.inScope[project] !== 1) continue;
    participations += 1;
    const record = history.projects[project];
    if (record.coordinator === candidate) coordinations += 1;
    if (record.start !== null && (latest === null || record.start > latestStart)) {
      latest = project;
      latestStart = record.start;
    }
    const relevance = dense.relevance[project];
    if (relevance >= 0) {
      topical.push([project, relevance]);
      relevanceSum += relevance;
    }
    const familyWeight = dense.familyWeight[project];
    if (familyWeight > 0) {
      family.push([project, familyWeight]);
      familySum += familyWeight;
    }
    if (hasConsortium) {
      for (const partner of record.participants) {
        if (partner === candidate || dense.partnerOfMember[partner] !== 1) continue;
        if (commonCounts[partner] === 0) common.push(partner);
        commonCounts[partner] += 1;
      }
    }
  }
  let adamicAdar = 0;
  const commonShared: Array<[number, number]> = [];
  for (const partner of common) {
    adamicAdar += 1 / Math.log(2 + dense.counts[partner]);
    commonShared.push([partner, commonCounts[partner]]);
    commonCounts[partner] = 0;
  }
  const work = context.partnersOfMembers.get(candidate);
  const topicalWork = (work?.shared ?? []).flatMap((project): Array<[number, number]> => {
    const relevance = dense.relevance[project];
    return relevance < 0 ? [] : [[project, relevance]];
  });
  const stated = context.statedTies.has(candidate) ? 1 : 0;
  let earlierParticipations = 0;
  for (const number of history.earlier.byActor.get(candidate) ?? []) {
    if (context.earlierInScope[number] !== 1) continue;
    earlierParticipations += 1;
  }
  const actor = history.actors[candidate];
  const country = actor.country ? toCordisCountry(actor.country) : null;
  const sector = sectorOf(actor.kind);
  const newCountry =
    hasConsortium && country !== null && isEligibleCountry(country) && !context.memberCountries.has(country)
      ? country
      : null;
  const newSector = hasConsortium && sector !== "other" && !context.memberSectors.has(sector) ? sector : null;
  const startOf = (project: number) => history.projects[project].start ?? "";
  const byWeight = (a: [number, number], b: [number, number]) => {
    if (b[1] !== a[1]) return b[1] - a[1];
    const [startA, startB] = [startOf(a[0]), startOf(b[0])];
    return startA === startB ? 0 : startB < startA ? -1 : 1;
  };
  const sortedTopical = sortedLazily(topical, byWeight);
  const sortedFamily = sortedLazily(family, byWeight);
  const sortedTopicalWork = sortedLazily(topicalWork, byWeight);
  let sortedCommon: number[] | undefined;
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
    recency: latest === null ? 0 : Math.exp(-Math.max(0, yearsBetween(latestStart, context.now)) / 2),
    experience: logScale(participations, 50),
    coordination: clamp(coordinations / 5),
    earlierWork: logScale(context.earlierPartnersOfMembers.get(candidate)?.weight ?? 0, 2),
  };
  return {
    features,
    evidence: {
      get topical() {
        return sortedTopical();
      },
      get family() {
        return sortedFamily();
      },
      get topicalWork() {
        return sortedTopicalWork();
      },
      get commonPartners() {
        return (sortedCommon ??= [...commonShared]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .map(([partner]) => partner));
      },
      participations,
      coordinations,
      earlierParticipations,
      latest,
      newCountry,
      newSector,
    },
  };
}

/** The linear score: Σ weight × feature. */
export function scoreFeatures(features: Features, weights: Features): number {
  let score = 0;
  for (const name of featureNames) score += weights[name] * features[name];
  return score;
}
