import { nonTieTypeList } from "./non-tie-types.js";
import { namelessOrganisationLabel, visibleTie } from "./visibility.js";

/**
 * The Cypher condition that a relationship `r` to a neighbour `m` is a visible tie (neither it nor
 * its ends deleted, not a draft; not a mention of a source, nor an entity-resolution candidate
 * waiting for review, nor a project's link to a call topic or family), that `m` is no nameless
 * organisation of the Horizon 2020 history (never shown), and that the tie meets the filter; it reads the
 * parameters that `toFilterParams` (validate-arguments.ts) makes.
 */
export function filterCondition(r: string, m: string): string {
  return `${visibleTie(r)} AND NOT type(${r}) IN ${nonTieTypeList} AND NOT ${m}:${namelessOrganisationLabel}
    AND ($relationshipTypes IS NULL OR type(${r}) IN $relationshipTypes)
    AND ($asOf IS NULL OR ((${r}.since IS NULL OR ${r}.since <= date($asOf)) AND (${r}.until IS NULL OR ${r}.until >= date($asOf))))
    AND ($kinds IS NULL OR NOT ${m}:Actor OR ${m}.kind IN $kinds)
    AND ($programmes IS NULL OR NOT ${m}:Project OR ${m}.programme IN $programmes)
    AND ($asOf IS NULL OR NOT ${m}:Agreement OR ((${m}.validFrom IS NULL OR ${m}.validFrom <= date($asOf))
         AND (${m}.validUntil IS NULL OR ${m}.validUntil >= date($asOf))))`;
}
