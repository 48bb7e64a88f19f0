import type { Confidence, Status } from "../generated/resolvers-types.js";

/** What one relationship says about its own certainty, as stored (absent where the source says nothing). */
export interface RelationshipCertainty {
  since: string | null;
  until: string | null;
  status?: string | null;
  confidence?: string | null;
  datePrecision?: string | null;
}

export interface EdgeCertainty {
  status: Status;
  confidence: Confidence;
  datePrecision: string | null;
}

// Higher is further along or more certain. Records over the SDL's enums, so a new value fails the type check.
const statusRank: Record<Status, number> = { PROPOSED: 0, INTENDED: 1, DECIDED: 2, IN_EFFECT: 3 };
const confidenceRank: Record<Confidence, number> = { UNVERIFIED: 0, RECONSTRUCTED: 1, STATED: 2 };
// A deadline bounds a date rather than giving it, so it is the least precise of all.
const precisionRank: Record<string, number> = { deadline: 0, year: 1, month: 2, day: 3 };

const isStatus = (value: unknown): value is Status => typeof value === "string" && value in statusRank;
const isConfidence = (value: unknown): value is Confidence => typeof value === "string" && value in confidenceRank;

function best<T extends string>(values: T[], rank: Record<T, number>): T {
  return values.reduce((a, b) => (rank[b] > rank[a] ? b : a));
}

/**
 * The certainty of a tie grouped from several relationships (see NetworkEdge in the SDL): status and
 * confidence of its best evidence, so one source's proposal that a later source records as decided
 * is decided; and the least precise date precision among the relationships that give the tie's
 * `since` and `until`.
 *
 * @remarks An absent status means IN_EFFECT and an absent confidence STATED, as in the SDL.
 */
export function combineCertainty(
  relationships: RelationshipCertainty[],
  dates: { since: string | null; until: string | null },
): EdgeCertainty {
  const status = best(
    relationships.map((r) => (isStatus(r.status) ? r.status : "IN_EFFECT")),
    statusRank,
  );
  const confidence = best(
    relationships.map((r) => (isConfidence(r.confidence) ? r.confidence : "STATED")),
    confidenceRank,
  );
  const dating = relationships.filter(
    (r) => (r.since !== null && r.since === dates.since) || (r.until !== null && r.until === dates.until),
  );
  const precisions = dating
    .map((r) => r.datePrecision)
    .filter((p): p is string => typeof p === "string" && p in precisionRank);
  const datePrecision =
    precisions.length === 0 ? null : precisions.reduce((a, b) => (precisionRank[b] < precisionRank[a] ? b : a));
  return { status, confidence, datePrecision };
}
