import type { ActionType, Language } from "../generated/resolvers-types.js";
import { translate } from "../i18n/translate.js";
import { sectorOf, type Sector } from "./actor-sectors.js";
import type { Finding } from "./check-eligibility.js";

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
export function missingSectorFindings(
  members: CompositionMember[],
  action: ActionType,
  lang: Language = "EN",
): Finding[] {
  const t = translate(lang);
  const present = new Set(members.map((member) => sectorOf(member.kind)));
  return (["research", "industry", "public"] as const)
    .filter((sector) => !present.has(sector))
    .map((sector) => ({
      code: missingCodes[sector],
      severity: neededMost[action] === sector ? "WARNING" : "INFO",
      message: t(neededMost[action] === sector ? "findings.noSectorNeeded" : "findings.noSector", {
        sector: t(`sectorsIndefinite.${sector}`),
        action: t(`actions.${action}`),
      }),
      fix: t("findings.addSector", { sector: t(`sectorsIndefinite.${sector}`) }),
    }));
}

/** Coordinator experience: does any member have an EU project it coordinated? */
export function coordinatorFindings(members: CompositionMember[], lang: Language = "EN"): Finding[] {
  const t = translate(lang);
  const experienced = members
    .filter((member) => member.coordinations > 0)
    .sort((a, b) => b.coordinations - a.coordinations || a.id.localeCompare(b.id));
  if (experienced.length === 0) {
    return [
      {
        code: "NO_COORDINATOR_EXPERIENCE",
        severity: "WARNING",
        message: t("findings.noCoordinatorExperience"),
        fix: t("findings.addCoordinator"),
      },
    ];
  }
  const [first] = experienced;
  return [
    {
      code: "COORDINATOR_EXPERIENCE",
      severity: "INFO",
      message: t("findings.coordinatorExperience", { name: first.name, count: first.coordinations }),
      fix: null,
    },
  ];
}

/**
 * A closed club: most pairs of independent members have already worked together in a project.
 * Checked from three legal entities up; `pairsWithSharedProject` counts the pairs of entities that share one.
 */
export function closedClubFindings(
  members: CompositionMember[],
  pairsWithSharedProject: number,
  lang: Language = "EN",
): Finding[] {
  const entities = new Set(members.map((member) => member.entity.id)).size;
  const pairs = (entities * (entities - 1)) / 2;
  if (entities < 3 || pairsWithSharedProject * 2 <= pairs) return [];
  const t = translate(lang);
  return [
    {
      code: "CLOSED_CLUB",
      severity: "INFO",
      message: t("findings.closedClub", { shared: pairsWithSharedProject, pairs }),
      fix: t("findings.closedClubFix"),
    },
  ];
}

/** Members with no project that matches the topic. */
export function topicalFindings(
  members: CompositionMember[],
  matchedProjects: Map<string, number>,
  lang: Language = "EN",
): Finding[] {
  const without = members.filter((member) => (matchedProjects.get(member.id) ?? 0) === 0);
  if (without.length === 0) return [];
  const t = translate(lang);
  return [
    {
      code: "NO_TOPICAL_TRACK_RECORD",
      severity: "WARNING",
      message: t("findings.noTopicalTrackRecord", {
        count: without.length,
        names: without.map((member) => member.name),
      }),
      fix: t("findings.noTopicalTrackRecordFix"),
    },
  ];
}
