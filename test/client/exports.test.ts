import { afterEach, describe, expect, it } from "vitest";
import { createExplorerGraph } from "../../client/src/graph/explorer-graph.js";
import { exportGexf } from "../../client/src/graph/export-gexf.js";
import { exportJson } from "../../client/src/graph/export-json.js";
import { syncGraph } from "../../client/src/graph/merge-network.js";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import {
  collaboratorRowsToCsv,
  sortCollaboratorRows,
  toCollaboratorRows,
  type CollaboratorRow,
} from "../../client/src/panels/collaborator-rows.js";
import { network } from "./support/networks.js";

function sampleGraph() {
  const graph = createExplorerGraph();
  syncGraph(
    graph,
    network(
      [
        ["kth", "KTH & <co>"],
        ["openlab", 'OpenLab "Stockholm"', "Actor", "NETWORK"],
        ["p1", "Projekt", "Project", undefined],
      ],
      [
        {
          id: "e1",
          source: "kth",
          target: "openlab",
          type: "MEMBER_OF",
          quote: "KTH är medlem i OpenLab",
          since: "2010-01-01",
        },
        { id: "e2", source: "kth", target: "p1", type: "PARTICIPATES_IN" },
      ],
    ),
  );
  return graph;
}

describe("GEXF export", () => {
  it("writes well-formed GEXF 1.3 with attributes, positions and escaped text", () => {
    const gexf = exportGexf(sampleGraph(), { date: "2025-01-01" });
    const document = new DOMParser().parseFromString(gexf, "application/xml");
    expect(document.querySelector("parsererror")).toBeNull();
    expect(document.documentElement.getAttribute("version")).toBe("1.3");
    const nodes = [...document.getElementsByTagName("node")];
    expect(nodes.map((node) => node.getAttribute("label"))).toEqual(["KTH & <co>", 'OpenLab "Stockholm"', "Projekt"]);
    expect(document.getElementsByTagName("edge")).toHaveLength(2);
    expect(gexf).toContain('<attvalue for="quote" value="KTH är medlem i OpenLab"/>');
    expect(gexf).toContain('<attvalue for="since" value="2010-01-01"/>');
    expect(gexf).toContain('<edge id="e1" source="kth" target="openlab" label="MEMBER_OF" weight="1">');
    expect(gexf).toMatch(/<viz:color r="215" g="48" b="31"\/>/);
  });
});

describe("JSON export", () => {
  it("gives the subgraph in the API's shape with evidence", () => {
    const exported = JSON.parse(exportJson(sampleGraph()));
    expect(exported.nodes).toHaveLength(3);
    expect(exported.nodes[0]).toMatchObject({ id: "kth", type: "Actor", kind: "UNIVERSITY" });
    expect(exported.edges[0]).toMatchObject({
      id: "e1",
      source: "kth",
      target: "openlab",
      type: "MEMBER_OF",
      evidence: [{ quote: "KTH är medlem i OpenLab" }],
    });
  });
});

describe("collaborators as rows and CSV", () => {
  const rows: CollaboratorRow[] = toCollaboratorRows(
    [
      {
        strength: 2.5,
        partner: { id: "su", name: "Stockholms universitet", kind: "UNIVERSITY", country: "SE" },
        via: [{ id: "p1", label: "Projekt, med komma", type: "Project" }],
      },
      {
        strength: 4,
        partner: { id: "stad", name: "Stockholms stad", kind: "MUNICIPALITY", country: "SE" },
        via: [
          { id: "a", label: "Avtal", type: "Agreement" },
          { id: "b", label: '"Citat"', type: "Project" },
        ],
      },
      { strength: 1, partner: { id: "ab", name: "=Bolag AB", kind: "COMPANY", country: null }, via: [] },
    ],
    "KTH",
  );

  it("sorts by any column, both ways", () => {
    expect(sortCollaboratorRows(rows, { column: "strength", descending: true }).map((row) => row.partnerId)).toEqual([
      "stad",
      "su",
      "ab",
    ]);
    expect(sortCollaboratorRows(rows, { column: "partner", descending: false }).map((row) => row.partnerId)).toEqual([
      "ab",
      "stad",
      "su",
    ]);
    expect(sortCollaboratorRows(rows, { column: "shared", descending: false }).map((row) => row.partnerId)).toEqual([
      "ab",
      "su",
      "stad",
    ]);
    expect(sortCollaboratorRows(rows, { column: "kind", descending: false }).map((row) => row.kind)).toEqual([
      "Company",
      "Municipality",
      "University",
    ]);
  });

  it("writes RFC 4180 CSV and defuses spreadsheet formulas", () => {
    expect(collaboratorRowsToCsv(rows).split("\r\n")).toEqual([
      "partner_id,partner,kind,country,strength,shared_count,shared",
      'su,Stockholms universitet,University,SE,2.5,1,"Projekt, med komma"',
      'stad,Stockholms stad,Municipality,SE,4,2,"Avtal; ""Citat"""',
      "ab,'=Bolag AB,Company,,1,0,",
      "",
    ]);
  });

  it("writes Swedish CSV for Swedish Excel: semicolons, decimal commas, Swedish headers and sentences", () => {
    setLanguage("sv");
    const swedish = toCollaboratorRows(
      [
        {
          strength: 3.912,
          partner: { id: "kth", name: "Kungliga Tekniska högskolan", kind: "UNIVERSITY", country: "SE" },
          via: [
            { id: "staf", label: "StAF; Stockholms akademiska forum", type: "Actor" },
            { id: "COLLABORATES_WITH>kth", label: "collaborates with", type: "COLLABORATES_WITH" },
            { id: "FINANCES<kth", label: "finances (by)", type: "FINANCES" },
          ],
        },
      ],
      "Stockholms stad",
    );
    const csv = collaboratorRowsToCsv(swedish);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "partner-id;partner;typ;land;styrka;antal delade;delat",
      'kth;Kungliga Tekniska högskolan;Lärosäte;SE;3,912;3;"StAF; Stockholms akademiska forum; ' +
        'Stockholms stad samarbetar med Kungliga Tekniska högskolan; Kungliga Tekniska högskolan finansierar Stockholms stad"',
      "",
    ]);
    expect(csv).not.toMatch(/\(by\)|collaborates/);
  });
});

afterEach(() => setLanguage("en"));
