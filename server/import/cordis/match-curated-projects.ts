import type { Driver } from "neo4j-driver";
import { participationRoles } from "./parse-cordis-participation.js";

// A curated project that names a grant id no exported project holds, and no record number yet, is
// matched to the history project in which every participant it states takes part: in the stated
// role where that is a CORDIS role, starting and ending in the stated years where dates are stated.
const findMatches = `
MATCH (c:Project)
WHERE c.cordisId IS NOT NULL AND c.rcn IS NULL AND c.deletedAt IS NULL
  AND NOT EXISTS { MATCH (:Project {id: c.cordisId}) }
MATCH (c)<-[stated:PARTICIPATES_IN]-(a:Actor)
WITH c, collect({actor: a, role: stated.role, since: stated.since, until: stated.until}) AS stated
WITH c, stated, stated[0].actor AS first
MATCH (first)-[:PARTICIPATES_IN]->(h:Project)
WHERE h.sourceLacks IS NOT NULL
  AND all(s IN stated WHERE EXISTS {
    MATCH (x:Actor)-[r:PARTICIPATES_IN]->(h)
    WHERE x = s.actor AND (NOT s.role IN $roles OR r.cordisRole = s.role)
      AND (s.since IS NULL OR h.startDate.year = s.since.year)
      AND (s.until IS NULL OR h.endDate.year = s.until.year) })
WITH c, stated, collect(DISTINCT h) AS candidates
RETURN c.id AS curated, [h IN candidates | h.id] AS candidates,
       [s IN stated | s.actor.id + ' as ' + coalesce(s.role, 'participant')
         + CASE WHEN s.since IS NULL THEN '' ELSE ', from ' + toString(s.since.year) END
         + CASE WHEN s.until IS NULL THEN '' ELSE ' to ' + toString(s.until.year) END] AS rule`;

// The curated project takes the history project's record number and says how it was matched; the
// history project goes, with its participations: the import writes the record's rows again, onto the
// curated project (see importCordisHistory), as every later import of the history writes them.
const mergeMatch = `
MATCH (c:Project {id: $curated})
MATCH (h:Project {id: $history})
SET c.rcn = h.rcn, c.matchedBy = $matchedBy
DETACH DELETE h`;

/** A curated project matched to its record in the history, or left alone with the candidates it had. */
export interface CuratedProjectMatch {
  curated: string;
  matched: string | null;
  candidates: string[];
  matchedBy: string | null;
}

/**
 * Matches curated projects that name a Horizon 2020 grant id (marked unverified: the history has
 * record numbers, not grant ids) to their history project by the participants, roles and years
 * their sources state, so that each stays one project; only a single candidate is matched, and the
 * curated project records the rule in `matchedBy` and takes the record number, so that the record's
 * rows land on it: the caller writes them again (see importCordisHistory).
 */
export async function matchCuratedProjects(driver: Driver, database: string): Promise<CuratedProjectMatch[]> {
  const found = await driver.executeQuery(findMatches, { roles: [...participationRoles] }, { database });
  const matches: CuratedProjectMatch[] = [];
  for (const record of found.records) {
    const candidates = record.get("candidates") as string[];
    const curated = record.get("curated") as string;
    if (candidates.length !== 1) {
      matches.push({ curated, matched: null, candidates, matchedBy: null });
      continue;
    }
    const history = candidates[0];
    const matchedBy =
      `CORDIS record ${history.replace(/^h2020-rcn-/, "")} of the Horizon 2020 history, the only one with ` +
      `${(record.get("rule") as string[]).join("; ")}`;
    await driver.executeQuery(mergeMatch, { curated, history, matchedBy }, { database });
    matches.push({ curated, matched: history, candidates, matchedBy });
  }
  return matches;
}
