import type { NetworkFilter } from "../generated/graphql.js";
import type { ViewFilter } from "./view-state.js";

/**
 * The API's filter for a view's filter, or null when nothing narrows the network (so the request
 * for the whole neighbourhood is cached under one key). A year means the graph as it stood at the
 * end of that year.
 */
export function toNetworkFilter(filter: ViewFilter): NetworkFilter | null {
  const networkFilter: NetworkFilter = {};
  if (filter.kinds.length > 0) networkFilter.kinds = [...filter.kinds].sort();
  if (filter.relationshipTypes.length > 0) networkFilter.relationshipTypes = [...filter.relationshipTypes].sort();
  if (filter.programmes.length > 0) networkFilter.programmes = [...filter.programmes].sort();
  if (filter.asOfYear !== null) networkFilter.asOf = `${filter.asOfYear}-12-31`;
  return Object.keys(networkFilter).length > 0 ? networkFilter : null;
}
