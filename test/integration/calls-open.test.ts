import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { found, startSeededTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startSeededTestApp();
  const [calls] = await app.read<{ calls: number }>("MATCH (c:Call) RETURN count(c) AS calls");
  if (calls.calls < 700) throw new Error("these tests need the shipped call topics, which loadSeedGraph loads");
});
afterAll(async () => {
  await app.close();
});

const openCallsQuery = `query Open($actor: ID!, $asOf: Date, $actions: [ActionType!], $limit: Int) {
  openCalls(actor: $actor, asOf: $asOf, actions: $actions, limit: $limit) {
    call { id title deadline actionType budget url families { id level } }
    score
    daysLeft
    factors { name value weight explanation evidence { id acronym startDate } }
  }
}`;

async function openCalls(variables: Record<string, unknown>) {
  const response = await app.graphql(openCallsQuery, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.openCalls;
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe("openCalls", () => {
  it.each(["kth", "stockholms-stad"])(
    "ranks at least ten calls open on 2026-12-01 for %s, each with evidence from before that day",
    async (actor) => {
      const asOf = "2026-12-01";
      const calls = await openCalls({ actor, asOf, limit: 30 });
      expect(calls.length).toBeGreaterThanOrEqual(10);
      const [own] = await app.read<{ ids: string[] }>(
        `MATCH (a:Actor {id: $actor}) OPTIONAL MATCH (part:Actor)-[:PART_OF]->{1,3}(a)
         WITH a, collect(part) AS parts UNWIND parts + [a] AS s
         MATCH (s)-[:PARTICIPATES_IN]->(p:Project) RETURN collect(DISTINCT p.id) AS ids`,
        { actor },
      );
      for (const [index, entry] of calls.entries()) {
        const deadline = found(entry.call.deadline, `the deadline of ${entry.call.id}`);
        expect(deadline >= asOf, entry.call.id).toBe(true);
        expect(entry.daysLeft).toBe(days(asOf, deadline));
        if (index > 0) expect(entry.score).toBeLessThanOrEqual(calls[index - 1].score);
        expect(entry.score).toBeCloseTo(
          entry.factors.reduce((sum, factor) => sum + factor.weight * factor.value, 0),
          2,
        );
        const evidence = entry.factors.flatMap((factor) => factor.evidence);
        expect(evidence.length, entry.call.id).toBeGreaterThan(0);
        for (const project of evidence)
          expect(String(project.startDate) < asOf, project.acronym ?? project.id).toBe(true);
        // The first two factors cite the actor's own projects; the third its partners' projects without it.
        const [text, family, partners] = entry.factors;
        for (const project of [...text.evidence, ...family.evidence]) expect(own.ids).toContain(project.id);
        for (const project of partners.evidence) expect(own.ids).not.toContain(project.id);
        for (const factor of entry.factors) expect(factor.explanation.length).toBeGreaterThan(20);
      }
    },
  );

  it("finds KTH's record in a call's destination in the graph's own links", async () => {
    const calls = await openCalls({ actor: "kth", asOf: "2026-12-01", limit: 10 });
    const withFamily = found(
      calls.find((entry) => entry.factors[1].value > 0),
      "a call in a family of KTH's projects",
    );
    const destination = found(
      withFamily.call.families.find((family) => family.level === "DESTINATION"),
      `the destination of ${withFamily.call.id}`,
    ).id;
    const linked = await app.read<{ ids: string[] }>(
      `MATCH (:Actor {id: 'kth'})-[:PARTICIPATES_IN]->(p:Project)-[:IN_FAMILY]->(:CallFamily {id: $destination})
       RETURN collect(p.id) AS ids`,
      { destination },
    );
    for (const project of withFamily.factors[1].evidence) expect(linked[0].ids).toContain(project.id);
    expect(withFamily.factors[1].explanation).toContain(destination);
  });

  it("sees only what had begun by an earlier date, and filters by type of action", async () => {
    const early = await openCalls({ actor: "kth", asOf: "2026-03-01", actions: ["CSA"], limit: 20 });
    expect(early.length).toBeGreaterThan(0);
    for (const entry of early) {
      expect(entry.call.actionType).toBe("CSA");
      for (const project of entry.factors.flatMap((factor) => factor.evidence))
        expect(String(project.startDate) < "2026-03-01").toBe(true);
    }
  });

  it.each([
    [{ actor: "no-such-actor", asOf: "2026-12-01" }, "NOT_FOUND"],
    [{ actor: "kth", asOf: "2026-13-01" }, "BAD_USER_INPUT"],
    [{ actor: "kth", asOf: "yesterday" }, "BAD_USER_INPUT"],
    [{ actor: "kth", limit: 0 }, "BAD_USER_INPUT"],
  ])("answers %j with %s", async (variables, code) => {
    const response = await app.graphql(openCallsQuery, variables);
    expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(code);
  });
});

const briefQuery = `query Brief($call: ID!, $consortium: [ID!]!) {
  callBrief(call: $call, consortium: $consortium) {
    call { id title actionType }
    consortium { id }
    check { eligible findings { code severity message } }
    suggestions { actor { id name country } score factors { name value evidence { id } } warmPath { nodes { id } } }
  }
}`;

describe("a call as a topic", () => {
  it("lists, for an actor whose record before the date is in Horizon 2020 only, the calls where those partners are active, and says so", async () => {
    // By mid-2022 Horizon Europe's first projects had begun: an actor with Horizon 2020 projects and
    // none of those (nor any other) by then.
    const asOf = "2022-06-01";
    const [actor] = await app.read<{ id: string; name: string; earlier: number }>(
      `MATCH (a:Actor)-[:PARTICIPATES_IN]->(h:Project)
       WHERE h.sourceLacks IS NOT NULL AND h.startDate < date($asOf)
         AND NOT exists { (a)-[:PARTICIPATES_IN]->(p:Project) WHERE p.sourceLacks IS NULL AND p.startDate < date($asOf) }
         AND NOT exists { (:Actor)-[:PART_OF]->(a) }
       WITH a, count(DISTINCT h) AS earlier WHERE earlier >= 3
       RETURN a.id AS id, coalesce(a.shortName, a.name) AS name, earlier ORDER BY earlier DESC, id LIMIT 1`,
      { asOf },
    );
    expect(actor, "an actor known before mid-2022 from Horizon 2020 only").toBeDefined();
    const response = await app.graphql(
      `query ($actor: ID!, $asOf: Date) { openCalls(actor: $actor, asOf: $asOf, limit: 5) { note factors { name value explanation } } }`,
      { actor: actor.id, asOf },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const calls = response.data.openCalls as Array<{ note: string; factors: Array<{ name: string; value: number }> }>;
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls)
      expect(call.note).toBe(
        `${actor.name} has no Horizon Europe project in the graph, so this call is listed because partners from its ${actor.earlier} Horizon 2020 projects took part in its destination.`,
      );
  });

  it("briefs a proposal team: the call, the check by the call's type of action, and partners with warm paths", async () => {
    const response = await app.graphql(briefQuery, {
      call: "HORIZON-CL5-2027-02-D3-07",
      consortium: ["kth", "stockholms-stad"],
    });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const brief = response.data.callBrief;
    expect(brief.call).toMatchObject({ id: "HORIZON-CL5-2027-02-D3-07", actionType: "IA" });
    expect(brief.consortium.map((actor) => actor.id)).toEqual(["kth", "stockholms-stad"]);
    expect(brief.check.eligible).toBe(false);
    expect(brief.check.findings.map((finding) => finding.code)).toContain("TOO_FEW_COUNTRIES");
    expect(brief.suggestions.length).toBeGreaterThan(0);
    expect(brief.suggestions.map((s) => s.actor.id)).not.toContain("kth");
    expect(brief.suggestions.some((s) => (s.warmPath?.nodes.length ?? 0) > 1)).toBe(true);
  });

  it("checks a CSA call by the one-entity rule unless another type of action is asked for", async () => {
    const check = async (action?: string) => {
      const response = await app.graphql(
        `query Check($action: ActionType) { consortiumCheck(consortium: ["kth", "stockholms-stad"], topic: "horizon-cl5-2027-07-d3-28", action: $action) { eligible findings { code severity } } }`,
        { action },
      );
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      return response.data.consortiumCheck;
    };
    const asCall = await check();
    expect(asCall.findings.map((finding) => finding.code)).not.toContain("TOO_FEW_COUNTRIES");
    const asRia = await check("RIA");
    expect(asRia.eligible).toBe(false);
    expect(asRia.findings.map((finding) => finding.code)).toEqual(
      expect.arrayContaining(["TOO_FEW_COUNTRIES", "ACTION_TYPE_DIFFERS"]),
    );
  });

  it("suggests partners from the call's own text and destination", async () => {
    const response = await app.graphql(
      `{ partnerSuggestions(topic: "HORIZON-CL5-2027-02-D3-07", limit: 5) { actor { id } factors { name evidence { id } } } }`,
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const evidence = response.data.partnerSuggestions.flatMap((s) =>
      s.factors
        .filter((factor) => ["closest topical match", "call family"].includes(factor.name))
        .flatMap((factor) => factor.evidence.map((project) => project.id)),
    );
    expect(evidence.length).toBeGreaterThan(0);
    const [linked] = await app.read<{ inDestination: number }>(
      `MATCH (p:Project)-[:IN_FAMILY]->(:CallFamily {id: 'HORIZON-CL5-D3'}) WHERE p.id IN $ids RETURN count(p) AS inDestination`,
      { ids: evidence },
    );
    expect(linked.inDestination).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for an unknown call and BAD_USER_INPUT for an empty consortium", async () => {
    const unknown = await app.graphql(briefQuery, { call: "HORIZON-CL5-2099-01-D9-99", consortium: ["kth"] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const empty = await app.graphql(briefQuery, { call: "HORIZON-CL5-2027-02-D3-07", consortium: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
