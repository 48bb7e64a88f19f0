import type { Driver } from "neo4j-driver";
import { toNodeModel } from "../model/graph-values.js";
import { visibleNode } from "../model/visibility.js";
import { badInput } from "../model/errors.js";
import type { ActionType, Language, QueryConsortiumCheckArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { translate } from "../i18n/translate.js";
import {
  closedClubFindings,
  coordinatorFindings,
  missingSectorFindings,
  topicalFindings,
} from "./assess-composition.js";
import { checkEligibility, type Finding } from "./check-eligibility.js";
import { findMembers, toConsortiumIds, type Member } from "./find-members.js";
import { matchTopic, type MatchedProject } from "./match-topic.js";
import { resolveTopic } from "./read-call-topic.js";
import type { TopicQuery } from "./parse-topic.js";
import { loadHistory, type History } from "./load-history.js";
import { isInScope, projectInScope, scopeParams, toProjectScope, type ProjectScope } from "./project-scope.js";

type ConsortiumCheck = ResolversTypes["ConsortiumCheck"];

const severityOrder = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/**
 * How many pairs of the members' legal entities have worked together: a member of each shares a
 * project in scope. Read from the finder's history in memory (visible projects and actors only).
 */
export function countPairsWithSharedProject(history: History, members: Member[], scope: ProjectScope): number {
  const projectsByEntity = new Map<string, Set<number>>();
  for (const member of members) {
    const projects = projectsByEntity.get(member.entity.id) ?? new Set<number>();
    const actor = history.actorNumber.get(member.id);
    for (const project of actor === undefined ? [] : history.actors[actor].projects)
      if (isInScope(scope, history.projects[project])) projects.add(project);
    projectsByEntity.set(member.entity.id, projects);
  }
  const entities = [...projectsByEntity.values()];
  let pairs = 0;
  entities.forEach((first, index) => {
    for (const second of entities.slice(index + 1)) if ([...first].some((project) => second.has(project))) pairs += 1;
  });
  return pairs;
}

/** Members whose legal entities own one another: ownership may mean control, and controlled entities are not independent. */
async function ownershipFindings(
  driver: Driver,
  database: string,
  members: Member[],
  lang: Language,
): Promise<Finding[]> {
  const t = translate(lang);
  const entityIds = [...new Set(members.map((member) => member.entity.id))];
  const result = await driver.executeQuery(
    `MATCH chain = (owner:Actor)-[:OWNS]->{1,3}(owned:Actor)
     WHERE owner.id IN $ids AND owned.id IN $ids AND owner <> owned AND all(n IN nodes(chain) WHERE ${visibleNode("n")})
     RETURN DISTINCT owner.name AS owner, owned.name AS owned ORDER BY owner, owned`,
    { ids: entityIds },
    { database, routing: "READ" },
  );
  return result.records.map((record) => {
    const names = { owner: record.get("owner") as string, owned: record.get("owned") as string };
    return {
      code: "POSSIBLY_CONTROLLED",
      severity: "WARNING",
      message: t("findings.possiblyControlled", names),
      fix: t("findings.possiblyControlledFix", names),
    };
  });
}

/** For each member, how many of the projects that match the topic it took part in. */
async function countTopicalProjects(
  driver: Driver,
  database: string,
  members: Member[],
  matched: Promise<MatchedProject[]>,
  scope: ProjectScope,
): Promise<Map<string, number>> {
  const projects = await matched;
  const result = await driver.executeQuery(
    `MATCH (a:Actor)-[:PARTICIPATES_IN]->(p:Project)
     WHERE a.id IN $members AND p.id IN $projects AND ${visibleNode("a")} AND ${projectInScope("p")}
     RETURN a.id AS id, count(DISTINCT p) AS projects`,
    {
      members: members.map((member) => member.id),
      projects: projects.map((project) => project.id),
      ...scopeParams(scope),
    },
    { database, routing: "READ" },
  );
  return new Map(result.records.map((record) => [record.get("id") as string, Number(record.get("projects"))]));
}

/** A note when the type of action asked for is not the call's own. */
function actionFindings(topic: TopicQuery | null, action: ActionType, lang: Language): Finding[] {
  const call = topic?.call;
  if (!call || call.actionType === action) return [];
  const t = translate(lang);
  return [
    call.actionType === null
      ? {
          code: "ACTION_TYPE_UNKNOWN",
          severity: "INFO",
          message: t("findings.actionTypeUnknown", { call: call.id, action: t(`actions.${action}`) }),
          fix: t("findings.actionTypeUnknownFix"),
        }
      : {
          code: "ACTION_TYPE_DIFFERS",
          severity: "WARNING",
          message: t("findings.actionTypeDiffers", {
            call: call.id,
            action: t(`actions.${action}`),
            callAction: t(`actions.${call.actionType}`),
          }),
          fix: t("findings.actionTypeDiffersFix", { callAction: t(`actions.${call.actionType}`) }),
        },
  ];
}

/**
 * Checks a consortium for a Horizon Europe action: the action type's eligibility rule (three
 * independent legal entities in three eligible countries for RIA and IA, one for CSA), missing
 * kinds of partner, coordinator experience, a closed club, and, given a topic, members without
 * a track record in it. A topic that is a call's id brings the call's text, families and type of
 * action (the rule, unless `action` is given). Eligible means no finding is an ERROR. With `asOf`,
 * track records count only projects that started before it. Messages and fixes are in `lang` (English by default).
 */
export async function checkConsortium(
  driver: Driver,
  database: string,
  args: QueryConsortiumCheckArgs,
  /**
   * The topic as the caller already read it from `args.topic`, so that it is not read twice, and
   * the projects that match it as of `args.asOf` ({@link matchTopic}), which a caller may have
   * asked for before it knew the consortium.
   */
  resolved?: { topic: TopicQuery | null; matched?: Promise<MatchedProject[]> },
): Promise<ConsortiumCheck> {
  const ids = toConsortiumIds(args.consortium);
  if (ids.length === 0) throw badInput("consortium must name at least one actor", "consortium");
  // A blank topic is no topic here: the topic is optional, and a form may send it empty.
  const topic = resolved
    ? resolved.topic
    : args.topic?.trim()
      ? await resolveTopic(driver, database, args.topic)
      : null;
  // A call's own type of action sets the rule unless one is asked for.
  const action: ActionType = args.action ?? topic?.call?.actionType ?? "RIA";
  const scope = toProjectScope(args.asOf);
  const lang = args.lang ?? "EN";
  const members = await findMembers(driver, database, ids, scope);
  const [pairs, ownership, topical] = await Promise.all([
    loadHistory(driver, database).then((history) => countPairsWithSharedProject(history, members, scope)),
    ownershipFindings(driver, database, members, lang),
    topic === null
      ? Promise.resolve(null)
      : countTopicalProjects(
          driver,
          database,
          members,
          resolved?.matched ?? matchTopic(driver, database, topic, scope),
          scope,
        ),
  ]);
  const findings = [
    ...actionFindings(topic, action, lang),
    ...checkEligibility(members, action, lang),
    ...ownership,
    ...missingSectorFindings(members, action, lang),
    ...coordinatorFindings(members, lang),
    ...closedClubFindings(members, pairs, lang),
    ...(topical === null ? [] : topicalFindings(members, topical, lang)),
  ].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return {
    eligible: !findings.some((finding) => finding.severity === "ERROR"),
    members: members.map((member) => toNodeModel<"Actor">(member.node)),
    findings,
  };
}
