/** The families a call topic code belongs to: its call, and its destination across work programmes. */
export interface CallFamilies {
  /** The call: the topic code without its last segment (`HORIZON-CL5-2024-D3-01`), or the portal's call id. */
  call: string | null;
  /** The destination: the code's words without year, numbers and stage marks (`HORIZON-CL5-D3`). */
  destination: string | null;
}

const yearSegment = /^(19|20)\d\d$/;
/** Segments that number or stage a topic rather than name its subject. */
const markers = new Set(["TWO", "SINGLE", "STAGE", "RIA", "IA", "CSA", "TOPIC", "OPEN"]);

/**
 * The destination of a topic code: the segments before the year (programme part, joint undertaking)
 * and the words after it, without numbers and stage or action marks. Work programmes number their
 * calls differently (`HORIZON-CL5-2021-D3-01-05`, `HORIZON-CL5-2027-07-D3-28`) but keep the
 * destination's code, so both give `HORIZON-CL5-D3`. Null for a code without a year.
 */
export function destinationOf(code: string): string | null {
  const segments = code.toUpperCase().split("-");
  const year = segments.findIndex((segment) => yearSegment.test(segment));
  if (year < 1) return null;
  const words = segments.slice(year + 1).filter((segment) => /[A-Z]/.test(segment) && !markers.has(segment));
  return [...segments.slice(0, year), ...words].join("-");
}

/**
 * The call of a topic code: the call id when the portal gives one, else the code without its
 * last segment (CORDIS's `HORIZON-CL5-2024-D3-01-05` belongs to `HORIZON-CL5-2024-D3-01`).
 */
export function callOf(code: string, callId?: string | null): string | null {
  if (callId) return callId.toUpperCase();
  const segments = code.toUpperCase().split("-");
  return segments.length > 3 ? segments.slice(0, -1).join("-") : null;
}

export function familiesOf(code: string, callId?: string | null): CallFamilies {
  return { call: callOf(code, callId), destination: destinationOf(code) };
}
