import { afterEach, describe, expect, it } from "vitest";
import type { EvidenceData, SharedThing } from "../../client/src/graph/explorer-graph.js";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import {
  describeSharedCounts,
  describeStatement,
  describeYears,
  groupSharedThings,
  uniqueEvidence,
} from "../../client/src/panels/shared-evidence.js";

afterEach(() => setLanguage("en"));

const decision = {
  id: "tu-2015",
  title: "Tjänsteutlåtande",
  issuer: null,
  date: "2015-04-21",
  reference: null,
  url: null,
};
const cordis = {
  id: "cordis-horizon-europe",
  title: "CORDIS – EU research projects under Horizon Europe (2021–2027)",
  issuer: "European Commission (CORDIS)",
  date: null,
  reference: null,
  url: null,
};

function quote(words: string, locator = "rad 1", source = decision): EvidenceData {
  return { source, locator, quote: words };
}
function cordisRow(row: number): EvidenceData {
  return { source: cordis, locator: `he-se-organization.csv.gz:${row}`, quote: null };
}
function project(id: string, label: string): SharedThing {
  return { id, label, type: "Project", evidence: [cordisRow(Number(id)), cordisRow(Number(id) + 1)] };
}

describe("a tie's evidence", () => {
  it("says each quote once: the same words from the same source, or words a longer quote holds", () => {
    const long = quote(
      "Staden är sedan flera år finansiär och medaktör i StAF som är en samarbetsorganisation",
      "rad 285–287",
    );
    const evidence = [
      quote("Staden är sedan flera år finansiär och medaktör i StAF", "rad 285"),
      long,
      quote("den gemensamma styrgruppen", "rad 360"),
      quote("den  gemensamma styrgruppen", "rad 360"),
      quote("Staden är sedan flera år finansiär", "rad 9", { ...decision, id: "other-document" }),
    ];
    expect(uniqueEvidence(evidence).map((item) => [item.source.id, item.quote])).toEqual([
      ["tu-2015", long.quote],
      ["tu-2015", "den gemensamma styrgruppen"],
      ["other-document", "Staden är sedan flera år finansiär"],
    ]);
  });

  it("keeps one CORDIS record per project, not one per partner", () => {
    expect(uniqueEvidence([cordisRow(11394), cordisRow(11395)])).toHaveLength(1);
  });

  it("is grouped by kind, projects first, each thing once, and counted by kind", () => {
    const shared: SharedThing[] = [
      { id: "staf", label: "StAF", type: "Actor", evidence: [quote("medaktör i StAF")] },
      project("101", "ZETA"),
      { id: "avtal", label: "Partnerskapsavtal", type: "Agreement", evidence: [quote("avtalet")] },
      project("102", "ALPHA"),
      project("101", "ZETA"),
      { id: "COLLABORATES_WITH>kth", label: "collaborates with", type: "COLLABORATES_WITH", evidence: [] },
      { id: "openlab", label: "OpenLab", type: "Actor", evidence: [quote("OpenLab")] },
    ];
    const groups = groupSharedThings(shared);
    expect(groups.map((group) => [group.kind, group.things.map((thing) => thing.label)])).toEqual([
      ["Project", ["ALPHA", "ZETA"]],
      ["Agreement", ["Partnerskapsavtal"]],
      ["Actor", ["OpenLab", "StAF"]],
      ["statement", ["collaborates with"]],
    ]);
    expect(groups[0].things[1].evidence).toHaveLength(1);
    expect(describeSharedCounts(groups)).toBe("2 projects, 1 agreement, 2 shared bodies and 1 stated tie");
    setLanguage("sv");
    expect(describeSharedCounts(groups)).toBe("2 projekt, 1 avtal, 2 gemensamma organ och 1 uttalat band");
    expect(describeSharedCounts(groups.slice(0, 1))).toBe("2 projekt");
  });

  it("says a statement as a sentence, in the direction the source states it", () => {
    setLanguage("sv");
    const thing = { id: "COLLABORATES_WITH>kth", type: "COLLABORATES_WITH" };
    expect(describeStatement(thing, "Stockholms stad", "KTH")).toBe("Stockholms stad samarbetar med KTH");
    expect(describeStatement({ id: "FINANCES<vs", type: "FINANCES" }, "Stockholms stad", "Vetenskapsstaden")).toBe(
      "Vetenskapsstaden finansierar Stockholms stad",
    );
  });

  it("writes a project's years", () => {
    expect(describeYears("2019-01-01", "2023-06-30")).toBe("2019–2023");
    expect(describeYears("2021-01-01", "2021-12-31")).toBe("2021");
    expect(describeYears(null, null)).toBe("");
    setLanguage("sv");
    expect(describeYears("2022-03-01", null)).toBe("sedan 2022");
  });
});
