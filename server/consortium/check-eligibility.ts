import type { ActionType, Finding as GeneratedFinding } from "../generated/resolvers-types.js";
import { countryName, countryStatus, listDate, pillarTwoOnly } from "./eligibility-countries.js";
import { listing } from "./format-words.js";

/** Something a consortium check found: what, how serious, and how to fix it. */
export type Finding = Omit<GeneratedFinding, "__typename">;

/** What the eligibility rule needs to know of a member. */
export interface EligibilityMember {
  id: string;
  name: string;
  country: string | null;
  /** The legal entity the member belongs to (itself when it is part of nothing). */
  entity: { id: string; name: string };
}

interface LegalEntity {
  id: string;
  name: string;
  country: string | null;
  members: EligibilityMember[];
}

/** Members grouped by legal entity, in the order they were named; an entity's country is its first member's that has one. */
export function groupLegalEntities(members: EligibilityMember[]): LegalEntity[] {
  const entities = new Map<string, LegalEntity>();
  for (const member of members) {
    const entity = entities.get(member.entity.id) ?? { ...member.entity, country: null, members: [] };
    entity.members.push(member);
    entity.country ??= member.country;
    entities.set(member.entity.id, entity);
  }
  return [...entities.values()];
}

function independenceFindings(entities: LegalEntity[]): Finding[] {
  return entities
    .filter((entity) => entity.members.length > 1)
    .map((entity): Finding => {
      const parts = entity.members.filter((member) => member.id !== entity.id).map((member) => member.name);
      const whole = entity.members.length > parts.length;
      return {
        code: "NOT_INDEPENDENT",
        severity: "WARNING",
        message: whole
          ? `${listing(parts)} ${parts.length === 1 ? "is" : "are"} part of ${entity.name}, so ${entity.members.length === 2 ? "the two" : `these ${entity.members.length}`} are one legal entity and count as one participant, not as independent ones.`
          : `${listing(parts)} are parts of one legal entity, ${entity.name}, so they count as one participant, not as independent legal entities.`,
        fix: `Let ${entity.name} take part once, or add an independent partner in their place.`,
      };
    });
}

function countryFindings(entities: LegalEntity[]): Finding[] {
  return entities.flatMap((entity): Finding[] => {
    if (entity.country === null) {
      return [
        {
          code: "UNKNOWN_COUNTRY",
          severity: "WARNING",
          message: `The graph does not say where ${entity.name} is established, so it is not counted toward the eligibility rule.`,
          fix: `Check ${entity.name}'s country of establishment by hand.`,
        },
      ];
    }
    const status = countryStatus(entity.country);
    if (status === "THIRD_COUNTRY") {
      return [
        {
          code: "THIRD_COUNTRY",
          severity: "WARNING",
          message: `${entity.name} is established in ${countryName(entity.country)}, neither an EU member state nor an associated country: it does not count toward the eligibility rule and is funded only in exceptional cases.`,
          fix: `Keep ${entity.name} as an associated partner with its own funding, and count it out of the minimum.`,
        },
      ];
    }
    if (pillarTwoOnly.has(entity.country)) {
      return [
        {
          code: "PILLAR_II_ONLY",
          severity: "INFO",
          message: `${countryName(entity.country)} is associated only to Pillar II (the clusters); ${entity.name} counts as associated only for calls there.`,
          fix: null,
        },
      ];
    }
    return [];
  });
}

/**
 * The Horizon Europe eligibility rule of the action type, as findings. RIA and IA: at least three
 * independent legal entities, each established in a different member state or associated country,
 * at least one of them in a member state. CSA: at least one legal entity established in a member
 * state or associated country. Members that are parts of one legal entity (a PART_OF chain) count once.
 */
export function checkEligibility(members: EligibilityMember[], action: ActionType): Finding[] {
  const entities = groupLegalEntities(members);
  const eligible = entities.filter(
    (entity) => entity.country !== null && countryStatus(entity.country) !== "THIRD_COUNTRY",
  );
  const countries = [...new Set(eligible.map((entity) => entity.country as string))];
  const names = countries.map(countryName);
  const findings = [...independenceFindings(entities), ...countryFindings(entities)];
  const source = `(the Commission's list of participating countries as of ${listDate})`;
  if (action === "CSA") {
    if (eligible.length === 0) {
      findings.push({
        code: "NO_ELIGIBLE_PARTICIPANT",
        severity: "ERROR",
        message: `A CSA needs at least one legal entity established in an EU member state or associated country ${source}; this consortium has none.`,
        fix: "Add a partner established in an EU member state or associated country.",
      });
    } else {
      findings.push({
        code: "ELIGIBILITY_RULE_MET",
        severity: "INFO",
        message: `Meets the CSA rule: ${listing(eligible.map((entity) => entity.name))} ${eligible.length === 1 ? "is a legal entity" : "are legal entities"} established in ${listing(names)}.`,
        fix: null,
      });
    }
    return findings;
  }
  if (countries.length < 3) {
    const missing = 3 - countries.length;
    findings.push({
      code: "TOO_FEW_COUNTRIES",
      severity: "ERROR",
      message:
        `An ${action} needs at least three independent legal entities, each established in a different EU member state or associated country ${source}; ` +
        `this consortium has ${entities.length} independent legal ${entities.length === 1 ? "entity" : "entities"}, established in ` +
        (countries.length === 0
          ? "no eligible country."
          : `${countries.length === 1 ? "one eligible country" : "two eligible countries"} (${listing(names)}).`),
      fix:
        `Add partners established in ${missing === 1 ? "one more member state or associated country" : `${missing} more member states or associated countries`}` +
        `${countries.length > 0 ? ` other than ${listing(names)}` : ""}; partnerSuggestions with \`countries\` finds them.`,
    });
  }
  if (!countries.some((country) => countryStatus(country) === "MEMBER_STATE")) {
    findings.push({
      code: "NO_MEMBER_STATE",
      severity: "ERROR",
      message: `An ${action} needs at least one independent legal entity established in an EU member state; none of this consortium's is.`,
      fix: "Add a partner established in an EU member state.",
    });
  }
  if (!findings.some((finding) => finding.severity === "ERROR")) {
    findings.push({
      code: "ELIGIBILITY_RULE_MET",
      severity: "INFO",
      message: `Meets the ${action} rule: independent legal entities in ${countries.length} eligible countries (${listing(names)}), at least one of them a member state.`,
      fix: null,
    });
  }
  return findings;
}
