import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
});
afterAll(async () => {
  await app.close();
});

const suggestionsQuery = `query Suggest($topic: String!, $consortium: [ID!], $countries: [String!], $kinds: [ActorKind!], $limit: Int, $asOf: Date, $excludeProjects: [ID!]) {
  partnerSuggestions(topic: $topic, consortium: $consortium, countries: $countries, kinds: $kinds, limit: $limit, asOf: $asOf, excludeProjects: $excludeProjects) {
    actor { id name country kind }
    score
    factors { name value weight contribution explanation evidence { id acronym topics startDate } }
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
  it("ranks the participants of the project a topic is worded from high, with that project as their closest match", async () => {
    const participants = (
      await read(`MATCH (p:Project {acronym: 'Photo2Fuel'})<-[:PARTICIPATES_IN]-(a:Actor) RETURN DISTINCT a.id AS id`)
    ).map((row) => row.id);
    expect(participants.length).toBe(8);
    const suggestions = await suggest({ topic: photo2FuelTopic, limit: 20 });
    const named = suggestions.filter((s) => participants.includes(s.actor.id));
    expect(named.length).toBeGreaterThanOrEqual(participants.length / 2);
    for (const suggestion of named) {
      const closest = found(
        suggestion.factors.find((factor) => factor.name === "closest topical match"),
        "the closest topical match",
      );
      expect(closest.value).toBe(1);
      expect(closest.evidence[0].acronym).toBe("Photo2Fuel");
    }
    const [first] = named;
    const topical = found(
      first.factors.find((factor) => factor.name === "closest topical match"),
      "the closest topical match",
    );
    expect(topical.explanation).toMatch(/Photo2Fuel/);
    expect(first.score).toBeCloseTo(
      first.factors.reduce((sum, f) => sum + f.weight * f.value, 0),
      2,
    );
    for (const factor of first.factors) {
      expect(factor.contribution).toBeCloseTo(factor.weight * factor.value, 2);
      expect(factor.value).toBeGreaterThanOrEqual(0);
      expect(factor.value).toBeLessThanOrEqual(1);
      expect(factor.explanation.length).toBeGreaterThan(10);
    }
    const proximity = first.factors.find((factor) => factor.name === "earlier work with the consortium");
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
        suggestion.factors.find((factor) => factor.name === "closest topical match"),
        "the closest topical match",
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

  it("never suggests a member, scores earlier work with the members, and shows the warm path from one", async () => {
    const consortium = ["kth", "stockholms-stad"];
    const suggestions = await suggest({
      topic: "urban mobility electric buses charging infrastructure city",
      consortium,
      limit: 15,
    });
    expect(suggestions.length).toBe(15);
    for (const suggestion of suggestions) expect(consortium).not.toContain(suggestion.actor.id);
    const workWith = (s: (typeof suggestions)[number]) =>
      found(
        s.factors.find((f) => f.name === "earlier work with the consortium"),
        "earlier work with the consortium",
      );
    const near = found(
      suggestions.find((s) => workWith(s).value > 0),
      "a suggestion that worked with the consortium",
    );
    const proximity = workWith(near);
    expect(proximity.explanation).toMatch(/Has already worked with (KTH|Stockholms stad)/);
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

  it("counts work with a member in Horizon 2020, older and larger projects for less, and says which records", async () => {
    const response = await app.graphql(
      `query ($lang: Language) {
        partnerSuggestions(topic: "urban mobility electric buses charging infrastructure city", consortium: ["kth"], limit: 50, lang: $lang) {
          actor { id } reasons factors { name value weight explanation }
        }
      }`,
      { lang: "EN" },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const suggestions = response.data.partnerSuggestions as Array<{
      actor: { id: string };
      reasons: string[];
      factors: Array<{ name: string; value: number; weight: number; explanation: string }>;
    }>;
    const rows = await read<{ id: string; records: string[] }>(
      `MATCH (:Actor {id: 'kth'})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(a:Actor)
       WHERE p.sourceLacks IS NOT NULL AND a.id IN $ids
       RETURN a.id AS id, collect(DISTINCT p.rcn) AS records`,
      { ids: suggestions.map((s) => s.actor.id) },
    );
    const records = new Map(rows.map((row) => [row.id, row.records]));
    const earlier = (s: (typeof suggestions)[number]) =>
      found(
        s.factors.find((f) => f.name === "earlier work with the consortium in Horizon 2020"),
        "the Horizon 2020 factor",
      );
    // The factor is fitted to count for a candidate, never against it.
    expect(earlier(suggestions[0]).weight).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      const shared = records.get(suggestion.actor.id) ?? [];
      const factor = earlier(suggestion);
      if (shared.length === 0) {
        expect(factor.value).toBe(0);
        expect(factor.explanation).toBe("Took part in no Horizon 2020 project with a consortium member.");
        expect(suggestion.reasons.join(" ")).not.toMatch(/Horizon 2020 project/);
        continue;
      }
      expect(factor.value).toBeGreaterThan(0);
      expect(factor.explanation).toContain(
        `Took part with KTH in ${shared.length} Horizon 2020 project${shared.length === 1 ? "" : "s"} (CORDIS record`,
      );
      const sentence = suggestion.reasons.find((reason) => reason.includes("Horizon 2020"));
      if (sentence) {
        expect(sentence).toMatch(
          new RegExp(
            `^Worked with KTH in ${shared.length} Horizon 2020 projects?, \\d{4}(–\\d{4})? \\(CORDIS records? `,
          ),
        );
        for (const record of sentence.match(/\d{6,}/g) ?? []) expect(shared).toContain(record);
      }
    }
    expect(suggestions.some((s) => (records.get(s.actor.id) ?? []).length > 0)).toBe(true);
    expect(suggestions.some((s) => s.reasons.some((reason) => reason.startsWith("Worked with KTH in")))).toBe(true);
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

  it("as of a date and without a project, cites no project that started on or after the date or was left out", async () => {
    const [project] = await read(
      `MATCH (p:Project {acronym: 'Photo2Fuel'})<-[r:PARTICIPATES_IN {role: 'coordinator'}]-(c:Actor)
       RETURN p.id AS id, toString(p.startDate) AS start, c.id AS coordinator`,
    );
    const asOf = project.start as string;
    const variables = { topic: photo2FuelTopic, consortium: [project.coordinator], limit: 20, asOf };
    const suggestions = await suggest({ ...variables, excludeProjects: [project.id, "no-such-project"] });
    expect(suggestions.length).toBe(20);
    const cited = new Set<string>();
    for (const suggestion of suggestions) {
      for (const factor of suggestion.factors) {
        expect(factor.explanation).not.toMatch(/Photo2Fuel/);
        for (const evidence of factor.evidence) {
          expect(evidence.id).not.toBe(project.id);
          expect(String(evidence.startDate) < asOf, `${evidence.acronym} starts ${evidence.startDate}`).toBe(true);
          cited.add(evidence.id);
        }
      }
      for (const node of suggestion.warmPath?.nodes ?? []) if (node.type === "Project") cited.add(node.id);
    }
    expect(cited.size).toBeGreaterThan(0);
    const starts = await read<{ id: string; start: string }>(
      `MATCH (p:Project) WHERE p.id IN $ids RETURN p.id AS id, toString(p.startDate) AS start`,
      {
        ids: [...cited],
      },
    );
    expect(starts.length).toBe(cited.size);
    for (const row of starts) expect(row.start < asOf, `${row.id} starts ${row.start}`).toBe(true);
    // An unknown id to leave out changes nothing; the held-out project's own partners lose their closest match.
    const again = await suggest({ ...variables, excludeProjects: [project.id] });
    expect(again.map((s) => [s.actor.id, s.score])).toEqual(suggestions.map((s) => [s.actor.id, s.score]));
    const withIt = await suggest({ topic: photo2FuelTopic, consortium: [project.coordinator], limit: 20 });
    expect(withIt.some((s) => s.factors[0].evidence[0]?.id === project.id)).toBe(true);
  });

  it("leaves an excluded project out of every factor without a date", async () => {
    const [project] = await read(`MATCH (p:Project {acronym: 'Photo2Fuel'}) RETURN p.id AS id`);
    const suggestions = await suggest({
      topic: photo2FuelTopic,
      consortium: ["kth"],
      limit: 20,
      excludeProjects: [project.id],
    });
    for (const suggestion of suggestions)
      for (const factor of suggestion.factors)
        for (const evidence of factor.evidence) expect(evidence.id).not.toBe(project.id);
  });

  it("refuses a malformed asOf", async () => {
    await expectCode({ topic: "solar", asOf: "2024-13-01" }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", asOf: "yesterday" }, "BAD_USER_INPUT");
  });

  it("refuses an empty topic, a bad limit or country, and an unknown member", async () => {
    await expectCode({ topic: "   " }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", limit: 0 }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", limit: 51 }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", countries: ["Sweden"] }, "BAD_USER_INPUT");
    await expectCode({ topic: "solar", consortium: ["kth", "no-such-actor"] }, "NOT_FOUND");
  });
});
