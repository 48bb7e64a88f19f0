import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
});
afterAll(async () => {
  await app.close();
});

const suggestionsQuery = `query Suggest($topic: String!, $consortium: [ID!], $countries: [String!], $kinds: [ActorKind!], $limit: Int) {
  partnerSuggestions(topic: $topic, consortium: $consortium, countries: $countries, kinds: $kinds, limit: $limit) {
    actor { id name country kind }
    score
    factors { name value weight explanation evidence { id acronym topics } }
    warmPath { nodes { id type } edges { source target type } }
  }
}`;

async function suggest(variables: Record<string, unknown>) {
  const response = await app.graphql(suggestionsQuery, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.partnerSuggestions;
}

async function expectCode(variables: Record<string, unknown>, code: string) {
  const response = await app.graphql(suggestionsQuery, variables);
  expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(code);
  expect(JSON.stringify(response.errors)).not.toMatch(/MATCH|Neo4jError|Cypher/);
}

const read = <Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
  app.read<Row>(cypher, params);

// Worded from the objective of Photo2Fuel (HORIZON-CL5-2021-D2-01-08, eight participants in CORDIS).
const photo2FuelTopic =
  "Convert CO2 into fuels and chemicals with artificial photosynthesis: hybrid systems of " +
  "non-photosynthetic microorganisms and organic photosensitisers that produce acetic acid and methane using only " +
  "sunlight, in a photo-micro-reactor with a solar concentrator, and separation of the products.";

describe("partner suggestions", () => {
  it("ranks the participants of the project a topic is worded from first", async () => {
    const participants = (
      await read(`MATCH (p:Project {acronym: 'Photo2Fuel'})<-[:PARTICIPATES_IN]-(a:Actor) RETURN DISTINCT a.id AS id`)
    ).map((row) => row.id);
    expect(participants.length).toBe(8);
    const suggestions = await suggest({ topic: photo2FuelTopic, limit: 12 });
    expect(
      suggestions
        .slice(0, participants.length)
        .map((s) => s.actor.id)
        .sort(),
    ).toEqual([...participants].sort());
    const [first] = suggestions;
    const topical = found(
      first.factors.find((factor) => factor.name === "topical match"),
      "the topical factor",
    );
    expect(topical.evidence[0].acronym).toBe("Photo2Fuel");
    expect(topical.explanation).toMatch(/Photo2Fuel/);
    expect(first.score).toBeCloseTo(
      first.factors.reduce((sum, f) => sum + f.weight * f.value, 0),
      2,
    );
    for (const factor of first.factors) {
      expect(factor.value).toBeGreaterThanOrEqual(0);
      expect(factor.value).toBeLessThanOrEqual(1);
      expect(factor.explanation.length).toBeGreaterThan(10);
    }
    const proximity = first.factors.find((factor) => factor.name === "network proximity");
    expect(proximity).toMatchObject({ value: 0, explanation: expect.stringMatching(/No consortium/) });
    expect(first.warmPath).toBeNull();
  });

  it("finds the actors of a call topic from its code, exactly or as a prefix", async () => {
    const expected = async (code: string) =>
      (
        await read(
          `MATCH (p:Project)<-[:PARTICIPATES_IN]-(a:Actor)
       WHERE any(t IN p.topics WHERE toUpper(t) = $code OR toUpper(t) STARTS WITH $code + '-')
       RETURN collect(DISTINCT a.id) AS ids`,
          { code },
        )
      )[0].ids as string[];
    const exact = await expected("HORIZON-CL5-2021-D6-01-10");
    expect(exact.length).toBeGreaterThan(5);
    const suggestions = await suggest({ topic: "HORIZON-CL5-2021-D6-01-10", limit: 50 });
    expect(suggestions.map((s) => s.actor.id).sort()).toEqual([...exact].sort());
    for (const suggestion of suggestions) {
      const topical = found(
        suggestion.factors.find((factor) => factor.name === "topical match"),
        "the topical factor",
      );
      expect(topical.evidence[0].topics).toContain("HORIZON-CL5-2021-D6-01-10");
    }
    // No topic or call is this code itself: only a prefix match finds the destination's topics.
    const prefix = await expected("HORIZON-CL5-2021-D6");
    expect(prefix.length).toBeGreaterThan(50);
    const byPrefix = await suggest({ topic: "horizon-cl5-2021-d6", limit: 50 });
    expect(byPrefix.length).toBe(50);
    for (const suggestion of byPrefix) expect(prefix).toContain(suggestion.actor.id);
  });

  it("never suggests a member, scores closeness to the members, and shows the warm path from one", async () => {
    const consortium = ["kth", "stockholms-stad"];
    const suggestions = await suggest({
      topic: "urban mobility electric buses charging infrastructure city",
      consortium,
      limit: 15,
    });
    expect(suggestions.length).toBe(15);
    for (const suggestion of suggestions) expect(consortium).not.toContain(suggestion.actor.id);
    const near = found(
      suggestions.find((s) => s.factors.find((f) => f.name === "network proximity")?.value === 1),
      "a suggestion one step from the consortium",
    );
    const proximity = found(
      near.factors.find((f) => f.name === "network proximity"),
      "the proximity factor",
    );
    expect(proximity.explanation).toMatch(/Has already worked with (Kungliga Tekniska högskolan|Stockholms stad)/);
    const shared = await read<{ ids: string[] }>(
      `MATCH (c:Actor {id: $id})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(m:Actor) WHERE m.id IN $consortium
       RETURN collect(DISTINCT p.id) AS ids`,
      { id: near.actor.id, consortium },
    );
    for (const project of proximity.evidence) expect(shared[0].ids).toContain(project.id);
    const warmPath = found(near.warmPath, "the warm path");
    const pathIds = warmPath.nodes.map((node) => node.id);
    expect(pathIds).toContain(near.actor.id);
    expect(pathIds.some((id: string) => consortium.includes(id))).toBe(true);
    expect(warmPath.edges.length).toBeLessThanOrEqual(2);
  });

  it("keeps only the countries and kinds asked for, in CORDIS spelling (GR is EL)", async () => {
    const suggestions = await suggest({
      topic: "HORIZON-CL5-2021-D6-01",
      countries: ["DE", "GR"],
      kinds: ["COMPANY"],
      limit: 20,
    });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(["DE", "EL"]).toContain(suggestion.actor.country);
      expect(suggestion.actor.kind).toBe("COMPANY");
    }
  });

  it("gives the same ranking for the same query", async () => {
    const variables = { topic: "hydrogen storage fuel cells for heavy transport", consortium: ["ki"], limit: 20 };
    const first = await suggest(variables);
    const second = await suggest(variables);
    expect(second.map((s) => [s.actor.id, s.score])).toEqual(first.map((s) => [s.actor.id, s.score]));
    const scores = first.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("answers a 10,000-character topic by reading its start", async () => {
    const topic = `${photo2FuelTopic} `.repeat(Math.ceil(10_000 / (photo2FuelTopic.length + 1))).slice(0, 10_000);
    expect(topic.length).toBe(10_000);
    const suggestions = await suggest({ topic, limit: 5 });
    expect(suggestions.length).toBe(5);
  });

  it("refuses an empty topic, a bad limit or country, and an unknown member", async () => {
    await expectCode({ topic: "   " }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", limit: 0 }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", limit: 51 }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", countries: ["Sweden"] }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", consortium: ["kth", "no-such-actor"] }, "NOT_FOUND");
  });
});
