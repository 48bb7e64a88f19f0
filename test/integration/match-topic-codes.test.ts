import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchCodesByScan, matchTopic } from "../../server/consortium/match-topic.js";
import { parseTopic } from "../../server/consortium/parse-topic.js";
import { toProjectScope } from "../../server/consortium/project-scope.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Every topic and call code the shipped projects name, and the prefixes a person may ask for. */
async function shippedCodes(): Promise<string[]> {
  const result = await app.driver.executeQuery(
    `MATCH (p:Project)
     UNWIND coalesce(p.topics, []) + [call IN [p.call] WHERE call IS NOT NULL] AS code
     RETURN collect(DISTINCT toUpper(code)) AS codes`,
    {},
    { database: app.database },
  );
  const codes = (result.records[0].get("codes") as string[]).filter((code) => parseTopic(code).codes.length === 1);
  const prefixes = codes.map((code) => code.split("-").slice(0, 3).join("-"));
  return [...new Set([...codes, ...prefixes])].sort();
}

describe("topic codes found through the full-text index", () => {
  it("finds, for every code of the shipped data, the same projects as reading every project", async () => {
    const codes = await shippedCodes();
    // The forms the index could split differently: dotted segments, mixed case, H2020 and Horizon Europe codes.
    expect(codes.some((code) => code.includes("."))).toBe(true);
    expect(codes.some((code) => code.startsWith("HORIZON-"))).toBe(true);
    expect(codes.length).toBeGreaterThan(100);
    const scope = toProjectScope("2026-01-01");
    const differing: string[] = [];
    for (const code of codes) {
      const topic = { ...parseTopic(code), words: [] };
      const [byIndex, byScan] = await Promise.all([
        matchTopic(app.driver, app.database, topic, scope),
        matchCodesByScan(app.driver, app.database, topic.codes, scope),
      ]);
      // The latest 100 of each, compared as sets: matchTopic orders its matches by relevance and id.
      const found = byIndex.map((match) => match.id).sort();
      if (JSON.stringify(found) !== JSON.stringify([...byScan].sort())) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it("finds nothing, and fails nothing, for a code that no project names yet", async () => {
    const topic = parseTopic("HORIZON-CL5-2031-D9-99-99");
    expect(topic.codes).toEqual(["HORIZON-CL5-2031-D9-99-99"]);
    expect(await matchTopic(app.driver, app.database, { ...topic, words: [] }, toProjectScope(null))).toEqual([]);
  });
});
