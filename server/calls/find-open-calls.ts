import type { Driver, Node } from "neo4j-driver";
import {
  findProjects,
  coverage,
  coverageByText,
  indexWords,
  readCallCatalogue,
  sectorOf,
  type CatalogueCall,
  type Sector,
} from "../consortium/index.js";
import { toNodeModel } from "../model/graph-values.js";
import { checkDate, checkRange } from "../model/validate-arguments.js";
import type { ActionType, Language, QueryOpenCallsArgs, ResolversTypes } from "../generated/resolvers-types.js";
import { translate } from "../i18n/translate.js";
import {
  findActorRecord,
  partnerActivity,
  type ActorRecord,
  type OwnProject,
  type PartnerActivity,
} from "./find-actor-record.js";
import { readFamilyProjects } from "./read-family-projects.js";
import {
  combineCallFactors,
  daysBetween,
  familyFactor,
  partnersFactor,
  relevanceOf,
  textFactor,
  type CallFitFactor,
} from "./score-call-fit.js";

type OpenCall = ResolversTypes["OpenCall"];

/** The types of action whose calls suit an actor with no EU record, by its kind. */
const actionsForSector: Record<Sector, ActionType[]> = {
  industry: ["IA", "EIC_ACCELERATOR"],
  public: ["PCP", "PPI", "CSA"],
  research: ["RIA", "MSCA_DN"],
  other: ["CSA"],
};

const today = () => new Date().toISOString().slice(0, 10);

/** The actor's projects indexed for scoring many calls: by word, by family, by call topic. */
interface OwnIndex {
  postings: Map<string, number[]>;
  byFamily: Map<string, OwnProject[]>;
  byCall: Map<string, OwnProject[]>;
}

function indexOwnProjects(own: OwnProject[]): OwnIndex {
  const group = (keys: (project: OwnProject) => string[]) => {
    const groups = new Map<string, OwnProject[]>();
    for (const project of own) for (const key of keys(project)) groups.set(key, [...(groups.get(key) ?? []), project]);
    return groups;
  };
  return {
    postings: indexWords(own.map((project) => project.words)),
    byFamily: group((project) => project.families),
    byCall: group((project) => project.calls),
  };
}

/** The factors of one call for the actor; evidence as project ids, read as nodes for the calls shown. */
function scoreCall(
  call: CatalogueCall,
  record: ActorRecord,
  index: OwnIndex,
  activityIn: (destination: string) => PartnerActivity | null,
  asOf: string,
  lang: Language,
): Array<CallFitFactor<string>> {
  const actor = record.actor.name;
  const shares = coverageByText(call.terms, index.postings, record.own.length);
  const matches = record.own
    .map((project, position) => ({ project, relevance: relevanceOf(shares[position]) }))
    .filter((match) => match.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || (a.project.id < b.project.id ? -1 : 1))
    .map(({ project, relevance }, rank) => ({
      label: project.label,
      relevance,
      // Only the closest match's shared words are shown.
      shared: rank === 0 ? coverage(call.terms, project.words).shared : [],
      project: project.id,
    }));
  const destination = call.families.find((family) => family.level === "DESTINATION") ?? null;
  const callFamily = call.families.find((family) => family.level === "CALL")?.id ?? null;
  const topic = index.byCall.get(call.id) ?? [];
  const sameCall = (callFamily === null ? [] : (index.byFamily.get(callFamily) ?? [])).filter(
    (project) => !topic.includes(project),
  );
  const sameDestination = (destination === null ? [] : (index.byFamily.get(destination.id) ?? [])).filter(
    (project) => !topic.includes(project) && !sameCall.includes(project),
  );
  const ids = (projects: OwnProject[]) => projects.map((project) => project.id);
  const activity = destination ? activityIn(destination.id) : null;
  return [
    textFactor(actor, asOf, matches, lang),
    familyFactor(
      actor,
      {
        topic: ids(topic),
        call: ids(sameCall),
        destination: ids(sameDestination),
        destinationId: destination?.id ?? null,
        destinationName: destination?.name ?? null,
        labels: [...topic, ...sameCall, ...sameDestination].map((project) => project.label),
      },
      lang,
    ),
    partnersFactor(
      actor,
      activity && {
        partners: activity.partners,
        projects: activity.projects.length,
        destinationId: destination?.id ?? null,
        destinationName: destination?.name ?? null,
      },
      (activity?.projects ?? []).slice(0, 3),
      lang,
    ),
  ];
}

/**
 * The calls open or forthcoming on asOf (deadline on or after it), ranked by how well they fit the
 * actor: its projects begun before asOf whose text covers the call's words, its projects under the
 * same topic, call or destination, and its partners active in that destination without it. Only
 * calls with some evidence are listed; each factor says why (in `lang`, English by default), with
 * the projects that show it.
 */
export async function findOpenCalls(driver: Driver, database: string, args: QueryOpenCallsArgs): Promise<OpenCall[]> {
  const limit = checkRange("limit", args.limit, 1, 100, 20);
  const asOf = args.asOf === null || args.asOf === undefined ? today() : checkDate("asOf", args.asOf);
  const lang = args.lang ?? "EN";
  const actions = args.actions && args.actions.length > 0 ? new Set<string>(args.actions) : null;
  const catalogue = await readCallCatalogue(driver, database);
  const [record, familyProjects] = await Promise.all([
    findActorRecord(driver, database, catalogue.version, args.actor, asOf),
    readFamilyProjects(driver, database, catalogue.version),
  ]);
  const index = indexOwnProjects(record.own);
  // Many calls share a destination, and the partners' activity there is the same for each.
  const activities = new Map<string, PartnerActivity | null>();
  const activityIn = (destination: string) => {
    if (!activities.has(destination))
      activities.set(destination, partnerActivity(record, destination, familyProjects.get(destination) ?? [], asOf));
    return activities.get(destination) ?? null;
  };
  const open = [...catalogue.calls.values()]
    .filter(
      (call) =>
        call.deadline !== null && call.deadline >= asOf && (actions === null || actions.has(call.actionType ?? "")),
    )
    .map((call) => {
      const factors = scoreCall(call, record, index, activityIn, asOf, lang);
      return { call, factors, score: combineCallFactors(factors) };
    });
  const byScore = (a: (typeof open)[number], b: (typeof open)[number]) =>
    b.score - a.score ||
    (a.call.deadline ?? "").localeCompare(b.call.deadline ?? "") ||
    a.call.id.localeCompare(b.call.id);
  let ranked = open
    .filter((entry) => entry.score > 0)
    .sort(byScore)
    .slice(0, limit);
  const t = translate(lang);
  let note: string | null = null;
  if (record.own.length === 0 && ranked.length > 0)
    note =
      record.earlierProjects > 0
        ? t("calls.noRecordEarlierPartners", { actor: record.actor.name, count: record.earlierProjects })
        : t("calls.noRecordPartners", { actor: record.actor.name });
  // No record and no partner active anywhere: the calls whose type of action suits its kind, soonest first.
  if (ranked.length === 0 && record.own.length === 0) {
    const sector = sectorOf(record.actor.kind);
    const suited = new Set<string>(actionsForSector[sector]);
    ranked = open
      .filter((entry) => suited.has(entry.call.actionType ?? ""))
      .sort(byScore)
      .slice(0, limit);
    note = t(record.earlierProjects > 0 ? "calls.noRecordKindEarlier" : "calls.noRecordKind", {
      actor: record.actor.name,
      count: record.earlierProjects,
      sector: t(`sectorsIndefinite.${sector}`),
      actions: actionsForSector[sector].map((action) => t(`actions.${action}`)),
    });
  }
  const evidence = await findProjects(driver, database, [
    ...new Set(ranked.flatMap((entry) => entry.factors.flatMap((factor) => factor.evidence))),
  ]);
  return ranked.map(({ call, factors, score }) => ({
    call: call.object,
    score,
    note,
    daysLeft: daysBetween(asOf, call.deadline as string),
    factors: factors.map((factor) => ({
      ...factor,
      evidence: factor.evidence
        .map((id) => evidence.get(id))
        .filter((node): node is Node => node !== undefined)
        .map((node) => toNodeModel<"Project">(node)),
    })),
  }));
}
