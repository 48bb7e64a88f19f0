import type { Driver } from "neo4j-driver";
import type { Network } from "../analysis/index.js";
import { toNodeModel } from "../model/graph-values.js";
import type { ActorModel } from "../model/node-models.js";
import { checkRange } from "../model/validate-arguments.js";
import { badInput, guarded, SamverkanError } from "../model/errors.js";
import type { ActionType, Language, QueryProposeConsortiumArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { translate, type Translate } from "../i18n/translate.js";
import { actionRules } from "./action-rules.js";
import { sectorOf } from "./actor-sectors.js";
import { checkConsortium } from "./check-consortium.js";
import { describeReasons } from "./describe-reasons.js";
import { countryName, toCordisCountry } from "./eligibility-countries.js";
import { findMembers, maxMembers, toConsortiumIds } from "./find-members.js";
import { findWarmPath, planWarmPath } from "./find-warm-path.js";
import type { History } from "./load-history.js";
import { planProposal, type Need, type PlannedPlace } from "./plan-proposal.js";
import { callTopic, findCall, resolveTopic } from "./read-call-topic.js";
import type { TopicQuery } from "./parse-topic.js";
import { toProjectScope } from "./project-scope.js";
import { matchTopic } from "./match-topic.js";
import { findActors, rankCandidates, toCountries, type RankedCandidate } from "./suggest-partners.js";
import { familyOf } from "./topic-family.js";

type ConsortiumCheck = ResolversTypes["ConsortiumCheck"];

/** A proposed partner as the resolver returns it; `warmPath` is read only when a query selects it. */
export interface ProposedPartnerModel {
  actor: ActorModel;
  need: string;
  needCode: string;
  reasons: string[];
  alternatives: ActorModel[];
  warmPath: () => Promise<Network | null>;
}

export interface ConsortiumProposalModel {
  members: ActorModel[];
  partners: ProposedPartnerModel[];
  check: ConsortiumCheck;
  unmetNeeds: string[];
  action: ActionType | null;
  size: number;
  sizeReason: string;
}

/** Fewer funded consortia than this in the call's destination, and the size is read from all of the type of action. */
const fewestForDestination = 5;

/**
 * The typical size of funded consortia of a type of action (all participants, the middle one of
 * their sizes), from the projects in scope: in the topic's destination when it has enough, else in
 * all destinations. Null when no such project is in scope.
 */
export function typicalSize(
  history: History,
  inScope: Uint8Array,
  action: ActionType | null,
  destination: string | null,
): { size: number; count: number; destination: string | null } | null {
  const sizes = (inDestination: boolean) =>
    history.projects
      .filter(
        (project, index) =>
          inScope[index] === 1 &&
          project.participants.length > 0 &&
          (action === null || project.action === action) &&
          (!inDestination || (destination !== null && project.families.includes(destination))),
      )
      .map((project) => project.participants.length)
      .sort((a, b) => a - b);
  const local = sizes(true);
  const chosen = local.length >= fewestForDestination ? local : action === null ? [] : sizes(false);
  if (chosen.length === 0) return null;
  const middle = Math.floor(chosen.length / 2);
  const size = chosen.length % 2 === 1 ? chosen[middle] : Math.round((chosen[middle - 1] + chosen[middle]) / 2);
  return { size, count: chosen.length, destination: chosen === local ? destination : null };
}

async function readTopic(
  driver: Driver,
  database: string,
  args: QueryProposeConsortiumArgs,
): Promise<{ topic: TopicQuery; text: string }> {
  if (args.call?.trim()) {
    const call = await findCall(driver, database, args.call);
    if (!call) throw new SamverkanError("NOT_FOUND", `no call has the id "${args.call.trim()}"`, { id: args.call });
    return { topic: callTopic(call), text: call.id };
  }
  if (args.topic?.trim()) return { topic: await resolveTopic(driver, database, args.topic), text: args.topic };
  throw badInput("give a call (its id) or a topic", "call");
}

function needSentence(
  need: Need,
  candidate: RankedCandidate,
  history: History,
  action: ActionType | null,
  lang: Language,
  t: Translate,
): string {
  const country = history.actors[candidate.actor].country;
  const label = action === null ? "" : t(`actions.${action}`);
  const rule = action === null ? null : actionRules[action];
  switch (need.code) {
    case "MEMBER_STATE":
      return t("proposal.needMemberState", { country: countryName(country ?? "", lang), action: label });
    case "COUNTRY":
      return t("proposal.needCountry", {
        country: countryName(country ?? "", lang),
        min: rule?.minCountries,
        action: label,
      });
    case "REQUIRED_KIND":
      return t("proposal.needRequiredKind", {
        sector: t(`sectorsIndefinite.${need.sector ?? "research"}`),
        action: label,
      });
    case "ENTITY":
      return t("proposal.needEntity", { min: rule?.minEntities, action: label });
    case "USUAL_KIND":
      return t("proposal.needUsualKind", {
        sector: t(`sectorsIndefinite.${need.sector ?? "research"}`),
        action: label,
      });
    case "WARM_INTRODUCTION":
      return t("proposal.needWarm");
    case "TOPIC_RECORD":
      return t("proposal.needTopic");
  }
}

function unmetSentence(need: Need, action: ActionType | null, among: string, t: Translate): string {
  const label = action === null ? "" : t(`actions.${action}`);
  const rule = action === null ? null : actionRules[action];
  const sector = t(`sectorsIndefinite.${need.sector ?? "research"}`);
  switch (need.code) {
    case "MEMBER_STATE":
      return t("proposal.unmetMemberState", { action: label, among });
    case "COUNTRY":
      return t("proposal.unmetCountry", { action: label, min: rule?.minCountries, among });
    case "REQUIRED_KIND":
      return t("proposal.unmetRequiredKind", { action: label, sector, among });
    case "USUAL_KIND":
      return t("proposal.unmetUsualKind", { action: label, sector, among });
    default:
      return t("proposal.unmetEntity", { action: label, min: rule?.minEntities, among });
  }
}

/**
 * Proposes a consortium for a call or topic: rules first, likelihood second ({@link planProposal}
 * over the partner finder's ranking), each place with the need it fills, up to three reasons in
 * plain words, two alternatives and a warm introduction; the consortium check of the whole; and
 * every unmet need with why. See the query's description in schema/consortium.graphql.
 */
export async function proposeConsortium(
  driver: Driver,
  database: string,
  args: QueryProposeConsortiumArgs,
): Promise<ConsortiumProposalModel> {
  const lang = args.lang ?? "EN";
  const t = translate(lang);
  const asked = args.size === null || args.size === undefined ? null : checkRange("size", args.size, 1, 50, 1);
  const consortium = toConsortiumIds(args.consortium);
  const countries = toCountries(args.countries);
  const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds] : null;
  const scope = toProjectScope(args.asOf, args.excludeProjects);
  const { topic, text } = await readTopic(driver, database, args);
  const action: ActionType | null = args.action ?? topic.call?.actionType ?? null;
  // The check's projects on the topic (as of asOf, as the check reads them) are asked for now:
  // they do not depend on the consortium.
  const matched = matchTopic(driver, database, topic, toProjectScope(args.asOf));
  matched.catch(() => {}); // awaited by the check; a failure surfaces there
  const [members, { context, ranked }] = await Promise.all([
    findMembers(driver, database, consortium, scope),
    rankCandidates(driver, database, { topic, consortium, countries, kinds, scope }),
  ]);
  const { history } = context;
  const rule = action === null ? null : actionRules[action];
  const destination = topic.call
    ? familyOf(topic.call.id)
    : ([...context.families.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  const typical = asked === null ? typicalSize(history, context.inScope, action, destination) : null;
  const minimum = Math.max(rule?.minEntities ?? 1, 1);
  // A typical size over what a check takes (the largest funded consortia) is proposed at that most.
  const typicalWanted = typical === null ? null : Math.min(typical.size, maxMembers);
  const wanted = asked ?? (rule && !rule.consortium ? Math.max(1, members.length) : (typicalWanted ?? minimum));
  const plan = planProposal({
    members: members.map((member) => ({ entity: member.entity.id, country: member.country, kind: member.kind })),
    candidates: ranked.map((candidate) => ({
      id: candidate.id,
      country: history.actors[candidate.actor].country,
      kind: history.actors[candidate.actor].kind,
      warm: context.partnersOfMembers.has(candidate.actor) || context.statedTies.has(candidate.actor),
    })),
    action: rule?.consortium === false ? null : action,
    size: wanted,
  });
  const chosen = plan.places.map((place) => ranked[place.candidate]);
  const alternativeIds = plan.places.flatMap((place) => place.alternatives.map((index) => ranked[index].id));
  const proposed = [...consortium, ...chosen.map((candidate) => candidate.id)];
  const [actors, check] = await Promise.all([
    findActors(driver, database, [...chosen.map((candidate) => candidate.id), ...alternativeIds]),
    proposed.length === 0
      ? Promise.resolve<ConsortiumCheck>({ eligible: false, members: [], findings: [] })
      : checkConsortium(
          driver,
          database,
          { consortium: proposed, topic: text, action: action ?? undefined, asOf: args.asOf, lang },
          { topic, matched },
        ),
  ]);
  const among = amongClause(args.countries ?? null, kinds, scope.now, lang, t);
  const unmetNeeds = plan.unmet.map((need) => unmetSentence(need, action, among, t));
  if (action === null) unmetNeeds.push(t("proposal.unknownAction"));
  else if (rule && !rule.consortium)
    unmetNeeds.push(t("proposal.noConsortiumRule", { action: t(`actions.${action}`) }));
  else if (
    rule?.maxEntities !== null &&
    rule !== null &&
    members.length >= rule.maxEntities &&
    plan.places.length === 0
  )
    unmetNeeds.push(
      t("proposal.tooMany", { action: t(`actions.${action}`), max: rule.maxEntities, count: members.length }),
    );
  const partners = plan.places.flatMap((place: PlannedPlace): ProposedPartnerModel[] => {
    const candidate = ranked[place.candidate];
    const node = actors.get(candidate.id);
    if (!node) return [];
    const path =
      context.members.length === 0 ? null : planWarmPath(context, candidate.actor, candidate.evidence.commonPartners);
    return [
      {
        actor: toNodeModel<"Actor">(node),
        need: needSentence(place.need, candidate, history, action, lang, t),
        needCode: place.need.code,
        reasons: describeReasons(context, candidate.actor, candidate.features, candidate.evidence, lang),
        alternatives: place.alternatives.flatMap((index) => {
          const alternative = actors.get(ranked[index].id);
          return alternative ? [toNodeModel<"Actor">(alternative)] : [];
        }),
        warmPath: guarded(async () => (path === null ? null : findWarmPath(driver, database, path))),
      },
    ];
  });
  return {
    members: members.map((member) => toNodeModel<"Actor">(member.node)),
    partners,
    check,
    unmetNeeds,
    action,
    size: plan.size,
    sizeReason: sizeReason(plan.size, asked, wanted, typical, action, scope.now, members.length + partners.length, t),
  };
}

function amongClause(
  countries: readonly string[] | null,
  kinds: string[] | null,
  asOf: string,
  lang: Language,
  t: Translate,
): string {
  const countryNames = (countries ?? []).map((country) => countryName(toCordisCountry(country), lang));
  const kindNames = [...new Set((kinds ?? []).map((kind) => t(`sectors.${sectorOf(kind)}`)))];
  if (countryNames.length > 0 && kindNames.length > 0)
    return t("proposal.amongBoth", { countries: countryNames, kinds: kindNames });
  if (countryNames.length > 0) return t("proposal.amongCountries", { countries: countryNames });
  if (kindNames.length > 0) return t("proposal.amongKinds", { kinds: kindNames });
  return t("proposal.amongNone", { asOf });
}

function sizeReason(
  size: number,
  asked: number | null,
  wanted: number,
  typical: { size: number; count: number; destination: string | null } | null,
  action: ActionType | null,
  asOf: string,
  reached: number,
  t: Translate,
): string {
  if (size > wanted) return t("proposal.sizeRaised", { size, asked: wanted });
  if (size < wanted) return t("proposal.sizeCapped", { size, action: action === null ? "" : t(`actions.${action}`) });
  if (reached < size) return t("proposal.sizeShort", { size: reached, asked: size });
  if (asked !== null) return t("proposal.sizeAsked", { size });
  if (typical === null) return t("proposal.sizeRule", { size });
  const label = action === null ? t("proposal.anyAction") : t(`actions.${action}`);
  if (typical.size > size)
    return t("proposal.sizeTypicalCapped", { size, typical: typical.size, count: typical.count, action: label });
  return typical.destination === null
    ? t("proposal.sizeTypicalAll", { size, count: typical.count, action: label, asOf })
    : t("proposal.sizeTypical", { size, count: typical.count, action: label, destination: typical.destination, asOf });
}
