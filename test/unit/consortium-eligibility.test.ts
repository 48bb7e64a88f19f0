import { describe, expect, it } from "vitest";
import { actionRules, actionTypes } from "../../server/consortium/action-rules.js";
import { checkEligibility, type EligibilityMember } from "../../server/consortium/check-eligibility.js";
import {
  associatedCountries,
  countryStatus,
  memberStates,
  toCordisCountry,
} from "../../server/consortium/eligibility-countries.js";

const member = (id: string, country: string | null, entity = id): EligibilityMember => ({
  id,
  name: id.toUpperCase(),
  country,
  entity: { id: entity, name: entity.toUpperCase() },
});
const codes = (findings: Array<{ code: string; severity: string }>) => findings.map((f) => `${f.severity} ${f.code}`);
const errors = <F extends { severity: string }>(findings: F[]) => findings.filter((f) => f.severity === "ERROR");

describe("the countries lists", () => {
  it("holds the 27 member states and the associated countries, in CORDIS spelling", () => {
    expect(memberStates.size).toBe(27);
    expect(memberStates.has("EL")).toBe(true);
    expect(associatedCountries.has("NO")).toBe(true);
    expect(associatedCountries.has("UK")).toBe(true);
    expect(countryStatus("GR")).toBe("MEMBER_STATE");
    expect(countryStatus("gb")).toBe("ASSOCIATED");
    expect(countryStatus("US")).toBe("THIRD_COUNTRY");
    expect(toCordisCountry(" gr ")).toBe("EL");
  });
});

describe("the RIA and IA rule", () => {
  it("fails two Swedish members with TOO_FEW_COUNTRIES and a fix", () => {
    const findings = checkEligibility([member("kth", "SE"), member("ki", "SE")], "RIA");
    expect(codes(errors(findings))).toEqual(["ERROR TOO_FEW_COUNTRIES"]);
    const [error] = errors(findings);
    expect(error.message).toContain("three independent legal entities");
    expect(error.message).toContain("Sweden");
    expect(error.fix).toMatch(/2 more member states or associated countries other than Sweden/);
  });

  it("passes three entities in three countries with one member state", () => {
    const findings = checkEligibility([member("kth", "SE"), member("sintef", "NO"), member("epfl", "CH")], "IA");
    expect(errors(findings)).toEqual([]);
    expect(codes(findings)).toContain("INFO ELIGIBILITY_RULE_MET");
  });

  it("needs a member state among the three", () => {
    const findings = checkEligibility([member("a", "NO"), member("b", "CH"), member("c", "UK")], "RIA");
    expect(codes(errors(findings))).toEqual(["ERROR NO_MEMBER_STATE"]);
  });

  it("counts parts of one legal entity once and says they are not independent", () => {
    const findings = checkEligibility(
      [member("kommunstyrelsen", "SE", "stockholms-stad"), member("stockholms-stad", "SE"), member("fraunhofer", "DE")],
      "RIA",
    );
    const notIndependent = findings.find((f) => f.code === "NOT_INDEPENDENT");
    expect(notIndependent?.message).toMatch(/KOMMUNSTYRELSEN is part of STOCKHOLMS-STAD/);
    expect(findings.find((f) => f.code === "TOO_FEW_COUNTRIES")?.message).toContain("2 independent legal entities");
  });

  it("does not count third-country or countryless members toward the rule", () => {
    const findings = checkEligibility(
      [member("a", "SE"), member("b", "DE"), member("c", "US"), member("d", null)],
      "RIA",
    );
    expect(codes(findings)).toEqual(
      expect.arrayContaining(["ERROR TOO_FEW_COUNTRIES", "WARNING THIRD_COUNTRY", "WARNING UNKNOWN_COUNTRY"]),
    );
  });
});

describe("the CSA rule", () => {
  it("is met by one legal entity in a member state", () => {
    expect(errors(checkEligibility([member("kth", "SE")], "CSA"))).toEqual([]);
  });

  it("is not met by a third-country entity alone", () => {
    expect(codes(errors(checkEligibility([member("mit", "US")], "CSA")))).toEqual(["ERROR NO_ELIGIBLE_PARTICIPANT"]);
  });
});

const withKind = (id: string, country: string, kind: string): EligibilityMember => ({ ...member(id, country), kind });

describe("every type of action of the call catalogue", () => {
  it("has a rule with the place it is stated, and says when its exact words were not checked", () => {
    for (const action of actionTypes) {
      const rule = actionRules[action];
      expect(rule.statedIn.length, action).toBeGreaterThan(10);
      const findings = checkEligibility([member("kth", "SE")], action);
      const source = findings.find((f) => f.code === (rule.verified ? "RULE_STATED_IN" : "RULE_UNVERIFIED"));
      expect(source?.message, action).toContain(rule.statedIn);
    }
    expect(actionRules.RIA.verified).toBe(true);
    expect(actionRules.MSCA_SE.verified).toBe(false);
  });

  it("asks PCP and PPI for two public buyers beside the three countries", () => {
    const three = [
      withKind("a", "SE", "UNIVERSITY"),
      withKind("b", "DE", "COMPANY"),
      withKind("c", "FI", "MUNICIPALITY"),
    ];
    const findings = checkEligibility(three, "PCP");
    expect(codes(errors(findings))).toEqual(["ERROR MISSING_REQUIRED_KIND"]);
    expect(errors(findings)[0].message).toMatch(
      /pre-commercial procurement .*at least 2 independent legal entities of this kind: public body; this consortium has 1/,
    );
    expect(errors(checkEligibility([...three, withKind("d", "FR", "PUBLIC_BODY")], "PPI"))).toEqual([]);
  });

  it("takes one host for an MSCA fellowship and one company for the EIC Accelerator", () => {
    expect(errors(checkEligibility([withKind("kth", "SE", "UNIVERSITY")], "MSCA_PF"))).toEqual([]);
    expect(codes(errors(checkEligibility([member("kth", "SE"), member("ki", "SE")], "MSCA_PF")))).toEqual([
      "ERROR TOO_MANY_ENTITIES",
    ]);
    expect(codes(errors(checkEligibility([withKind("kth", "SE", "UNIVERSITY")], "EIC_ACCELERATOR")))).toEqual([
      "ERROR MISSING_REQUIRED_KIND",
    ]);
    expect(errors(checkEligibility([withKind("startup", "SE", "COMPANY")], "EIC_ACCELERATOR"))).toEqual([]);
  });

  it("asks an MSCA staff exchange for three entities, two of them in eligible countries", () => {
    expect(codes(errors(checkEligibility([member("a", "SE"), member("b", "DE")], "MSCA_SE")))).toEqual([
      "ERROR TOO_FEW_ENTITIES",
    ]);
    expect(errors(checkEligibility([member("a", "SE"), member("b", "DE"), member("c", "US")], "MSCA_SE"))).toEqual([]);
    expect(
      codes(errors(checkEligibility([member("a", "SE"), member("b", "SE"), member("c", "US")], "MSCA_SE"))),
    ).toEqual(["ERROR TOO_FEW_COUNTRIES"]);
  });

  it("holds a doctoral network, a co-fund and a Pathfinder Open to the three-country rule", () => {
    for (const action of ["MSCA_DN", "COFUND", "EIC_PATHFINDER"] as const) {
      expect(codes(errors(checkEligibility([member("a", "SE"), member("b", "DE")], action))), action).toEqual([
        "ERROR TOO_FEW_COUNTRIES",
      ]);
      expect(errors(checkEligibility([member("a", "SE"), member("b", "DE"), member("c", "NO")], action))).toEqual([]);
    }
  });

  it("lets an EIC Transition have at most five", () => {
    const six = ["SE", "DE", "FI", "FR", "IT", "ES"].map((country, i) => member(`m${i}`, country));
    expect(codes(errors(checkEligibility(six, "EIC_TRANSITION")))).toEqual(["ERROR TOO_MANY_ENTITIES"]);
    expect(errors(checkEligibility(six.slice(0, 5), "EIC_TRANSITION"))).toEqual([]);
  });

  it("gives a prize no consortium rule", () => {
    const findings = checkEligibility([member("mit", "US")], "PRIZE", "SV");
    expect(errors(findings)).toEqual([]);
    expect(findings.find((f) => f.code === "NO_CONSORTIUM_RULE")?.message).toBe(
      "Ett pris har ingen regel om konsortiet: tävlingsreglerna säger vem som får delta.",
    );
  });
});
