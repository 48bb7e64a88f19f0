import type { ResolversTypes } from "../generated/resolvers-types.js";
import { sectorNoun } from "./actor-sectors.js";
import { listing, plural } from "./format-words.js";
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
  newCountry: "brings a country",
  newKind: "brings a kind of partner",
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

/** Says, for each feature, what it measured for a candidate, and which projects show it. */
export function describeFactors(
  context: RankingContext,
  candidate: number,
  features: Features,
  evidence: FeatureEvidence,
): ScoreFactor[] {
  const { history } = context;
  const label = (project: number) => history.projects[project].label;
  const labels = (projects: number[]) =>
    listing([
      ...projects.slice(0, evidenceShown).map(label),
      ...(projects.length > evidenceShown ? [`${projects.length - evidenceShown} more`] : []),
    ]);
  const name = (actor: number) => history.actors[actor].name;
  const noConsortium = "No consortium was given, so this is not scored.";
  const work = context.partnersOfMembers.get(candidate);
  const sharedWith = work
    ? context.members.filter((member) => work.shared.some((p) => history.projects[p].participants.includes(member)))
    : [];
  const families = [...context.families.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([family]) => family);
  const relevance = (project: number) => context.relevance.get(project) ?? 0;
  const latest = evidence.latest === null ? null : history.projects[evidence.latest];
  const explain: Record<FeatureName, [string, number[]]> = {
    topicBest:
      evidence.topical.length === 0
        ? ["Took part in no earlier project that matches the topic.", []]
        : [
            `Its earlier project closest to the topic, ${label(evidence.topical[0])}, has relevance ${relevance(evidence.topical[0]).toFixed(2)} (1 = the best match).`,
            evidence.topical.slice(0, 1),
          ],
    topicRecord:
      evidence.topical.length === 0
        ? ["Has no record of earlier projects on the topic.", []]
        : [
            `Took part in ${plural(evidence.topical.length, "earlier project")} that match the topic: ${labels(evidence.topical)}.`,
            evidence.topical.slice(0, evidenceShown),
          ],
    callFamily:
      families.length === 0
        ? ["The topic names no call family, and its matches have none.", []]
        : evidence.family.length === 0
          ? [`Took part in no earlier project of the topic's call family (${listing(families)}).`, []]
          : [
              `Took part in ${plural(evidence.family.length, "earlier project")} of the topic's call family (${listing(families)}): ${labels(evidence.family)}.`,
              evidence.family.slice(0, evidenceShown),
            ],
    consortiumWork:
      context.members.length === 0
        ? [noConsortium, []]
        : work
          ? [
              `Has already worked with ${listing(sharedWith.map(name))} in ${plural(work.shared.length, "earlier project")}: ${labels(work.shared)}.`,
              work.shared.slice(0, evidenceShown),
            ]
          : context.statedTies.has(candidate)
            ? [`A source states a tie with ${name(context.statedTies.get(candidate) as number)}.`, []]
            : ["Has not worked with a consortium member in an earlier project.", []],
    tieStrength:
      context.members.length === 0
        ? [noConsortium, []]
        : work
          ? [
              `Newman's strength of those ties is ${work.strength.toFixed(2)} (each shared project adds 1/(n−1), n its participants: small projects make strong ties).`,
              [],
            ]
          : ["No shared project, so no strength.", []],
    topicalWork:
      context.members.length === 0
        ? [noConsortium, []]
        : evidence.topicalWork.length === 0
          ? ["Shares no earlier project that matches the topic with a member.", []]
          : [
              `Shares ${plural(evidence.topicalWork.length, "earlier project")} that match the topic with a member: ${labels(evidence.topicalWork)}.`,
              evidence.topicalWork.slice(0, evidenceShown),
            ],
    commonPartners:
      context.members.length === 0
        ? [noConsortium, []]
        : evidence.commonPartners.length === 0
          ? ["Shares no partner with the consortium.", []]
          : [
              `Shares ${plural(evidence.commonPartners.length, "partner")} with the consortium (${listing(evidence.commonPartners.slice(0, evidenceShown).map(name))}${evidence.commonPartners.length > evidenceShown ? " and others" : ""}); partners with fewer projects count more (Adamic-Adar).`,
              [],
            ],
    recency:
      latest === null
        ? ["Has no dated earlier project.", []]
        : [`Its latest earlier project, ${latest.label}, started on ${latest.start}.`, [evidence.latest as number]],
    experience: [
      evidence.participations === 0
        ? "Has no earlier EU project in the graph."
        : `Took part in ${plural(evidence.participations, "EU project")} in the graph before ${context.now}.`,
      [],
    ],
    coordination: [
      evidence.coordinations === 0 ? "Coordinated none of them." : `Coordinated ${evidence.coordinations} of them.`,
      [],
    ],
    newCountry:
      context.members.length === 0
        ? [noConsortium, []]
        : evidence.newCountry
          ? [`Brings an eligible country the consortium lacks (${evidence.newCountry}).`, []]
          : ["Brings no eligible country the consortium lacks.", []],
    newKind:
      context.members.length === 0
        ? [noConsortium, []]
        : evidence.newSector
          ? [`Brings a kind of partner the consortium lacks (${sectorNoun[evidence.newSector]}).`, []]
          : ["Brings no kind of partner the consortium lacks.", []],
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
