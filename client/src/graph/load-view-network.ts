import type { Client } from "@urql/core";
import { toNetworkFilter } from "../state/network-filter.js";
import { partnerStep, type ViewState } from "../state/view-state.js";
import type { NetworkData } from "./explorer-graph.js";
import { loadNeighbourhoods } from "./load-network.js";
import { combineNetworks } from "./merge-network.js";
import {
  buildOrganisationNetwork,
  loadPartners,
  resolveViewMode,
  type DrawnCollaboration,
} from "./organisation-network.js";

export interface ViewNetwork {
  network: NetworkData;
  /** Nodes the API left out of neighbourhoods drawn with their projects and ties. */
  omittedNodes: number;
  /** How each focused actor is drawn. */
  modes: Map<string, "organisations" | "network">;
  /** Partners drawn and partners loaded beyond them, over the actors drawn with their partners. */
  partners: { drawn: number; more: number } | null;
  /**
   * The same network with the evidence of what partners share, which the drawing goes without
   * (thousands of records for a hub); null when no actor is drawn with its partners.
   */
  withEvidence: (() => Promise<NetworkData>) | null;
}

/**
 * The network a view draws: each focused actor's neighbourhood, or its partner organisations when
 * the view (or, left to the explorer, the neighbourhood) says so.
 *
 * @remarks
 * Partners are asked for at the same time as the neighbourhood unless the link says to draw projects
 * and ties, so that the organisation view costs no second round trip; a focus that is not an actor
 * answers NOT_FOUND there, which is ignored.
 *
 * @param keepModes - how each focused actor was drawn before, kept when the view is left to the
 *   explorer (after the year changed, say)
 */
export async function loadViewNetwork(
  client: Client,
  state: ViewState,
  keepModes?: ReadonlyMap<string, "organisations" | "network">,
): Promise<ViewNetwork> {
  const filter = toNetworkFilter(state.filter);
  const limit = state.partnerCount + partnerStep;
  const partnerRequests = new Map(
    state.view === "network"
      ? []
      : state.focus.map((id) => [
          id,
          loadPartners(client, id, filter, { minStrength: state.minStrength, limit }).catch(() => null),
        ]),
  );
  // An actor the link asks to draw with its partners needs only itself from its neighbourhood; the
  // neighbourhood is loaded after all for a focus that has no partners to draw (a project, say).
  const organisationsOnly = state.view === "organisations";
  let loaded = await loadNeighbourhoods(client, state.focus, filter, organisationsOnly ? 0 : 1);
  if (organisationsOnly) {
    const partnerless = [];
    for (const id of state.focus) if (!(await partnerRequests.get(id))) partnerless.push(id);
    if (partnerless.length > 0) {
      const neighbourhoods = await loadNeighbourhoods(client, partnerless, filter);
      loaded = {
        ...loaded,
        byId: new Map([...loaded.byId, ...neighbourhoods.byId]),
        omittedById: new Map([...loaded.omittedById, ...neighbourhoods.omittedById]),
      };
    }
  }
  const modes = new Map<string, "organisations" | "network">();
  // Each focus's part of the drawing, in order: a neighbourhood, or a way to build its partners.
  const parts: Array<NetworkData | ((collaborations: DrawnCollaboration[]) => NetworkData)> = [];
  const drawnPartners = new Map<string, DrawnCollaboration[]>();
  let omittedNodes = 0;
  const partners = { drawn: 0, more: 0 };
  for (const id of state.focus) {
    const neighbourhood = loaded.byId.get(id) ?? { nodes: [], edges: [] };
    const kept = state.view === "auto" ? keepModes?.get(id) : undefined;
    const mode = kept ?? resolveViewMode(state.view, neighbourhood, id);
    const centre = neighbourhood.nodes.find((node) => node.id === id);
    const collaborations = mode === "organisations" && centre ? await partnerRequests.get(id) : null;
    if (!centre || !collaborations) {
      modes.set(id, "network");
      parts.push(neighbourhood);
      continue;
    }
    modes.set(id, "organisations");
    const options = { minStrength: state.minStrength, count: state.partnerCount };
    const organisations = buildOrganisationNetwork(centre, collaborations, options);
    parts.push((withEvidence) => buildOrganisationNetwork(centre, withEvidence, options).network);
    drawnPartners.set(id, collaborations);
    partners.drawn += organisations.drawn;
    partners.more += Math.min(partnerStep, organisations.eligible - organisations.drawn);
  }
  for (const [id, mode] of modes) if (mode === "network") omittedNodes += loaded.omittedById.get(id) ?? 0;
  const anyOrganisations = drawnPartners.size > 0;
  const combine = (collaborations: Map<string, DrawnCollaboration[]>) => {
    const ids = [...drawnPartners.keys()];
    let next = 0;
    return combineNetworks(
      parts.map((part) => (typeof part === "function" ? part(collaborations.get(ids[next++]) ?? []) : part)),
    );
  };
  return {
    network: combine(drawnPartners),
    omittedNodes,
    modes,
    partners: anyOrganisations ? partners : null,
    withEvidence: anyOrganisations
      ? async () => {
          const withEvidence = await Promise.all(
            [...drawnPartners.keys()].map(async (id) => {
              const collaborations = await loadPartners(client, id, filter, {
                minStrength: state.minStrength,
                limit,
                withEvidence: true,
              });
              return [id, collaborations] as const;
            }),
          );
          return combine(new Map(withEvidence));
        }
      : null,
  };
}
