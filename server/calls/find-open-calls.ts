import type { Driver, Node } from "neo4j-driver";
import { toObject } from "../model/graph-values.js";
import { checkDate, checkRange } from "../model/validate-arguments.js";
import { findProjects } from "../consortium/match-topic.js";
import { badInput } from "../model/errors.js";
import type { QueryOpenCallsArgs } from "../generated/resolvers-types.js";
import { countWords, coverage } from "./call-text.js";
import { findActorRecord, type OwnProject } from "./find-actor-record.js";
import { readCallCatalogue, type CatalogueCall } from "./read-call-catalogue.js";
import {
  combineCallFactors,
  daysBetween,
  familyFactor,
  partnersFactor,
  relevanceOf,
  textFactor,
  type CallFitFactor,
  type TextMatch,
} from "./score-call-fit.js";

type Plain = Record<string, unknown>;

export interface OpenCall {
  call: Plain;
  score: number;
  factors: Array<CallFitFactor<Plain>>;
  daysLeft: number;
}

const actionTypes = new Set(["RIA", "IA", "CSA"]);
const today = () => new Date().toISOString().slice(0, 10);

/** The words of each of the actor's projects, counted once per project. */
const projectWords = (projects: OwnProject[]) =>
  new Map(projects.map((project) => [project.id, new Set(countWords(project.text).keys())]));

function destinationOf(call: CatalogueCall) {
  return call.families.find((family) => family.level === "DESTINATION") ?? null;
}

/**
 * The calls open or forthcoming on asOf (deadline on or after it), ranked by how well they fit the
 * actor: its projects begun before asOf whose text covers the call's words, its projects under the
 * same topic, call or destination, and its partners active in that destination without it. Only
 * calls with some evidence are listed; each factor says why, with the projects that show it.
 */
export async function findOpenCalls(driver: Driver, database: string, args: QueryOpenCallsArgs): Promise<OpenCall[]> {
  const limit = checkRange("limit", args.limit, 1, 100, 20);
  const asOf = args.asOf === null || args.asOf === undefined ? today() : checkDate("asOf", args.asOf);
  const actions = args.actions && args.actions.length > 0 ? new Set<string>(args.actions) : null;
  for (const action of actions ?? [])
    if (!actionTypes.has(action)) throw badInput(`unknown action ${action}`, "actions");
  const catalogue = await readCallCatalogue(driver, database);
  const open = [...catalogue.calls.values()].filter(
    (call) =>
      call.deadline !== null && call.deadline >= asOf && (actions === null || actions.has(call.actionType ?? "")),
  );
  const destinations = [...new Set(open.flatMap((call) => call.families.map((family) => family.id)))];
  const record = await findActorRecord(driver, database, args.actor, asOf, destinations);
  const actor = record.actor.name;
  const words = projectWords(record.own);
  const ranked = open
    .map((call) => {
      const matches: Array<TextMatch<OwnProject>> = record.own
        .map((project) => {
          const { share, shared } = coverage(call.terms, words.get(project.id) ?? new Set());
          return { label: project.label, relevance: relevanceOf(share), shared, project };
        })
        .filter((match) => match.relevance > 0)
        .sort((a, b) => b.relevance - a.relevance || a.project.id.localeCompare(b.project.id));
      const destination = destinationOf(call);
      const callFamily = call.families.find((family) => family.level === "CALL")?.id ?? null;
      const under = (test: (project: OwnProject) => boolean) => record.own.filter(test);
      const topic = under((project) => project.calls.includes(call.id));
      const sameCall = under((project) => callFamily !== null && project.families.includes(callFamily));
      const sameDestination = under(
        (project) => destination !== null && project.families.includes(destination.id) && !sameCall.includes(project),
      );
      const family = {
        topic: topic.map((project) => project.node),
        call: sameCall.filter((project) => !topic.includes(project)).map((project) => project.node),
        destination: sameDestination.filter((project) => !topic.includes(project)).map((project) => project.node),
        destinationId: destination?.id ?? null,
        destinationName: destination?.name ?? null,
        labels: [...topic, ...sameCall, ...sameDestination].map((project) => project.label),
      };
      const activity = destination ? (record.partnerActivity.get(destination.id) ?? null) : null;
      const factors = [
        textFactor(
          actor,
          asOf,
          matches.map((match) => ({ ...match, project: match.project.node })),
        ),
        familyFactor(actor, family),
        partnersFactor<Node | string>(
          actor,
          activity && {
            partners: activity.partners,
            projects: activity.projects.length,
            destinationId: destination?.id ?? null,
            destinationName: destination?.name ?? null,
          },
          (activity?.projects ?? []).slice(0, 3),
        ),
      ];
      return { call, factors, score: combineCallFactors(factors) };
    })
    .filter((entry) => entry.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.call.deadline ?? "").localeCompare(b.call.deadline ?? "") ||
        a.call.id.localeCompare(b.call.id),
    )
    .slice(0, limit);
  const partnerProjects = await findProjects(driver, database, [
    ...new Set(
      ranked.flatMap((entry) => entry.factors[2].evidence.filter((item): item is string => typeof item === "string")),
    ),
  ]);
  return ranked.map(({ call, factors, score }) => ({
    call: call.object,
    score,
    daysLeft: daysBetween(asOf, call.deadline as string),
    factors: factors.map((factor) => ({
      ...factor,
      evidence: (factor.evidence as Array<Node | string>)
        .map((item) => (typeof item === "string" ? partnerProjects.get(item) : item))
        .filter((node): node is Node => node !== undefined)
        .map(toObject),
    })),
  }));
}
