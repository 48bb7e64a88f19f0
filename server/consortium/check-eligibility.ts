import type { ActionType, Finding as GeneratedFinding, Language } from "../generated/resolvers-types.js";
import { translate, type Translate } from "../i18n/translate.js";
import { actionRules } from "./action-rules.js";
import { sectorOf, type Sector } from "./actor-sectors.js";
import { countryName, countryStatus, listDate, pillarTwoOnly } from "./eligibility-countries.js";

/** Something a consortium check found: what, how serious, and how to fix it. */
export type Finding = Omit<GeneratedFinding, "__typename">;

/** What the eligibility rule needs to know of a member. */
export interface EligibilityMember {
  id: string;
  name: string;
  country: string | null;
  /** Its actor kind, for the kinds of partner a rule names; none counts as no kind. */
  kind?: string;
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

/** Where the rule is stated, and whether its exact words have been checked. */
function sourceFinding(action: ActionType, t: Translate): Finding {
  const rule = actionRules[action];
  return {
    code: rule.verified ? "RULE_STATED_IN" : "RULE_UNVERIFIED",
    severity: "INFO",
    message: t(rule.verified ? "findings.ruleStatedIn" : "findings.ruleUnverified", {
      action: t(`actions.${action}`),
      source: rule.statedIn,
    }),
    fix: null,
  };
}

/** The kinds of partner the rule names, each among independent legal entities in eligible countries. */
function sectorFindings(action: ActionType, eligible: LegalEntity[], t: Translate): Finding[] {
  const rule = actionRules[action];
  return Object.entries(rule.sectors).flatMap(([sector, needed]): Finding[] => {
    const present = eligible.filter((entity) => entity.members.some((member) => sectorOf(member.kind) === sector));
    if (present.length >= needed) return [];
    const kind = sector as Exclude<Sector, "other">;
    return [
      {
        code: "MISSING_REQUIRED_KIND",
        severity: "ERROR",
        message: t("findings.missingRequiredKind", {
          action: t(`actions.${action}`),
          count: needed,
          sector: t(`sectors.${kind}`),
          present: present.length,
        }),
        fix: t("findings.addSector", { sector: t(`sectorsIndefinite.${kind}`) }),
      },
    ];
  });
}

/** The findings on the countries: too few eligible ones, or none a member state. */
function countryRuleFindings(
  action: ActionType,
  entities: LegalEntity[],
  eligible: LegalEntity[],
  lang: Language,
  t: Translate,
): Finding[] {
  const rule = actionRules[action];
  const countries = [...new Set(eligible.map((entity) => entity.country as string))];
  const names = countries.map((country) => countryName(country, lang));
  const label = t(`actions.${action}`);
  const findings: Finding[] = [];
  if (rule.minCountries === 1 && eligible.length === 0) {
    findings.push({
      code: "NO_ELIGIBLE_PARTICIPANT",
      severity: "ERROR",
      message: t("findings.noEligibleParticipant", { action: label, listDate }),
      fix: t("findings.noEligibleParticipantFix"),
    });
  } else if (rule.minCountries === 3 && countries.length < 3) {
    const tooFew = (["findings.tooFewNoCountry", "findings.tooFewOneCountry", "findings.tooFewTwoCountries"] as const)[
      countries.length
    ];
    findings.push({
      code: "TOO_FEW_COUNTRIES",
      severity: "ERROR",
      message: t(tooFew, { action: label, listDate, count: entities.length, countries: names }),
      fix: t(countries.length > 0 ? "findings.addCountriesBesides" : "findings.addCountries", {
        count: 3 - countries.length,
        countries: names,
      }),
    });
  } else if (countries.length < rule.minCountries) {
    findings.push({
      code: "TOO_FEW_COUNTRIES",
      severity: "ERROR",
      message: t("findings.tooFewCountries", {
        action: label,
        listDate,
        min: rule.minCountries,
        count: countries.length,
      }),
      fix: t(countries.length > 0 ? "findings.addCountriesBesides" : "findings.addCountries", {
        count: rule.minCountries - countries.length,
        countries: names,
      }),
    });
  }
  if (rule.memberState && !countries.some((country) => countryStatus(country) === "MEMBER_STATE")) {
    findings.push({
      code: "NO_MEMBER_STATE",
      severity: "ERROR",
      message: t("findings.noMemberState", { action: label }),
      fix: t("findings.noMemberStateFix"),
    });
  }
  return findings;
}

/**
 * The Horizon Europe eligibility rule of the type of action ({@link actionRules}), as findings:
 * how many independent legal entities (at least, and at most for single-beneficiary actions), in
 * how many different eligible countries, one of them a member state, and the kinds of partner the
 * rule names (public procurers, a company). Members that are parts of one legal entity (a PART_OF
 * chain) count once. A prize has no consortium rule. Every answer says where the rule is stated,
 * and when its exact words have not been checked. The sentences are in `lang` (English by default).
 */
export function checkEligibility(members: EligibilityMember[], action: ActionType, lang: Language = "EN"): Finding[] {
  const t = translate(lang);
  const rule = actionRules[action];
  const label = t(`actions.${action}`);
  const entities = groupLegalEntities(members);
  const eligible = entities.filter(
    (entity) => entity.country !== null && countryStatus(entity.country) !== "THIRD_COUNTRY",
  );
  const findings = [...independenceFindings(entities, t), ...countryFindings(entities, lang, t)];
  if (!rule.consortium) {
    findings.push(
      {
        code: "NO_CONSORTIUM_RULE",
        severity: "INFO",
        message: t("findings.noConsortiumRule", { action: label }),
        fix: null,
      },
      sourceFinding(action, t),
    );
    return findings;
  }
  if (rule.maxEntities !== null && entities.length > rule.maxEntities) {
    findings.push({
      code: "TOO_MANY_ENTITIES",
      severity: "ERROR",
      message: t("findings.tooManyEntities", { action: label, max: rule.maxEntities, count: entities.length }),
      fix: t("findings.tooManyEntitiesFix", { count: rule.maxEntities }),
    });
  }
  if (rule.minEntities > rule.minCountries && entities.length < rule.minEntities) {
    findings.push({
      code: "TOO_FEW_ENTITIES",
      severity: "ERROR",
      message: t("findings.tooFewEntities", { action: label, min: rule.minEntities, count: entities.length }),
      fix: t("findings.tooFewEntitiesFix", { count: rule.minEntities - entities.length }),
    });
  }
  findings.push(...countryRuleFindings(action, entities, eligible, lang, t), ...sectorFindings(action, eligible, t));
  if (!findings.some((finding) => finding.severity === "ERROR")) {
    const countries = [...new Set(eligible.map((entity) => entity.country as string))];
    const names = countries.map((country) => countryName(country, lang));
    findings.push({
      code: "ELIGIBILITY_RULE_MET",
      severity: "INFO",
      message:
        rule.minCountries >= 3
          ? t("findings.ruleMet", { action: label, number: countries.length, countries: names })
          : t("findings.ruleMetFew", {
              action: label,
              count: eligible.length,
              entities: eligible.map((entity) => entity.name),
              countries: names,
            }),
      fix: null,
    });
  }
  findings.push(sourceFinding(action, t));
  return findings;
}
