import { destinationOf } from "../consortium/index.js";

/** The families a call topic code belongs to: its call, and its destination across work programmes. */
export interface CallFamilies {
  /** The call: the topic code without its last segment (`HORIZON-CL5-2024-D3-01`), or the portal's call id. */
  call: string | null;
  /** The destination: the code's words without year, numbers and stage marks (`HORIZON-CL5-D3`). */
  destination: string | null;
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
