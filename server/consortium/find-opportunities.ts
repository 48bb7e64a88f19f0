import type { Driver, Node } from "neo4j-driver";
import { toNodeModel } from "../model/graph-values.js";
import { checkRange } from "../model/validate-arguments.js";
import { visibleNode } from "../model/visibility.js";
import type { QueryOpportunitiesArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { actorNotFound } from "./find-members.js";
import { projectInScope, scopeParams, toProjectScope } from "./project-scope.js";

type Opportunity = ResolversTypes["Opportunity"];

/** Projects and introducers shown per opportunity. */
const maxListed = 10;
/** Only consortium projects count (three or more participations): a single-beneficiary grant (ERC, a fellowship) is not one to be introduced to. */
const minParticipants = 3;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dateOf = (node: Node) => String(node.properties.startDate ?? "");

/**
 * Where an actor's collaborators are active and it is not: the call topics of consortium projects
 * (three or more participants) that its collaborators (actors sharing a project with it) take part
 * in, leaving out topics of its own projects. Each comes with those projects (the latest first)
 * and the collaborators who could introduce it, ranked by how many projects they share with the
 * actor. Topics rank by the sum of their introducers' shared projects, then by their project count.
 * With `asOf`, only projects that started before it count, on both sides.
 */
export async function findOpportunities(
  driver: Driver,
  database: string,
  args: QueryOpportunitiesArgs,
): Promise<Opportunity[]> {
  const limit = checkRange("limit", args.limit, 1, 50, 10);
  const scope = toProjectScope(args.asOf);
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id}) WHERE ${visibleNode("a")}
     CALL (a) {
       OPTIONAL MATCH (a)-[:PARTICIPATES_IN]->(own:Project) WHERE ${projectInScope("own")}
       WITH collect(DISTINCT own) AS ownProjects
       RETURN ownProjects, reduce(topics = [], own IN ownProjects | topics + [t IN coalesce(own.topics, []) | toUpper(t)]) AS ownTopics
     }
     MATCH (a)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(c:Actor)
     WHERE c <> a AND ${projectInScope("p")} AND ${visibleNode("c")}
     WITH ownProjects, ownTopics, c, count(DISTINCT p) AS shared
     MATCH (c)-[:PARTICIPATES_IN]->(q:Project)
     WHERE ${projectInScope("q")} AND NOT q IN ownProjects
       AND COUNT { (q)<-[:PARTICIPATES_IN]-(participant) WHERE ${visibleNode("participant")} } >= $minParticipants
     UNWIND coalesce(q.topics, []) AS topic
     WITH topic, q, c, shared WHERE NOT toUpper(topic) IN ownTopics
     WITH topic, collect(DISTINCT q) AS projects, collect(DISTINCT {actor: c, shared: shared}) AS introducers
     WITH topic, projects, introducers, reduce(total = 0, i IN introducers | total + i.shared) AS strength
     RETURN topic, projects, introducers, strength
     ORDER BY strength DESC, size(projects) DESC, topic
     LIMIT toInteger($limit)`,
    { id: args.id, limit, minParticipants, ...scopeParams(scope) },
    { database, routing: "READ" },
  );
  if (result.records.length === 0) await assertActor(driver, database, args.id);
  return result.records.map((record) => {
    const projects = (record.get("projects") as Node[]).sort(
      (a, b) => byText(dateOf(b), dateOf(a)) || byText(String(a.properties.id), String(b.properties.id)),
    );
    const introducers = (record.get("introducers") as Array<{ actor: Node; shared: number }>).sort(
      (a, b) => b.shared - a.shared || byText(String(a.actor.properties.id), String(b.actor.properties.id)),
    );
    return {
      topic: record.get("topic") as string,
      programme:
        (projects.find((project) => project.properties.programme)?.properties.programme as string | undefined) ?? null,
      projects: projects.slice(0, maxListed).map((project) => toNodeModel<"Project">(project)),
      introducers: introducers.slice(0, maxListed).map((introducer) => toNodeModel<"Actor">(introducer.actor)),
    };
  });
}

async function assertActor(driver: Driver, database: string, id: string): Promise<void> {
  const result = await driver.executeQuery(
    `MATCH (a:Actor {id: $id}) WHERE ${visibleNode("a")} RETURN count(a) AS found`,
    { id },
    { database, routing: "READ" },
  );
  if (Number(result.records[0].get("found")) === 0) throw actorNotFound(id);
}
