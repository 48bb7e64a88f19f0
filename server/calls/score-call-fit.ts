import type { Language, ResolversTypes } from "../generated/resolvers-types.js";
import { topicalValue } from "../consortium/index.js";
import { translate, type Translate } from "../i18n/translate.js";

/**
 * One reason a call fits an actor: a value from 0 to 1, its weight, a sentence, and the projects that show it.
 * The GraphQL type with its evidence as `P`: project ids while calls are scored, project nodes in the answer.
 */
export type CallFitFactor<P> = Omit<ResolversTypes["CallFitFactor"], "evidence"> & { evidence: P[] };

/** The weights sum to 1. What the actor has done counts most, then where it has won, then its network. */
export const callFitWeights = { text: 0.5, family: 0.3, partners: 0.2 } as const;

/** A project's coverage of a call's words from which it counts as matching the call. */
export const minCoverage = 0.2;
/** Coverage at which a project counts as a full match (relevance 1). */
export const fullCoverage = 0.5;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A project's relevance to a call (0..1) from the share of the call's words it covers; 0 below {@link minCoverage}. */
export const relevanceOf = (share: number) => (share < minCoverage ? 0 : round(Math.min(1, share / fullCoverage)));

export interface TextMatch<P> {
  label: string;
  relevance: number;
  shared: string[];
  project: P;
}

const listed = (t: Translate, labels: string[], max = 3) =>
  labels.length <= max
    ? t("calls.listed", { items: labels })
    : t("calls.listedMore", { items: labels.slice(0, max), count: labels.length - max });

/** The actor's earlier projects whose text covers the call's words, the closest first; the sentence in `lang`. */
export function textFactor<P>(
  actor: string,
  asOf: string,
  matches: Array<TextMatch<P>>,
  lang: Language = "EN",
): CallFitFactor<P> {
  const t = translate(lang);
  const [closest] = matches;
  const explanation = closest
    ? t("calls.text", {
        count: matches.length,
        actor,
        asOf,
        closest: closest.label,
        words: listed(t, closest.shared, 5),
        relevance: closest.relevance,
      })
    : t("calls.textNone", { actor, asOf });
  return {
    name: "earlier projects",
    value: topicalValue(matches.map((match) => match.relevance)),
    weight: callFitWeights.text,
    explanation,
    evidence: matches.slice(0, 3).map((match) => match.project),
  };
}

/** The actor's earlier projects funded under the same topic, call or destination. */
export interface FamilyRecord<P> {
  topic: P[];
  call: P[];
  destination: P[];
  destinationId: string | null;
  destinationName: string | null;
  labels: string[];
}

const describeDestination = (t: Translate, id: string | null, name: string | null) =>
  name ? t("calls.destinationNamed", { id: id ?? "?", name }) : t("calls.destination", { id: id ?? "?" });

/** 1 for a project under the same topic or call, else 0.5, 0.75, 1 for one, two, three projects of the destination. */
export function familyValue(record: Pick<FamilyRecord<unknown>, "topic" | "call" | "destination">): number {
  if (record.topic.length > 0 || record.call.length > 0) return 1;
  return record.destination.length === 0 ? 0 : Math.min(1, 0.25 + 0.25 * record.destination.length);
}

/** The actor's earlier projects under the call's topic, call or destination; the sentence in `lang`. */
export function familyFactor<P>(actor: string, record: FamilyRecord<P>, lang: Language = "EN"): CallFitFactor<P> {
  const t = translate(lang);
  const { topic, call, destination } = record;
  const projects = listed(t, record.labels);
  let explanation: string;
  if (topic.length > 0) explanation = t("calls.familyTopic", { actor, projects });
  else if (call.length > 0) explanation = t("calls.familyCall", { actor, projects });
  else if (destination.length > 0)
    explanation = t("calls.familyDestination", {
      count: destination.length,
      actor,
      destination: describeDestination(t, record.destinationId, record.destinationName),
      projects,
    });
  else explanation = t("calls.familyNone", { actor });
  return {
    name: "same call family",
    value: familyValue(record),
    weight: callFitWeights.family,
    explanation,
    evidence: [...topic, ...call, ...destination].slice(0, 3),
  };
}

/** 0 for no partner, rising on a log scale to 1 for ten or more partners active in the destination. */
export const partnersValue = (partners: number) => round(Math.min(1, Math.log(1 + partners) / Math.log(11)));

/** The actor's partners active in the call's destination without it; the sentence in `lang`. */
export function partnersFactor<P>(
  actor: string,
  activity: {
    partners: string[];
    projects: number;
    destinationId: string | null;
    destinationName: string | null;
  } | null,
  evidence: P[],
  lang: Language = "EN",
): CallFitFactor<P> {
  const t = translate(lang);
  const partners = activity?.partners ?? [];
  const explanation =
    activity && partners.length > 0
      ? t("calls.partnersActive", {
          count: partners.length,
          actor,
          partners: listed(t, partners),
          projects: t("calls.projects", { count: activity.projects }),
          destination: describeDestination(t, activity.destinationId, activity.destinationName),
        })
      : t("calls.partnersNone", { actor });
  return {
    name: "partners active",
    value: partnersValue(partners.length),
    weight: callFitWeights.partners,
    explanation,
    evidence,
  };
}

/** The score: Σ weight × value, rounded to three decimals. */
export const combineCallFactors = (factors: Array<{ value: number; weight: number }>) =>
  round(factors.reduce((sum, factor) => sum + factor.value * factor.weight, 0));

/** Whole days from asOf to the deadline (both YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
