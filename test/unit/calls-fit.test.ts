import { describe, expect, it } from "vitest";
import {
  callTerms,
  callWordCounts,
  countWords,
  coverage,
  coverageByText,
  indexWords,
  inverseFrequencies,
} from "../../server/consortium/call-text.js";
import {
  combineCallFactors,
  daysBetween,
  familyFactor,
  familyValue,
  partnersFactor,
  partnersValue,
  relevanceOf,
  textFactor,
} from "../../server/calls/score-call-fit.js";

const calls = [
  { title: "Hydrogen valleys", description: "Expected outcome: hydrogen production and storage in European regions." },
  {
    title: "Urban mobility hubs",
    description: "Expected outcome: shared mobility and public transport in European cities.",
  },
  { title: "Cultural heritage", description: "Expected outcome: European museums and heritage in regions." },
].map(callWordCounts);
const idf = inverseFrequencies(calls);

describe("a call's profile of words", () => {
  it("weighs the words that set a call apart, not those every call uses", () => {
    const terms = callTerms(calls[0], idf);
    expect(terms.has("european")).toBe(false);
    expect(terms.has("expected")).toBe(false);
    expect([...terms.keys()][0]).toBe("hydrogen");
    expect(terms.get("regions")).toBeLessThan(terms.get("storage") ?? 0);
  });

  it("measures how much of the profile a project's words cover, the same one by one and through the index", () => {
    const terms = callTerms(calls[0], idf);
    const projects = [
      new Set(countWords("Hydrogen storage in salt caverns").keys()),
      new Set(countWords("Museums and their visitors").keys()),
    ];
    const one = coverage(terms, projects[0]);
    expect(one.shared).toEqual(["hydrogen", "storage"]);
    expect(one.share).toBeGreaterThan(0.3);
    expect(coverage(terms, projects[1]).share).toBe(0);
    const all = coverageByText(terms, indexWords(projects), projects.length);
    expect(all[0]).toBeCloseTo(one.share, 10);
    expect(all[1]).toBe(0);
  });
});

describe("how a call fits an actor", () => {
  it("counts a project from 20 % coverage and fully from 50 %", () => {
    expect(relevanceOf(0.19)).toBe(0);
    expect(relevanceOf(0.25)).toBe(0.5);
    expect(relevanceOf(0.8)).toBe(1);
  });

  it("explains each factor with the projects that show it", () => {
    const text = textFactor("KTH", "2026-12-01", [
      { label: "HyPER", relevance: 1, shared: ["hydrogen", "storage"], project: "p1" },
      { label: "H2X", relevance: 0.5, shared: [], project: "p2" },
    ]);
    expect(text).toMatchObject({ name: "earlier projects", weight: 0.5, evidence: ["p1", "p2"] });
    expect(text.value).toBeCloseTo(0.8 + 0.2 * (0.5 / 3), 3);
    expect(text.explanation).toBe(
      "2 projects of KTH begun before 2026-12-01 match the call's text; the closest, HyPER, shares hydrogen, storage.",
    );
    expect(familyValue({ topic: [], call: [], destination: ["a"] })).toBe(0.5);
    expect(familyValue({ topic: [], call: [], destination: ["a", "b", "c", "d"] })).toBe(1);
    expect(familyValue({ topic: [], call: ["a"], destination: [] })).toBe(1);
    const family = familyFactor("KTH", {
      topic: [],
      call: [],
      destination: ["p3"],
      destinationId: "HORIZON-CL5-D3",
      destinationName: "Energy supply",
      labels: ["S2B"],
    });
    expect(family.explanation).toBe("KTH took part in 1 project of destination HORIZON-CL5-D3 (Energy supply): S2B.");
    expect(partnersValue(0)).toBe(0);
    expect(partnersValue(10)).toBe(1);
    const partners = partnersFactor(
      "KTH",
      {
        partners: ["RISE", "SINTEF", "TU Delft", "CNRS"],
        projects: 5,
        destinationId: "HORIZON-CL5-D3",
        destinationName: null,
      },
      ["p4"],
    );
    expect(partners.explanation).toBe(
      "4 partners of KTH (RISE, SINTEF, TU Delft and 1 more) took part in 5 projects of destination HORIZON-CL5-D3 without it.",
    );
    expect(combineCallFactors([text, family, partners])).toBeCloseTo(
      0.5 * text.value + 0.3 * 0.5 + 0.2 * partners.value,
      3,
    );
  });

  it("counts the days left to the deadline", () => {
    expect(daysBetween("2026-12-01", "2027-03-31")).toBe(120);
    expect(daysBetween("2026-12-01", "2026-12-01")).toBe(0);
  });
});
