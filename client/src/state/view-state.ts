import type { ActorKind } from "../generated/graphql.js";
import type { Language } from "../i18n/i18n.js";

/** How nodes are sized: by their number of relationships, or by a centrality the API computes. */
export type SizeMeasure = "degree" | "betweenness" | "pagerank";

/**
 * How a focused actor is drawn: with its partner organisations, with its projects and ties, or
 * chosen by the explorer from its neighbourhood.
 */
export type ViewMode = "auto" | "organisations" | "network";

/** What the network is narrowed to; mirrors the API's `NetworkFilter`, with the date as a year. */
export interface ViewFilter {
  kinds: ActorKind[];
  relationshipTypes: string[];
  programmes: string[];
  /** The graph as it stood at the end of this year; null shows every year. */
  asOfYear: number | null;
}

/** Everything a link restores: the focused actors, the selection, the filters and the highlights. */
export interface ViewState {
  /** Ids whose neighbourhoods are drawn, in the order they were added. */
  focus: string[];
  selected: string | null;
  hidden: string[];
  pinned: string[];
  filter: ViewFilter;
  sizeBy: SizeMeasure;
  path: { from: string; to: string } | null;
  view: ViewMode;
  /** In the organisation view: the weakest collaboration drawn, and how many partners at most. */
  minStrength: number;
  partnerCount: number;
  /** The relationship whose evidence the panel shows. */
  edge: string | null;
  /** The language of the interface; the data is shown as it is. */
  lang: Language;
  /** The open call's brief: the call topic and the consortium it is checked for. */
  brief: CallBriefView | null;
}

/** A call brief as a link keeps it: the call topic's id and the consortium's actor ids, in order. */
export interface CallBriefView {
  call: string;
  consortium: string[];
}

export const emptyFilter: ViewFilter = { kinds: [], relationshipTypes: [], programmes: [], asOfYear: null };

export const initialViewState: ViewState = {
  focus: [],
  selected: null,
  hidden: [],
  pinned: [],
  filter: emptyFilter,
  sizeBy: "degree",
  path: null,
  view: "auto",
  minStrength: 0,
  partnerCount: 30,
  edge: null,
  lang: "en",
  brief: null,
};

/** How many more partners "show more" adds; the thresholds a person can choose. */
export const partnerStep = 30;
export const strengthThresholds = [0, 0.05, 0.1, 0.2, 0.5, 1] as const;

/** The years the date slider and its play button step through. */
export const timelineYears = { first: 2010, last: 2027 } as const;
