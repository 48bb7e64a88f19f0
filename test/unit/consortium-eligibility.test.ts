import { describe, expect, it } from "vitest";
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
