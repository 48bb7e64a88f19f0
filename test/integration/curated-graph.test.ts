import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedCordisFiles } from "../../server/import/cordis/load-shipped-cordis.js";
import { openInput } from "../../server/import/records/open-input.js";
import { readCordisRecords } from "../../server/import/records/read-cordis-records.js";
import { nameKey } from "../../server/import/resolution/name-key.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** StAF's member institutions in 2015: the reconstruction less Beckmans, and one that no source names. */
const institutions2015 = [
  "handelshogskolan",
  "ki",
  "kth",
  "su",
  "sodertorns-hogskola",
  "konstfack",
  "kungl-konsthogskolan",
  "kungl-musikhogskolan",
  "stockholms-konstnarliga-hogskola",
  "gih",
  "forsvarshogskolan",
  "sophiahemmet-hogskola",
  "roda-korsets-hogskola",
  "ersta-skondal-hogskola",
  "teologiska-hogskolan-stockholm",
  "smi",
  "larosate-2015-oidentifierat",
];

const stafNetwork = `query Staf($asOf: Date, $types: [String!]) {
  network(ids: ["staf"], depth: 1, filter: { asOf: $asOf, relationshipTypes: $types }) { nodes { id kind } }
}`;

async function stafAsOf(asOf: string, types?: string[]) {
  const { data, errors } = await app.graphql(stafNetwork, { asOf, types });
  expect(errors).toBeUndefined();
  return data.network.nodes as Array<{ id: string; kind: string }>;
}

describe("StAF's members over time", () => {
  it("shows the 17 institutions of 2015 and the City, as of 1 June 2015", async () => {
    const nodes = await stafAsOf("2015-06-01");
    expect(
      nodes
        .filter((node) => node.kind === "UNIVERSITY")
        .map((node) => node.id)
        .sort(),
    ).toEqual([...institutions2015].sort());
    expect(nodes.map((node) => node.id)).toContain("stockholms-stad");
    const members = await stafAsOf("2015-06-01", ["MEMBER_OF"]);
    expect(members.map((node) => node.id).sort()).toEqual([...institutions2015, "staf", "stockholms-stad"].sort());
  });

  it("shows 18 institutions as of 2018, Beckmans the 18th", async () => {
    const nodes = await stafAsOf("2018-06-01", ["MEMBER_OF"]);
    const universities = nodes.filter((node) => node.kind === "UNIVERSITY").map((node) => node.id);
    expect(universities).toHaveLength(18);
    expect(universities.sort()).toEqual([...institutions2015, "beckmans"].sort());
  });

  it("ends the memberships of merged institutions: the Stockholm Institute of Education is there in 2005, not in 2015", async () => {
    const in2005 = (await stafAsOf("2005-06-01", ["MEMBER_OF"])).map((node) => node.id);
    expect(in2005).toEqual(expect.arrayContaining(["lararhogskolan-i-stockholm", "danshogskolan", "operahogskolan"]));
    const in2015 = (await stafAsOf("2015-06-01")).map((node) => node.id);
    for (const merged of [
      "lararhogskolan-i-stockholm",
      "danshogskolan",
      "operahogskolan",
      "stockholms-dramatiska-hogskola",
    ])
      expect(in2015, merged).not.toContain(merged);
  });
});

describe("the curated graph in the database", () => {
  it("stores statuses and date precisions: a proposal is not a decision, a reply deadline is not a reply date", async () => {
    const rows = await app.read(
      `MATCH (:Actor {id: 'kommunstyrelsen'})-[r:CONSULTS]->(:Actor {id: 'stockholms-stadshus-ab'})
       RETURN toString(r.until) AS until, r.datePrecision AS precision`,
    );
    expect(rows).toEqual([{ until: "2015-10-05", precision: "deadline" }]);
    const [reply] = await app.read(
      "MATCH (s:Source {id: 'exploateringskontoret-2015-innovationsstrategi-remissvar'}) RETURN s.datePrecision AS precision",
    );
    expect(reply.precision).toBe("deadline");
    const { data, errors } = await app.graphql(`{
      actors(where: { id: { eq: "innovationsdirektoren" } }) {
        status
        reportsToConnection { edges { node { id } properties { status sourceId } } }
        partOf { id }
      }
    }`);
    expect(errors).toBeUndefined();
    const [director] = data.actors;
    expect(director.status).toBe("PROPOSED");
    expect(director.partOf).toEqual([]);
    expect(director.reportsToConnection.edges.length).toBeGreaterThan(0);
    for (const edge of director.reportsToConnection.edges) {
      expect(edge.node.id).toBe("stadsdirektoren");
      expect(edge.properties.status).toBe("PROPOSED");
    }
  });

  it("serves what the strategies concern and are to be coordinated with, the co-owners, and unverified founding years", async () => {
    const { data, errors } = await app.graphql(`{
      strategies(where: { id: { in: ["strategi-samverkan-larosaten", "innovationsstrategin"] } }, sort: [{ id: ASC }]) {
        id
        concernsConnection { edges { node { id } properties { status } } }
        coordinatesWith { id }
      }
      actors(where: { id: { in: ["roda-korsets-hogskola", "stiftelsernas-ovriga-delagare"] } }, sort: [{ id: ASC }]) {
        id foundedYear foundedYearConfidence owns { id }
      }
      places(where: { id: { eq: "hagastaden" } }) { id partOf { id } }
    }`);
    expect(errors).toBeUndefined();
    const [innovation, universities] = data.strategies;
    expect(innovation.coordinatesWith).toEqual([{ id: "kvalitetsprogrammet" }]);
    expect(universities.concernsConnection.edges.map((edge) => edge.node.id).sort()).toEqual([
      "electrum",
      "regionens-larosaten",
      "vetenskapsstaden",
    ]);
    for (const edge of universities.concernsConnection.edges) expect(edge.properties.status).toBe("PROPOSED");
    const [redCross, coOwners] = data.actors;
    expect(redCross).toMatchObject({ foundedYear: 1859, foundedYearConfidence: "UNVERIFIED" });
    expect(coOwners.owns.map((owned) => owned.id).sort()).toEqual(["electrum", "vetenskapsstaden"]);
    expect(data.places).toEqual([{ id: "hagastaden", partOf: [] }]);
  });

  it("connects the place Bryssel and the rapporteur", async () => {
    const rows = await app.read(
      `MATCH (p:Place {id: 'bryssel'})<-[:LOCATED_IN]-(a:Actor) RETURN a.id AS id
       UNION MATCH (:Actor {id: 'foredragande-borgarradet'})-[:PROPOSES]->(s:Strategy) RETURN s.id AS id`,
    );
    expect(rows.map((row) => row.id).sort()).toEqual([
      "stockholmsregionen-i-bryssel",
      "uppdrag-samarbetsformer-larosaten",
    ]);
  });
});

/** The VAT number each CORDIS organisation id carries in the shipped files (the first row that gives one). */
async function shippedVatNumbers(): Promise<Map<string, string>> {
  const vats = new Map<string, string>();
  for (const { organizationFile } of shippedCordisFiles("sweden")) {
    for await (const record of readCordisRecords(openInput(organizationFile))) {
      const id = String(record.fields.organisationID ?? "");
      const vat = String(record.fields.vatNumber ?? "").trim();
      if (id !== "" && vat !== "" && !vats.has(id)) vats.set(id, vat);
    }
  }
  return vats;
}

describe("entity resolution of the shipped data", () => {
  it("leaves no curated actor a CORDIS twin: none shares its CORDIS id, VAT number or Swedish name", async () => {
    const curated = await app.read<{
      id: string;
      vat: string | null;
      cordisId: string | null;
      country: string | null;
      names: Array<string | null>;
    }>(
      `MATCH (a:Actor {curated: true})
       RETURN a.id AS id, a.vatNumber AS vat, a.cordisId AS cordisId, a.country AS country,
              [a.name, a.nameEn, a.shortName] + coalesce(a.aliases, []) AS names`,
    );
    const byKey = new Map<string, Array<{ id: string; vat: string | null }>>();
    for (const actor of curated.filter((a) => (a.country ?? "SE") === "SE")) {
      for (const key of new Set((actor.names as Array<string | null>).map(nameKey).filter((k) => k !== ""))) {
        byKey.set(key, [...(byKey.get(key) ?? []), { id: actor.id, vat: actor.vat }]);
      }
    }
    const twins = await app.read<{
      id: string;
      cordisId: string | null;
      vat: string | null;
      key: string;
      candidates: string[];
    }>(
      `MATCH (c:Actor) WHERE c.id STARTS WITH 'cordis-'
         AND (c.cordisId IN $cordisIds OR c.vatNumber IN $vats OR (c.country = 'SE' AND c.nameKey IN $keys))
       OPTIONAL MATCH (c)-[:POSSIBLY_SAME_AS]->(a:Actor)
       RETURN c.id AS id, c.cordisId AS cordisId, c.vatNumber AS vat, c.nameKey AS key, collect(a.id) AS candidates`,
      {
        cordisIds: curated.map((a) => a.cordisId).filter(Boolean),
        vats: curated.map((a) => a.vat).filter(Boolean),
        keys: [...byKey.keys()],
      },
    );
    for (const twin of twins) {
      // Only a same-named organisation under another VAT number may stand apart, and then as a candidate.
      const namesakes = byKey.get(twin.key) ?? [];
      expect(namesakes.length, `${twin.id} (${twin.key}) shares a CORDIS id or VAT number`).toBeGreaterThan(0);
      for (const namesake of namesakes) {
        expect(namesake.vat && twin.vat && namesake.vat !== twin.vat, `${twin.id} twins ${namesake.id}`).toBeTruthy();
        expect(twin.candidates, `${twin.id} should be a review candidate for ${namesake.id}`).toContain(namesake.id);
      }
    }
    const merged = await app.read<{ id: string; participations: number }>(
      `MATCH (a:Actor) WHERE a.id IN ['sei', 'vinnova', 'cordis-999450268', 'cordis-999618757']
       RETURN a.id AS id, COUNT { (a)-[:PARTICIPATES_IN]->() } AS participations ORDER BY id`,
    );
    expect(merged.map((row) => row.id)).toEqual(["sei", "vinnova"]);
    for (const row of merged) expect(Number(row.participations), row.id).toBeGreaterThan(0);
  });

  it("never merges an organisation into an actor whose VAT number differs from its own", async () => {
    const vats = await shippedVatNumbers();
    const actors = await app.read(
      "MATCH (a:Actor) WHERE a.vatNumber IS NOT NULL AND size(coalesce(a.resolvedBy, [])) > 0 RETURN a.id AS id, a.vatNumber AS vat, a.resolvedBy AS resolvedBy",
    );
    expect(actors.length).toBeGreaterThan(5);
    for (const actor of actors) {
      for (const entry of actor.resolvedBy as string[]) {
        const cordisId = /^cordis:(\d+) by /.exec(entry)?.[1];
        const vat = cordisId ? vats.get(cordisId) : undefined;
        if (vat !== undefined) expect(vat, `${entry} merged into ${actor.id}`).toBe(actor.vat);
      }
    }
    const [rise] = await app.read(
      "MATCH (c:Actor {id: 'cordis-893893801'})-[r:POSSIBLY_SAME_AS]->(a:Actor {id: 'rise'}) RETURN c.vatNumber AS vat, r.rule AS rule",
    );
    expect(rise).toEqual({ vat: "SE556196920401", rule: "same-name-other-vat" });
  });
});
