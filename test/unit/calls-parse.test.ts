import { describe, expect, it } from "vitest";
import { callOf } from "../../server/calls/call-families.js";
import { destinationOf } from "../../server/consortium/topic-family.js";
import { planProjectLinks } from "../../server/import/calls/link-call-projects.js";
import { parseCallRecord, type CallRecord } from "../../server/import/calls/parse-call-record.js";
import { actionOfTypeOfAction as toActionType } from "../../server/consortium/action-rules.js";
import { RowError } from "../../server/import/records/row-error.js";

const row = (fields: Record<string, string>) => ({
  fields: {
    identifier: "HORIZON-CL5-2027-07-D3-28",
    call_identifier: "HORIZON-CL5-2027-07",
    title: "Solar cells for buildings",
    call_title: "Clean energy",
    destination: "Sustainable, secure and competitive energy supply",
    programme_divisions: "Horizon Europe Framework Programme (HORIZON); Climate, Energy and Mobility",
    type_of_action: "HORIZON  Research and Innovation Actions",
    opening_date: "2027-05-04T00:00:00.000Z",
    deadline_date: "2027-09-15T00:00:00.000Z",
    budget_total_eur: "20000000.0",
    expected_grants: "4.0",
    min_contribution_eur: "",
    max_contribution_eur: "5000000.0",
    abstract_excerpt: "Expected Outcome: …",
    url: "https://example.org/topic",
    last_seen: "2026-08-22T05:41:38.000Z",
    ...fields,
  },
  locator: "topics.csv:7",
});

describe("call topic codes", () => {
  it("gives the same destination to a topic of every work programme", () => {
    expect(destinationOf("HORIZON-CL5-2021-D3-01-05")).toBe("HORIZON-CL5-D3");
    expect(destinationOf("HORIZON-CL5-2027-07-D3-28")).toBe("HORIZON-CL5-D3");
    expect(destinationOf("HORIZON-CL5-2026-04-Two-Stage-D3-02")).toBe("HORIZON-CL5-D3");
    expect(destinationOf("HORIZON-CL6-2026-01-CIRCBIO-02-two-stage")).toBe("HORIZON-CL6-CIRCBIO");
    expect(destinationOf("HORIZON-CL6-2021-CircBio-01-03")).toBe("HORIZON-CL6-CIRCBIO");
    expect(destinationOf("HORIZON-JU-SNS-2026-STREAM-CSA-03")).toBe("HORIZON-JU-SNS-STREAM");
    expect(destinationOf("HORIZON-MISS-2022-CIT-01-01")).toBe("HORIZON-MISS-CIT");
    expect(destinationOf("ERC")).toBeNull();
  });

  it("gives the call from the portal's call id, else the code without its last segment", () => {
    expect(callOf("HORIZON-CL5-2024-D3-01-05")).toBe("HORIZON-CL5-2024-D3-01");
    expect(callOf("HORIZON-CL6-2026-01-CIRCBIO-02-two-stage", "HORIZON-CL6-2026-01-two-stage")).toBe(
      "HORIZON-CL6-2026-01-TWO-STAGE",
    );
  });

  it("maps every type of action of the shipped catalogue onto its rule, and says when none is known", () => {
    const cases: Array<[string | null, string, string | null]> = [
      ["HORIZON  Research and Innovation Actions", "HORIZON-CL5-2026-D3-01", "RIA"],
      ["HORIZON JU Research and Innovation Actions", "HORIZON-JU-X", "RIA"],
      ["EURATOM Research and Innovation Actions", "HORIZON-EURATOM-X", "RIA"],
      ["HORIZON Innovation Actions", "HORIZON-CL5-X", "IA"],
      ["HORIZON JU Innovation Actions", "HORIZON-JU-X", "IA"],
      ["EURATOM Innovation Actions", "HORIZON-EURATOM-X", "IA"],
      ["HORIZON Coordination and Support Actions", "HORIZON-CL5-X", "CSA"],
      ["HORIZON JU Coordination and Support Actions", "HORIZON-JU-X", "CSA"],
      ["EURATOM Coordination and Support Actions", "HORIZON-EURATOM-X", "CSA"],
      ["HORIZON Pre-commercial Procurement", "HORIZON-CL3-X", "PCP"],
      ["HORIZON Public Procurement of Innovative Solutions", "HORIZON-CL4-X", "PPI"],
      ["HORIZON Programme Cofund Actions", "HORIZON-CL6-X", "COFUND"],
      ["EURATOM Cofund Actions", "HORIZON-EURATOM-X", "COFUND"],
      ["HORIZON TMA MSCA Doctoral Networks", "HORIZON-MSCA-2026-DN-01-01", "MSCA_DN"],
      ["HORIZON TMA MSCA Doctoral Networks - Joint Doctorates", "HORIZON-MSCA-2026-DN-01-02", "MSCA_DN"],
      ["HORIZON TMA MSCA Staff Exchanges", "HORIZON-MSCA-2026-SE-01-01", "MSCA_SE"],
      ["HORIZON TMA MSCA Postdoctoral Fellowships - European Fellowships", "HORIZON-MSCA-2026-PF-01-01", "MSCA_PF"],
      ["HORIZON TMA MSCA Postdoctoral Fellowships - Global Fellowships", "HORIZON-MSCA-2026-PF-01-02", "MSCA_PF"],
      ["HORIZON TMA MSCA Cofund Doctoral programme", "HORIZON-MSCA-2026-COFUND-01-01", "MSCA_COFUND"],
      ["HORIZON TMA MSCA Cofund Postdoctoral programme", "HORIZON-MSCA-2026-COFUND-01-02", "MSCA_COFUND"],
      ["HORIZON EIC Accelerator", "HORIZON-EIC-2026-ACCELERATOR-01", "EIC_ACCELERATOR"],
      ["HORIZON EIC Grants", "HORIZON-EIC-2026-PATHFINDEROPEN", "EIC_PATHFINDER"],
      ["HORIZON EIC Grants", "HORIZON-EIC-2026-PATHFINDERCHALLENGES-01-01", "EIC_PATHFINDER_CHALLENGE"],
      ["HORIZON EIC Grants", "HORIZON-EIC-2026-TRANSITIONOPEN", "EIC_TRANSITION"],
      ["HORIZON Recognition Prize", "HORIZON-CL5-2026-2-PRIZE", "PRIZE"],
      ["HORIZON EIC Equity Only", "HORIZON-EIC-2026-STEP", null],
      ["", "HORIZON-EIT-2025-KIC-IBA", null],
      [null, "HORIZON-X", null],
    ];
    for (const [typeOfAction, topic, action] of cases)
      expect([typeOfAction, toActionType(typeOfAction, topic)]).toEqual([typeOfAction, action]);
  });
});

describe("parseCallRecord", () => {
  it("reads a topic by column name", () => {
    const call = parseCallRecord(row({})) as CallRecord;
    expect(call).toMatchObject({
      id: "HORIZON-CL5-2027-07-D3-28",
      openingDate: "2027-05-04",
      deadline: "2027-09-15",
      lastSeen: "2026-08-22T05:41:38.000Z",
      properties: {
        callId: "HORIZON-CL5-2027-07",
        actionType: "RIA",
        budget: 20_000_000,
        expectedGrants: 4,
        minContribution: null,
        maxContribution: 5_000_000,
        divisions: ["Horizon Europe Framework Programme (HORIZON)", "Climate, Energy and Mobility"],
      },
      families: [
        { id: "HORIZON-CL5-2027-07", level: "CALL", name: "Clean energy" },
        { id: "HORIZON-CL5-D3", level: "DESTINATION", name: "Sustainable, secure and competitive energy supply" },
      ],
    });
  });

  it.each([
    ["identifier", { identifier: "" }, /missing/],
    ["identifier", { identifier: "not a code" }, /not a topic code/],
    ["title", { title: " " }, /missing/],
    ["deadline_date", { deadline_date: "2027-02-30" }, /not a date/],
    ["budget_total_eur", { budget_total_eur: "12 M€" }, /not a number/],
    ["expected_grants", { expected_grants: "2.5" }, /whole number/],
  ])("rejects a bad %s with the file, line and field", (field, fields, problem) => {
    const error = parseCallRecord(row(fields));
    expect(error).toBeInstanceOf(RowError);
    expect((error as RowError).message).toMatch(new RegExp(`^topics\\.csv:7: field ${field}: `));
    expect((error as RowError).problem).toMatch(problem);
  });
});

describe("planProjectLinks", () => {
  it("links a project to its topic's call, its call family and destination, when they exist", () => {
    const links = planProjectLinks(
      { id: "p1", topics: ["HORIZON-CL5-2024-D3-01-05"], call: "HORIZON-CL5-2024-D3-01" },
      new Set(["HORIZON-CL5-2024-D3-01-05"]),
      new Set(["HORIZON-CL5-2024-D3-01", "HORIZON-CL5-D3", "HORIZON-CL4-D1"]),
    );
    expect(links.map((link) => `${link.type} ${link.target}`).sort()).toEqual([
      "FUNDED_UNDER HORIZON-CL5-2024-D3-01-05",
      "IN_FAMILY HORIZON-CL5-2024-D3-01",
      "IN_FAMILY HORIZON-CL5-D3",
    ]);
    expect(planProjectLinks({ id: "p2", topics: ["ERC-2021-STG"], call: null }, new Set(), new Set())).toEqual([]);
  });
});
