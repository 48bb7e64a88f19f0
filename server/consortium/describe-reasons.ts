import type { Language } from "../generated/resolvers-types.js";
import { translate } from "../i18n/translate.js";
import type { FeatureEvidence, FeatureName, Features, RankingContext } from "./measure-partner-features.js";
import { earlierMembers, partnerWeights } from "./score-partners.js";

const shown = 3;
const yearOf = (start: string | null) => (start ?? "").slice(0, 4);

/**
 * Why a candidate, in at most three plain sentences a proposal writer can check, each with its
 * evidence: earlier work with the members (with whom, how often, since when, which projects; in
 * Horizon 2020, which years and CORDIS records),
 * earlier projects close to the topic, projects of the call's family, partners in common, its
 * coordination. Earlier work with a member first, then by what weighs most in its likelihood; no
 * measure, weight or method is named.
 */
export function describeReasons(
  context: RankingContext,
  candidate: number,
  features: Features,
  evidence: FeatureEvidence,
  lang: Language = "EN",
): string[] {
  const t = translate(lang);
  const { history } = context;
  const label = (project: number) => history.projects[project].label;
  const name = (actor: number) => history.actors[actor].name;
  const labels = (projects: number[]) => projects.slice(0, shown).map(label);
  const byStart = (projects: number[]) =>
    [...projects].sort((a, b) => (history.projects[b].start ?? "").localeCompare(history.projects[a].start ?? ""));
  const work = context.partnersOfMembers.get(candidate);
  const sentences: Array<{ weight: number; text: string }> = [];
  const weigh = (names: FeatureName[]) => names.reduce((sum, n) => sum + partnerWeights[n] * features[n], 0);
  if (work && work.shared.length > 0) {
    const members = context.members.filter((member) =>
      work.shared.some((project) => history.projects[project].participants.includes(member)),
    );
    const since =
      work.shared
        .map((p) => yearOf(history.projects[p].start))
        .filter(Boolean)
        .sort()[0] ?? "";
    // Earlier work with a member is what a proposal writer can act on first: it always leads.
    sentences.push({
      weight: Number.POSITIVE_INFINITY,
      text: t(since ? "reasons.workedWith" : "reasons.workedWithUndated", {
        count: work.shared.length,
        members: members.map(name),
        since,
        projects: labels(byStart(work.shared)),
      }),
    });
  } else if (context.statedTies.has(candidate)) {
    sentences.push({
      weight: Number.POSITIVE_INFINITY,
      text: t("reasons.statedTie", { member: name(context.statedTies.get(candidate) as number) }),
    });
  }
  const earlier = context.earlierPartnersOfMembers.get(candidate);
  if (earlier && earlier.shared.length > 0) {
    const years = earlier.shared.map((p) => yearOf(history.earlier.projects[p].start)).filter(Boolean);
    const [first, last] = [years.at(-1) ?? "", years[0] ?? ""];
    sentences.push({
      // Work with a member in Horizon 2020 leads when there is none later.
      weight: work && work.shared.length > 0 ? weigh(["earlierWork"]) : Number.POSITIVE_INFINITY,
      text: t("reasons.workedWithEarlier", {
        count: earlier.shared.length,
        members: earlierMembers(context, earlier.shared).map(name),
        years: first === last ? first : `${first}–${last}`,
        records: earlier.shared.slice(0, shown).map((p) => history.earlier.projects[p].rcn),
      }),
    });
  }
  if (evidence.topical.length > 0)
    sentences.push({
      weight: weigh(["topicBest", "topicRecord"]),
      text: t("reasons.topical", { count: evidence.topical.length, projects: labels(evidence.topical) }),
    });
  if (evidence.family.length > 0)
    sentences.push({
      weight: weigh(["callFamily"]),
      text: t("reasons.family", { count: evidence.family.length, projects: labels(evidence.family) }),
    });
  if (evidence.commonPartners.length > 0)
    sentences.push({
      weight: weigh(["commonPartners"]),
      text: t(evidence.commonPartners.length > shown ? "reasons.commonPartnersAndOthers" : "reasons.commonPartners", {
        count: evidence.commonPartners.length,
        members: context.members.slice(0, 2).map(name),
        partners: evidence.commonPartners.slice(0, shown).map(name),
      }),
    });
  if (evidence.coordinations > 0)
    sentences.push({
      weight: Math.abs(weigh(["coordination", "experience"])) / 10,
      text: t("reasons.coordinated", { count: evidence.coordinations, participations: evidence.participations }),
    });
  if (sentences.length === 0)
    sentences.push({
      weight: 0,
      text:
        evidence.participations === 0 && evidence.earlierParticipations > 0
          ? t("reasons.earlierOnly", { count: evidence.earlierParticipations })
          : evidence.participations === 0
            ? t("reasons.noRecord")
            : t("reasons.experienceOnly", { count: evidence.participations }),
    });
  return sentences
    .sort((a, b) => b.weight - a.weight)
    .slice(0, shown)
    .map((sentence) => sentence.text);
}
