import { describe, expect, it } from "vitest";
import { closedClubFindings, missingSectorFindings } from "../../server/consortium/assess-composition.js";
import {
  combineFactors,
  compareSuggestions,
  complementFactor,
  experienceValue,
  factorWeights,
  proximityFactor,
  proximityValue,
  scoreCandidate,
  topicalValue,
} from "../../server/consortium/score-partners.js";

describe("the score factors", () => {
  it("weights sum to one", () => {
    expect(Object.values(factorWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it("topical match counts the closest project most, and a broad record a little", () => {
    expect(topicalValue([])).toBe(0);
    expect(topicalValue([1])).toBe(0.8);
    expect(topicalValue([0.3, 1, 0.3])).toBeCloseTo(0.84);
    expect(topicalValue([1, 1, 1, 1, 1])).toBe(1);
    // The participant of the best-matching project beats a partner of many weaker ones.
    expect(topicalValue([1])).toBeGreaterThan(topicalValue([0.4, 0.4, 0.4, 0.4, 0.4, 0.4]));
  });

  it("experience grows with participations and coordinations, and fades with time", () => {
    const base = { participations: 10, coordinations: 1, latestEndYear: 2027 };
    expect(experienceValue({ participations: 0, coordinations: 0, latestEndYear: null }, 2025)).toBe(0);
    expect(experienceValue({ ...base, participations: 50 }, 2025)).toBeGreaterThan(experienceValue(base, 2025));
    expect(experienceValue({ ...base, coordinations: 5 }, 2025)).toBeGreaterThan(experienceValue(base, 2025));
    expect(experienceValue({ ...base, latestEndYear: 2015 }, 2025)).toBeLessThan(experienceValue(base, 2025));
    expect(experienceValue({ participations: 500, coordinations: 50, latestEndYear: 2030 }, 2025)).toBe(1);
  });

  it("proximity is 1, 0.5 or 0, and says so when no consortium is given", () => {
    expect([proximityValue(1), proximityValue(2), proximityValue(0), proximityValue(null)]).toEqual([1, 0.5, 0, 0]);
    expect(proximityFactor(null, []).explanation).toMatch(/No consortium/);
    expect(proximityFactor({ steps: 2, member: "KTH", intermediary: "RISE" }, []).explanation).toMatch(
      /RISE, who has worked with KTH/,
    );
  });

  it("complement gives half for a missing country and half for a missing sector", () => {
    expect(complementFactor({ newCountry: "DE", newSector: "company" }).value).toBe(1);
    expect(complementFactor({ newCountry: null, newSector: "company" }).value).toBe(0.5);
    expect(complementFactor(null).value).toBe(0);
  });

  it("combines as the sum of weight × value, the same way for ranking and for the answer", () => {
    const input = {
      relevances: [1, 0.5],
      record: { participations: 12, coordinations: 2, latestEndYear: 2026 },
      steps: 1 as const,
      complement: { newCountry: "FI", newSector: null },
    };
    const expected =
      0.5 * topicalValue(input.relevances) + 0.2 * experienceValue(input.record, 2025) + 0.15 * 1 + 0.15 * 0.5;
    expect(scoreCandidate(input, 2025)).toBeCloseTo(expected, 3);
    expect(
      combineFactors([
        { value: 1, weight: 0.5 },
        { value: 0.5, weight: 0.2 },
      ]),
    ).toBe(0.6);
  });

  it("ranks by score, then by actor id, whatever the input order", () => {
    const entries = [
      { id: "b", score: 0.5 },
      { id: "c", score: 0.7 },
      { id: "a", score: 0.5 },
    ];
    expect([...entries].sort(compareSuggestions).map((e) => e.id)).toEqual(["c", "a", "b"]);
    expect(
      [...entries]
        .reverse()
        .sort(compareSuggestions)
        .map((e) => e.id),
    ).toEqual(["c", "a", "b"]);
  });
});

describe("the composition findings", () => {
  const member = (id: string, kind: string, entity = id) => ({
    id,
    name: id,
    kind,
    entity: { id: entity },
    coordinations: 0,
  });

  it("warns of a missing company in an IA and only informs of it in an RIA", () => {
    const members = [member("kth", "UNIVERSITY"), member("stad", "MUNICIPALITY")];
    expect(missingSectorFindings(members, "IA").map((f) => `${f.severity} ${f.code}`)).toEqual(["WARNING NO_COMPANY"]);
    expect(missingSectorFindings(members, "RIA").map((f) => `${f.severity} ${f.code}`)).toEqual(["INFO NO_COMPANY"]);
  });

  it("calls a consortium a closed club when most pairs of legal entities worked together", () => {
    const members = [member("a", "UNIVERSITY"), member("b", "COMPANY"), member("c", "REGION")];
    expect(closedClubFindings(members, 2).map((f) => f.code)).toEqual(["CLOSED_CLUB"]);
    expect(closedClubFindings(members, 1)).toEqual([]);
    expect(closedClubFindings(members.slice(0, 2), 1)).toEqual([]);
  });
});
