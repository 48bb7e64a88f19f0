import type { ActionType } from "../generated/resolvers-types.js";
import { sectorNoun, sectorOf, type Sector } from "./actor-sectors.js";
import type { Finding } from "./check-eligibility.js";
import { listing } from "./format-words.js";

/** What the composition checks need to know of a member. */
export interface CompositionMember {
  id: string;
  name: string;
  kind: string;
  entity: { id: string };
  coordinations: number;
}

/** The sector an action type most needs: research for an RIA, industry for an IA. */
const neededMost: Partial<Record<ActionType, Sector>> = { RIA: "research", IA: "industry" };

const missingCodes: Record<Exclude<Sector, "other">, string> = {
  research: "NO_RESEARCH_PARTNER",
  industry: "NO_COMPANY",
  public: "NO_PUBLIC_BODY",
};

/** Missing sectors: no university or research organisation, no company, no public body. */
export function missingSectorFindings(members: CompositionMember[], action: ActionType): Finding[] {
  const present = new Set(members.map((member) => sectorOf(member.kind)));
  return (["research", "industry", "public"] as const)
    .filter((sector) => !present.has(sector))
    .map((sector) => ({
      code: missingCodes[sector],
      severity: neededMost[action] === sector ? "WARNING" : "INFO",
      message:
        `No member is a ${sectorNoun[sector]}` +
        (neededMost[action] === sector ? `, which an ${action} usually needs.` : "."),
      fix: `If the topic asks for one, add a ${sectorNoun[sector]}; partnerSuggestions with \`kinds\` finds them.`,
    }));
}

/** Coordinator experience: does any member have an EU project it coordinated? */
export function coordinatorFindings(members: CompositionMember[]): Finding[] {
  const experienced = members
    .filter((member) => member.coordinations > 0)
    .sort((a, b) => b.coordinations - a.coordinations || a.id.localeCompare(b.id));
  if (experienced.length === 0) {
    return [
      {
        code: "NO_COORDINATOR_EXPERIENCE",
        severity: "WARNING",
        message: "No member has coordinated an EU project in the graph.",
        fix: "Add an experienced coordinator, or plan for coordination support (a project office, training).",
      },
    ];
  }
  const [first] = experienced;
  return [
    {
      code: "COORDINATOR_EXPERIENCE",
      severity: "INFO",
      message: `${first.name} has coordinated ${first.coordinations} EU project${first.coordinations === 1 ? "" : "s"}: a natural coordinator.`,
      fix: null,
    },
  ];
}

/**
 * A closed club: most pairs of independent members have already worked together in a project.
 * Checked from three legal entities up; `pairsWithSharedProject` counts the pairs of entities that share one.
 */
export function closedClubFindings(members: CompositionMember[], pairsWithSharedProject: number): Finding[] {
  const entities = new Set(members.map((member) => member.entity.id)).size;
  const pairs = (entities * (entities - 1)) / 2;
  if (entities < 3 || pairsWithSharedProject * 2 <= pairs) return [];
  return [
    {
      code: "CLOSED_CLUB",
      severity: "INFO",
      message: `${pairsWithSharedProject} of ${pairs} pairs of members have already worked together in EU projects: the consortium is a closed club.`,
      fix: "Consider a partner new to the group that brings what the topic needs; partnerSuggestions ranks them.",
    },
  ];
}

/** Members with no project that matches the topic. */
export function topicalFindings(members: CompositionMember[], matchedProjects: Map<string, number>): Finding[] {
  const without = members.filter((member) => (matchedProjects.get(member.id) ?? 0) === 0);
  if (without.length === 0) return [];
  return [
    {
      code: "NO_TOPICAL_TRACK_RECORD",
      severity: "WARNING",
      message: `${listing(without.map((member) => member.name))} ${without.length === 1 ? "has" : "have"} taken part in no project that matches the topic.`,
      fix: "Show their relevant expertise in the proposal, or add a partner with a track record in the topic.",
    },
  ];
}
