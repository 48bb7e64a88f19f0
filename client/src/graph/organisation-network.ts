import type { Client } from "@urql/core";
import { describeError, fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type { NetworkFilter, OrganisationView_CollaborationFragment } from "../generated/graphql.js";
import { sharedTieType } from "../state/vocabulary.js";
import type { ViewMode } from "../state/view-state.js";
import type { NetworkData, NetworkNodeData, SharedThing } from "./explorer-graph.js";

export const OrganisationView_collaboration = graphql(`
  fragment OrganisationView_collaboration on Collaboration {
    strength
    partner {
      id
      name
      shortName
      kind
      country
    }
    via {
      id
      label
      type
      since
      until
      programmeParts
      rcn
    }
  }
`);

const OrganisationPartnersQuery = graphql(`
  query OrganisationPartners($id: ID!, $filter: NetworkFilter, $limit: Int!) {
    collaborators(id: $id, limit: $limit, filter: $filter) {
      ...OrganisationView_collaboration
    }
  }
`);

/** The same partners with the evidence of everything they share: thousands of records for a hub. */
const OrganisationEvidenceQuery = graphql(`
  query OrganisationPartnerEvidence($id: ID!, $filter: NetworkFilter, $limit: Int!) {
    collaborators(id: $id, limit: $limit, filter: $filter) {
      ...OrganisationView_collaboration
      via {
        evidence {
          ...EvidenceList_evidence
        }
      }
    }
  }
`);

/** A collaboration as the organisation view draws it; what is shared carries its evidence once that is loaded. */
export type DrawnCollaboration = Omit<OrganisationView_CollaborationFragment, "via"> & {
  via: Array<OrganisationView_CollaborationFragment["via"][number] & { evidence?: SharedThing["evidence"] }>;
};

/**
 * The strongest partners of an actor, strongest first, at or above `minStrength`: `limit` of them,
 * one step more than are drawn so that "show more" knows how many it can add. Without evidence
 * unless `withEvidence`: the drawing needs none, and a tie's panel and the exports get it after.
 */
export async function loadPartners(
  client: Client,
  id: string,
  filter: NetworkFilter | null,
  options: { minStrength: number; limit: number; withEvidence?: boolean },
): Promise<DrawnCollaboration[]> {
  const variables = {
    id,
    filter: options.minStrength > 0 ? { ...filter, minWeight: options.minStrength } : filter,
    limit: Math.min(500, options.limit),
  };
  const result = options.withEvidence
    ? await fetchQuery(client, OrganisationEvidenceQuery, variables)
    : await fetchQuery(client, OrganisationPartnersQuery, variables);
  if (result.error) throw new Error(describeError(result.error));
  return result.data?.collaborators ?? [];
}

/**
 * Whether a focused actor is drawn with its partner organisations or with its projects and ties:
 * as chosen, or, left to the explorer, partners when most of its neighbours are projects (a hub's
 * star of projects says less than who it works with).
 */
export function resolveViewMode(mode: ViewMode, neighbourhood: NetworkData, id: string): "organisations" | "network" {
  if (mode !== "auto") return mode;
  const types = new Map(neighbourhood.nodes.map((node) => [node.id, node.type]));
  if (types.get(id) !== "Actor") return "network";
  const neighbours = new Set<string>();
  for (const edge of neighbourhood.edges) {
    if (edge.source === id) neighbours.add(edge.target);
    else if (edge.target === id) neighbours.add(edge.source);
  }
  const projects = [...neighbours].filter((neighbour) => types.get(neighbour) === "Project").length;
  return neighbours.size > 0 && projects > neighbours.size / 2 ? "organisations" : "network";
}

export interface OrganisationNetwork {
  network: NetworkData;
  /** Partners at or above the strength threshold that were loaded; `drawn` of them are in the network. */
  eligible: number;
  drawn: number;
}

/**
 * An actor and its partners as a network: one tie per partner, as strong as their collaboration,
 * carrying what they share; the strongest `count` partners at or above `minStrength`.
 */
export function buildOrganisationNetwork(
  centre: NetworkNodeData,
  collaborations: readonly DrawnCollaboration[],
  options: { minStrength: number; count: number },
): OrganisationNetwork {
  const eligible = collaborations.filter((collaboration) => collaboration.strength >= options.minStrength);
  const drawn = eligible.slice(0, options.count);
  const nodes: NetworkNodeData[] = [
    { ...centre, degree: eligible.length },
    ...drawn.map((collaboration) => ({
      id: collaboration.partner.id,
      label: collaboration.partner.shortName?.trim() || collaboration.partner.name,
      type: "Actor",
      kind: collaboration.partner.kind,
      degree: collaboration.via.length,
    })),
  ];
  const edges = drawn.map((collaboration) => {
    const [first, second] = [centre.id, collaboration.partner.id].sort();
    return {
      id: `${sharedTieType}:${first}|${second}`,
      source: centre.id,
      target: collaboration.partner.id,
      type: sharedTieType,
      since: null,
      until: null,
      // What two partners share is stated in their sources: projects, agreements, bodies.
      datePrecision: null,
      status: "IN_EFFECT" as const,
      confidence: "STATED" as const,
      weight: collaboration.strength,
      evidence: [],
      shared: collaboration.via.map((thing) => ({ ...thing, evidence: thing.evidence ?? [] })),
      // Drawn first without the evidence, which follows (load-view-data.ts).
      sharedPending: collaboration.via.some((thing) => thing.evidence === undefined),
    };
  });
  return { network: { nodes, edges }, eligible: eligible.length, drawn: drawn.length };
}
