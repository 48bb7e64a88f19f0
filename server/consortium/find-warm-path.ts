import type { Driver } from "neo4j-driver";
import { assembleNetwork, type Network } from "../analysis/index.js";
import { collaborationTieTypes } from "../model/collaboration-ties.js";
import { findElementIds } from "../model/find-nodes.js";
import type { RankingContext } from "./measure-partner-features.js";

/** The latest project in scope that two actors share, or null. */
function latestShared(context: RankingContext, a: number, b: number): number | null {
  const { history } = context;
  let best: number | null = null;
  for (const project of history.actors[a].projects) {
    if (context.inScope[project] !== 1 || !history.projects[project].participants.includes(b)) continue;
    if (best === null || (history.projects[project].start ?? "") > (history.projects[best].start ?? "")) best = project;
  }
  return best;
}

/**
 * The ids along the warm introduction from the consortium to a candidate, using only projects in
 * scope: member → shared project → candidate; else member → stated tie → candidate; else member
 * → project → common partner → project → candidate, through the common partner that shares the
 * most projects with the candidate. Null when none is within four hops.
 */
export function planWarmPath(context: RankingContext, candidate: number, commonPartners: number[]): string[] | null {
  const { history } = context;
  const id = (actor: number) => history.actors[actor].id;
  const project = (number: number) => history.projects[number].id;
  for (const member of context.members) {
    const shared = latestShared(context, member, candidate);
    if (shared !== null) return [id(member), project(shared), id(candidate)];
  }
  const stated = context.statedTies.get(candidate);
  if (stated !== undefined) return [id(stated), id(candidate)];
  for (const partner of commonPartners) {
    for (const member of context.members) {
      const first = latestShared(context, member, partner);
      const second = first === null ? null : latestShared(context, partner, candidate);
      if (first !== null && second !== null)
        return [id(member), project(first), id(partner), project(second), id(candidate)];
    }
  }
  return null;
}

/**
 * The warm path as a Network: its nodes, and the ties between consecutive ones with their evidence,
 * along the collaboration ties of the domain model, as collaborators and the partner finder count them.
 */
export async function findWarmPath(driver: Driver, database: string, ids: string[]): Promise<Network> {
  const elementIds = await findElementIds(driver, database, ids);
  const network = await assembleNetwork(
    driver,
    database,
    ids.map((id) => elementIds.get(id) as string),
    { kinds: null, relationshipTypes: collaborationTieTypes, programmes: null, asOf: null, minWeight: null },
  );
  const used = new Set(ids.slice(1).flatMap((id, index) => [`${ids[index]}|${id}`, `${id}|${ids[index]}`]));
  return { ...network, edges: network.edges.filter((edge) => used.has(`${edge.source}|${edge.target}`)) };
}
