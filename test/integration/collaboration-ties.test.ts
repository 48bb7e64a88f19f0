import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureProjection } from "../../server/analysis/collaboration-projection.js";
import { findWarmPath } from "../../server/consortium/find-warm-path.js";
import { loadHistory } from "../../server/consortium/load-history.js";
import { toFilterParams } from "../../server/model/validate-arguments.js";
import { startTestApp, type TestApp } from "../support/test-app.js";

/**
 * A body with two founders (one of them also a member), a funder and a member, and an actor tied
 * to none of them. Founding, funding and belonging to the same body are collaboration ties through
 * it: collaborators, partner proximity, the GDS collaboration graph and warm introductions must all
 * see the same ties.
 */
const ids = {
  body: "tie-test-body",
  founder: "tie-test-founder",
  cofounder: "tie-test-cofounder",
  funder: "tie-test-funder",
  member: "tie-test-member",
  outsider: "tie-test-outsider",
  source: "tie-test-source",
};

interface CollaboratorsData {
  collaborators: Array<{ partner: { id: string }; strength: number; via: Array<{ id: string; type: string }> }>;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await app.read(
    `CREATE (:Source {id: $source, title: 'Fixture of the collaboration-ties test'})
     CREATE (x:Actor {id: $body, name: 'Tie test body', kind: 'NETWORK'})
     CREATE (f:Actor {id: $founder, name: 'Tie test founder', kind: 'UNIVERSITY'})-[:FOUNDED {sourceId: $source}]->(x)
     CREATE (f)-[:MEMBER_OF {sourceId: $source}]->(x)
     CREATE (:Actor {id: $cofounder, name: 'Tie test cofounder', kind: 'COMPANY'})-[:FOUNDED {sourceId: $source}]->(x)
     CREATE (:Actor {id: $funder, name: 'Tie test funder', kind: 'FOUNDATION'})-[:FINANCES {sourceId: $source}]->(x)
     CREATE (:Actor {id: $member, name: 'Tie test member', kind: 'COMPANY'})-[:MEMBER_OF {sourceId: $source}]->(x)
     CREATE (:Actor {id: $outsider, name: 'Tie test outsider', kind: 'COMPANY'})`,
    ids,
  );
});
afterAll(async () => {
  await app.read("MATCH (n) WHERE n.id STARTS WITH 'tie-test-' DETACH DELETE n");
  await app.close();
});

describe("shared bodies are collaboration ties", () => {
  it("ties founders, funders and members of one body, equally in collaborators, proximity, the GDS graph and warm introductions", async () => {
    const { data, errors } = await app.graphql<CollaboratorsData>(
      `query C($id: ID!) { collaborators(id: $id, limit: 50) { partner { id } strength via { id type } } }`,
      { id: ids.founder },
    );
    expect(errors).toBeUndefined();
    const strengths = new Map(data?.collaborators.map((row) => [row.partner.id, row.strength]));
    // Four parties to the body (the founder once, though it is also a member): 1/(4−1) each; the
    // body itself is tied directly, by founding and by membership.
    expect(Object.fromEntries(strengths)).toEqual({
      [ids.body]: 2,
      [ids.cofounder]: 0.333,
      [ids.funder]: 0.333,
      [ids.member]: 0.333,
    });
    const cofounder = data?.collaborators.find((row) => row.partner.id === ids.cofounder);
    expect(cofounder?.via.map((via) => via.id)).toEqual([ids.body]);

    // The consortium finder's history holds the same ties: each of them is one step from the founder.
    const history = await loadHistory(app.driver, app.database);
    const number = (id: string) => history.actorNumber.get(id) as number;
    const tied = new Set(
      (history.statedTies.get(number(ids.founder)) ?? []).map((tie) => history.actors[tie.other].id),
    );
    expect([ids.cofounder, ids.funder, ids.member, ids.body].every((id) => tied.has(id))).toBe(true);
    expect(tied.has(ids.outsider)).toBe(false);

    const projection = await ensureProjection(app.driver, app.database, toFilterParams(null));
    const projected = await app.read(
      `CALL gds.graph.relationshipProperty.stream($projection, 'weight') YIELD sourceNodeId, targetNodeId, propertyValue
       WITH gds.util.asNode(sourceNodeId).id AS source, gds.util.asNode(targetNodeId).id AS target, propertyValue
       WHERE source = $founder
       RETURN target, propertyValue AS weight`,
      { projection, founder: ids.founder },
    );
    const weights = new Map(projected.map((row) => [row.target as string, row.weight as number]));
    expect([...weights.keys()].sort()).toEqual([...strengths.keys()].sort());
    for (const [partner, strength] of strengths) expect(weights.get(partner)).toBeCloseTo(strength, 3);

    // A warm introduction runs along the same ties: each actor's tie to the body is a step of it.
    for (const [actor, types] of [
      [ids.founder, ["FOUNDED", "MEMBER_OF"]],
      [ids.cofounder, ["FOUNDED"]],
      [ids.funder, ["FINANCES"]],
      [ids.member, ["MEMBER_OF"]],
    ] as const) {
      const path = await findWarmPath(app.driver, app.database, [actor, ids.body]);
      expect(path.edges.map((edge) => edge.type).sort(), actor).toEqual([...types].sort());
    }
    const none = await findWarmPath(app.driver, app.database, [ids.outsider, ids.body]);
    expect(none.edges).toEqual([]);
  });
});
