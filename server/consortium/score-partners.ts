import type { Language, ResolversTypes } from "../generated/resolvers-types.js";
import { translate } from "../i18n/translate.js";
import {
  featureNames,
  scoreFeatures,
  type FeatureEvidence,
  type FeatureName,
  type Features,
  type RankingContext,
} from "./measure-partner-features.js";
import frozen from "./partner-weights.json" with { type: "json" };

/**
 * One part of a suggestion's score: the feature's value (0..1), its fitted weight, their product,
 * a sentence that says why, and the projects that show it. The GraphQL type with its evidence as `P`:
 * project numbers of the history while candidates are ranked, project nodes in the answer.
 */
export type ScoreFactor<P = number> = Omit<ResolversTypes["ScoreFactor"], "evidence"> & { evidence: P[] };

/** The frozen weights, fitted by bench/fit-partner-weights.ts (see partner-weights.json for how and on what). */
export const partnerWeights: Features = frozen.weights;

const factorNames: Record<FeatureName, string> = {
  topicBest: "closest topical match",
  topicRecord: "topical record",
  callFamily: "call family",
  consortiumWork: "earlier work with the consortium",
  tieStrength: "strength of that work",
  topicalWork: "earlier work with the consortium on the topic",
  commonPartners: "common partners",
  recency: "recent activity",
  experience: "experience",
  coordination: "coordination",
  earlierWork: "earlier work with the consortium in Horizon 2020",
};

const round = (value: number) => Math.round(value * 1000) / 1000;
const evidenceShown = 3;

/**
 * A topical match in one number, from the relevances (0..1) of an actor's projects that match a
 * topic: 0.8 × the best one, plus 0.2 × the others summed (saturating at 3). The call finder
 * ranks calls with it; suggestions use the best and the accumulated relevance as two factors.
 */
export function topicalValue(relevances: number[]): number {
  if (relevances.length === 0) return 0;
  const [best, ...others] = [...relevances].sort((a, b) => b - a);
  const value = 0.8 * best + 0.2 * Math.min(1, others.reduce((sum, r) => sum + r, 0) / 3);
  return round(Math.min(1, Math.max(0, value)));
}

/** The score of a candidate: Σ weight × value over the values as the factors show them (to three decimals). */
export function scoreCandidate(features: Features): number {
  const shown = Object.fromEntries(featureNames.map((name) => [name, round(features[name])])) as Features;
  return round(scoreFeatures(shown, partnerWeights));
}

/** Best score first; equal scores by actor id, so the same inputs always rank the same. */
export function compareSuggestions(a: { id: string; score: number }, b: { id: string; score: number }): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The members that took part in some of the Horizon 2020 projects (by number). */
export function earlierMembers(context: RankingContext, projects: number[]): number[] {
  const { earlier } = context.history;
  return context.members.filter((member) => projects.some((p) => earlier.projects[p].participants.includes(member)));
}

/** Says, for each feature, what it measured for a candidate (in `lang`, English by default), and which projects show it. */
export function describeFactors(
  context: RankingContext,
  candidate: number,
  features: Features,
  evidence: FeatureEvidence,
  lang: Language = "EN",
): ScoreFactor[] {
  const t = translate(lang);
  const { history } = context;
  const label = (project: number) => history.projects[project].label;
  const labels = (projects: number[]) => [
    ...projects.slice(0, evidenceShown).map(label),
    ...(projects.length > evidenceShown ? [t("partners.more", { count: projects.length - evidenceShown })] : []),
  ];
  const name = (actor: number) => history.actors[actor].name;
  const noConsortium = t("partners.noConsortium");
  const work = context.partnersOfMembers.get(candidate);
  const sharedWith = work
    ? context.members.filter((member) => work.shared.some((p) => history.projects[p].participants.includes(member)))
    : [];
  const families = [...context.families.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([family]) => family);
  const relevance = (project: number) => context.relevance.get(project) ?? 0;
  const earlier = context.earlierPartnersOfMembers.get(candidate);
  const records = (projects: number[]) => projects.slice(0, evidenceShown).map((p) => history.earlier.projects[p].rcn);
  const latest = evidence.latest === null ? null : history.projects[evidence.latest];
  const common = evidence.commonPartners;
  const explain: Record<FeatureName, [string, number[]]> = {
    topicBest:
      evidence.topical.length === 0
        ? [t("partners.topicBestNone"), []]
        : [
            t("partners.topicBest", {
              project: label(evidence.topical[0]),
              relevance: relevance(evidence.topical[0]),
            }),
            evidence.topical.slice(0, 1),
          ],
    topicRecord:
      evidence.topical.length === 0
        ? [t("partners.topicRecordNone"), []]
        : [
            t("partners.topicRecord", { count: evidence.topical.length, projects: labels(evidence.topical) }),
            evidence.topical.slice(0, evidenceShown),
          ],
    callFamily:
      families.length === 0
        ? [t("partners.callFamilyUnknown"), []]
        : evidence.family.length === 0
          ? [t("partners.callFamilyNone", { families }), []]
          : [
              t("partners.callFamily", { count: evidence.family.length, families, projects: labels(evidence.family) }),
              evidence.family.slice(0, evidenceShown),
            ],
    consortiumWork:
      context.members.length === 0
        ? [noConsortium, []]
        : work
          ? [
              t("partners.consortiumWork", {
                count: work.shared.length,
                members: sharedWith.map(name),
                projects: labels(work.shared),
              }),
              work.shared.slice(0, evidenceShown),
            ]
          : context.statedTies.has(candidate)
            ? [t("partners.statedTie", { member: name(context.statedTies.get(candidate) as number) }), []]
            : [t("partners.consortiumWorkNone"), []],
    tieStrength:
      context.members.length === 0
        ? [noConsortium, []]
        : work
          ? [t("partners.tieStrength", { strength: work.strength }), []]
          : [t("partners.tieStrengthNone"), []],
    topicalWork:
      context.members.length === 0
        ? [noConsortium, []]
        : evidence.topicalWork.length === 0
          ? [t("partners.topicalWorkNone"), []]
          : [
              t("partners.topicalWork", {
                count: evidence.topicalWork.length,
                projects: labels(evidence.topicalWork),
              }),
              evidence.topicalWork.slice(0, evidenceShown),
            ],
    commonPartners:
      context.members.length === 0
        ? [noConsortium, []]
        : common.length === 0
          ? [t("partners.commonPartnersNone"), []]
          : [
              t(common.length > evidenceShown ? "partners.commonPartnersAndOthers" : "partners.commonPartners", {
                count: common.length,
                partners: common.slice(0, evidenceShown).map(name),
              }),
              [],
            ],
    recency:
      latest === null
        ? [t("partners.recencyNone"), []]
        : [t("partners.recency", { project: latest.label, start: latest.start }), [evidence.latest as number]],
    experience: [
      evidence.participations === 0
        ? t("partners.experienceNone")
        : t("partners.experience", { count: evidence.participations, now: context.now }),
      [],
    ],
    coordination: [
      evidence.coordinations === 0
        ? t("partners.coordinationNone")
        : t("partners.coordination", { coordinations: evidence.coordinations }),
      [],
    ],
    earlierWork:
      context.members.length === 0
        ? [noConsortium, []]
        : earlier
          ? [
              t("partners.earlierWork", {
                count: earlier.shared.length,
                members: earlierMembers(context, earlier.shared).map(name),
                records: records(earlier.shared),
              }),
              [],
            ]
          : [t("partners.earlierWorkNone"), []],
  };
  return featureNames.map((feature) => {
    const [explanation, projects] = explain[feature];
    const value = round(features[feature]);
    const weight = partnerWeights[feature];
    return {
      name: factorNames[feature],
      value,
      weight,
      contribution: round(weight * value),
      explanation,
      evidence: projects,
    };
  });
}
