import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
