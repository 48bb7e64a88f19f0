import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import { briefSources, briefToCsv, briefToMarkdown, type CallBriefData } from "../../client/src/calls/export-brief.js";
import { proposalIds, swapPartner, type Proposal } from "../../client/src/calls/swap-partner.js";

const brief: CallBriefData = {
  call: {
    id: "HORIZON-CL5-2027-02-D3-07",
    callId: "HORIZON-CL5-2027-02",
    title: "Concentrated solar thermal systems for decarbonising industrial processes",
    destination: "Renewable and decarbonised energy supply",
    actionType: "IA",
    openingDate: "2026-12-01",
    deadline: "2027-03-31",
    budget: 12_000_000,
    expectedGrants: 2,
    minContribution: null,
    maxContribution: 6_000_000,
    url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-CL5-2027-02-D3-07",
    lastSeen: "2026-08-22T05:41:38.000Z",
  },
  consortium: [
    { id: "kth", name: "Kungliga Tekniska högskolan", country: "SE", kind: "UNIVERSITY" },
    { id: "stockholms-stad", name: "Stockholms stad", country: "SE", kind: "MUNICIPALITY" },
  ],
  check: {
    eligible: false,
    findings: [
      {
        code: "TOO_FEW_COUNTRIES",
        severity: "ERROR",
        message: "An IA needs three countries; this consortium has one.",
        fix: "Add partners from 2 more countries.",
      },
    ],
  },
  suggestions: [
    {
      score: 0.81,
      reasons: ["Took part in 4 earlier projects close to this topic, such as SUSHEAT."],
      actor: { id: "cordis-1", name: 'DLR | "Deutsches Zentrum"', country: "DE", kind: "RESEARCH_ORGANISATION" },
      factors: [
        {
          name: "topical match",
          value: 0.9,
          weight: 0.5,
          explanation: "Took part in 4 projects that match the topic.",
          evidence: [
            { id: "101084569", acronym: "SUSHEAT", title: "Smart Integrated Renewable Heat" },
            { id: "growsmarter", acronym: null, title: "GrowSmarter" },
          ],
        },
        { name: "complement", value: 0, weight: 0.15, explanation: "Brings nothing new.", evidence: [] },
      ],
      warmPath: {
        nodes: [
          { id: "kth", label: "KTH" },
          { id: "101084569", label: "SUSHEAT" },
          { id: "cordis-1", label: "DLR" },
        ],
      },
    },
  ],
};

describe("a call brief as Markdown", () => {
  const markdown = briefToMarkdown(brief, {
    link: "http://127.0.0.1:4000/#brief=HORIZON-CL5-2027-02-D3-07",
    date: "2026-12-01",
  });

  it("states the call, the consortium's check and the partners with why and through whom", () => {
    expect(markdown).toContain("# HORIZON-CL5-2027-02-D3-07: Concentrated solar thermal systems");
    expect(markdown).toContain("- Type of action: IA");
    expect(markdown).toContain("deadline 2027-03-31");
    expect(markdown).toContain("Budget €12,000,000 for about 2 grants (– to €6,000,000 each)");
    expect(markdown).toContain("- **ERROR** An IA needs three countries; this consortium has one. *Fix:* Add partners");
    const row = markdown.split("\n").find((line) => line.startsWith("| 1 |")) ?? "";
    expect(row).toContain('DLR \\| "Deutsches Zentrum"');
    expect(row).toContain("[SUSHEAT](https://cordis.europa.eu/project/id/101084569), GrowSmarter");
    expect(row).toContain("KTH → SUSHEAT → DLR");
    expect(row).toContain("Took part in 4 earlier projects close to this topic, such as SUSHEAT.");
    expect(row).not.toContain("Brings nothing new");
    // A pipe inside a name must not add a column.
    expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });

  it("ends with its sources", () => {
    expect(markdown).toContain(`- The call: ${briefSources.calls}, as last listed 2026-08-22.`);
    expect(markdown).toContain(briefSources.projects);
    expect(markdown).toContain(
      "This brief in Samverkan: http://127.0.0.1:4000/#brief=HORIZON-CL5-2027-02-D3-07 (2026-12-01)",
    );
  });
});

describe("a call brief as CSV", () => {
  it("gives one quoted row per partner with its evidence, path and sources", () => {
    const csv = briefToCsv(brief);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "call,rank,partner_id,partner,country,kind,score,reasons,evidence,evidence_urls,warm_path,sources,list,need,alternatives",
    );
    expect(lines[1]).toContain(
      'HORIZON-CL5-2027-02-D3-07,1,cordis-1,"DLR | ""Deutsches Zentrum""",DE,RESEARCH_ORGANISATION,0.810,',
    );
    expect(lines[1]).toContain(
      "SUSHEAT; GrowSmarter,https://cordis.europa.eu/project/id/101084569,KTH > SUSHEAT > DLR,",
    );
    expect(lines[1]).toContain(`"${briefSources.calls}; ${briefSources.projects}"`.replace(/^"|"$/g, ""));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(lines).toHaveLength(3);
  });
});

const proposal: Proposal = {
  size: 3,
  sizeReason: "3 in all, as asked.",
  unmetNeeds: [
    "The rules for an IA ask for partners in 3 different eligible countries, but no candidate from a further one was found.",
  ],
  members: [{ id: "kth", name: "Kungliga Tekniska högskolan", country: "SE", kind: "UNIVERSITY" }],
  partners: [
    {
      actor: { id: "cordis-1", name: "DLR", country: "DE", kind: "RESEARCH_ORGANISATION" },
      need: "Brings Germany, one more of the 3 eligible countries the rules for an IA ask for.",
      needCode: "COUNTRY",
      reasons: ["Has worked with KTH in 3 projects since 2022: A, B and C."],
      alternatives: [
        { id: "cordis-2", name: "CEA", country: "FR", kind: "RESEARCH_ORGANISATION" },
        { id: "cordis-3", name: "VTT", country: "FI", kind: "RESEARCH_ORGANISATION" },
      ],
    },
  ],
  check: {
    eligible: false,
    findings: [{ code: "TOO_FEW_COUNTRIES", severity: "ERROR", message: "Two countries.", fix: null }],
  },
};

describe("a proposed consortium in the brief", () => {
  it("swaps a place to an alternative, which keeps the need and makes the partner it replaced an alternative", () => {
    const swapped = swapPartner(proposal, 0, "cordis-3");
    expect(proposalIds(swapped)).toEqual(["kth", "cordis-3"]);
    expect(swapped.partners[0].need).toBe(proposal.partners[0].need);
    expect(swapped.partners[0].alternatives.map((actor) => actor.id)).toEqual(["cordis-1", "cordis-2"]);
    expect(swapped.partners[0].reasons).toEqual([]);
    expect(swapPartner(proposal, 0, "no-such")).toBe(proposal);
  });

  it("is carried by the Markdown and the CSV exports", () => {
    const markdown = briefToMarkdown(brief, { proposal });
    expect(markdown).toContain("## Proposed consortium");
    expect(markdown).toContain(
      "| 1 | DLR | DE | Brings Germany, one more of the 3 eligible countries the rules for an IA ask for. | Has worked with KTH in 3 projects since 2022: A, B and C. | CEA; VTT |",
    );
    expect(markdown).toContain("The proposed consortium is not eligible yet:");
    expect(markdown).toContain(`- ${proposal.unmetNeeds[0]}`);
    const lines = briefToCsv(brief, proposal).split("\r\n");
    expect(lines[1]).toMatch(
      /^HORIZON-CL5-2027-02-D3-07,1,cordis-1,DLR,DE,RESEARCH_ORGANISATION,,"Has worked with KTH/,
    );
    expect(lines[1]).toMatch(
      /,proposed,Brings Germany, one more .*,CEA; VTT$|,proposed,"Brings Germany, one more[^"]*",CEA; VTT$/,
    );
    expect(lines[2]).toContain(",suggested,,");
  });
});

describe("a call brief in the Swedish explorer", () => {
  afterEach(() => setLanguage("en"));

  it("writes the Markdown's labels in Swedish", () => {
    setLanguage("sv");
    const markdown = briefToMarkdown(brief, { link: "http://127.0.0.1:4000/?brief=x", date: "2026-12-01" });
    expect(markdown).toContain("- Typ av insats: IA");
    expect(markdown).toContain("- Öppnar 2026-12-01, sista dag 2027-03-31");
    expect(markdown).toContain(
      "- **Måste åtgärdas** An IA needs three countries; this consortium has one. *Att göra:* Add",
    );
    expect(markdown).toContain("## Föreslagna partner");
    expect(markdown).toContain("| 1 | DLR");
    expect(markdown).toContain("| DE | 0,81 |");
    expect(markdown).toContain("- Projekt och deltagare: Källa: CORDIS, Europeiska kommissionen (CC BY 4.0).");
    expect(markdown).toContain("(SE, lärosäte)");
    expect(markdown).not.toMatch(/ERROR|\*Fix:\*|Suggested|Sources|deadline/);
  });

  it("writes CSV for Swedish Excel: semicolons, decimal commas, Swedish headers", () => {
    setLanguage("sv");
    const lines = briefToCsv(brief)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "utlysning;rang;partner-id;partner;land;typ;poäng;skäl;belägg;beläggens adresser;varm introduktion;källor;lista;behov;alternativ",
    );
    expect(lines[1]).toContain(
      'HORIZON-CL5-2027-02-D3-07;1;cordis-1;"DLR | ""Deutsches Zentrum""";DE;Forskningsorganisation;0,810;',
    );
    expect(lines[1]).toContain(
      ';0,810;Took part in 4 earlier projects close to this topic, such as SUSHEAT.;"SUSHEAT; GrowSmarter";',
    );
    expect(lines[1]).toContain("Källa: CORDIS, Europeiska kommissionen (CC BY 4.0)");
    expect(lines[1].endsWith(";föreslagna partner;;")).toBe(true);
  });

  it("writes the proposed consortium in Swedish, in the Markdown and the CSV", () => {
    setLanguage("sv");
    const markdown = briefToMarkdown(brief, { proposal });
    expect(markdown).toContain("## Föreslaget konsortium");
    expect(markdown).toContain("| # | partner | land | behov | varför | eller i stället |");
    expect(markdown).toContain(
      "| 1 | DLR | DE | Brings Germany, one more of the 3 eligible countries the rules for an IA ask for. | Has worked with KTH in 3 projects since 2022: A, B and C. | CEA; VTT |",
    );
    expect(markdown).toContain(
      "Det föreslagna konsortiet uppfyller inte reglerna ännu:\n\n- **Måste åtgärdas** Two countries.",
    );
    expect(markdown).toContain(`Behov som ingen partner kunde fylla:\n\n- ${proposal.unmetNeeds[0]}`);
    expect(markdown.indexOf("## Föreslaget konsortium")).toBeLessThan(markdown.indexOf("## Föreslagna partner"));
    expect(markdown).not.toMatch(/Proposed consortium|not eligible|Needs no partner|or instead|\*\*ERROR\*\*/);
    const lines = briefToCsv(brief, proposal)
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[1]).toBe(
      "HORIZON-CL5-2027-02-D3-07;1;cordis-1;DLR;DE;Forskningsorganisation;;Has worked with KTH in 3 projects since 2022: A, B and C.;;;;" +
        '"Källa: EU:s Funding & Tenders-portal, Europeiska kommissionen; Källa: CORDIS, Europeiska kommissionen (CC BY 4.0)";' +
        'föreslaget konsortium;Brings Germany, one more of the 3 eligible countries the rules for an IA ask for.;"CEA; VTT"',
    );
    expect(lines[2]).toMatch(/^HORIZON-CL5-2027-02-D3-07;1;cordis-1;.*;föreslagna partner;;$/);
    expect(lines).toHaveLength(4);
  });
});
