import { describe, expect, it } from "vitest";
import { planProposal, type PlanCandidate } from "../../server/consortium/plan-proposal.js";

const kth = { entity: "kth", country: "SE", kind: "UNIVERSITY" };
const candidate = (id: string, country: string | null, kind: string, warm = false): PlanCandidate => ({
  id,
  country,
  kind,
  warm,
});
/** Most likely first: two Swedish partners, then others. */
const ranked = [
  candidate("ki", "SE", "UNIVERSITY", true),
  candidate("rise", "SE", "RESEARCH_ORGANISATION", true),
  candidate("mit", "US", "UNIVERSITY", true),
  candidate("fzj", "DE", "RESEARCH_ORGANISATION"),
  candidate("vtt", "FI", "RESEARCH_ORGANISATION"),
  candidate("sintef", "NO", "RESEARCH_ORGANISATION"),
  candidate("volvo", "SE", "COMPANY"),
  candidate("siemens", "DE", "COMPANY"),
  candidate("lyon", "FR", "MUNICIPALITY"),
];
const ids = (indexes: number[]) => indexes.map((index) => ranked[index].id);

describe("planProposal: rules first, likelihood second", () => {
  it("fills the countries an IA needs, then a company, then the most likely", () => {
    const plan = planProposal({ members: [kth], candidates: ranked, action: "IA", size: 5 });
    expect(plan.places.map((place) => [ranked[place.candidate].id, place.need.code])).toEqual([
      ["fzj", "COUNTRY"],
      ["vtt", "COUNTRY"],
      ["volvo", "USUAL_KIND"],
      ["ki", "WARM_INTRODUCTION"],
    ]);
    expect(plan.unmet).toEqual([]);
    expect(plan.size).toBe(5);
    // Alternatives fill the same need, and later places offer others first.
    expect(ids(plan.places[0].alternatives)).toEqual(["sintef", "siemens"]);
    expect(ids(plan.places[1].alternatives)).toEqual(["lyon", "sintef"]);
    expect(ids(plan.places[2].alternatives)).toEqual(["siemens"]);
    expect(plan.places[3].alternatives.map((index) => ranked[index].id)).not.toContain("mit");
  });

  it("raises the size when the rules need more places, and names a need no candidate fills", () => {
    const swedish = ranked.filter((c) => c.country === "SE");
    const plan = planProposal({ members: [kth], candidates: swedish, action: "RIA", size: 2 });
    expect(plan.unmet.map((need) => need.code)).toEqual(["COUNTRY"]);
    expect(plan.places.every((place) => swedish[place.candidate].country === "SE")).toBe(true);
    const raised = planProposal({ members: [kth], candidates: ranked, action: "RIA", size: 2 });
    expect(raised.size).toBe(3);
    expect(raised.places).toHaveLength(2);
  });

  it("asks a PCP for two public buyers, and adds no one to a single-beneficiary action", () => {
    const plan = planProposal({ members: [kth], candidates: ranked, action: "PCP", size: 4 });
    expect(plan.places.map((place) => place.need.code)).toContain("REQUIRED_KIND");
    expect(plan.unmet.map((need) => [need.code, need.sector])).toEqual([["REQUIRED_KIND", "public"]]);
    const fellowship = planProposal({ members: [kth], candidates: ranked, action: "MSCA_PF", size: 5 });
    expect(fellowship.places).toEqual([]);
    expect(fellowship.size).toBe(1);
  });

  it("never proposes a partner outside the eligible countries, and fills by likelihood alone when the type is unknown", () => {
    const plan = planProposal({ members: [kth], candidates: ranked, action: null, size: 4 });
    expect(ids(plan.places.map((place) => place.candidate))).toEqual(["ki", "rise", "fzj"]);
    expect(plan.places.map((place) => place.need.code)).toEqual([
      "WARM_INTRODUCTION",
      "WARM_INTRODUCTION",
      "TOPIC_RECORD",
    ]);
  });
});
