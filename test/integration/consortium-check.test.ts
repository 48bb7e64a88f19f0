import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
});
afterAll(async () => {
  await app.close();
});

const checkQuery = `query Check($consortium: [ID!]!, $topic: String, $action: ActionType, $asOf: Date) {
  consortiumCheck(consortium: $consortium, topic: $topic, action: $action, asOf: $asOf) {
    eligible
    members { id name country kind }
    findings { code severity message fix }
  }
}`;

const opportunitiesQuery = `query Opportunities($id: ID!, $limit: Int, $asOf: Date) {
  opportunities(id: $id, limit: $limit, asOf: $asOf) { topic programme projects { id topics startDate } introducers { id } }
}`;

async function check(variables: Record<string, unknown>) {
  const response = await app.graphql(checkQuery, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.consortiumCheck;
}

async function expectCode(query: string, variables: Record<string, unknown>, code: string) {
  const response = await app.graphql(query, variables);
  expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(code);
}

const read = <Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
  app.read<Row>(cypher, params);

/** The id of the actor CORDIS knows by this organisation id. */
async function cordisActor(cordisId: string): Promise<string> {
  const [row] = await read<{ id: string }>(
    "MATCH (a:Actor {cordisId: $cordisId}) RETURN a.id AS id ORDER BY a.id LIMIT 1",
    {
      cordisId,
    },
  );
  return row.id;
}

describe("consortium check", () => {
  it("fails two Swedish members on the three-country rule and says how to fix it", async () => {
    const result = await check({ consortium: ["kth", "ki"] });
    expect(result.eligible).toBe(false);
    expect(result.members.map((member) => [member.id, member.country, member.kind])).toEqual([
      ["kth", "SE", "UNIVERSITY"],
      ["ki", "SE", "UNIVERSITY"],
    ]);
    const rule = found(
      result.findings.find((finding) => finding.code === "TOO_FEW_COUNTRIES"),
      "the TOO_FEW_COUNTRIES finding",
    );
    expect(rule).toMatchObject({ severity: "ERROR" });
    expect(rule.message).toMatch(/three independent legal entities/);
    expect(rule.fix).toMatch(/2 more member states or associated countries other than Sweden/);
    expect(result.findings.map((finding) => finding.code)).toContain("NO_COMPANY");
  });

  it("passes three countries, and finds a closed club among old partners", async () => {
    const fraunhofer = await cordisActor("999984059");
    const vtt = await cordisActor("932760440");
    const result = await check({ consortium: ["kth", fraunhofer, vtt], action: "RIA" });
    expect(result.eligible).toBe(true);
    expect(result.findings.find((finding) => finding.code === "ELIGIBILITY_RULE_MET")?.message).toMatch(
      /Sweden, Germany and Finland/,
    );
    expect(result.findings.map((finding) => finding.code)).toContain("CLOSED_CLUB");
    expect(result.findings.find((finding) => finding.code === "COORDINATOR_EXPERIENCE")?.severity).toBe("INFO");
  });

  it("finds a CSA of one member eligible", async () => {
    const result = await check({ consortium: ["kth"], action: "CSA" });
    expect(result.eligible).toBe(true);
    expect(result.findings.filter((finding) => finding.severity === "ERROR")).toEqual([]);
  });

  it("knows that Kommunstyrelsen is part of Stockholms stad, not independent of it", async () => {
    const [partOf] = await read(
      "MATCH (:Actor {id: 'kommunstyrelsen'})-[r:PART_OF]->(:Actor {id: 'stockholms-stad'}) RETURN count(r) AS n",
    );
    expect(partOf.n).toBeGreaterThan(0);
    const result = await check({ consortium: ["kommunstyrelsen", "stockholms-stad", "kth"], action: "CSA" });
    const finding = result.findings.find((f) => f.code === "NOT_INDEPENDENT");
    expect(finding?.message).toMatch(/Kommunstyrelsen is part of Stockholms stad/);
    expect(finding?.fix).toBeTruthy();
  });

  it("names the members without a track record in the topic", async () => {
    const result = await check({
      consortium: ["kth", "kommunstyrelsen"],
      topic: "urban mobility electric buses charging infrastructure",
    });
    const finding = result.findings.find((f) => f.code === "NO_TOPICAL_TRACK_RECORD");
    expect(finding?.message).toMatch(/^Kommunstyrelsen has taken part in no project/);
  });

  it("refuses an empty consortium and unknown ids", async () => {
    await expectCode(checkQuery, { consortium: [] }, "BAD_USER_INPUT");
    await expectCode(checkQuery, { consortium: ["kth", "no-such-actor"] }, "NOT_FOUND");
  });

  it("treats a deleted actor as unknown", async () => {
    const id = `test-softdel-${Date.now()}`;
    await read("CREATE (:Actor {id: $id, name: 'Soft-deleted test company', kind: 'COMPANY', country: 'DE'})", { id });
    try {
      const result = await check({ consortium: [id, "kth"] });
      expect(result.members.map((member) => member.id)).toEqual([id, "kth"]);
      await read("MATCH (a:Actor {id: $id}) SET a.deletedAt = datetime()", { id });
      await expectCode(checkQuery, { consortium: [id, "kth"] }, "NOT_FOUND");
    } finally {
      await read("MATCH (a:Actor {id: $id}) DETACH DELETE a", { id });
    }
  });
});

describe("consortium check as of a date", () => {
  it("counts only the track record from before the date", async () => {
    const now = await check({ consortium: ["kth"] });
    expect(now.findings.map((finding) => finding.code)).toContain("COORDINATOR_EXPERIENCE");
    const before = await check({ consortium: ["kth"], asOf: "2000-01-01" });
    expect(before.findings.map((finding) => finding.code)).toContain("NO_COORDINATOR_EXPERIENCE");
  });
});

describe("opportunities", () => {
  it("lists topics where the City's collaborators are active and it is not, with introducers ranked", async () => {
    const response = await app.graphql(opportunitiesQuery, { id: "stockholms-stad", limit: 5 });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const opportunities = response.data.opportunities;
    expect(opportunities.length).toBe(5);
    const [own] = await read(
      `MATCH (:Actor {id: 'stockholms-stad'})-[:PARTICIPATES_IN]->(p:Project)
       RETURN collect(p.id) AS projects, reduce(all = [], t IN collect(p.topics) | all + t) AS topics`,
    );
    for (const opportunity of opportunities) {
      expect(own.topics).not.toContain(opportunity.topic);
      expect(opportunity.projects.length).toBeGreaterThan(0);
      for (const project of opportunity.projects) {
        expect(project.topics).toContain(opportunity.topic);
        expect(own.projects).not.toContain(project.id);
      }
      const shared = await read<{ shared: number; active: boolean }>(
        `UNWIND $ids AS id
         MATCH (c:Actor {id: id})
         RETURN id, COUNT { MATCH (:Actor {id: 'stockholms-stad'})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(c) RETURN DISTINCT p } AS shared,
           EXISTS { (c)-[:PARTICIPATES_IN]->(q:Project) WHERE $topic IN q.topics } AS active`,
        { ids: opportunity.introducers.map((actor) => actor.id), topic: opportunity.topic },
      );
      const counts = shared.map((row) => row.shared);
      expect(counts.every((count) => count > 0)).toBe(true);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(shared.every((row) => row.active)).toBe(true);
    }
  });

  it("as of a date, rests only on projects that started before it", async () => {
    const asOf = "2024-06-01";
    const response = await app.graphql(opportunitiesQuery, { id: "stockholms-stad", limit: 10, asOf });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const opportunities = response.data.opportunities;
    expect(opportunities.length).toBeGreaterThan(0);
    for (const opportunity of opportunities)
      for (const project of opportunity.projects) expect(String(project.startDate) < asOf).toBe(true);
    const now = await app.graphql(opportunitiesQuery, { id: "stockholms-stad", limit: 10 });
    expect(now.data.opportunities.map((o) => o.topic)).not.toEqual(opportunities.map((o) => o.topic));
  });

  it("refuses an unknown actor and a malformed asOf", async () => {
    await expectCode(opportunitiesQuery, { id: "no-such-actor" }, "NOT_FOUND");
    await expectCode(opportunitiesQuery, { id: "stockholms-stad", asOf: "2023-13-01" }, "BAD_USER_INPUT");
    await expectCode(checkQuery, { consortium: ["kth"], asOf: "01/02/2023" }, "BAD_USER_INPUT");
  });
});
