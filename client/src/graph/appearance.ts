import { tDynamic } from "../i18n/i18n.js";
import { describeKind, isActorKind } from "../state/vocabulary.js";

/** Colours of actors by kind, and of the other node types by type. */
const kindColours: Record<string, string> = {
  MUNICIPALITY: "#1f4e9c",
  CITY_BOARD: "#3a78c9",
  CITY_OFFICE: "#6aa6e8",
  CITY_COMPANY: "#0f8b8d",
  DISTRICT_BOARD: "#8fb9d9",
  POSITION: "#5b6f95",
  GROUP: "#9aa9c7",
  GOVERNMENT: "#7b3294",
  REGION: "#b07cc6",
  PUBLIC_BODY: "#c2a5cf",
  UNIVERSITY: "#d7301f",
  RESEARCH_ORGANISATION: "#f16913",
  COMPANY: "#2b9348",
  FOUNDATION: "#b8860b",
  NETWORK: "#e7298a",
  OTHER: "#7f7f7f",
};

const typeColours: Record<string, string> = {
  Project: "#e6c229",
  Agreement: "#6d4c41",
  Strategy: "#4db6ac",
  Place: "#a1887f",
};

const fallbackColour = "#7f7f7f";

export const dimmedColour = "#e3e6ea";
export const highlightColour = "#ff5a1f";
export const edgeColour = "#b5bcc6";
/** Ties that are reconstructed or unverified rather than stated: lighter than the rest. */
export const unstatedEdgeColour = "#d8dde3";
/** The sigma edge type of a tie that is proposed or intended, not decided (client/src/graph/dashed-edge-program.ts). */
export const dashedEdgeType = "dashedArrow";
/** Ties that began since the slider's previous year, and ties that ended (drawn faint). */
export const beganColour = "#1a9850";
export const endedColour = "#f4a6a6";

/** The legend's key for a node: the actor's kind, or the type of anything else. */
export function legendKey(category: string, kind: string | null): string {
  return category === "Actor" && kind ? kind : category;
}

export function nodeColour(category: string, kind: string | null): string {
  const key = legendKey(category, kind);
  return kindColours[key] ?? typeColours[key] ?? fallbackColour;
}

export function legendLabel(key: string): string {
  return isActorKind(key) ? describeKind(key) : tDynamic(`types.${key}`, key);
}

export const minNodeSize = 4;
export const maxNodeSize = 22;

/** Node size from its degree: square root, so hubs stand out without hiding everything else. */
export function sizeForDegree(degree: number): number {
  return Math.min(maxNodeSize, minNodeSize + 2 * Math.sqrt(Math.max(0, degree)));
}

/** Node size from a centrality score relative to the largest score in view. */
export function sizeForScore(score: number, maxScore: number): number {
  if (maxScore <= 0) return minNodeSize;
  return minNodeSize + (maxNodeSize - minNodeSize) * Math.sqrt(Math.max(0, score) / maxScore);
}
