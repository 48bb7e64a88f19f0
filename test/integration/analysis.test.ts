import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quoteStandsIn } from "../../server/seed/read-curated.js";
import { found, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const edgeFields = "id source target type since until weight evidence { source { id title document } locator quote }";
const networkFields = `nodes { id label type kind degree } edges { ${edgeFields} } truncated { truncated omittedNodes omittedEdges }`;

async function expectCode(query: string, variables: Record<string, unknown>, code: string) {
  const response = await app.graphql(query, variables);
  expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe(code);
  expect(JSON.stringify(response.errors)).not.toMatch(/MATCH|Neo4jError|Cypher/);
}

describe("network", () => {
  it("draws KTH's neighbourhood with evidence whose quotes stand in their documents", async () => {
    const { data, errors } = await app.graphql(`{ network(ids: ["kth"], depth: 1) { ${networkFields} } }`);
    expect(errors).toBeUndefined();
    const ids = data.network.nodes.map((node) => node.id);
    expect(ids).toEqual(expect.arrayContaining(["kth", "stockholms-stad", "staf", "kth-partnerskapsavtal"]));
    const party = found(
      data.network.edges.find((edge) => edge.id === "kth|PARTY_TO|kth-partnerskapsavtal"),
      "KTH's partnership edge",
    );
    expect(party.evidence.length).toBeGreaterThan(0);
    for (const edge of data.network.edges) {
      for (const evidence of edge.evidence) {
        if (!evidence.source.document) continue;
        const text = fs.readFileSync(`seeds/documents/${evidence.source.document}`, "utf8");
        expect(quoteStandsIn(String(evidence.quote), text), `${edge.id}: ${evidence.quote}`).toBe(true);
      }
    }
  });

  it("gives each node its ties to visible nodes as its degree, mentions and call links left out", async () => {
    const { data, errors } = await app.graphql(
      `{ network(ids: ["stockholms-stad"], depth: 1) { nodes { id degree } } }`,
    );
    expect(errors).toBeUndefined();
    const counted = await app.driver.executeQuery(
      `UNWIND $ids AS id
       MATCH (n {id: id}) WHERE NOT n:Organisation
       RETURN n.id AS id, COUNT { (n)-[r]-(m) WHERE NOT type(r) IN ['MENTIONED_IN', 'POSSIBLY_SAME_AS', 'FUNDED_UNDER',
         'IN_FAMILY', 'DELETED', 'DRAFT'] AND m.deletedAt IS NULL } AS degree`,
      { ids: data.network.nodes.map((node) => node.id) },
      { database: app.database },
    );
    const expected = Object.fromEntries(counted.records.map((record) => [record.get("id"), record.get("degree")]));
    expect(data.network.nodes.length).toBeGreaterThan(20);
    expect(Object.fromEntries(data.network.nodes.map((node) => [node.id, node.degree]))).toEqual(expected);
  });

  it("leaves entity-resolution candidates out: they are not ties and have no source", async () => {
    const candidates = await app.driver.executeQuery(
      "MATCH (a:Actor)-[:POSSIBLY_SAME_AS]->(b:Actor) RETURN b.id AS id LIMIT 1",
      {},
      { database: app.database },
    );
    expect(candidates.records.length, "the seed holds review candidates").toBe(1);
    const id = candidates.records[0].get("id");
    const { data, errors } = await app.graphql(
      `query N($id: ID!) { network(ids: [$id], depth: 1) { ${networkFields} } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    expect(data.network.edges.map((edge) => edge.type)).not.toContain("POSSIBLY_SAME_AS");
  });

  it("shows the graph as it stood on a date", async () => {
    const query = `query At($asOf: Date) { network(ids: ["staf"], depth: 1, filter: { asOf: $asOf, relationshipTypes: ["MEMBER_OF"] }) { nodes { id } } }`;
    const before = await app.graphql(query, { asOf: "2014-06-01" });
    const after = await app.graphql(query, { asOf: "2017-06-01" });
    const idsBefore = before.data.network.nodes.map((node) => node.id);
    const idsAfter = after.data.network.nodes.map((node) => node.id);
    expect(idsBefore).not.toContain("beckmans");
    expect(idsAfter).toContain("beckmans");
    expect(idsBefore).toContain("kth");
  });
});

describe("paths", () => {
  it("goes from Exploateringskontoret to KTH through the Development Board and the City", async () => {
    const { data, errors } = await app.graphql(
      `{ paths(from: "exploateringskontoret", to: "kth") { ${networkFields} } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    const [shortest] = data.paths;
    expect(shortest.nodes.map((node) => node.id)).toEqual([
      "exploateringskontoret",
      "exploateringsnamnden",
      "stockholms-stad",
      "kth",
    ]);
    expect(shortest.edges).toHaveLength(3);
    for (const edge of shortest.edges) expect(edge.evidence[0]?.quote?.length).toBeGreaterThan(10);
    const lengths = data.paths.map((path) => path.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });
});

describe("collaborators", () => {
  it("names the City as KTH's partner through the partnership agreement, with its evidence", async () => {
    const { data, errors } = await app.graphql(`{ collaborators(id: "kth", limit: 200) {
      partner { id name kind } strength via { id label type evidence { source { id } locator quote } } } }`);
    expect(errors).toBeUndefined();
    const city = found(
      data.collaborators.find((row) => row.partner.id === "stockholms-stad"),
      "the City among KTH's partners",
    );
    expect(city.via.map((via) => via.id)).toContain("kth-partnerskapsavtal");
    expect(city.via.find((via) => via.id === "kth-partnerskapsavtal")?.evidence[0]?.quote).toMatch(/KTH/);
    const strengths = data.collaborators.map((row) => row.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    // StAF's fellow founders are KTH's collaborators through the body they share.
    const su = found(
      data.collaborators.find((row) => row.partner.id === "su"),
      "SU among KTH's partners",
    );
    expect(su.via.map((via) => via.id)).toContain("staf");
  });

  it("gives the same shared things whether or not the query asks for their evidence, in a fragment or not", async () => {
    const fields = "id label type since until programme programmeParts rcn";
    const ask = async (via: string) => {
      const fragment = via.includes("...Shared")
        ? `fragment Shared on CollaborationVia { ${fields} evidence { locator } }`
        : "";
      const { data, errors } = await app.graphql(`${fragment}
        { collaborators(id: "kth", limit: 50) { partner { id } strength via { ${via} } } }`);
      expect(errors).toBeUndefined();
      return data.collaborators as Array<{
        partner: { id: string };
        via: Array<{ id: string; label: string; type: string; evidence?: unknown[] }>;
      }>;
    };
    const [bare, withEvidence, inFragment] = await Promise.all([
      ask(fields),
      ask(`${fields} evidence { locator }`),
      ask("...Shared"),
    ]);
    // Everything but the evidence, each tie's things in a fixed order.
    const shared = (rows: typeof bare) =>
      rows.map((row) => ({
        ...row,
        via: row.via.map(({ evidence: _evidence, ...via }) => via).sort((a, b) => a.id.localeCompare(b.id)),
      }));
    expect(bare.some((row) => row.via.some((via) => via.type === "Project"))).toBe(true);
    expect(shared(withEvidence)).toEqual(shared(bare));
    expect(shared(inFragment)).toEqual(shared(bare));
    for (const rows of [withEvidence, inFragment])
      for (const row of rows) for (const via of row.via) expect(via.evidence?.length).toBeGreaterThan(0);
  });
});

describe("search", () => {
  it.each(["kth", "Kungliga Tekniska", "KUNGLIGA TEKNISKA HOEGSKOLAN"])("finds KTH first for %s", async (text) => {
    const { data, errors } = await app.graphql("query S($text: String!) { search(text: $text) { id type score } }", {
      text,
    });
    expect(errors).toBeUndefined();
    expect(data.search[0]).toMatchObject({ id: "kth", type: "Actor" });
  });

  it("finds Swedish names without their accents", async () => {
    const { data } = await app.graphql(`{ search(text: "Sodertorns hogskola") { id } }`);
    expect(data.search[0].id).toBe("sodertorns-hogskola");
  });

  it("gives what tells namesakes apart: the full name, the registered name, the country and the city", async () => {
    const { data } = await app.graphql(`{ search(text: "KTH", limit: 5) { id label name legalName country city } }`);
    expect(data.search[0]).toMatchObject({
      id: "kth",
      label: "KTH",
      name: "Kungliga Tekniska högskolan",
      country: "SE",
    });
    // Every Ericsson the CORDIS export holds under the same short name differs in name, city or country.
    const ericsson = await app.graphql(`{ search(text: "Ericsson", limit: 20) { label type name country city } }`);
    const actors = (
      ericsson.data.search as { label: string; type: string; name: string; country: string; city: string }[]
    ).filter((hit) => hit.type === "Actor");
    expect(actors.length).toBeGreaterThan(1);
    for (const hit of actors) expect(hit.country).toMatch(/^[A-Z]{2}$/);
    const described = actors.map((hit) => [hit.label.toLowerCase(), hit.name, hit.city, hit.country].join("|"));
    expect(new Set(described).size).toBe(described.length);
  });
});

describe("centrality and communities", () => {
  it("counts StAF's members as its degree when only memberships count", async () => {
    const members = await app.driver.executeQuery(
      "MATCH (a:Actor)-[:MEMBER_OF]->(:Actor {id: 'staf'}) RETURN count(DISTINCT a) AS members",
      {},
      { database: app.database },
    );
    const { data, errors } = await app.graphql(
      `{ centrality(measure: DEGREE, filter: { relationshipTypes: ["MEMBER_OF"] }, limit: 100) { actor { id } score } }`,
    );
    expect(errors).toBeUndefined();
    const staf = found(
      data.centrality.find((row) => row.actor.id === "staf"),
      "StAF's rank",
    );
    expect(staf.score).toBe(members.records[0].get("members"));
    expect(data.centrality[0].score).toBeGreaterThanOrEqual(staf.score);
  });

  it("builds a new filter's network outside the request: 503 ANALYSIS_PREPARING with Retry-After, then the ranking", async () => {
    const hurried = await startTestApp({ analysisWaitMs: 0 });
    try {
      const query = `{ centrality(measure: PAGERANK, filter: { kinds: [UNIVERSITY, COMPANY] }, limit: 5) { actor { id kind } score } }`;
      const first = await fetch(`${hurried.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await first.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect([first.status, body.errors?.[0]?.extensions?.code]).toEqual([503, "ANALYSIS_PREPARING"]);
      expect(Number(first.headers.get("retry-after"))).toBeGreaterThan(0);
      let answer = await hurried.graphql(query);
      for (let attempt = 0; answer.errors && attempt < 120; attempt += 1) {
        expect(answer.errors[0].extensions?.code).toBe("ANALYSIS_PREPARING");
        await new Promise((resolve) => setTimeout(resolve, 500));
        answer = await hurried.graphql(query);
      }
      expect(answer.errors).toBeUndefined();
      const ranked = answer.data.centrality as Array<{ actor: { kind: string }; score: number }>;
      expect(ranked.length).toBe(5);
      for (const row of ranked) expect(["UNIVERSITY", "COMPANY"]).toContain(row.actor.kind);
    } finally {
      await hurried.close();
    }
  });

  it("builds the network again when GDS no longer holds it (another server or an admin dropped it)", async () => {
    const query = (measure: string) =>
      `{ centrality(measure: ${measure}, filter: { kinds: [UNIVERSITY, MUNICIPALITY] }, limit: 3) { actor { id } score } }`;
    expect((await app.graphql(query("DEGREE"))).errors).toBeUndefined();
    await app.read(
      "CALL gds.graph.list() YIELD graphName WITH graphName WHERE graphName STARTS WITH 'samverkan-' " +
        "CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped RETURN count(dropped) AS dropped",
    );
    const again = await app.graphql(query("PAGERANK"));
    expect(again.errors, JSON.stringify(again.errors)).toBeUndefined();
    expect(again.data.centrality.length).toBe(3);
  });

  it("ranks by betweenness and PageRank in descending order", async () => {
    for (const measure of ["BETWEENNESS", "PAGERANK"]) {
      const { data, errors } = await app.graphql(
        `{ centrality(measure: ${measure}, limit: 10) { actor { id name } score } }`,
      );
      expect(errors).toBeUndefined();
      const scores = data.centrality.map((row) => row.score);
      expect(scores.length).toBe(10);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    }
  });

  it("partitions the membership network, never joining bodies that share no member", async () => {
    const { data, errors } = await app.graphql(
      `{ communities(filter: { relationshipTypes: ["MEMBER_OF"] }, limit: 100) { id size centre { id } members(limit: 200) { id } } }`,
    );
    expect(errors).toBeUndefined();
    const communityOf = (id: string) =>
      found(
        data.communities.find((community) => community.members.some((member) => member.id === id)),
        `the community of ${id}`,
      );
    // The city director sits in the office's steering group, a body no university belongs to.
    const steering = communityOf("stadsdirektoren").members.map((member) => member.id);
    expect(steering).toContain("styrgrupp-stadsledningskontoret");
    expect(steering).not.toContain("kth");
    expect(communityOf("kth").members.length).toBeGreaterThan(1);
    for (const community of data.communities) expect(community.members[0].id).toBe(community.centre.id);
    const ids = data.communities.flatMap((community) => community.members.map((member) => member.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const community of data.communities) expect(community.size).toBe(community.members.length);
  });

  it("answers the largest communities first, each with at most `limit` members and its whole size", async () => {
    const filter = `filter: { relationshipTypes: ["MEMBER_OF"] }`;
    const all = await app.graphql(`{ communities(${filter}, limit: 100) { id size members(limit: 200) { id } } }`);
    expect(all.errors).toBeUndefined();
    const sizes = all.data.communities.map((community) => community.size);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    const largest = all.data.communities[0];
    expect(largest.size).toBeGreaterThan(2);
    const few = await app.graphql(`{ communities(${filter}, limit: 1) { id size members(limit: 2) { id } } }`);
    expect(few.errors).toBeUndefined();
    expect(few.data.communities).toEqual([
      { id: largest.id, size: largest.size, members: largest.members.slice(0, 2) },
    ]);
    for (const query of [
      `{ communities(${filter}, limit: 0) { id } }`,
      `{ communities(${filter}, limit: 1) { members(limit: -1) { id } } }`,
      `{ communities(${filter}, limit: 1) { members(limit: 1001) { id } } }`,
    ]) {
      const refused = await app.graphql(query);
      expect(refused.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
    }
  });
});

describe("changes", () => {
  it("sees Beckmans join StAF and the OpenLab agreement end between 2014 and 2017", async () => {
    // Memberships and agreements: the Horizon 2020 history adds thousands of project ties in these years.
    const { data, errors } = await app.graphql(`{ changes(from: "2014-01-01", to: "2017-06-01",
      filter: { relationshipTypes: ["MEMBER_OF", "PARTY_TO"] }) {
      began { id since } ended { id until } entered { id } left { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.changes.began.map((edge) => edge.id)).toContain("beckmans|MEMBER_OF|staf");
    expect(data.changes.ended.map((edge) => edge.id)).toContain("stockholms-stad|PARTY_TO|openlab-partneravtal");
  });
});

describe("stats", () => {
  it("counts the graph", async () => {
    const { data } = await app.graphql(
      "{ stats { actors projects sources relationships actorsByKind { kind count } } }",
    );
    expect(data.stats.actors).toBeGreaterThanOrEqual(53);
    expect(data.stats.actorsByKind.reduce((sum, row) => sum + row.count, 0)).toBe(data.stats.actors);
  });
});

describe("bad arguments get a clear error, never a database error", () => {
  it.each([
    ['{ network(ids: ["no-such-actor"]) { nodes { id } } }', "NOT_FOUND"],
    ['{ network(ids: ["kth"], depth: 9) { nodes { id } } }', "BAD_USER_INPUT"],
    ["{ network(ids: []) { nodes { id } } }", "BAD_USER_INPUT"],
    [
      '{ network(ids: ["kth"], filter: { relationshipTypes: ["X`) DETACH DELETE n //"] }) { nodes { id } } }',
      "BAD_USER_INPUT",
    ],
    ['{ paths(from: "kth", to: "kth") { nodes { id } } }', "BAD_USER_INPUT"],
    ['{ paths(from: "kth", to: "nobody") { nodes { id } } }', "NOT_FOUND"],
    ['{ collaborators(id: "kth", limit: 100000) { strength } }', "BAD_USER_INPUT"],
    ['{ search(text: "   ") { id } }', "BAD_USER_INPUT"],
    ['{ changes(from: "2017-01-01", to: "2014-01-01") { began { id } } }', "BAD_USER_INPUT"],
  ])("%s → %s", async (query, code) => {
    await expectCode(query, {}, code);
  });

  it("treats search text as words, not as Lucene syntax", async () => {
    const { data, errors } = await app.graphql(`{ search(text: "kth) OR *:* AND name:[a TO z") { id } }`);
    expect(errors).toBeUndefined();
    expect(Array.isArray(data.search)).toBe(true);
  });
});
