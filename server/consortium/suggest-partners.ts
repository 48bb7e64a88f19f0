import type { Driver, Node } from "neo4j-driver";
import { toObject } from "../model/graph-values.js";
import { checkRange } from "../model/validate-arguments.js";
import { resolveTopic } from "../calls/read-call-topic.js";
import { badInput, guarded } from "../model/errors.js";
import type { PartnerSuggestion, QueryPartnerSuggestionsArgs, ResolversTypes } from "../generated/resolvers-types.js";
import type { PlainNode } from "../model/graph-values.js";
import { sectorNoun, sectorOf } from "./actor-sectors.js";
import { isEligibleCountry, toCordisCountry } from "./eligibility-countries.js";
import { findCandidates, findSuggestedActors, type Candidate } from "./find-candidates.js";
import { findMembers, toConsortiumIds, type Member } from "./find-members.js";
import { findWarmPath } from "./find-warm-path.js";
import { findProjects, matchTopic, type MatchedProject } from "./match-topic.js";
import { describeProximity, measureProximity } from "./measure-proximity.js";
import {
  combineFactors,
  compareSuggestions,
  complementFactor,
  experienceFactor,
  proximityFactor,
  scoreCandidate,
  topicalFactor,
  type Complement,
  type ScoreFactor,
  type ScoreInput,
} from "./score-partners.js";

/**
 * A suggestion as the resolver returns it (codegen maps PartnerSuggestion to this). `warmPath` is
 * a function, which GraphQL's default field resolver calls only when a query selects the field:
 * paths are the costliest part.
 */
export type SuggestionModel = Omit<PartnerSuggestion, "actor" | "factors" | "warmPath"> & {
  actor: PlainNode;
  factors: Array<ScoreFactor<PlainNode>>;
  warmPath: () => Promise<ResolversTypes["Network"] | null>;
};

interface Scored {
  candidate: Candidate;
  input: ScoreInput;
  id: string;
  score: number;
}

const countryPattern = /^[A-Z]{2}$/;

function toCountries(countries: readonly string[] | null | undefined): string[] | null {
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

/** What a candidate brings that no member has: an eligible country, a sector. */
function complementOf(candidate: Candidate, members: Member[]): Complement | null {
  if (members.length === 0) return null;
  const country = candidate.country ? toCordisCountry(candidate.country) : null;
  const sector = sectorOf(candidate.kind);
  const hasCountry = members.some((member) => member.country !== null && toCordisCountry(member.country) === country);
  return {
    newCountry: country !== null && isEligibleCountry(country) && !hasCountry ? country : null,
    newSector:
      sector !== "other" && !members.some((member) => sectorOf(member.kind) === sector) ? sectorNoun[sector] : null,
  };
}

/** Scores every candidate from what is already known, best first; the evidence is fetched for the winners only. */
function rankCandidates(
  candidates: Candidate[],
  projects: Map<string, MatchedProject>,
  members: Member[],
  steps: Map<string, 0 | 1 | 2> | null,
  currentYear: number,
): Scored[] {
  return candidates
    .map((candidate) => {
      const input: ScoreInput = {
        relevances: candidate.matchedProjects.map((id) => projects.get(id)?.relevance ?? 0),
        record: candidate,
        steps: steps === null ? null : (steps.get(candidate.id) ?? 0),
        complement: complementOf(candidate, members),
      };
      return { candidate, input, id: candidate.id, score: scoreCandidate(input, currentYear) };
    })
    .sort(compareSuggestions);
}

/**
 * Suggests partners for a topic: the participants of the projects that best match it, scored by
 * topical match, experience, closeness to the consortium and what they add to it, each factor
 * with a sentence and its evidence, and a warm introduction path from a member.
 */
export async function suggestPartners(
  driver: Driver,
  database: string,
  args: QueryPartnerSuggestionsArgs,
): Promise<SuggestionModel[]> {
  const limit = checkRange("limit", args.limit, 1, 50, 10);
  const topic = await resolveTopic(driver, database, args.topic);
  const consortium = toConsortiumIds(args.consortium);
  const countries = toCountries(args.countries);
  const kinds = args.kinds && args.kinds.length > 0 ? [...args.kinds] : null;
  const [members, matched] = await Promise.all([
    findMembers(driver, database, consortium),
    matchTopic(driver, database, topic),
  ]);
  if (matched.length === 0) return [];
  const candidates = await findCandidates(driver, database, matched, { exclude: consortium, countries, kinds });
  const steps =
    members.length === 0
      ? null
      : await measureProximity(
          driver,
          database,
          consortium,
          candidates.map((candidate) => candidate.id),
        );
  const projects = new Map(matched.map((project) => [project.id, project]));
  const currentYear = new Date().getUTCFullYear();
  const top = rankCandidates(candidates, projects, members, steps, currentYear).slice(0, limit);
  const topIds = top.map((entry) => entry.id);
  const closestMatches = new Map(
    top.map((entry) => [
      entry.id,
      entry.candidate.matchedProjects
        .map((id) => projects.get(id) as MatchedProject)
        .sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id))
        .slice(0, 3),
    ]),
  );
  const [actors, evidence, proximity] = await Promise.all([
    findSuggestedActors(driver, database, topIds),
    findProjects(driver, database, [...new Set([...closestMatches.values()].flat().map((match) => match.id))]),
    steps === null
      ? Promise.resolve(null)
      : describeProximity(driver, database, members, new Map(topIds.map((id) => [id, steps.get(id) ?? 0]))),
  ]);
  return top.map((entry): SuggestionModel => {
    const matches = closestMatches.get(entry.id) ?? [];
    const detail = proximity?.get(entry.id) ?? null;
    const actor = actors.get(entry.id) as { actor: Node; experience: Node[] };
    const toObjects = (nodes: Node[]) => nodes.map(toObject);
    const factors = [
      topicalFactor(
        entry.input.relevances,
        toObjects(matches.map((match) => evidence.get(match.id) as Node)),
        matches[0]?.label ?? null,
      ),
      experienceFactor(entry.candidate, currentYear, toObjects(actor.experience)),
      proximityFactor(steps === null ? null : (detail?.proximity ?? { steps: 0 }), toObjects(detail?.evidence ?? [])),
      complementFactor(entry.input.complement),
    ];
    const memberId = detail?.memberId ?? null;
    // Called by the field resolver, outside the query's own guard: guarded keeps its errors typed.
    const warmPath = guarded(async () => (memberId ? findWarmPath(driver, database, memberId, entry.id) : null));
    return { actor: toObject(actor.actor), score: combineFactors(factors), factors, warmPath };
  });
}
