import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
});
afterAll(async () => {
  await app.close();
});

const suggestionsQuery = `query Suggest($topic: String!, $consortium: [ID!], $limit: Int, $lang: Language) {
  partnerSuggestions(topic: $topic, consortium: $consortium, limit: $limit, lang: $lang) {
    actor { id } score factors { name value explanation evidence { id } }
  }
}`;

const checkQuery = `query Check($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {
  consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {
    eligible findings { code severity message fix }
  }
}`;

const openCallsQuery = `query Open($actor: ID!, $asOf: Date, $limit: Int, $lang: Language) {
  openCalls(actor: $actor, asOf: $asOf, limit: $limit, lang: $lang) {
    call { id } score factors { name value explanation evidence { id } }
  }
}`;

const briefQuery = `query Brief($call: ID!, $consortium: [ID!]!, $lang: Language) {
  callBrief(call: $call, consortium: $consortium, limit: 3, lang: $lang) {
    check { findings { code message fix } }
    suggestions { actor { id } factors { explanation } }
  }
}`;

const opportunitiesQuery = `query Opportunities($id: ID!, $lang: Language) {
  opportunities(id: $id, limit: 5, lang: $lang) { topic projects { id } introducers { id } }
}`;

async function ask<T>(query: string, field: string, variables: Record<string, unknown>): Promise<T> {
  const response = await app.graphql<Record<string, T>>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data[field];
}

type Factor = { name: string; value: number; explanation: string; evidence: { id: string }[] };
type Ranked = { score: number; factors: Factor[] };

/** Words of the English sentences that Swedish ones never hold (data such as acronyms aside). */
const englishTemplate =
  /\b(Took part|earlier projects?|Has already worked|Shares|the consortium|No consortium|Brings|Coordinated|match(es)? the call's text|took part in|No member|needs at least|Add (a )?partners?)\b/;
const swedishWords = /\b(har|och|projekt|tidigare|konsortiet|ämnet|utlysningens|medlem)\b/i;

/** Every sentence is Swedish, and a Swedish answer is the English one but for its sentences. */
function expectSwedish(swedish: Ranked[], english: Ranked[]) {
  expect(swedish.length).toBeGreaterThan(0);
  const withoutWords = (ranked: Ranked[]) =>
    ranked.map((entry) => ({ ...entry, factors: entry.factors.map(({ explanation: _, ...rest }) => rest) }));
  expect(withoutWords(swedish)).toEqual(withoutWords(english));
  for (const factor of swedish.flatMap((entry) => entry.factors)) {
    expect(factor.explanation, factor.explanation).not.toMatch(englishTemplate);
    expect(factor.explanation, factor.explanation).toMatch(swedishWords);
  }
}

/** The id of the actor CORDIS knows by this organisation id. */
async function cordisActor(cordisId: string): Promise<string> {
  const [row] = await app.read<{ id: string }>(
    "MATCH (a:Actor {cordisId: $cordisId}) RETURN a.id AS id ORDER BY a.id LIMIT 1",
    { cordisId },
  );
  return row.id;
}

describe("answers in Swedish (lang: SV) and English (lang: EN, the default)", () => {
  it("explains partner suggestions in Swedish, and in English as without lang", async () => {
    const variables = { topic: "hydrogen storage fuel cells for heavy transport", consortium: ["kth"], limit: 10 };
    const plain = await ask<Ranked[]>(suggestionsQuery, "partnerSuggestions", variables);
    const english = await ask<Ranked[]>(suggestionsQuery, "partnerSuggestions", { ...variables, lang: "EN" });
    const swedish = await ask<Ranked[]>(suggestionsQuery, "partnerSuggestions", { ...variables, lang: "SV" });
    expect(english).toEqual(plain);
    expectSwedish(swedish, english);
    const explanations = swedish.flatMap((entry) => entry.factors.map((factor) => factor.explanation));
    expect(explanations.some((text) => /^Har (redan arbetat med|deltagit i) /.test(text))).toBe(true);
    expect(explanations.some((text) => /relevansen \d,\d\d \(1 = bästa möjliga träff\)/.test(text))).toBe(true);
  });

  it("writes a consortium check's findings and fixes in Swedish, with Swedish country names", async () => {
    const english = await ask<{ findings: { code: string; message: string; fix: string | null }[] }>(
      checkQuery,
      "consortiumCheck",
      { consortium: ["kth", "ki"], lang: "EN" },
    );
    expect(english).toEqual(await ask(checkQuery, "consortiumCheck", { consortium: ["kth", "ki"] }));
    const swedish = await ask<typeof english>(checkQuery, "consortiumCheck", { consortium: ["kth", "ki"], lang: "SV" });
    expect(swedish.findings.map((finding) => finding.code)).toEqual(english.findings.map((finding) => finding.code));
    const rule = found(
      swedish.findings.find((finding) => finding.code === "TOO_FEW_COUNTRIES"),
      "the TOO_FEW_COUNTRIES finding",
    );
    expect(rule.message).toMatch(/^En RIA kräver minst tre oberoende juridiska personer/);
    expect(rule.message).toContain(
      "det här konsortiet har 2 oberoende juridiska personer, etablerade i ett stödberättigat land (Sverige)",
    );
    expect(rule.fix).toContain("ytterligare 2 medlemsstater eller associerade länder utöver Sverige");
    const company = found(
      swedish.findings.find((finding) => finding.code === "NO_COMPANY"),
      "the NO_COMPANY finding",
    );
    expect(company.message).toBe("Ingen medlem är ett företag.");
    for (const finding of swedish.findings) {
      expect(finding.message).not.toMatch(englishTemplate);
      expect(`${finding.message} ${finding.fix ?? ""}`).toMatch(swedishWords);
    }

    const consortium = ["kth", await cordisActor("999984059"), await cordisActor("932760440")];
    const three = await ask<typeof english>(checkQuery, "consortiumCheck", { consortium, action: "RIA", lang: "SV" });
    expect(three.findings.find((finding) => finding.code === "ELIGIBILITY_RULE_MET")?.message).toBe(
      "Uppfyller regeln för en RIA: oberoende juridiska personer i 3 stödberättigade länder (Sverige, Tyskland och Finland), varav minst en i en medlemsstat.",
    );
    expect(three.findings.find((finding) => finding.code === "CLOSED_CLUB")?.message).toMatch(
      /^\d+ av \d+ medlemspar har redan arbetat tillsammans i EU-projekt/,
    );
  });

  it("explains open calls' fit in Swedish, and the call brief too", async () => {
    const variables = { actor: "kth", asOf: "2026-12-01", limit: 8 };
    const plain = await ask<Ranked[]>(openCallsQuery, "openCalls", variables);
    const english = await ask<Ranked[]>(openCallsQuery, "openCalls", { ...variables, lang: "EN" });
    const swedish = await ask<Ranked[]>(openCallsQuery, "openCalls", { ...variables, lang: "SV" });
    expect(english).toEqual(plain);
    expectSwedish(swedish, english);
    const [first] = swedish.flatMap((entry) => entry.factors.map((factor) => factor.explanation));
    expect(first).toMatch(/^\d+ projekt som KTH deltagit i och som började före 2026-12-01/);
    expect(first).toMatch(/delar orden [^()]+\.$/);

    const call = (plain[0] as unknown as { call: { id: string } }).call.id;
    const brief = await ask<{
      check: { findings: { message: string }[] };
      suggestions: { factors: { explanation: string }[] }[];
    }>(briefQuery, "callBrief", { call, consortium: ["kth"], lang: "SV" });
    for (const finding of brief.check.findings) expect(finding.message).not.toMatch(englishTemplate);
    for (const factor of brief.suggestions.flatMap((suggestion) => suggestion.factors))
      expect(factor.explanation).not.toMatch(englishTemplate);
  });

  it("takes lang on opportunities, whose answer holds no sentence", async () => {
    const english = await ask(opportunitiesQuery, "opportunities", { id: "kth" });
    expect(await ask(opportunitiesQuery, "opportunities", { id: "kth", lang: "SV" })).toEqual(english);
  });
});
