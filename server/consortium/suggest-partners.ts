import type { Driver, Node } from "neo4j-driver";
import type { Network } from "../analysis/index.js";
import { toNodeModel } from "../model/graph-values.js";
import type { ActorModel, ProjectModel } from "../model/node-models.js";
import { checkRange } from "../model/validate-arguments.js";
import { visibleNode } from "../model/visibility.js";
import { badInput, guarded } from "../model/errors.js";
import type { QueryPartnerSuggestionsArgs } from "../generated/resolvers-types.js";
import { sectorOf } from "./actor-sectors.js";
import { describeReasons } from "./describe-reasons.js";
import { toCordisCountry } from "./eligibility-countries.js";
import { findMembers, toConsortiumIds } from "./find-members.js";
import { findWarmPath, planWarmPath } from "./find-warm-path.js";
import { loadHistory, type History } from "./load-history.js";
import { loadProjectText, matchProjectText } from "./match-project-text.js";
import { findProjects, matchTopic, minRelevance } from "./match-topic.js";
import {
  findEarlierPartnersOfMembers,
  findPartnersOfMembers,
  markEarlierScope,
  markScope,
  measureCandidate,
  topicFamilies,
  type FeatureEvidence,
  type Features,
  type RankingContext,
} from "./measure-partner-features.js";
import { resolveTopic } from "./read-call-topic.js";
import type { TopicQuery } from "./parse-topic.js";
import { toProjectScope, type ProjectScope } from "./project-scope.js";
import { compareSuggestions, describeFactors, scoreCandidate, type ScoreFactor } from "./score-partners.js";

/**
 * A suggestion as the resolver returns it. `warmPath` is a function, which GraphQL's default
 * field resolver calls only when a query selects the field: paths are the costliest part.
 */
export interface SuggestionModel {
  actor: ActorModel;
  score: number;
  reasons: string[];
  factors: Array<ScoreFactor<ProjectModel>>;
  warmPath: () => Promise<Network | null>;
}

/** A candidate with its features, as ranked before anything is read for the words. */
export interface RankedCandidate {
  actor: number;
  id: string;
  score: number;
  features: Features;
  evidence: FeatureEvidence;
}

const countryPattern = /^[A-Z]{2}$/;
/** Projects whose participants become candidates: the best matches of the topic. */
export const matchedForCandidates = 200;
/** Members' earlier partners that become candidates: those with the strongest ties (Newman's weight). */
export const maxPartnersOfMembers = 400;
/** Members' partners in the Horizon 2020 history that become candidates: those whose shared work weighs most. */
export const maxEarlierPartnersOfMembers = 200;

/** The `countries` argument as CORDIS codes, or null for none; BAD_USER_INPUT for a code that is not two letters. */
export function toCountries(countries: readonly string[] | null | undefined): string[] | null {
  if (!countries || countries.length === 0) return null;
  const codes = countries.map(toCordisCountry);
  const wrong = codes.find((code) => !countryPattern.test(code));
  if (wrong !== undefined)
    throw badInput(
      `countries must be two-letter codes as CORDIS writes them (SE, DE, EL…), got "${wrong}"`,
      "countries",
    );
  return codes;
}

export interface RankingRequest {
  topic: TopicQuery;
  /** Consortium actor ids, already checked to exist. */
  consortium: string[];
  countries: string[] | null;
  kinds: string[] | null;
  scope: ProjectScope;
}

/**
 * The projects in scope that match a topic, by project number, with their relevance (0..1): those
 * of its codes and its call's families (as {@link matchTopic} finds them), and those whose text is
 * most like its words (TF-IDF cosine over the best one's), the best {@link matchedForCandidates}.
 */
async function matchInScope(
  driver: Driver,
  database: string,
  history: History,
  request: RankingRequest,
  inScope: Uint8Array,
): Promise<Map<number, number>> {
  const [byCode, text] = await Promise.all([
    matchTopic(driver, database, { ...request.topic, words: [] }, request.scope, matchedForCandidates),
    loadProjectText(driver, database, history),
  ]);
  const relevance = new Map<number, number>();
  const byText = matchProjectText(text, request.topic.terms, inScope, matchedForCandidates);
  const best = byText[0]?.similarity ?? 0;
  for (const { project, similarity } of byText) {
    const value = Math.round((similarity / best) * 1000) / 1000;
    if (value >= minRelevance) relevance.set(project, value);
  }
  for (const match of byCode) {
    const project = history.projectNumber.get(match.id);
    if (project !== undefined && inScope[project] === 1 && match.relevance > (relevance.get(project) ?? 0))
      relevance.set(project, match.relevance);
  }
  const ranked = [...relevance].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, matchedForCandidates);
  return new Map(ranked);
}

/**
 * Ranks every candidate for a topic and consortium, as of the scope: the participants of the
 * projects in scope that best match the topic, the members' 400 strongest earlier partners, and
 * their 200 partners in the Horizon 2020 history whose shared work weighs most. Each is
 * measured on the features of measure-partner-features.ts and scored with the frozen weights.
 */
export async function rankCandidates(
  driver: Driver,
  database: string,
  request: RankingRequest,
): Promise<{ context: RankingContext; ranked: RankedCandidate[] }> {
  const history = await loadHistory(driver, database);
  const inScope = markScope(history, request.scope.asOf, new Set(request.scope.excludeProjects));
  const relevance = await matchInScope(driver, database, history, request, inScope);
  const context = buildContext(history, request, inScope, relevance);
  const pool = new Set<number>();
  for (const project of context.relevance.keys())
    for (const actor of history.projects[project].participants) pool.add(actor);
  // A hub's earlier partners run into thousands: the strongest ties are the ones that recur.
  const strongest = [...context.partnersOfMembers.entries()]
    .sort((a, b) => b[1].strength - a[1].strength || a[0] - b[0])
    .slice(0, maxPartnersOfMembers);
  for (const [partner] of strongest) pool.add(partner);
  const strongestEarlier = [...context.earlierPartnersOfMembers.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])
    .slice(0, maxEarlierPartnersOfMembers);
  for (const [partner] of strongestEarlier) pool.add(partner);
  for (const actor of context.statedTies.keys()) pool.add(actor);
  const members = new Set(context.members);
  const countries = request.countries === null ? null : new Set(request.countries);
  const kinds = request.kinds === null ? null : new Set(request.kinds);
  const ranked: RankedCandidate[] = [];
  for (const actor of pool) {
    const record = history.actors[actor];
    if (members.has(actor)) continue;
    if (countries !== null && (record.country === null || !countries.has(toCordisCountry(record.country)))) continue;
    if (kinds !== null && !kinds.has(record.kind)) continue;
    const { features, evidence } = measureCandidate(context, actor);
    if (evidence.participations === 0 && evidence.earlierParticipations === 0 && !context.statedTies.has(actor))
      continue;
    ranked.push({ actor, id: record.id, score: scoreCandidate(features), features, evidence });
  }
  ranked.sort(compareSuggestions);
  return { context, ranked };
}

function buildContext(
  history: History,
  request: RankingRequest,
  inScope: Uint8Array,
  relevance: Map<number, number>,
): RankingContext {
  const members = request.consortium
    .map((id) => history.actorNumber.get(id))
    .filter((member): member is number => member !== undefined);
  const earlierInScope = markEarlierScope(history, request.scope.now, new Set(request.scope.excludeProjects));
  const statedTies = new Map<number, number>();
  for (const member of members) {
    for (const tie of history.statedTies.get(member) ?? []) {
      const inTime = request.scope.asOf === null || (tie.since !== null && tie.since < request.scope.asOf);
      if (inTime && !members.includes(tie.other) && !statedTies.has(tie.other)) statedTies.set(tie.other, member);
    }
  }
  return {
    history,
    inScope,
    now: request.scope.now,
    relevance,
    families: topicFamilies(history, request.topic.codes, [...relevance.entries()]),
    members,
    memberCountries: new Set(
      members.map((m) => history.actors[m].country).flatMap((c) => (c === null ? [] : [toCordisCountry(c)])),
    ),
    memberSectors: new Set(members.map((m) => sectorOf(history.actors[m].kind))),
    partnersOfMembers: findPartnersOfMembers(history, inScope, members),
    earlierInScope,
    earlierPartnersOfMembers: findEarlierPartnersOfMembers(history, earlierInScope, request.scope.now, members),
    statedTies,
  };
}

/** The visible actors of some ids, by id. */
export async function findActors(driver: Driver, database: string, ids: string[]): Promise<Map<string, Node>> {
  const result = await driver.executeQuery(
    `MATCH (a:Actor) WHERE a.id IN $ids AND ${visibleNode("a")} RETURN a`,
    { ids },
    { database, routing: "READ" },
  );
  return new Map(result.records.map((record) => [String(record.get("a").properties.id), record.get("a") as Node]));
}

/**
 * Suggests partners for a topic, as of a date when `asOf` is given and without the projects in
 * `excludeProjects`: the candidates ranked by the fitted weights, each factor with a sentence,
 * its contribution and its evidence projects (all in scope), and a warm introduction path.
 * The sentences are in `lang` (English by default).
 */
export async function suggestPartners(
  driver: Driver,
  database: string,
  args: QueryPartnerSuggestionsArgs,
): Promise<SuggestionModel[]> {
  const limit = checkRange("limit", args.limit, 1, 50, 10);
  const topic = await resolveTopic(driver, database, args.topic);
  const scope = toProjectScope(args.asOf, args.excludeProjects);
  const consortium = toConsortiumIds(args.consortium);
  const countries = toCountries(args.countries);
  const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds] : null;
  await findMembers(driver, database, consortium);
  const { context, ranked } = await rankCandidates(driver, database, { topic, consortium, countries, kinds, scope });
  const top = ranked.slice(0, limit);
  const factors = top.map((entry) =>
    describeFactors(context, entry.actor, entry.features, entry.evidence, args.lang ?? "EN"),
  );
  const projectIds = [...new Set(factors.flat().flatMap((factor) => factor.evidence))].map(
    (project) => context.history.projects[project].id,
  );
  const [actors, projects] = await Promise.all([
    findActors(
      driver,
      database,
      top.map((entry) => entry.id),
    ),
    findProjects(driver, database, projectIds),
  ]);
  return top.flatMap((entry, index): SuggestionModel[] => {
    const actor = actors.get(entry.id);
    if (!actor) return [];
    const path =
      context.members.length === 0 ? null : planWarmPath(context, entry.actor, entry.evidence.commonPartners);
    return [
      {
        actor: toNodeModel<"Actor">(actor),
        score: entry.score,
        reasons: describeReasons(context, entry.actor, entry.features, entry.evidence, args.lang ?? "EN"),
        factors: factors[index].map((factor) => ({
          ...factor,
          evidence: factor.evidence.flatMap((project) => {
            const node = projects.get(context.history.projects[project].id);
            return node ? [toNodeModel<"Project">(node)] : [];
          }),
        })),
        // Called by the field resolver, outside the query's own guard: guarded keeps its errors typed.
        warmPath: guarded(async () => (path === null ? null : findWarmPath(driver, database, path))),
      },
    ];
  });
}
