import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signTestToken, startTestApp, type TestApp } from "../support/test-app.js";

let app: TestApp;
const prefix = `test-sec-edit-${Date.now()}`;
const ids = {
  a: `${prefix}-a`,
  b: `${prefix}-b`,
  agreement: `${prefix}-agreement`,
  source: `${prefix}-source`,
  project: `${prefix}-project`,
};
const auth = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
let editor: { headers: Record<string, string> };
let admin: { headers: Record<string, string> };
let reader: { headers: Record<string, string> };

async function cleanUp() {
  await app.driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $prefix OR (n:Change AND n.targetId STARTS WITH $prefix) DETACH DELETE n`,
    { prefix },
    { database: app.database },
  );
}

async function graphVersion(): Promise<number> {
  const result = await app.driver.executeQuery(
    "OPTIONAL MATCH (m:Meta {id: 'graph'}) RETURN coalesce(m.version, 0) AS v",
    {},
    { database: app.database },
  );
  return Number(result.records[0].get("v"));
}

const upsertActor = `mutation Upsert($id: ID!, $input: ActorInput!) { upsertActor(id: $id, input: $input) { id name kind } }`;
const addRelationship = `mutation Add($input: RelationshipInput!) { addRelationship(input: $input) { id from type to sourceId locator quote since draft } }`;
const history = `query History($id: ID!) { history(id: $id) { id at by action targetId targetType before after version } }`;

beforeAll(async () => {
  app = await startTestApp();
  editor = auth(await signTestToken({ sub: "editor-anna", roles: ["editor"] }));
  admin = auth(await signTestToken({ sub: "admin-olle", roles: ["admin"] }));
  reader = auth(await signTestToken({ sub: "reader-rut", roles: [] }));
  for (const [id, name] of [
    [ids.a, "Testaktör A"],
    [ids.b, "Testaktör B"],
  ]) {
    const { errors } = await app.graphql(upsertActor, { id, input: { name, kind: "COMPANY" } }, editor);
    expect(errors).toBeUndefined();
  }
  const source = await app.graphql(
    `mutation S($id: ID!) { upsertSource(id: $id, input: { title: "Testbeslut", kind: "DECISION", date: "2020-05-01" }) { id title } }`,
    { id: ids.source },
    editor,
  );
  expect(source.errors).toBeUndefined();
});

afterAll(async () => {
  await cleanUp();
  await app.close();
});

const evidence = () => ({
  from: ids.a,
  type: "MEMBER_OF",
  to: ids.b,
  sourceId: ids.source,
  locator: "punkt 3",
  quote: "A är medlem i B",
});

describe("nodes", () => {
  it("records who created an actor and who changed it, the newest change first", async () => {
    const changed = await app.graphql(
      `mutation U($id: ID!) { updateActor(id: $id, input: { name: "Testaktör A2", website: "https://example.org" }) { id name } }`,
      { id: ids.a },
      editor,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateActor.name).toBe("Testaktör A2");
    const { data, errors } = await app.graphql(history, { id: ids.a }, editor);
    expect(errors).toBeUndefined();
    const [update, create] = data.history;
    expect(create).toMatchObject({ action: "CREATE", by: "editor-anna", targetType: "Actor", before: null });
    expect(JSON.parse(String(create.after))).toMatchObject({ id: ids.a, name: "Testaktör A", kind: "COMPANY" });
    expect(update).toMatchObject({ action: "UPDATE", by: "editor-anna" });
    expect(JSON.parse(String(update.before)).name).toBe("Testaktör A");
    expect(JSON.parse(String(update.after))).toMatchObject({ name: "Testaktör A2", website: "https://example.org" });
    expect(update.version).toBeGreaterThan(create.version);
    expect(new Date(update.at).getTime()).toBeGreaterThanOrEqual(new Date(create.at).getTime());
  });

  it.each([
    [{ name: "Utan sort" }, "kind"],
    [{ kind: "COMPANY" }, "name"],
    [{ name: "X", kind: "COMPANY", website: "javascript:alert(1)" }, "website"],
    [{ name: "X", kind: "COMPANY", contactEmail: "not an address" }, "contactEmail"],
    [{ name: " ", kind: "COMPANY" }, "name"],
  ])("refuses a new actor with %j, naming %s", async (input, argument) => {
    const before = await graphVersion();
    const { errors } = await app.graphql(upsertActor, { id: `${prefix}-refused`, input }, editor);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(await graphVersion()).toBe(before);
  });

  it("keeps ids unique across types and refuses ids with odd characters", async () => {
    const taken = await app.graphql(upsertActor, { id: ids.source, input: { name: "X", kind: "COMPANY" } }, editor);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    const odd = await app.graphql(upsertActor, { id: "a|b c", input: { name: "X", kind: "COMPANY" } }, editor);
    expect(odd.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    const missing = await app.graphql(
      `mutation { updateActor(id: "${prefix}-nobody", input: { name: "X" }) { id } }`,
      {},
      editor,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("adds an agreement and refuses one that ends before it begins", async () => {
    const query = `mutation A($id: ID!, $input: AgreementInput!) { upsertAgreement(id: $id, input: $input) { id name validFrom validUntil } }`;
    const bad = await app.graphql(
      query,
      {
        id: ids.agreement,
        input: { name: "Testavtal", kind: "PARTNERSHIP", validFrom: "2020-01-01", validUntil: "2019-01-01" },
      },
      editor,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "validUntil" });
    const good = await app.graphql(
      query,
      { id: ids.agreement, input: { name: "Testavtal", kind: "PARTNERSHIP", validFrom: "2020-01-01" } },
      editor,
    );
    expect(good.errors).toBeUndefined();
    expect(good.data.upsertAgreement).toEqual({
      id: ids.agreement,
      name: "Testavtal",
      validFrom: "2020-01-01",
      validUntil: null,
    });
  });

  it("shows internal contact fields to editors only", async () => {
    await app.graphql(
      `mutation { updateActor(id: "${ids.b}", input: { contactEmail: "kontakt@example.org" }) { id } }`,
      {},
      editor,
    );
    const query = `{ actors(where: { id: { eq: "${ids.b}" } }) { id contactEmail } }`;
    expect((await app.graphql(query)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.graphql(query, {}, reader)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.graphql(query, {}, editor)).data.actors[0].contactEmail).toBe("kontakt@example.org");
    const publicRead = await app.graphql(`{ actors(where: { id: { eq: "${ids.b}" } }) { id name } }`);
    expect(publicRead.errors).toBeUndefined();
  });
});

describe("relationships", () => {
  it("adds a relationship with its provenance, visible in the generated API, and bumps the graph version", async () => {
    const before = await graphVersion();
    const { data, errors } = await app.graphql(
      addRelationship,
      { input: { ...evidence(), since: "2020-05-01" } },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data.addRelationship).toMatchObject({
      id: `${ids.a}|MEMBER_OF|${ids.b}|${ids.source}|punkt 3`,
      draft: false,
      since: "2020-05-01",
    });
    expect(await graphVersion()).toBe(before + 1);
    const read = await app.graphql(
      `{ actors(where: { id: { eq: "${ids.a}" } }) { memberOfConnection { edges { node { id } properties { sourceId locator quote since } } } } }`,
    );
    expect(read.data.actors[0].memberOfConnection.edges).toEqual([
      {
        node: { id: ids.b },
        properties: { sourceId: ids.source, locator: "punkt 3", quote: "A är medlem i B", since: "2020-05-01" },
      },
    ]);
    const changes = await app.graphql(history, { id: data.addRelationship.id }, editor);
    expect(changes.data.history[0]).toMatchObject({ action: "CREATE", targetType: "Relationship", by: "editor-anna" });
  });

  it.each([
    [{ sourceId: undefined }, "sourceId"],
    [{ locator: undefined }, "locator"],
    [{ quote: "  " }, "quote"],
    [{ sourceId: `${prefix}-no-such-source` }, "sourceId"],
    [{ type: "HATES" }, "type"],
    [{ type: "PARTY_TO" }, "type"],
    [{ locator: "punkt 3" }, "locator"],
    [{ since: "2021-01-01", until: "2020-01-01" }, "until"],
  ])("refuses %j, naming %s, and writes nothing", async (change, argument) => {
    const before = await graphVersion();
    const { errors } = await app.graphql(addRelationship, { input: { ...evidence(), ...change } }, editor);
    expect(errors?.[0]?.extensions, JSON.stringify(errors)).toMatchObject({ code: "BAD_USER_INPUT", argument });
    expect(await graphVersion()).toBe(before);
  });

  it("needs a role for a participation", async () => {
    await app.driver.executeQuery(
      "CREATE (:Project {id: $id, title: 'Testprojekt'})",
      { id: ids.project },
      { database: app.database },
    );
    const input = { ...evidence(), type: "PARTICIPATES_IN", to: ids.project };
    const { errors } = await app.graphql(addRelationship, { input }, editor);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "role" });
    const added = await app.graphql(addRelationship, { input: { ...input, role: "participant" } }, editor);
    expect(added.errors).toBeUndefined();
  });

  it("keeps a draft from readers until an editor publishes it", async () => {
    const input = { ...evidence(), type: "COLLABORATES_WITH", locator: "utkast", draft: true };
    const { data, errors } = await app.graphql(addRelationship, { input }, editor);
    expect(errors).toBeUndefined();
    expect(data.addRelationship.draft).toBe(true);
    const read = `{ actors(where: { id: { eq: "${ids.a}" } }) { collaboratesWith { id } } }`;
    expect((await app.graphql(read)).data.actors[0].collaboratesWith).toEqual([]);
    const drafts = await app.graphql("{ draftRelationships(limit: 500) { id draft } }", {}, editor);
    expect(drafts.data.draftRelationships).toContainEqual({ id: data.addRelationship.id, draft: true });
    expect((await app.graphql("{ draftRelationships { id } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const published = await app.graphql(
      `mutation P($id: ID!) { updateRelationship(id: $id, input: { draft: false, quote: "A och B samarbetar" }) { draft quote } }`,
      { id: data.addRelationship.id },
      editor,
    );
    expect(published.data.updateRelationship).toEqual({ draft: false, quote: "A och B samarbetar" });
    expect((await app.graphql(read)).data.actors[0].collaboratesWith).toEqual([{ id: ids.b }]);
  });
});

describe("deleting and restoring", () => {
  it("lets admins, not editors, delete; a deleted relationship leaves the generated API until restored", async () => {
    const id = `${ids.a}|MEMBER_OF|${ids.b}|${ids.source}|punkt 3`;
    const remove = `mutation D($id: ID!) { deleteRelationship(id: $id) { action by targetId } }`;
    expect((await app.graphql(remove, { id }, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const deleted = await app.graphql(remove, { id }, admin);
    expect(deleted.data.deleteRelationship).toEqual({ action: "DELETE", by: "admin-olle", targetId: id });
    const read = `{ actors(where: { id: { eq: "${ids.a}" } }) { memberOf { id } memberOfConnection { totalCount } } }`;
    expect((await app.graphql(read)).data.actors[0]).toEqual({ memberOf: [], memberOfConnection: { totalCount: 0 } });
    const restored = await app.graphql(
      `mutation R($id: ID!) { restoreRelationship(id: $id) { action } }`,
      { id },
      admin,
    );
    expect(restored.data.restoreRelationship.action).toBe("RESTORE");
    expect((await app.graphql(read)).data.actors[0].memberOf).toEqual([{ id: ids.b }]);
  });

  it("hides a deleted node everywhere in the generated API, nested lists included, until restored", async () => {
    const deleted = await app.graphql(`mutation { deleteNode(id: "${ids.b}") { action before after } }`, {}, admin);
    expect(deleted.errors).toBeUndefined();
    expect(JSON.parse(String(deleted.data.deleteNode.after)).deletedBy).toBe("admin-olle");
    expect((await app.graphql(`{ actors(where: { id: { eq: "${ids.b}" } }) { id } }`)).data.actors).toEqual([]);
    expect(
      (await app.graphql(`{ actors(where: { id: { eq: "${ids.a}" } }) { memberOf { id } } }`)).data.actors[0].memberOf,
    ).toEqual([]);
    const edit = await app.graphql(`mutation { updateActor(id: "${ids.b}", input: { name: "X" }) { id } }`, {}, editor);
    expect(edit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await app.graphql(`mutation { restoreNode(id: "${ids.b}") { action } }`, {}, admin);
    expect(
      (await app.graphql(`{ actors(where: { id: { eq: "${ids.a}" } }) { memberOf { id } } }`)).data.actors[0].memberOf,
    ).toEqual([{ id: ids.b }]);
    const actions = (await app.graphql(history, { id: ids.b }, editor)).data.history.map((change) => change.action);
    expect(actions.slice(0, 2)).toEqual(["RESTORE", "DELETE"]);
  });
});
