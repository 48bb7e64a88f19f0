import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
  const [calls] = await app.read<{ calls: number }>("MATCH (c:Call) RETURN count(c) AS calls");
  if (calls.calls < 700) throw new Error("these tests need the shipped call topics, which loadSeedGraph loads");
});
afterAll(async () => {
  await app.close();
});

/** Words a proposal writer should never meet: methods, measures, weights, the API's own names. */
const jargon =
  /\b(Adamic|Adar|Newman|TF-?IDF|cosine|cosinus|weights?|vikt(en|er|erna)?|factors?|faktor(n|er|erna)?|relevance|relevans(en)?|scores?|contribution|logit|softmax|API|partnerSuggestions|consortiumCheck|proposeConsortium|openCalls|callBrief|excludeProjects|asOf)\b|`|1\/\(n/i;

const proposalQuery = `query ($call: ID!, $consortium: [ID!]!, $lang: Language, $kinds: [ActorKind!]) {
  proposeConsortium(call: $call, consortium: $consortium, lang: $lang, kinds: $kinds, asOf: "2026-12-01") {
    sizeReason unmetNeeds partners { need reasons } check { findings { message fix } } } }`;
const suggestionsQuery = `query ($topic: String!, $lang: Language) {
  partnerSuggestions(topic: $topic, consortium: ["kth", "stockholms-stad"], limit: 10, lang: $lang) { reasons } }`;
const briefQuery = `query ($call: ID!, $lang: Language) {
  callBrief(call: $call, consortium: ["stockholms-stad"], lang: $lang) {
    check { findings { message fix } } suggestions { reasons } } }`;
const openCallsQuery = `query ($actor: ID!, $lang: Language) {
  openCalls(actor: $actor, asOf: "2026-12-01", limit: 10, lang: $lang) { note factors { explanation } } }`;

async function ask(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await app.graphql(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data;
}

/** Every string of an answer: the sentences it shows. */
function sentencesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(sentencesOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(sentencesOf);
  return [];
}

describe("every sentence shown to a proposal writer", () => {
  it.each(["EN", "SV"])("is free of methods, measures, weights and API names (%s)", async (lang) => {
    // One after another: the server turns away expensive queries that come all at once.
    const asked: Array<[string, Record<string, unknown>]> = [
      [proposalQuery, { call: "HORIZON-CL5-2027-02-D3-07", consortium: ["kth"], lang }],
      [proposalQuery, { call: "HORIZON-MISS-2027-04-CIT-05", consortium: ["stockholms-stad"], lang }],
      [proposalQuery, { call: "HORIZON-MISS-2027-04-CIT-05", consortium: ["kth"], kinds: ["UNIVERSITY"], lang }],
      [suggestionsQuery, { topic: "Zero-emission urban logistics with electric freight vehicles", lang }],
      [briefQuery, { call: "HORIZON-MISS-2027-04-CIT-05", lang }],
      [openCallsQuery, { actor: "kth", lang }],
      [openCallsQuery, { actor: "kista-science-city", lang }],
    ];
    const answers: unknown[] = [];
    for (const [query, variables] of asked) answers.push(await ask(query, variables));
    const sentences = sentencesOf(answers);
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) expect(sentence).not.toMatch(jargon);
  });

  it("answers each proposed partner's 'why them' in at most three sentences, each with its evidence", async () => {
    const data = (await ask(proposalQuery, { call: "HORIZON-CL5-2027-02-D3-07", consortium: ["kth"], lang: "EN" })) as {
      proposeConsortium: { partners: Array<{ reasons: string[] }> };
    };
    for (const { reasons } of data.proposeConsortium.partners) {
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.length).toBeLessThanOrEqual(3);
      for (const reason of reasons) expect(reason).toMatch(/:|, such as|Has coordinated|A source states/);
    }
    const worked = data.proposeConsortium.partners
      .flatMap((partner) => partner.reasons)
      .find((r) => /^Has worked with KTH/.test(r));
    expect(worked).toMatch(/^Has worked with KTH in \d+ projects? (since|in) \d{4}: .+\.$/);
  });

  it("shows an actor with no EU project of its own the calls its partners or its kind lead to, and says so", async () => {
    const [own] = await app.read<{ projects: number }>(
      "MATCH (a:Actor {id: 'kista-science-city'}) RETURN COUNT { (a)-[:PARTICIPATES_IN]->(:Project) } AS projects",
    );
    expect(own.projects).toBe(0);
    for (const lang of ["EN", "SV"]) {
      const data = (await ask(openCallsQuery, { actor: "kista-science-city", lang })) as {
        openCalls: Array<{ note: string | null }>;
      };
      expect(data.openCalls.length).toBeGreaterThan(0);
      for (const entry of data.openCalls)
        expect(entry.note).toMatch(
          lang === "EN" ? /has no EU project of its own in the graph/ : /har inget eget EU-projekt i grafen/,
        );
    }
    const kth = (await ask(openCallsQuery, { actor: "kth", lang: "EN" })) as {
      openCalls: Array<{ note: string | null }>;
    };
    for (const entry of kth.openCalls) expect(entry.note).toBeNull();
  });
});
