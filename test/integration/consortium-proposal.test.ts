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

const proposalQuery = `query Propose($call: ID, $topic: String, $action: ActionType, $consortium: [ID!]!, $size: Int,
  $countries: [String!], $kinds: [ActorKind!], $asOf: Date, $lang: Language) {
  proposeConsortium(call: $call, topic: $topic, action: $action, consortium: $consortium, size: $size,
    countries: $countries, kinds: $kinds, asOf: $asOf, lang: $lang) {
    action size sizeReason unmetNeeds
    members { id }
    partners { actor { id country kind } need needCode reasons alternatives { id country kind } }
    check { eligible members { id } findings { code severity message } }
  }
}`;

interface Proposal {
  action: string | null;
  size: number;
  sizeReason: string;
  unmetNeeds: string[];
  members: Array<{ id: string }>;
  partners: Array<{
    actor: { id: string; country: string | null; kind: string };
    need: string;
    needCode: string;
    reasons: string[];
    alternatives: Array<{ id: string; country: string | null; kind: string }>;
  }>;
  check: { eligible: boolean; members: Array<{ id: string }>; findings: Array<{ code: string; severity: string }> };
}

async function propose(variables: Record<string, unknown>): Promise<Proposal> {
  const response = await app.graphql(proposalQuery, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data.proposeConsortium as Proposal;
}

async function errorCode(variables: Record<string, unknown>): Promise<unknown> {
  const response = await app.graphql(proposalQuery, variables);
  return response.errors?.[0]?.extensions?.code;
}

const iaCall = "HORIZON-CL5-2027-02-D3-07";
const asOf = "2026-12-01";

describe("proposeConsortium", () => {
  it("fills the rule's needs first, then the remaining places, and checks the whole", async () => {
    const proposal = await propose({ call: iaCall, consortium: ["kth"], size: 6, asOf });
    expect(proposal.action).toBe("IA");
    expect(proposal.members.map((member) => member.id)).toEqual(["kth"]);
    expect(proposal.size).toBe(6);
    expect(proposal.partners).toHaveLength(5);
    expect(proposal.sizeReason).toBe("6 in all, as asked.");
    // Two more eligible countries, then a company (what an IA usually needs), then by likelihood.
    const codes = proposal.partners.map((partner) => partner.needCode);
    expect(codes.slice(0, 2)).toEqual(["COUNTRY", "COUNTRY"]);
    const countries = new Set(["SE", ...proposal.partners.slice(0, 2).map((partner) => partner.actor.country)]);
    expect(countries.size).toBe(3);
    const company = proposal.partners.findIndex((partner) => partner.actor.kind === "COMPANY");
    expect(company).toBeGreaterThanOrEqual(0);
    if (company >= 2) expect(codes[2]).toBe("USUAL_KIND");
    for (const code of codes.slice(3)) expect(["WARM_INTRODUCTION", "TOPIC_RECORD"]).toContain(code);
    const proposed = new Set(["kth", ...proposal.partners.map((partner) => partner.actor.id)]);
    for (const partner of proposal.partners) {
      expect(partner.reasons.length).toBeGreaterThan(0);
      expect(partner.reasons.length).toBeLessThanOrEqual(3);
      expect(partner.need.length).toBeGreaterThan(10);
      expect(partner.alternatives.length).toBeLessThanOrEqual(2);
      for (const alternative of partner.alternatives) expect(proposed.has(alternative.id)).toBe(false);
    }
    // An alternative for a country fills the same need: an eligible country not yet in.
    for (const alternative of proposal.partners[0].alternatives) expect(alternative.country).not.toBe("SE");
    expect(proposal.check.eligible).toBe(true);
    expect(proposal.check.members.map((member) => member.id).sort()).toEqual([...proposed].sort());
    expect(proposal.unmetNeeds).toEqual([]);
  });

  it("chooses the size from funded consortia of the call's type of action in its destination before asOf", async () => {
    const proposal = await propose({ call: iaCall, consortium: ["kth"], asOf });
    const sizes = await app.read<{ size: number }>(
      `MATCH (p:Project)-[:IN_FAMILY]->(:CallFamily {id: 'HORIZON-CL5-D3'})
       WHERE p.fundingScheme IN ['HORIZON-IA', 'HORIZON-JU-IA', 'EURATOM-IA'] AND p.startDate < date($asOf)
       RETURN COUNT { (p)<-[:PARTICIPATES_IN]-(a:Actor) WHERE a.deletedAt IS NULL } AS size ORDER BY size`,
      { asOf },
    );
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    const middle = Math.floor(sizes.length / 2);
    const median =
      sizes.length % 2 === 1 ? sizes[middle].size : Math.round((sizes[middle - 1].size + sizes[middle].size) / 2);
    expect(proposal.size).toBe(median);
    expect(proposal.sizeReason).toContain(`the typical size of the ${sizes.length} funded consortia of an IA`);
    expect(proposal.members.length + proposal.partners.length).toBe(proposal.size);
  });

  it("proposes at most 50 when funded consortia of the type are typically larger, and says so", async () => {
    // Fifteen funded co-fund actions of 55 participants each in the call's destination, before asOf:
    // they make the typical size there larger than a proposal holds.
    await app.read(
      `UNWIND range(1, 15) AS n
       CREATE (p:Project {id: 'test-large-cofund-' + n, acronym: 'LARGECOFUND' + n, fundingScheme: 'HORIZON-COFUND',
         startDate: date('2024-01-01'), topics: ['HORIZON-CL5-2023-D3-01-0' + (n % 9 + 1)]})
       WITH p
       CALL (p) {
         MATCH (a:Actor) WHERE a.deletedAt IS NULL AND EXISTS { (a)-[:PARTICIPATES_IN]->(:Project) }
         WITH a ORDER BY a.id LIMIT 55
         CREATE (a)-[:PARTICIPATES_IN {role: 'participant'}]->(p)
       }`,
    );
    try {
      const proposal = await propose({ call: iaCall, action: "COFUND", consortium: ["kth"], asOf });
      const typical =
        /^50 in all, the most a proposal holds: the (\d+) funded consortia of a programme co-fund action it is read from typically have (\d+) members\.$/.exec(
          proposal.sizeReason,
        );
      expect(typical, proposal.sizeReason).not.toBeNull();
      expect(Number(typical?.[1])).toBeGreaterThanOrEqual(15);
      expect(Number(typical?.[2])).toBeGreaterThan(50);
      expect(proposal.size).toBe(50);
      expect(proposal.check.members.length).toBe(proposal.members.length + proposal.partners.length);
      expect(proposal.members.length + proposal.partners.length).toBeLessThanOrEqual(50);
    } finally {
      await app.read("MATCH (p:Project) WHERE p.id STARTS WITH 'test-large-cofund-' DETACH DELETE p");
    }
  });

  it("names a need the countries asked for make impossible, and never calls the result eligible", async () => {
    const proposal = await propose({ call: iaCall, consortium: ["kth"], countries: ["SE"], size: 4, asOf });
    expect(proposal.check.eligible).toBe(false);
    expect(proposal.check.findings.map((finding) => finding.code)).toContain("TOO_FEW_COUNTRIES");
    expect(proposal.unmetNeeds[0]).toMatch(
      /^The rules for an IA ask for partners in 3 different eligible countries, but no candidate from a further one was found among the countries asked for \(Sweden\)\.$/,
    );
    for (const partner of proposal.partners) expect(partner.actor.country).toBe("SE");
  });

  it("asks a PCP for public buyers, and names the need when only universities may be proposed", async () => {
    const pcp = "HORIZON-MISS-2027-04-CIT-05";
    const open = await propose({ call: pcp, consortium: ["stockholms-stad"], size: 5, asOf });
    expect(open.action).toBe("PCP");
    expect(open.partners.map((p) => p.needCode)).toContain("REQUIRED_KIND");
    expect(open.check.eligible).toBe(open.unmetNeeds.length === 0);
    const narrowed = await propose({
      call: pcp,
      consortium: ["kth"],
      kinds: ["UNIVERSITY"],
      size: 5,
      asOf,
      lang: "SV",
    });
    expect(narrowed.check.eligible).toBe(false);
    expect(narrowed.check.findings.map((finding) => finding.code)).toContain("MISSING_REQUIRED_KIND");
    expect(narrowed.unmetNeeds).toContain(
      "Reglerna för en förkommersiell upphandling (PCP) kräver en offentlig aktör, men ingen sådan kandidat hittades bland de typer av partner som angavs (universitet eller forskningsorganisation).",
    );
  });

  it("adds no partner to a single-beneficiary action, and says when the type of action is not known", async () => {
    const fellowship = await propose({ topic: "hydrogen storage", action: "MSCA_PF", consortium: ["kth"], asOf });
    expect(fellowship.size).toBe(1);
    expect(fellowship.partners).toEqual([]);
    expect(fellowship.check.eligible).toBe(true);
    const [unknown] = await app.read<{ id: string }>(
      "MATCH (c:Call) WHERE c.actionType IS NULL RETURN c.id AS id LIMIT 1",
    );
    const proposal = await propose({ call: unknown.id, consortium: ["kth"], size: 3, asOf });
    expect(proposal.action).toBeNull();
    expect(proposal.unmetNeeds.join(" ")).toContain("The call's type of action is not known here");
    expect(proposal.check.findings.map((finding) => finding.code)).toContain("ACTION_TYPE_UNKNOWN");
  });

  it("answers NOT_FOUND for an unknown call or member and BAD_USER_INPUT for a size outside 1–50", async () => {
    expect(await errorCode({ call: "HORIZON-NO-SUCH-2027-01", consortium: ["kth"] })).toBe("NOT_FOUND");
    expect(await errorCode({ call: iaCall, consortium: ["kth", "no-such-actor"] })).toBe("NOT_FOUND");
    expect(await errorCode({ call: iaCall, consortium: ["kth"], size: 0 })).toBe("BAD_USER_INPUT");
    expect(await errorCode({ call: iaCall, consortium: ["kth"], size: 51 })).toBe("BAD_USER_INPUT");
    expect(await errorCode({ consortium: ["kth"] })).toBe("BAD_USER_INPUT");
  });
});
