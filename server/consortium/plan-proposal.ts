import type { ActionType } from "../generated/resolvers-types.js";
import { actionRules } from "./action-rules.js";
import { sectorOf, type Sector } from "./actor-sectors.js";
import { countryStatus, isEligibleCountry, toCordisCountry } from "./eligibility-countries.js";

/** What a place of a proposed consortium is for. */
export type NeedCode =
  "MEMBER_STATE" | "COUNTRY" | "REQUIRED_KIND" | "ENTITY" | "USUAL_KIND" | "WARM_INTRODUCTION" | "TOPIC_RECORD";

export interface Need {
  code: NeedCode;
  /** The kind of partner a REQUIRED_KIND or USUAL_KIND need asks for. */
  sector?: Exclude<Sector, "other">;
}

/** A member as the plan sees it: its legal entity, country and sector. */
export interface PlanMember {
  entity: string;
  country: string | null;
  kind: string;
}

/** A candidate as the plan sees it, in the order of likelihood (the most likely first). */
export interface PlanCandidate {
  id: string;
  country: string | null;
  kind: string;
  /** Whether it has worked with a member before (a shared project or a stated tie). */
  warm: boolean;
}

export interface PlannedPlace {
  /** Index into the candidates. */
  candidate: number;
  need: Need;
  /** Up to two other candidates (indexes) that fill the same need, the most likely first. */
  alternatives: number[];
}

export interface ProposalPlan {
  places: PlannedPlace[];
  /** Needs no candidate could fill. */
  unmet: Need[];
  /** The size aimed at: the one asked for, raised when the rules need more. */
  size: number;
}

export interface PlanRequest {
  members: PlanMember[];
  candidates: PlanCandidate[];
  /** The type of action whose rule sets the needs; null when it is not known (no rule needs). */
  action: ActionType | null;
  /** The whole consortium's size, members included. */
  size: number;
}

/** The sector a type of action usually needs beyond its rule: research for an RIA, industry for an IA. */
export const usualSector: Partial<Record<ActionType, Exclude<Sector, "other">>> = { RIA: "research", IA: "industry" };

const countryOf = (country: string | null) => (country === null ? null : toCordisCountry(country));

interface State {
  entities: Set<string>;
  countries: Set<string>;
  sectors: Map<Sector, number>;
}

function stateOf(members: PlanMember[]): State {
  const entities = new Map<string, PlanMember>();
  for (const member of members) if (!entities.has(member.entity)) entities.set(member.entity, member);
  const state: State = { entities: new Set(entities.keys()), countries: new Set(), sectors: new Map() };
  for (const member of members) {
    const country = countryOf(member.country);
    if (country !== null && isEligibleCountry(country)) state.countries.add(country);
  }
  // A legal entity counts once for a kind, with the kind of any of its members.
  for (const [entity, first] of entities) {
    const sectors = new Set(members.filter((m) => m.entity === entity).map((m) => sectorOf(m.kind)));
    if (first.country !== null && isEligibleCountry(toCordisCountry(first.country)))
      for (const sector of sectors) state.sectors.set(sector, (state.sectors.get(sector) ?? 0) + 1);
  }
  return state;
}

/** The next need the rules name that the consortium so far does not meet, or null. */
function nextRuleNeed(state: State, action: ActionType | null, tried: Set<string>): Need | null {
  if (action === null) return null;
  const rule = actionRules[action];
  if (!rule.consortium) return null;
  const countries = [...state.countries];
  const needs: Need[] = [];
  if (rule.memberState && !countries.some((c) => countryStatus(c) === "MEMBER_STATE"))
    needs.push({ code: "MEMBER_STATE" });
  if (countries.length < rule.minCountries) needs.push({ code: "COUNTRY" });
  for (const [sector, count] of Object.entries(rule.sectors) as Array<[Exclude<Sector, "other">, number]>)
    if ((state.sectors.get(sector) ?? 0) < count) needs.push({ code: "REQUIRED_KIND", sector });
  if (state.entities.size < rule.minEntities) needs.push({ code: "ENTITY" });
  const sector = usualSector[action];
  if (sector && (state.sectors.get(sector) ?? 0) === 0) needs.push({ code: "USUAL_KIND", sector });
  return needs.find((need) => !tried.has(needKey(need))) ?? null;
}

const needKey = (need: Need) => `${need.code}:${need.sector ?? ""}`;

/** Whether a candidate fills a need, given the consortium so far. */
function fills(candidate: PlanCandidate, need: Need, state: State): boolean {
  const country = countryOf(candidate.country);
  if (country === null || !isEligibleCountry(country)) return false;
  switch (need.code) {
    case "MEMBER_STATE":
      return countryStatus(country) === "MEMBER_STATE" && !state.countries.has(country);
    case "COUNTRY":
      return !state.countries.has(country);
    case "REQUIRED_KIND":
    case "USUAL_KIND":
      return sectorOf(candidate.kind) === need.sector;
    case "ENTITY":
    case "TOPIC_RECORD":
      return true;
    case "WARM_INTRODUCTION":
      return candidate.warm;
  }
}

function add(state: State, candidate: PlanCandidate): void {
  const country = countryOf(candidate.country);
  state.entities.add(candidate.id);
  if (country !== null && isEligibleCountry(country)) {
    state.countries.add(country);
    const sector = sectorOf(candidate.kind);
    state.sectors.set(sector, (state.sectors.get(sector) ?? 0) + 1);
  }
}

/**
 * Plans a proposed consortium, rules first and likelihood second: each need the type of action's
 * rule names (a member state, more eligible countries, the kinds of partner it requires, enough
 * independent entities, then the kind it usually needs) is filled by the most likely candidate
 * that fills it; the remaining places up to `size` go to the most likely candidates established in
 * an eligible country. A need no candidate fills is unmet. The size is raised when the rules need
 * more places than it leaves, and capped at the rule's largest consortium.
 */
export function planProposal(request: PlanRequest): ProposalPlan {
  const { candidates, action } = request;
  const state = stateOf(request.members);
  const rule = action === null ? null : actionRules[action];
  const taken = new Set<number>();
  const places: Array<{ candidate: number; need: Need; state: State }> = [];
  const unmet: Need[] = [];
  const tried = new Set<string>();
  const first = (need: Need, at: State) => candidates.findIndex((c, i) => !taken.has(i) && fills(c, need, at));
  const snapshot = (): State => ({
    entities: new Set(state.entities),
    countries: new Set(state.countries),
    sectors: new Map(state.sectors),
  });
  const maxEntities = rule?.maxEntities ?? null;
  const room = () => maxEntities === null || state.entities.size < maxEntities;
  for (
    let need = nextRuleNeed(state, action, tried);
    need !== null && room();
    need = nextRuleNeed(state, action, tried)
  ) {
    const chosen = first(need, state);
    if (chosen < 0) {
      tried.add(needKey(need));
      unmet.push(need);
      continue;
    }
    places.push({ candidate: chosen, need, state: snapshot() });
    taken.add(chosen);
    add(state, candidates[chosen]);
  }
  let size = Math.max(request.size, state.entities.size);
  if (maxEntities !== null) size = Math.min(size, Math.max(maxEntities, request.members.length));
  while (state.entities.size < size) {
    const warm = first({ code: "WARM_INTRODUCTION" }, state);
    const best = first({ code: "TOPIC_RECORD" }, state);
    if (best < 0) break;
    const need: Need = { code: best === warm ? "WARM_INTRODUCTION" : "TOPIC_RECORD" };
    places.push({ candidate: best, need, state: snapshot() });
    taken.add(best);
    add(state, candidates[best]);
  }
  // Each place's alternatives: the most likely that fill its need, those no earlier place offers first.
  const offered = new Set<number>();
  return {
    places: places.map((place) => {
      const fitting = candidates
        .map((candidate, index) => ({ candidate, index }))
        .filter(({ candidate, index }) => !taken.has(index) && fills(candidate, place.need, place.state))
        .map(({ index }) => index);
      const alternatives = [...fitting.filter((index) => !offered.has(index)), ...fitting].slice(0, 2);
      for (const index of alternatives) offered.add(index);
      return { candidate: place.candidate, need: place.need, alternatives: [...new Set(alternatives)] };
    }),
    unmet,
    size,
  };
}
