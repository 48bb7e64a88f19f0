import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshot } from "../../server/editing/record-change.js";
import { importCordis } from "../../server/import/cordis/import-cordis.js";
import { enrichFromRor } from "../../server/import/ror/enrich-from-ror.js";
import { writeSeedGraph, type SeedGraph } from "../../server/seed/write-graph.js";
import { signTestToken, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
let editor: { headers: Record<string, string> };
let admin: { headers: Record<string, string> };

const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures/cordis", name);
const cordisFiles = {
  projectFile: fixture("fixture-project.csv"),
  organizationFile: fixture("fixture-organization.csv"),
};
const rorFile = fixture("ror-fixture.csv");

const prefix = "test-editors-";
const ids = { source: `${prefix}source`, kth: `${prefix}kth`, stad: `${prefix}stad`, bolag: `${prefix}bolag` };
const seedFile = "test-editors.yaml";

// The test's own curated graph, written by the seed's writer; the CORDIS and ROR fixtures land on its actors.
const seedGraph: SeedGraph = {
  nodes: [
    {
      label: "Source",
      id: ids.source,
      properties: { title: "Testbeslut", kind: "DECISION", date: "2020-05-01" },
      file: seedFile,
    },
    {
      label: "Actor",
      id: ids.kth,
      properties: {
        name: "Fixturhögskolan",
        kind: "UNIVERSITY",
        aliases: ["Fixturhögskolan Östra"],
        rorId: "0fixture1",
        curated: true,
      },
      file: seedFile,
    },
    {
      label: "Actor",
      id: ids.stad,
      properties: { name: "Fixturkommunen", kind: "MUNICIPALITY", cordisId: "990000102", country: "SE", curated: true },
      file: seedFile,
    },
    {
      label: "Actor",
      id: ids.bolag,
      properties: { name: "Fixturbolaget", kind: "COMPANY", curated: true },
      file: seedFile,
    },
  ],
  relationships: [
    ["MEMBER_OF", ids.kth, ids.stad, "punkt 1"],
    ["PART_OF", ids.bolag, ids.stad, "punkt 2"],
    ["COLLABORATES_WITH", ids.kth, ids.bolag, "punkt 3"],
  ].map(([type, from, to, locator]) => ({
    type: type as "MEMBER_OF",
    from,
    to,
    properties: { sourceId: ids.source, locator, quote: `Beslutet säger ${locator}`, since: "2015-01-01" },
    file: seedFile,
  })),
};

const relationshipId = (from: string, type: string, to: string, sourceId: string, locator: string) =>
  [from, type, to, sourceId, locator].join("|");
const seeded = (type: string, from: string, to: string, locator: string) =>
  relationshipId(from, type, to, ids.source, locator);
const participation = (actor: string, project: string, line: number) =>
  relationshipId(actor, "PARTICIPATES_IN", project, "cordis-testfixture", `fixture-organization.csv:${line}`);

const edited = {
  memberOf: seeded("MEMBER_OF", ids.kth, ids.stad, "punkt 1"),
  deleted: seeded("PART_OF", ids.bolag, ids.stad, "punkt 2"),
  draft: seeded("COLLABORATES_WITH", ids.kth, ids.bolag, "punkt 3"),
  role: participation("cordis-990000106", "990000001", 5),
  since: participation(ids.kth, "990000002", 7),
  deletedParticipation: participation("cordis-990000104", "990000001", 4),
  draftParticipation: participation(ids.stad, "990000001", 3),
};

// Everything the test and its fixtures can create.
const inScope = (n: string) =>
  `(${n}.id STARTS WITH '${prefix}' OR (${n}:Project AND ${n}.id STARTS WITH '9900000') OR ` +
  `(${n}:Actor AND ${n}.id STARTS WITH 'cordis-9900001') OR (${n}:Source AND ${n}.id = 'cordis-testfixture'))`;
const targetInScope = `(c.targetId STARTS WITH '${prefix}' OR c.targetId STARTS WITH '9900000' OR
  c.targetId STARTS WITH 'cordis-9900001' OR c.targetId = 'cordis-testfixture')`;

async function cleanUp() {
  await app.read(`MATCH (n) WHERE ${inScope("n")} DETACH DELETE n`);
  await app.read(`MATCH (c:Change) WHERE ${targetInScope} DELETE c`);
  await app.read(
    "MATCH (a:Actor) WHERE a.id STARTS WITH 'test-ror-' OR a.id STARTS WITH 'test-cordis-' DETACH DELETE a",
  );
}

/** Every node and every relationship with provenance in scope, by id, as the JSON a change record holds. */
async function graphState(): Promise<Map<string, string>> {
  const state = new Map<string, string>();
  for (const row of await app.read(`MATCH (n) WHERE ${inScope("n")} RETURN n.id AS id, properties(n) AS p`))
    state.set(row.id, snapshot(row.p)!);
  const relationships = await app.read(`MATCH (a)-[r]->(b) WHERE ${inScope("a")} AND r.sourceId IS NOT NULL
    RETURN a.id AS from, coalesce(r.relType, type(r)) AS type, b.id AS to, type(r) AS storedAs, properties(r) AS p`);
  for (const row of relationships) {
    const id = relationshipId(row.from, row.type, row.to, row.p.sourceId, row.p.locator ?? "");
    expect(state.has(id), `${id} is held twice`).toBe(false);
    state.set(id, snapshot({ ...row.p, storedAs: row.storedAs })!);
  }
  return state;
}

async function stored(id: string) {
  const [from, type, to, sourceId, locator] = id.split("|");
  return app.read(
    `MATCH (a {id: $from})-[r]->(b {id: $to}) WHERE coalesce(r.relType, type(r)) = $type
       AND r.sourceId = $sourceId AND r.locator = $locator
     RETURN type(r) AS storedAs, r {.*, since: toString(r.since)} AS r`,
    { from, type, to, sourceId, locator },
  );
}

async function edit(query: string, variables: Record<string, unknown>, who = editor) {
  const { data, errors } = await app.graphql(query, variables, who);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data;
}

const updateActor = `mutation U($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { id } }`;
const updateRelationship = `mutation R($id: ID!, $input: RelationshipChanges!) { updateRelationship(id: $id, input: $input) { id } }`;
const deleteRelationship = `mutation D($id: ID!) { deleteRelationship(id: $id) { action } }`;

const kthEdits = {
  name: "Fixturhögskolan (redigerad)",
  wikidataId: "Q4200042",
  aliases: ["Fixturhögskolan Östra", "Redaktörens namn"],
  city: null,
};

let before: Map<string, string>;
let versionBefore: number;

beforeAll(async () => {
  app = await startTestApp();
  editor = { headers: { authorization: `Bearer ${await signTestToken({ sub: "editor-anna", roles: ["editor"] })}` } };
  admin = { headers: { authorization: `Bearer ${await signTestToken({ sub: "admin-olle", roles: ["admin"] })}` } };
  await cleanUp();
  await writeSeedGraph(app.driver, app.database, seedGraph);
  await importCordis(app.driver, app.database, cordisFiles);
  await enrichFromRor(app.driver, app.database, rorFile);

  await edit(updateActor, { id: ids.kth, input: kthEdits });
  await edit(updateActor, { id: "cordis-990000106", input: { name: "Fixturforschung (redigerad)" } });
  await edit(updateRelationship, { id: edited.memberOf, input: { quote: "Redaktörens citat", since: "2016-02-03" } });
  await edit(deleteRelationship, { id: edited.deleted }, admin);
  await edit(updateRelationship, { id: edited.draft, input: { draft: true } });
  await edit(updateRelationship, { id: edited.role, input: { role: "partner" } });
  await edit(updateRelationship, { id: edited.since, input: { since: "2020-06-01" } });
  await edit(deleteRelationship, { id: edited.deletedParticipation }, admin);
  await edit(updateRelationship, { id: edited.draftParticipation, input: { draft: true } });

  // As if CORDIS had published new files: every imported project, actor and participation is rewritten.
  await app.read(`MATCH (n) WHERE ${inScope("n")} AND n.rowHash IS NOT NULL SET n.rowHash = 'stale'`);
  await app.read(`MATCH (a)-[r]->() WHERE ${inScope("a")} AND r.rowHash IS NOT NULL SET r.rowHash = 'stale'`);
  // And as if ROR knew a fact the graph has lost.
  await app.read("MATCH (a:Actor {id: $id}) REMOVE a.foundedYear", { id: ids.kth });

  before = await graphState();
  const [version] = await app.read("MATCH (m:Meta {id: 'graph'}) RETURN m.version AS version");
  versionBefore = Number(version.version);
  await writeSeedGraph(app.driver, app.database, seedGraph);
  await importCordis(app.driver, app.database, cordisFiles);
  await enrichFromRor(app.driver, app.database, rorFile);
}, 240_000);

afterAll(async () => {
  await cleanUp();
  await app.close();
});

describe("the seed, the CORDIS import and ROR enrichment after editors' work", () => {
  it("keep every property an editor set, on curated and imported actors", async () => {
    const [kth] = await app.read("MATCH (a:Actor {id: $id}) RETURN a {.*} AS a", { id: ids.kth });
    const { city, ...kept } = kthEdits;
    expect(city).toBeNull();
    expect(kth.a).toMatchObject({ ...kept, cordisId: "990000101", kind: "UNIVERSITY", foundedYear: 1901 });
    expect(kth.a).not.toHaveProperty("city");
    expect(kth.a.editedFields).toEqual(["aliases", "city", "name", "wikidataId"]);
    const [forschung] = await app.read("MATCH (a:Actor {id: 'cordis-990000106'}) RETURN a {.*} AS a");
    expect(forschung.a).toMatchObject({
      name: "Fixturforschung (redigerad)",
      rowHash: expect.not.stringMatching("stale"),
    });
    const [memberOf] = await stored(edited.memberOf);
    expect(memberOf).toMatchObject({ storedAs: "MEMBER_OF", r: { quote: "Redaktörens citat", since: "2016-02-03" } });
    const [since] = await stored(edited.since);
    expect(since.r).toMatchObject({ since: "2020-06-01", rowHash: expect.not.stringMatching("stale") });
  });

  it("bring back no relationship an admin deleted or an editor keeps as a draft", async () => {
    for (const [id, storedAs] of [
      [edited.deleted, "DELETED"],
      [edited.draft, "DRAFT"],
      [edited.deletedParticipation, "DELETED"],
      [edited.draftParticipation, "DRAFT"],
    ]) {
      expect(await stored(id), id).toEqual([expect.objectContaining({ storedAs })]);
    }
    const visible = await app.read(
      `MATCH (a)-[r]->(b) WHERE [a.id, b.id] IN [[$bolag, $stad], [$kth, $bolag], ['cordis-990000104', '990000001'],
         [$stad, '990000001']] AND NOT type(r) IN ['DELETED', 'DRAFT', 'MENTIONED_IN', 'POSSIBLY_SAME_AS']
       RETURN a.id AS from, type(r) AS type, b.id AS to`,
      ids,
    );
    expect(visible).toEqual([]);
  });

  it("keep one participation per organisation and project, the role an editor changed included", async () => {
    const roles = await app.read(
      `MATCH (a:Actor {id: 'cordis-990000106'})-[r]->(p:Project {id: '990000001'}) RETURN type(r) AS type, r.role AS role`,
    );
    expect(roles).toEqual([{ type: "PARTICIPATES_IN", role: "partner" }]);
    const duplicates = await app.read(
      `MATCH (a:Actor)-[r]->(p:Project) WHERE p.id STARTS WITH '9900000' AND coalesce(r.relType, type(r)) = 'PARTICIPATES_IN'
       WITH a, p, coalesce(r.cordisRole, r.role) AS role, count(r) AS held WHERE held > 1
       RETURN a.id AS actor, p.id AS project, role, held`,
    );
    expect(duplicates).toEqual([]);
    // graphState() fails on any relationship id held twice.
    expect((await graphState()).size).toBe(before.size);
  });

  it("record a Change naming the importer and its file for every entity they changed, and none for the rest", async () => {
    const after = await graphState();
    const changed = [...after.keys()].filter((id) => before.get(id) !== after.get(id));
    expect(changed).toEqual(expect.arrayContaining([ids.kth, edited.since, edited.role, "990000001"]));
    const changes = await app.read(
      `MATCH (c:Change) WHERE c.version > $version AND ${targetInScope}
       RETURN c.targetId AS id, c.by AS by, c.action AS action, c.before AS before, c.after AS after ORDER BY c.version`,
      { version: versionBefore },
    );
    expect([...new Set(changes.map((change) => change.id))].sort()).toEqual(changed.sort());
    const byId = new Map(changes.map((change) => [change.id, change]));
    expect(byId.get("990000001")).toMatchObject({ by: "import:cordis fixture-project.csv", action: "UPDATE" });
    expect(byId.get(edited.role)).toMatchObject({ by: "import:cordis fixture-organization.csv", action: "UPDATE" });
    expect(JSON.parse(byId.get(edited.role)!.before)).toMatchObject({ rowHash: "stale", role: "partner" });
    expect(JSON.parse(byId.get(edited.role)!.after)).toMatchObject({ role: "partner", cordisRole: "thirdParty" });
    expect(byId.get(ids.kth)).toMatchObject({ by: "import:ror ror-fixture.csv", action: "UPDATE" });
    const kthAfter = JSON.parse(byId.get(ids.kth)!.after);
    expect(kthAfter).toMatchObject({ name: kthEdits.name, wikidataId: kthEdits.wikidataId, foundedYear: 1901 });
    expect(kthAfter).not.toHaveProperty("city");
    const seededChanges = await app.read(
      `MATCH (c:Change {by: $by}) WHERE c.version > $version RETURN count(c) AS count`,
      { by: `seed:curated ${seedFile}`, version: versionBefore },
    );
    expect(seededChanges[0].count).toBe(0);
  });

  it("recorded the first load too: a Change for each entity the seed and the import created", async () => {
    const created = await app.read(
      `MATCH (c:Change {action: 'CREATE'}) WHERE c.targetId IN $ids RETURN c.targetId AS id, c.by AS by ORDER BY id`,
      { ids: [ids.kth, edited.deleted, "990000001", edited.role] },
    );
    expect(created).toEqual([
      { id: "990000001", by: "import:cordis fixture-project.csv" },
      { id: edited.role, by: "import:cordis fixture-organization.csv" },
      { id: edited.deleted, by: `seed:curated ${seedFile}` },
      { id: ids.kth, by: `seed:curated ${seedFile}` },
    ]);
  });

  it("still deletes a relationship after the re-import, and finds the live one of a key held twice", async () => {
    expect((await edit(deleteRelationship, { id: edited.memberOf }, admin)).deleteRelationship.action).toBe("DELETE");
    expect(await stored(edited.memberOf)).toEqual([expect.objectContaining({ storedAs: "DELETED" })]);
    // A key held by a deleted and a live relationship, as writers before this change left them.
    await app.read(
      `MATCH (a {id: $from})-[r:DELETED]->(b {id: $to}) CREATE (a)-[n:PART_OF]->(b) SET n = properties(r) REMOVE n.relType, n.deletedAt, n.deletedBy`,
      { from: ids.bolag, to: ids.stad },
    );
    expect((await edit(deleteRelationship, { id: edited.deleted }, admin)).deleteRelationship.action).toBe("DELETE");
    expect((await stored(edited.deleted)).map((row) => row.storedAs)).toEqual(["DELETED", "DELETED"]);
  });
});
