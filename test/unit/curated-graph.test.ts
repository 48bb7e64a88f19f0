import { describe, it, expect, beforeAll } from "vitest";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import {
  foldWhitespace,
  quoteStandsIn,
  readCuratedGraph,
  validateCuratedGraph,
} from "../../server/seed/read-curated.js";
import type { CuratedGraph, CuratedRelationship, Evidence } from "../../server/seed/curated-types.js";
import { openInput } from "../../server/import/records/open-input.js";
import { readCordisRecords } from "../../server/import/records/read-cordis-records.js";

const DOCUMENTS_DIR = "seeds/documents";

let graph: CuratedGraph;
const documents = new Map<string, string>();

beforeAll(async () => {
  graph = await readCuratedGraph();
  for (const name of await readdir(DOCUMENTS_DIR))
    documents.set(name, await readFile(join(DOCUMENTS_DIR, name), "utf8"));
});

const nodeIds = () =>
  [graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects].flat().map((n) => n.id);
const rel = (from: string, type: string, to: string) =>
  graph.relationships.filter((r) => r.from === from && r.type === type && r.to === to);
const rel17 = () =>
  graph.relationships.filter((r) => r.type === "MEMBER_OF" && r.to === "regionens-larosaten").map((r) => r.from);
const allQuoted = (): Array<{ at: string; ref: Evidence | CuratedRelationship }> => [
  ...[graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects]
    .flat()
    .flatMap((n) => n.evidence.map((ref) => ({ at: n.id, ref }))),
  ...graph.relationships.map((ref) => ({ at: `${ref.from} ${ref.type} ${ref.to}`, ref })),
];

describe("quote helpers", () => {
  it("folds runs of white space, newlines included", () => {
    expect(foldWhitespace("  a \n\n b\t c  ")).toBe("a b c");
  });
  it("finds quotes across line breaks and words hyphenated at a line break", () => {
    const text =
      "För att stärka stadens innova-\n\ntionskraft föreslås \n sex delstrategier; kvalitets- och innovationsarbete";
    expect(quoteStandsIn("stadens innovationskraft föreslås sex delstrategier", text)).toBe(true);
    expect(quoteStandsIn("stadens innova- tionskraft", text)).toBe(true);
    expect(quoteStandsIn("kvalitets- och innovationsarbete", text)).toBe(true);
    expect(quoteStandsIn("stadens innovationskraft föreslås sju delstrategier", text)).toBe(false);
    expect(quoteStandsIn("  ", text)).toBe(false);
  });
});

describe("curated graph: the real data", () => {
  it("has entries in every file", () => {
    for (const list of Object.values(graph)) expect(list.length).toBeGreaterThan(0);
    expect(graph.actors.length).toBeGreaterThanOrEqual(50);
    expect(graph.relationships.length).toBeGreaterThanOrEqual(80);
  });

  it("gives every relationship a source, a locator and a quote", () => {
    for (const r of graph.relationships) {
      expect(r.source, `${r.from} ${r.type} ${r.to}`).toBeTruthy();
      expect(r.locator.trim(), `${r.from} ${r.type} ${r.to}`).not.toBe("");
      expect(r.quote.trim(), `${r.from} ${r.type} ${r.to}`).not.toBe("");
    }
  });

  it("has every quote verbatim in the document of its source", () => {
    const sources = new Map(graph.sources.map((s) => [s.id, s]));
    for (const { at, ref } of allQuoted()) {
      const document = sources.get(ref.source)?.document;
      expect(document, `${at}: source ${ref.source}`).toBeDefined();
      expect(quoteStandsIn(ref.quote, documents.get(document!) ?? ""), `${at}: ${ref.quote}`).toBe(true);
    }
  });

  it("has unique ids, references only ids that exist, and gives every node evidence", () => {
    const ids = [...graph.sources.map((s) => s.id), ...nodeIds()];
    expect(new Set(ids).size).toBe(ids.length);
    const nodes = new Set(nodeIds());
    const sources = new Set(graph.sources.map((s) => s.id));
    for (const r of graph.relationships) {
      expect(nodes.has(r.from), r.from).toBe(true);
      expect(nodes.has(r.to), r.to).toBe(true);
    }
    for (const { at, ref } of allQuoted()) expect(sources.has(ref.source), `${at}: ${ref.source}`).toBe(true);
    for (const node of [graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects].flat()) {
      expect(node.evidence.length, `evidence of ${node.id}`).toBeGreaterThan(0);
    }
  });

  it("names the original source of every fact from the Organisations table", () => {
    const fromTable = graph.relationships.filter(
      (r) => r.source === "facts-public-sources" && r.locator.startsWith("Organisations"),
    );
    expect(fromTable.length).toBeGreaterThan(0);
    for (const r of fromTable) expect(r.citedSource, `${r.from} ${r.type} ${r.to}`).toBeTruthy();
    for (const r of fromTable.filter((r) => r.citedSource?.includes("unverified which is right"))) {
      expect(r.confidence, `${r.from} ${r.type} ${r.to}`).toBe("UNVERIFIED");
    }
  });
});

describe("curated graph: registry identifiers", () => {
  it("gives every CORDIS id, VAT number and legal name as the shipped CORDIS row shows them", async () => {
    const registered = graph.actors.filter((a) => a.registeredIn);
    expect(registered.length).toBeGreaterThanOrEqual(10);
    const wanted = new Map<string, Map<string, (typeof registered)[number]>>();
    for (const actor of registered) {
      const match = /^(seeds\/cordis\/[\w.-]+), organisationID (\d+)$/.exec(actor.registeredIn!.locator);
      expect(match, `${actor.id}: locator ${actor.registeredIn!.locator}`).not.toBeNull();
      expect(match![2], actor.id).toBe(actor.cordisId);
      const file = match![1];
      wanted.set(file, (wanted.get(file) ?? new Map()).set(actor.cordisId!, actor));
    }
    for (const [file, actors] of wanted) {
      const found = new Set<string>();
      for await (const record of readCordisRecords(openInput(file))) {
        const actor = actors.get(String(record.fields.organisationID));
        if (!actor || found.has(actor.id)) continue;
        found.add(actor.id);
        expect(String(record.fields.vatNumber), actor.id).toBe(actor.vatNumber);
        expect(String(record.fields.name), actor.id).toBe(actor.legalName);
        expect(actor.aliases, actor.id).toContain(actor.legalName);
      }
      expect([...found].sort(), file).toEqual([...actors.values()].map((a) => a.id).sort());
    }
  }, 120_000);

  it("marks Vinnova and the Stockholm Environment Institute with their CORDIS names, so that they merge", () => {
    const actor = (id: string) => graph.actors.find((a) => a.id === id);
    expect(actor("vinnova")).toMatchObject({ cordisId: "999618757", legalName: "VERKET FOR INNOVATIONSSYSTEM" });
    expect(actor("sei")).toMatchObject({ cordisId: "999450268", vatNumber: "SE802014076301" });
  });
});

describe("curated graph: hand-checked facts", () => {
  const actor = (id: string) => graph.actors.find((a) => a.id === id);

  it("has KTH, KI and Stockholm University with their ROR ids", () => {
    expect(actor("kth")).toMatchObject({ rorId: "026vcq606", founded: 1827, hei2015: true, kind: "UNIVERSITY" });
    expect(actor("ki")?.rorId).toBe("056d84691");
    expect(actor("su")?.rorId).toBe("05f0yaq80");
    expect(actor("stockholms-stad")?.rorId).toBe("02v91xy81");
    expect(actor("kth")?.aliases).toContain("KUNGLIGA TEKNISKA HOEGSKOLAN");
  });

  it("flags exactly the 17 universities and university colleges of 2015: the reconstruction, less Beckmans, and one unidentified", () => {
    const heis = graph.actors.filter((a) => a.hei2015);
    expect(heis).toHaveLength(17);
    expect(heis.map((a) => a.id)).toEqual(
      expect.arrayContaining(["kth", "ki", "su", "sodertorns-hogskola", "larosate-2015-oidentifierat"]),
    );
    expect(heis.map((a) => a.id)).not.toContain("beckmans");
    expect(actor("larosate-2015-oidentifierat")?.confidence).toBe("UNVERIFIED");
    for (const a of heis.filter((a) => !["kth", "ki", "su", "larosate-2015-oidentifierat"].includes(a.id)))
      expect(a.confidence, a.id).toBe("RECONSTRUCTED");
    const inGroup = new Set(rel17());
    expect([...inGroup].sort()).toEqual(heis.map((a) => a.id).sort());
  });

  it("links the City and KTH to the strategic partnership agreement and its three focus areas", () => {
    expect(rel("stockholms-stad", "PARTY_TO", "kth-partnerskapsavtal")).not.toHaveLength(0);
    expect(rel("kth", "PARTY_TO", "kth-partnerskapsavtal")).not.toHaveLength(0);
    const covered = graph.relationships
      .filter((r) => r.from === "kth-partnerskapsavtal" && r.type === "COVERS")
      .map((r) => r.to);
    expect(covered.sort()).toEqual(["fokus-forskning", "fokus-kompetensforsorjning", "fokus-personutbyten"]);
  });

  it("has the OpenLab partner agreement valid until the end of 2016", () => {
    expect(graph.agreements.find((a) => a.id === "openlab-partneravtal")?.validUntil).toBe("2016-12-31");
    expect(rel("stockholms-stad", "PARTY_TO", "openlab-partneravtal")).not.toHaveLength(0);
  });

  it("gives the innovation strategy six sub-strategies", () => {
    const kinds = new Map(graph.strategies.map((s) => [s.id, s.kind]));
    const parts = graph.relationships.filter(
      (r) => r.type === "PART_OF" && r.to === "innovationsstrategin" && kinds.get(r.from) === "SUB_STRATEGY",
    );
    expect(new Set(parts.map((r) => r.from)).size).toBe(6);
  });

  it("places the proposed innovation director directly under the city director (reports to, not part of)", () => {
    expect(rel("innovationsdirektoren", "PART_OF", "stadsdirektoren")).toHaveLength(0);
    const reports = rel("innovationsdirektoren", "REPORTS_TO", "stadsdirektoren");
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) expect(r.status).toBe("PROPOSED");
    expect(actor("innovationsdirektoren")?.status).toBe("PROPOSED");
    expect(rel("innovationsdirektoren", "RESPONSIBLE_FOR", "uppdrag-samarbetsformer-larosaten")).not.toHaveLength(0);
    expect(rel("stadsdirektoren", "MEMBER_OF", "styrgrupp-stadsledningskontoret")[0]?.role).toBe("leder styrgruppen");
  });

  it("keeps proposals as proposals: only the consultation response states Kommunstyrelsen's decision", () => {
    const source = new Map(graph.sources.map((s) => [s.id, s]));
    expect(source.get("ks-2015-05-13-dnr-138-723-2015")?.kind).toBe("PROPOSAL");
    for (const r of graph.relationships.filter((r) => r.type === "ADOPTS" && r.from === "kommunstyrelsen")) {
      const expected = r.source === "ks-2015-05-13-dnr-138-723-2015" ? "PROPOSED" : "DECIDED";
      expect(r.status, `${r.source} ${r.locator}`).toBe(expected);
    }
    expect(graph.relationships.filter((r) => r.from === "borgarradsberedningen").map((r) => r.type)).not.toContain(
      "ADOPTS",
    );
    expect(rel("foredragande-borgarradet", "PROPOSES", "uppdrag-samarbetsformer-larosaten")).toHaveLength(1);
  });

  it("reads the consultation: deadline, recipients, and a reply date that is a deadline", () => {
    for (const to of ["facknamnderna", "tre-stadsdelsnamnder", "stockholms-stadshus-ab", "innovationsstrategin"]) {
      const [consults] = rel("kommunstyrelsen", "CONSULTS", to);
      expect(consults, to).toMatchObject({ until: "2015-10-05", datePrecision: "deadline" });
    }
    const reply = graph.sources.find((s) => s.id === "exploateringskontoret-2015-innovationsstrategi-remissvar");
    expect(reply?.datePrecision).toBe("deadline");
  });

  it("records the City's engagement in the foundations, not ownership, and marks future steps as intended", () => {
    expect(graph.relationships.filter((r) => r.type === "OWNS" && r.from === "stockholms-stad")).toHaveLength(0);
    expect(rel("stockholms-stad", "COLLABORATES_WITH", "electrum")).not.toHaveLength(0);
    expect(rel("stodorganisationer-stiftelserna", "SUPPORTS", "vetenskapsstaden")).toHaveLength(1);
    expect(rel("innovationsstrategin", "PART_OF", "ils")[0]?.status).toBe("INTENDED");
  });

  it("connects every place and every actor the documents name", () => {
    const touched = new Set(graph.relationships.flatMap((r) => [r.from, r.to]));
    const documentIds = new Set(graph.sources.filter((s) => s.document?.endsWith(".txt")).map((s) => s.id));
    const named = [graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects]
      .flat()
      .filter((node) => node.evidence.some((ev) => documentIds.has(ev.source)));
    expect(named.length).toBeGreaterThan(50);
    for (const node of named) {
      expect(touched.has(node.id), node.id).toBe(true);
    }
  });

  it("dates StAF memberships from the StAF history", () => {
    const since = (from: string) => rel(from, "MEMBER_OF", "staf").find((r) => r.since)?.since;
    expect(since("stockholms-stad")).toBe("2005-01-01");
    expect(since("beckmans")).toBe("2017-01-01");
    for (const founder of [
      "handelshogskolan",
      "ki",
      "kth",
      "su",
      "sodertorns-hogskola",
      "lararhogskolan-i-stockholm",
    ]) {
      expect(since(founder), founder).toBe("1997-01-01");
      expect(rel(founder, "FOUNDED", "staf"), founder).toHaveLength(1);
    }
    for (const r of graph.relationships.filter((r) => r.since?.endsWith("-01-01") && r.to === "staf")) {
      expect(r.datePrecision).toBe("year");
    }
  });

  it("writes a year as its first day when it begins a tie and its last day when it ends one", () => {
    expect(rel("stockholms-stad", "PARTICIPATES_IN", "growsmarter")[0]).toMatchObject({
      since: "2015-01-01",
      until: "2019-12-31",
      datePrecision: "year",
    });
    for (const r of graph.relationships.filter((r) => r.datePrecision === "year")) {
      const at = `${r.from} ${r.type} ${r.to}`;
      if (r.since) expect(r.since, at).toMatch(/-01-01$/);
      if (r.until) expect(r.until, at).toMatch(/-12-31$/);
    }
  });

  it("names the KS document's issuers: Borgarrådsberedningen and the rapporteur, proposing to Kommunstyrelsen", () => {
    const ks = graph.sources.find((s) => s.id === "ks-2015-05-13-dnr-138-723-2015");
    expect(ks?.issuer).not.toBe("kommunstyrelsen");
    expect(ks?.issuer).toMatch(/^Borgarrådsberedningen och föredragande borgarrådet .*förslag till kommunstyrelsen/);
  });

  it("has the foundations' other co-owners, unnamed, as the statement gives them", () => {
    for (const foundation of ["electrum", "vetenskapsstaden"]) {
      const [owns] = rel("stiftelsernas-ovriga-delagare", "OWNS", foundation);
      expect(owns, foundation).toMatchObject({ source: "stadsledningskontoret-2015-04-21-tjansteutlatande" });
      expect(owns.quote).toContain("övriga delägare som finns i stiftelserna");
    }
  });

  it("has the strategy for the universities cover Electrum and Vetenskapsstaden too, as Stadsledningskontoret proposes", () => {
    for (const about of ["regionens-larosaten", "electrum", "vetenskapsstaden"]) {
      const [concerns] = rel("strategi-samverkan-larosaten", "CONCERNS", about);
      expect(concerns, about).toMatchObject({
        status: "PROPOSED",
        locator: "Tjänsteutlåtandet, stycke 1, rad 237–241",
      });
    }
  });

  it("has the advice to coordinate the innovation work with the quality programme, in both places", () => {
    const advice = rel("innovationsstrategin", "COORDINATES_WITH", "kvalitetsprogrammet");
    expect(advice.map((r) => r.locator).sort()).toEqual([
      "Exploateringskontorets synpunkter, stycke 5, rad 211–215",
      "Sammanfattning, stycke 2, rad 37–40",
    ]);
    for (const r of advice) expect(r.status).toBe("PROPOSED");
  });

  it("places Hagastaden in no municipality, since no source says which; leaves out an actor no source ties", () => {
    expect(graph.relationships.filter((r) => r.from === "hagastaden" && r.type === "PART_OF")).toEqual([]);
    expect(graph.actors.map((a) => a.id)).not.toContain("karolinska-universitetssjukhuset");
    const touched = new Set(graph.relationships.flatMap((r) => [r.from, r.to]));
    // Every actor has a tie a source states, or is in CORDIS, whose projects tie it.
    for (const a of graph.actors) expect(touched.has(a.id) || a.cordisId !== undefined, a.id).toBe(true);
  });

  it("marks founding years as unverified where no source says what they count from", () => {
    expect(actor("roda-korsets-hogskola")).toMatchObject({ founded: 1859, foundedConfidence: "UNVERIFIED" });
    expect(actor("forsvarshogskolan")).toMatchObject({ founded: 2008, foundedConfidence: "UNVERIFIED" });
    expect(actor("kth")?.foundedConfidence).toBeUndefined();
  });

  it("records the founders of Electrum and OpenLab", () => {
    expect(rel("stockholms-stad", "FOUNDED", "electrum")[0]?.since).toBe("1986-01-01");
    expect(rel("ericsson", "FOUNDED", "electrum")).toHaveLength(1);
    const openlabFounders = graph.relationships
      .filter((r) => r.type === "FOUNDED" && r.to === "openlab")
      .map((r) => r.from);
    expect(openlabFounders.sort()).toEqual([
      "ki",
      "kth",
      "region-stockholm",
      "sodertorns-hogskola",
      "stockholms-stad",
      "su",
    ]);
  });
});

const DOC =
  "Stadsledningskontoret får i uppdrag att utveckla samarbetet med KTH.\nFör att stärka stadens innova-\ntionskraft.";

/** A tiny valid graph: one source, two actors, one relationship. */
function tinyGraph(): Record<string, unknown[]> {
  const evidence = (quote: string) => [{ source: "s", locator: "rad 1", quote }];
  return {
    sources: [
      { id: "s", title: "T", issuer: "slk", date: "2015-05-13", kind: "DECISION", document: "doc.txt", language: "sv" },
    ],
    actors: [
      {
        id: "slk",
        name: "Stadsledningskontoret",
        kind: "CITY_OFFICE",
        aliases: [],
        country: "SE",
        evidence: evidence("Stadsledningskontoret får i uppdrag"),
      },
      {
        id: "kth",
        name: "KTH",
        kind: "UNIVERSITY",
        aliases: ["KTH"],
        country: "SE",
        evidence: evidence("samarbetet med KTH"),
      },
    ],
    places: [],
    strategies: [],
    agreements: [],
    relationships: [
      {
        from: "slk",
        type: "COLLABORATES_WITH",
        to: "kth",
        source: "s",
        locator: "rad 1",
        quote: "utveckla samarbetet\n med KTH",
      },
    ],
  };
}
const docs = new Map([["doc.txt", DOC]]);
/** The curated files as YAML gives them, before validation: the tests write values of every wrong type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UncheckedGraph = Record<string, any[]>;
const validate = (mutate: (g: UncheckedGraph) => void) => () => {
  const g = tinyGraph() as UncheckedGraph;
  mutate(g);
  return validateCuratedGraph(g, docs);
};

describe("curated graph validator", () => {
  it("accepts a small valid graph", () => {
    expect(validate(() => {})().relationships).toHaveLength(1);
  });
  it("rejects a quote that is not in the document", () => {
    expect(
      validate((g) => {
        g.relationships[0].quote = "utveckla samarbetet med KI";
      }),
    ).toThrow(/relationships\.yaml\[0\].*field "quote": not found verbatim/);
    expect(
      validate((g) => {
        g.actors[1].evidence[0].quote = "KI";
      }),
    ).toThrow(/actors\.yaml\[1\] "kth" evidence\[0\]: field "quote"/);
  });
  it("rejects a dangling id", () => {
    expect(
      validate((g) => {
        g.relationships[0].to = "nobody";
      }),
    ).toThrow(/relationships\.yaml\[0\].*field "to": no node with id "nobody"/);
    expect(
      validate((g) => {
        g.sources[0].issuer = "nobody";
      }),
    ).toThrow(/sources\.yaml\[0\] "s": field "issuer"/);
  });
  it("rejects a missing or unknown source", () => {
    expect(
      validate((g) => {
        delete g.relationships[0].source;
      }),
    ).toThrow(/relationships\.yaml\[0\].*field "source": missing/);
    expect(
      validate((g) => {
        g.relationships[0].source = "t";
      }),
    ).toThrow(/relationships\.yaml\[0\].*field "source": no source with id "t"/);
    expect(
      validate((g) => {
        delete g.actors[0].evidence[0].source;
      }),
    ).toThrow(/actors\.yaml\[0\] "slk" evidence\[0\]: field "source": missing/);
  });
  it("rejects duplicate ids, bad dates, unknown values and fields, and types not allowed between the kinds", () => {
    expect(
      validate((g) => {
        g.actors[1].id = "slk";
      }),
    ).toThrow(/actors\.yaml\[1\] "slk": field "id": duplicate id/);
    expect(
      validate((g) => {
        g.relationships[0].since = "2015-02-30";
      }),
    ).toThrow(/field "since": must be a valid date/);
    expect(
      validate((g) => {
        g.actors[0].kind = "CASTLE";
      }),
    ).toThrow(/actors\.yaml\[0\] "slk": field "kind": must be one of/);
    expect(
      validate((g) => {
        g.actors[0].colour = "blue";
      }),
    ).toThrow(/field "colour": unknown field/);
    expect(
      validate((g) => {
        g.relationships[0].type = "PARTY_TO";
      }),
    ).toThrow(/field "type": PARTY_TO is not allowed from actors to actors/);
    expect(
      validate((g) => {
        g.relationships.push({ ...g.relationships[0] });
      }),
    ).toThrow(/relationships\.yaml\[1\].*same from, type, to, source and locator/);
    expect(
      validate((g) => {
        g.actors[0].evidence = [];
      }),
    ).toThrow(/field "evidence"/);
  });
  it("reads YAML files from a directory and names the file of a problem", async () => {
    const root = await mkdtemp(join(tmpdir(), "curated-"));
    try {
      await mkdir(join(root, "curated"));
      await mkdir(join(root, "documents"));
      await writeFile(join(root, "documents", "doc.txt"), DOC);
      const g = tinyGraph();
      for (const [name, list] of Object.entries(g))
        await writeFile(join(root, "curated", `${name}.yaml`), stringify(list));
      expect((await readCuratedGraph(join(root, "curated"))).actors).toHaveLength(2);
      (g.relationships[0] as { quote: string }).quote = "innovationskraft i KTH";
      await writeFile(join(root, "curated", "relationships.yaml"), stringify(g.relationships));
      await expect(readCuratedGraph(join(root, "curated"))).rejects.toThrow(
        /^relationships\.yaml\[0\] slk -COLLABORATES_WITH-> kth: field "quote"/,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
