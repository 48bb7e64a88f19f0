import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const edgeFields = "id type since until datePrecision status confidence evidence { locator }";

interface CertainEdge {
  id: string;
  since: string | null;
  until: string | null;
  datePrecision: string | null;
  status: string;
  confidence: string;
  evidence: Array<{ locator: string | null }>;
}

async function networkEdges(ids: string[], filter: Record<string, unknown> = {}): Promise<CertainEdge[]> {
  const { data, errors } = await app.graphql<{ network: { edges: CertainEdge[] } }>(
    `query N($ids: [ID!]!, $filter: NetworkFilter) { network(ids: $ids, depth: 1, filter: $filter) { edges { ${edgeFields} } } }`,
    { ids, filter },
  );
  expect(errors).toBeUndefined();
  return data.network.edges;
}

const edge = (edges: CertainEdge[], id: string) =>
  found(
    edges.find((candidate) => candidate.id === id),
    id,
  );

describe("a tie says how far along and how certain it is", () => {
  it("gives the innovation director's post under the city director as proposed, as both documents have it", async () => {
    const reportsTo = edge(
      await networkEdges(["innovationsdirektoren"]),
      "innovationsdirektoren|REPORTS_TO|stadsdirektoren",
    );
    expect(reportsTo.evidence.length).toBeGreaterThanOrEqual(2);
    expect(reportsTo.status).toBe("PROPOSED");
    expect(reportsTo.confidence).toBe("STATED");
  });

  it("gives the same step of a path as proposed", async () => {
    const { data, errors } = await app.graphql<{ paths: Array<{ edges: CertainEdge[] }> }>(
      `{ paths(from: "innovationsdirektoren", to: "stadsdirektoren", maxHops: 1) { edges { ${edgeFields} } } }`,
    );
    expect(errors).toBeUndefined();
    const step = edge(data.paths[0].edges, "innovationsdirektoren|REPORTS_TO|stadsdirektoren");
    expect(step.status).toBe("PROPOSED");
  });

  it("gives a proposal that a later document records as decided as decided", async () => {
    // Proposed to Kommunstyrelsen in May 2015; the consultation answer of September says it was given.
    const adopts = edge(
      await networkEdges(["kommunstyrelsen"]),
      "kommunstyrelsen|ADOPTS|uppdrag-samarbetsformer-larosaten",
    );
    expect(adopts.evidence.length).toBe(2);
    expect(adopts.status).toBe("DECIDED");
    expect(adopts.confidence).toBe("STATED");
  });

  it("gives a tie the documents state as holding as in effect and stated", async () => {
    const partOf = edge(await networkEdges(["kommunstyrelsen"]), "kommunstyrelsen|PART_OF|stockholms-stad");
    expect(partOf.status).toBe("IN_EFFECT");
    expect(partOf.confidence).toBe("STATED");
  });

  it("gives an inferred step of a path as reconstructed", async () => {
    const { data, errors } = await app.graphql<{ paths: Array<{ edges: CertainEdge[] }> }>(
      `{ paths(from: "exploateringskontoret", to: "kth") { edges { ${edgeFields} } } }`,
    );
    expect(errors).toBeUndefined();
    const step = edge(data.paths[0].edges, "exploateringskontoret|REPORTS_TO|exploateringsnamnden");
    expect(step.confidence).toBe("RECONSTRUCTED");
    expect(step.status).toBe("IN_EFFECT");
  });

  it("gives a founding that the sources disagree on as unverified, dated by the year", async () => {
    const founded = edge(await networkEdges(["vetenskapsstaden"]), "kth|FOUNDED|vetenskapsstaden");
    expect(founded.confidence).toBe("UNVERIFIED");
    expect(founded.since).toBe("1990-01-01");
    expect(founded.datePrecision).toBe("year");
  });

  it("calls a reply deadline a deadline", async () => {
    const consults = edge(await networkEdges(["kommunstyrelsen"]), "kommunstyrelsen|CONSULTS|stockholms-stadshus-ab");
    expect(consults.until).toBe("2015-10-05");
    expect(consults.datePrecision).toBe("deadline");
  });
});

describe("changes", () => {
  const consulted = ["innovationsstrategin", "facknamnderna", "tre-stadsdelsnamnder", "stockholms-stadshus-ab"];

  it("never reports the consultation's reply deadline as the day its four ties ended", async () => {
    const { data, errors } = await app.graphql<{
      changes: { ended: CertainEdge[] };
    }>(`{ changes(from: "2015-10-01", to: "2015-10-10") { ended { ${edgeFields} } } }`);
    expect(errors).toBeUndefined();
    const ended = data.changes.ended.map((tie) => tie.id);
    for (const id of consulted) expect(ended).not.toContain(`kommunstyrelsen|CONSULTS|${id}`);
    expect(data.changes.ended.filter((tie) => tie.datePrecision === "deadline")).toEqual([]);
  });

  it("still reports an end that a source dates", async () => {
    const { data, errors } = await app.graphql<{ changes: { ended: CertainEdge[] } }>(
      `{ changes(from: "2014-01-01", to: "2017-06-01") { ended { ${edgeFields} } } }`,
    );
    expect(errors).toBeUndefined();
    const ended = edge(data.changes.ended, "stockholms-stad|PARTY_TO|openlab-partneravtal");
    expect(ended.datePrecision).not.toBe("deadline");
  });
});
