import type { Client } from "@urql/core";
import { describeError, fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type { CentralityMeasure, NetworkFilter } from "../generated/graphql.js";
import type { NetworkData } from "./explorer-graph.js";
import { combineNetworks } from "./merge-network.js";

export const NeighbourhoodQuery = graphql(`
  query NeighbourhoodNetwork($ids: [ID!]!, $depth: Int = 1, $filter: NetworkFilter, $limit: Int) {
    network(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      ...GraphView_network
    }
  }
`);

export const PathsQuery = graphql(`
  query PathsBetween($from: ID!, $to: ID!, $filter: NetworkFilter) {
    paths(from: $from, to: $to, maxHops: 4, limit: 3, filter: $filter) {
      ...GraphView_network
    }
  }
`);

export const CentralityQuery = graphql(`
  query CentralityScores($measure: CentralityMeasure!, $filter: NetworkFilter) {
    centrality(measure: $measure, filter: $filter, limit: 1000) {
      score
      actor {
        id
      }
    }
  }
`);

/** The most nodes one neighbourhood brings; the API reports what it left out. */
export const neighbourhoodLimit = 400;

export interface LoadedNetwork {
  network: NetworkData;
  /** Each focused id's own neighbourhood, by id. */
  byId: Map<string, NetworkData>;
  omittedById: Map<string, number>;
  /** Nodes the API left out because a neighbourhood was larger than the limit. */
  omittedNodes: number;
}

/**
 * Loads the neighbourhood of each focused id, one request each (so expanding a node fetches only
 * its own neighbourhood and the rest comes from urql's cache), and joins them.
 *
 * @param depth - 1 for each node with its neighbours; 0 for the nodes alone (an actor drawn with
 *   its partners needs no more of its neighbourhood than itself)
 */
export async function loadNeighbourhoods(
  client: Client,
  ids: string[],
  filter: NetworkFilter | null,
  depth: 0 | 1 = 1,
): Promise<LoadedNetwork> {
  const results = await Promise.all(
    ids.map((id) => fetchQuery(client, NeighbourhoodQuery, { ids: [id], depth, filter, limit: neighbourhoodLimit })),
  );
  const failed = results.find((result) => result.error);
  if (failed?.error) throw new Error(describeError(failed.error));
  const networks = results.map((result) => result.data?.network).filter((network) => network !== undefined);
  return {
    network: combineNetworks(networks),
    byId: new Map(ids.map((id, index) => [id, networks[index] ?? { nodes: [], edges: [] }])),
    omittedById: new Map(ids.map((id, index) => [id, networks[index]?.truncated.omittedNodes ?? 0])),
    omittedNodes: networks.reduce((sum, network) => sum + network.truncated.omittedNodes, 0),
  };
}

/** Loads the paths between two actors: each path is a small network. */
export async function loadPaths(
  client: Client,
  from: string,
  to: string,
  filter: NetworkFilter | null,
): Promise<NetworkData[]> {
  const result = await fetchQuery(client, PathsQuery, { from, to, filter });
  if (result.error) throw new Error(describeError(result.error));
  return result.data?.paths ?? [];
}

/** Loads a centrality score for every actor it ranks, by id. */
export async function loadCentrality(
  client: Client,
  measure: CentralityMeasure,
  filter: NetworkFilter | null,
): Promise<Map<string, number>> {
  const result = await fetchQuery(client, CentralityQuery, { measure, filter });
  if (result.error) throw new Error(describeError(result.error));
  return new Map((result.data?.centrality ?? []).map((ranked) => [ranked.actor.id, ranked.score]));
}
