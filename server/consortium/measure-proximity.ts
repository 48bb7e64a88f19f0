import type { Driver, Node } from "neo4j-driver";
import { collaborationTies } from "../model/collaboration-ties.js";
import { labelOf } from "../model/graph-values.js";
import { visibleNode } from "../model/visibility.js";
import type { Proximity } from "./score-partners.js";

/** The collaboration ties, as findCollaborators and the collaboration graph count them. */
const { shared: sharedTypes, direct: directTypes } = collaborationTies;

/** One step: a shared project, agreement or body, or a direct tie. */
const oneStep = (a: string, b: string) =>
  `(EXISTS { MATCH (${a})-[r1:${sharedTypes}]->(thing)<-[r2:${sharedTypes}]-(${b}) WHERE ${visibleNode("thing")} }
    OR EXISTS { MATCH (${a})-[:${directTypes}]-(${b}) })`;

/**
 * How many collaboration steps separate each candidate from the nearest consortium member: 1 when
 * it shares a project, agreement or body with one or has a direct tie, 2 when it has such a tie
 * with an actor that has one with a member, else 0 (not within two steps).
 */
export async function measureProximity(
  driver: Driver,
  database: string,
  members: string[],
  candidates: string[],
): Promise<Map<string, 0 | 1 | 2>> {
  if (members.length === 0 || candidates.length === 0) return new Map();
  const result = await driver.executeQuery(
    `MATCH (m:Actor) WHERE m.id IN $members AND ${visibleNode("m")}
     CALL (m) {
       MATCH (m)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(k:Actor)
       WHERE k <> m AND ${visibleNode("x")} AND ${visibleNode("k")} RETURN k
       UNION
       MATCH (m)-[:${directTypes}]-(k:Actor) WHERE k <> m AND ${visibleNode("k")} RETURN k
     }
     WITH collect(DISTINCT k) AS near
     UNWIND $candidates AS id
     MATCH (c:Actor {id: id}) WHERE ${visibleNode("c")}
     RETURN id, CASE WHEN c IN near THEN 1
       WHEN EXISTS { MATCH (c)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(k:Actor) WHERE k IN near AND ${visibleNode("x")} } THEN 2
       WHEN EXISTS { MATCH (c)-[:${directTypes}]-(k:Actor) WHERE k IN near } THEN 2
       ELSE 0 END AS steps`,
    { members, candidates },
    { database, routing: "READ" },
  );
  return new Map(
    result.records.map((record) => [record.get("id") as string, Number(record.get("steps")) as 0 | 1 | 2]),
  );
}

/** A candidate's proximity in words: the nearest member (by name), and the projects it shares with it. */
export interface ProximityDetail {
  proximity: Proximity;
  memberId: string | null;
  evidence: Node[];
}

const directWords: Record<string, string> = {
  COLLABORATES_WITH: "a stated collaboration",
  FOUNDED: "a founding tie",
  FINANCES: "a financing tie",
  OWNS: "ownership",
  PART_OF: "one is part of the other",
  MEMBER_OF: "membership",
};

/**
 * Says through whom and what each candidate is close to the consortium, for the suggestions
 * shown: the first member (in the consortium's order) it is tied to, and the shared things; for
 * two steps, the intermediary it shares the most with (ties by id).
 */
export async function describeProximity(
  driver: Driver,
  database: string,
  members: Array<{ id: string; name: string }>,
  steps: Map<string, 0 | 1 | 2>,
): Promise<Map<string, ProximityDetail>> {
  const memberIds = members.map((member) => member.id);
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const firstMember = (ids: string[]) => memberIds.find((id) => ids.includes(id)) ?? null;
  const details = new Map<string, ProximityDetail>();
  for (const [id, step] of steps)
    if (step === 0) details.set(id, { proximity: { steps: 0 }, memberId: null, evidence: [] });
  const near = [...steps].filter(([, step]) => step === 1).map(([id]) => id);
  const far = [...steps].filter(([, step]) => step === 2).map(([id]) => id);
  const [oneStepResult, twoStepResult] = await Promise.all([
    driver.executeQuery(
      `UNWIND $candidates AS id
       MATCH (c:Actor {id: id}) WHERE ${visibleNode("c")}
       CALL (c) {
         // Each member found first by its id: the things between the two are then found from both
         // ends, instead of every participant of the candidate's projects being read.
         UNWIND $members AS memberId
         MATCH (m:Actor {id: memberId}) WHERE ${visibleNode("m")}
         MATCH (c)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(m)
         WHERE ${visibleNode("x")}
         RETURN collect(DISTINCT {member: m.id, thing: x}) AS shared
       }
       WITH id, c, shared
       OPTIONAL MATCH (c)-[d:${directTypes}]-(m:Actor) WHERE m.id IN $members AND ${visibleNode("m")}
       RETURN id, shared, collect(DISTINCT {member: m.id, type: type(d)}) AS direct`,
      { candidates: near, members: memberIds },
      { database, routing: "READ" },
    ),
    driver.executeQuery(
      `UNWIND $candidates AS id
       MATCH (c:Actor {id: id}) WHERE ${visibleNode("c")}
       CALL (c) {
         CALL (c) {
           MATCH (c)-[r1:${sharedTypes}]->(x)<-[r2:${sharedTypes}]-(k:Actor)
           WHERE k <> c AND ${visibleNode("x")} AND ${visibleNode("k")} RETURN k, x
           UNION
           MATCH (c)-[:${directTypes}]-(k:Actor) WHERE k <> c AND ${visibleNode("k")} RETURN k, null AS x
         }
         WITH k, count(DISTINCT x) AS shared
         WHERE EXISTS { MATCH (m:Actor) WHERE m.id IN $members AND ${visibleNode("m")} AND ${oneStep("k", "m")} }
         RETURN k ORDER BY shared DESC, k.id LIMIT 1
       }
       MATCH (m:Actor) WHERE m.id IN $members AND ${visibleNode("m")} AND ${oneStep("k", "m")}
       RETURN id, k.name AS intermediary, collect(m.id) AS viaMembers`,
      { candidates: far, members: memberIds },
      { database, routing: "READ" },
    ),
  ]);
  for (const record of oneStepResult.records) {
    const shared = (record.get("shared") as Array<{ member: string | null; thing: Node | null }>).filter(
      (s) => s.member !== null,
    );
    const direct = (record.get("direct") as Array<{ member: string | null; type: string }>).filter(
      (d) => d.member !== null,
    );
    // A direct tie is one hop, a shared project two: the warm path starts from the nearest member.
    const memberId =
      firstMember(direct.map((d) => d.member as string)) ?? firstMember(shared.map((s) => s.member as string));
    const things = shared
      .filter((s) => s.member === memberId)
      .map((s) => s.thing as Node)
      .sort(
        (a, b) =>
          String(b.properties.endDate ?? "").localeCompare(String(a.properties.endDate ?? "")) ||
          String(a.properties.id).localeCompare(String(b.properties.id)),
      );
    const via = [
      ...things.slice(0, 3).map((thing) => labelOf(thing.properties)),
      ...(things.length > 3 ? [`and ${things.length - 3} more`] : []),
      ...direct.filter((d) => d.member === memberId).map((d) => directWords[d.type] ?? d.type),
    ];
    details.set(record.get("id") as string, {
      proximity: { steps: 1, member: nameOf.get(memberId ?? "") ?? String(memberId), via },
      memberId,
      evidence: things.filter((thing) => thing.labels.includes("Project")).slice(0, 3),
    });
  }
  for (const record of twoStepResult.records) {
    const memberId = firstMember(record.get("viaMembers") as string[]);
    details.set(record.get("id") as string, {
      proximity: {
        steps: 2,
        member: nameOf.get(memberId ?? "") ?? String(memberId),
        intermediary: record.get("intermediary") as string,
      },
      memberId,
      evidence: [],
    });
  }
  return details;
}
