import type { ScoreFactor as GeneratedScoreFactor } from "../generated/resolvers-types.js";
import type { PlainNode } from "../model/graph-values.js";
import { plural } from "./format-words.js";

/**
 * How a partner suggestion is scored: four factors, each a value from 0 to 1 with a weight, a
 * sentence that says why, and the projects that show it. The score is Σ weight × value.
 */
export type ScoreFactor<P = PlainNode> = Omit<GeneratedScoreFactor, "evidence"> & { evidence: P[] };

/** The weights sum to 1, so a score lies between 0 and 1. The topic counts most. */
export const factorWeights = { topical: 0.5, experience: 0.2, proximity: 0.15, complement: 0.15 } as const;

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Topical match from the relevances (0..1) of the candidate's projects that match the topic:
 * 0.8 × the best one, plus 0.2 × the others' relevances summed (saturating at 3), so that
 * taking part in the closest project counts most and a record across the topic adds to it.
 */
export function topicalValue(relevances: number[]): number {
  if (relevances.length === 0) return 0;
  const [best, ...others] = [...relevances].sort((a, b) => b - a);
  return round(clamp(0.8 * best + 0.2 * Math.min(1, others.reduce((sum, r) => sum + r, 0) / 3)));
}

export function topicalFactor<P>(relevances: number[], evidence: P[], bestLabel: string | null): ScoreFactor<P> {
  const count = relevances.length;
  const best = count > 0 ? Math.max(...relevances) : 0;
  const explanation =
    count === 0
      ? "Took part in no project that matches the topic."
      : `Took part in ${plural(count, "project")} that match${count === 1 ? "es" : ""} the topic; the closest` +
        `${bestLabel ? `, ${bestLabel},` : ""} has relevance ${best.toFixed(2)} (1 = the best match).`;
  return {
    name: "topical match",
    value: topicalValue(relevances),
    weight: factorWeights.topical,
    explanation,
    evidence,
  };
}

/** An actor's EU track record across the graph. */
export interface TrackRecord {
  participations: number;
  coordinations: number;
  /** The year the actor's latest project ends, or null when none is dated. */
  latestEndYear: number | null;
}

/**
 * Experience: 0.6 × participations (log scale, 50 or more count fully) + 0.25 × coordinations
 * (5 or more count fully) + 0.15 × recency (1 while a project runs, falling to 0 ten years after
 * the latest one ended).
 */
export function experienceValue(record: TrackRecord, currentYear: number): number {
  const participation = Math.min(1, Math.log(1 + record.participations) / Math.log(51));
  const coordination = Math.min(1, record.coordinations / 5);
  const recency = record.latestEndYear === null ? 0 : clamp(1 - (currentYear - record.latestEndYear) / 10);
  return round(0.6 * participation + 0.25 * coordination + 0.15 * recency);
}

export function experienceFactor<P>(record: TrackRecord, currentYear: number, evidence: P[]): ScoreFactor<P> {
  const { participations, coordinations, latestEndYear } = record;
  const explanation =
    participations === 0
      ? "Has no EU project in the graph."
      : `Took part in ${plural(participations, "EU project")} in the graph, coordinating ${coordinations}` +
        (latestEndYear === null
          ? "."
          : latestEndYear >= currentYear
            ? `; one runs until ${latestEndYear}.`
            : `; the latest ended in ${latestEndYear}.`);
  return {
    name: "experience",
    value: experienceValue(record, currentYear),
    weight: factorWeights.experience,
    explanation,
    evidence,
  };
}

/** How close a candidate stands to the consortium in the collaboration graph. */
export type Proximity =
  { steps: 1; member: string; via: string[] } | { steps: 2; member: string; intermediary: string } | { steps: 0 };

/** Network proximity: 1 for a shared project, agreement, body or direct tie with a member, 0.5 for two steps, else 0. */
export const proximityValue = (steps: 0 | 1 | 2 | null) => (steps === 1 ? 1 : steps === 2 ? 0.5 : 0);

export function proximityFactor<P>(proximity: Proximity | null, evidence: P[]): ScoreFactor<P> {
  let explanation: string;
  if (proximity === null) explanation = "No consortium was given, so closeness to it is not scored.";
  else if (proximity.steps === 1)
    explanation =
      `Has already worked with ${proximity.member}` +
      (proximity.via.length > 0 ? ` (${proximity.via.join(", ")}).` : ".");
  else if (proximity.steps === 2)
    explanation = `Two steps away: has worked with ${proximity.intermediary}, who has worked with ${proximity.member}.`;
  else explanation = "Has no tie to the consortium within two steps.";
  return {
    name: "network proximity",
    value: proximityValue(proximity?.steps ?? null),
    weight: factorWeights.proximity,
    explanation,
    evidence,
  };
}

/** What a candidate adds: a member state or associated country, a sector (research, industry, public) the consortium lacks. */
export interface Complement {
  /** The candidate's country when it is eligible and no member has it. */
  newCountry: string | null;
  /** The candidate's sector noun when no member is of it. */
  newSector: string | null;
}

/** Complement: 0.5 for a country the consortium lacks, 0.5 for a sector it lacks. */
export const complementValue = (complement: Complement | null) =>
  complement === null ? 0 : (complement.newCountry ? 0.5 : 0) + (complement.newSector ? 0.5 : 0);

export function complementFactor(complement: Complement | null): ScoreFactor<never> {
  let explanation: string;
  if (complement === null) explanation = "No consortium was given, so what it lacks is not scored.";
  else if (complement.newCountry && complement.newSector)
    explanation = `Brings a country (${complement.newCountry}) and a kind of partner (${complement.newSector}) the consortium lacks.`;
  else if (complement.newCountry)
    explanation = `Brings an eligible country the consortium lacks (${complement.newCountry}).`;
  else if (complement.newSector)
    explanation = `Brings a kind of partner the consortium lacks (${complement.newSector}).`;
  else explanation = "Brings no eligible country and no kind of partner that the consortium lacks.";
  return {
    name: "complement",
    value: complementValue(complement),
    weight: factorWeights.complement,
    explanation,
    evidence: [],
  };
}

/** The score: Σ weight × value, rounded to three decimals. */
export function combineFactors(factors: Array<Pick<ScoreFactor<unknown>, "value" | "weight">>): number {
  return round(factors.reduce((sum, factor) => sum + factor.weight * factor.value, 0));
}

/** What a candidate is scored on; `steps` is null when no consortium is given. */
export interface ScoreInput {
  relevances: number[];
  record: TrackRecord;
  steps: 0 | 1 | 2 | null;
  complement: Complement | null;
}

/** The score from the factor values alone, as {@link combineFactors} gives it from the full factors. */
export function scoreCandidate(input: ScoreInput, currentYear: number): number {
  return combineFactors([
    { weight: factorWeights.topical, value: topicalValue(input.relevances) },
    { weight: factorWeights.experience, value: experienceValue(input.record, currentYear) },
    { weight: factorWeights.proximity, value: proximityValue(input.steps) },
    { weight: factorWeights.complement, value: complementValue(input.complement) },
  ]);
}

/** Best score first; equal scores by actor id, so the same inputs always rank the same. */
export function compareSuggestions(a: { id: string; score: number }, b: { id: string; score: number }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
