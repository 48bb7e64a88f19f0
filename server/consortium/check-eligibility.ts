import type { ActionType, Finding as GeneratedFinding, Language } from "../generated/resolvers-types.js";
import { translate, type Translate } from "../i18n/translate.js";
import { countryName, countryStatus, listDate, pillarTwoOnly } from "./eligibility-countries.js";

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

function independenceFindings(entities: LegalEntity[], t: Translate): Finding[] {
  return entities
    .filter((entity) => entity.members.length > 1)
    .map((entity): Finding => {
      const parts = entity.members.filter((member) => member.id !== entity.id).map((member) => member.name);
      const whole = entity.members.length > parts.length;
      return {
        code: "NOT_INDEPENDENT",
        severity: "WARNING",
        message: whole
          ? t("findings.partOfEntity", {
              count: parts.length,
              parts,
              entity: entity.name,
              members: entity.members.length,
            })
          : t("findings.partsOfEntity", { parts, entity: entity.name }),
        fix: t("findings.independenceFix", { entity: entity.name }),
      };
    });
}

function countryFindings(entities: LegalEntity[], lang: Language, t: Translate): Finding[] {
  return entities.flatMap((entity): Finding[] => {
    if (entity.country === null) {
      return [
        {
          code: "UNKNOWN_COUNTRY",
          severity: "WARNING",
          message: t("findings.unknownCountry", { entity: entity.name }),
          fix: t("findings.unknownCountryFix", { entity: entity.name }),
        },
      ];
    }
    const status = countryStatus(entity.country);
    if (status === "THIRD_COUNTRY") {
      return [
        {
          code: "THIRD_COUNTRY",
          severity: "WARNING",
          message: t("findings.thirdCountry", { entity: entity.name, country: countryName(entity.country, lang) }),
          fix: t("findings.thirdCountryFix", { entity: entity.name }),
        },
      ];
    }
    if (pillarTwoOnly.has(entity.country)) {
      return [
        {
          code: "PILLAR_II_ONLY",
          severity: "INFO",
          message: t("findings.pillarTwoOnly", { entity: entity.name, country: countryName(entity.country, lang) }),
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
 * The sentences are in `lang` (English by default).
 */
export function checkEligibility(members: EligibilityMember[], action: ActionType, lang: Language = "EN"): Finding[] {
  const t = translate(lang);
  const entities = groupLegalEntities(members);
  const eligible = entities.filter(
    (entity) => entity.country !== null && countryStatus(entity.country) !== "THIRD_COUNTRY",
  );
  const countries = [...new Set(eligible.map((entity) => entity.country as string))];
  const names = countries.map((country) => countryName(country, lang));
  const findings = [...independenceFindings(entities, t), ...countryFindings(entities, lang, t)];
  if (action === "CSA") {
    findings.push(
      eligible.length === 0
        ? {
            code: "NO_ELIGIBLE_PARTICIPANT",
            severity: "ERROR",
            message: t("findings.noEligibleParticipant", { listDate }),
            fix: t("findings.noEligibleParticipantFix"),
          }
        : {
            code: "ELIGIBILITY_RULE_MET",
            severity: "INFO",
            message: t("findings.csaRuleMet", {
              count: eligible.length,
              entities: eligible.map((entity) => entity.name),
              countries: names,
            }),
            fix: null,
          },
    );
    return findings;
  }
  if (countries.length < 3) {
    const missing = 3 - countries.length;
    const tooFew = (["findings.tooFewNoCountry", "findings.tooFewOneCountry", "findings.tooFewTwoCountries"] as const)[
      countries.length
    ];
    findings.push({
      code: "TOO_FEW_COUNTRIES",
      severity: "ERROR",
      message: t(tooFew, { action, listDate, count: entities.length, countries: names }),
      fix: t(countries.length > 0 ? "findings.addCountriesBesides" : "findings.addCountries", {
        count: missing,
        countries: names,
      }),
    });
  }
  if (!countries.some((country) => countryStatus(country) === "MEMBER_STATE")) {
    findings.push({
      code: "NO_MEMBER_STATE",
      severity: "ERROR",
      message: t("findings.noMemberState", { action }),
      fix: t("findings.noMemberStateFix"),
    });
  }
  if (!findings.some((finding) => finding.severity === "ERROR")) {
    findings.push({
      code: "ELIGIBILITY_RULE_MET",
      severity: "INFO",
      message: t("findings.ruleMet", { action, number: countries.length, countries: names }),
      fix: null,
    });
  }
  return findings;
}
