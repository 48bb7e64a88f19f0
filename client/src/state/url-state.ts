import { isLanguage, type Language } from "../i18n/i18n.js";
import { isActorKind, programmes, relationshipTypes } from "./vocabulary.js";
import {
  emptyFilter,
  initialViewState,
  timelineYears,
  type SizeMeasure,
  type ViewMode,
  type ViewState,
} from "./view-state.js";

const viewModes: ViewMode[] = ["organisations", "network"];

const sizeMeasures: SizeMeasure[] = ["degree", "betweenness", "pagerank"];

/**
 * Writes a view as a query string (`?focus=kth,openlab&asOf=2015…`); lists are comma-separated,
 * each item URI-encoded, so an id holding a comma survives.
 */
export function formatViewState(state: ViewState): string {
  const parts: [string, string[]][] = [
    ["focus", state.focus],
    ["selected", state.selected ? [state.selected] : []],
    ["hidden", state.hidden],
    ["pinned", state.pinned],
    ["kinds", state.filter.kinds],
    ["rel", state.filter.relationshipTypes],
    ["programme", state.filter.programmes],
    ["asOf", state.filter.asOfYear === null ? [] : [String(state.filter.asOfYear)]],
    ["size", state.sizeBy === "degree" ? [] : [state.sizeBy]],
    ["from", state.path ? [state.path.from] : []],
    ["to", state.path ? [state.path.to] : []],
    ["view", state.view === "auto" ? [] : [state.view]],
    ["strength", state.minStrength > 0 ? [String(state.minStrength)] : []],
    ["partners", state.partnerCount !== initialViewState.partnerCount ? [String(state.partnerCount)] : []],
    ["edge", state.edge ? [state.edge] : []],
    ["call", state.brief ? [state.brief.call] : []],
    ["consortium", state.brief ? state.brief.consortium : []],
    ["lang", [state.lang]],
  ];
  const query = parts
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${key}=${values.map(encodeURIComponent).join(",")}`)
    .join("&");
  return query ? `?${query}` : "";
}

/**
 * Reads a view from a query string; unknown keys and values that are not valid are dropped. The
 * language is the link's, else `language` (the browser's choice). A brief without a consortium is
 * checked for the selected actor.
 */
export function parseViewState(search: string, language: Language = "en"): ViewState {
  const raw = new Map<string, string[]>();
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const [key, value = ""] = pair.split("=", 2);
    const values = value
      .split(",")
      .map(decodeItem)
      .filter((item): item is string => Boolean(item));
    raw.set(decodeItem(key) ?? key, values);
  }
  const list = (key: string) => unique(raw.get(key) ?? []);
  const single = (key: string) => raw.get(key)?.[0] ?? null;

  const year = Number(single("asOf"));
  const size = single("size");
  const from = single("from");
  const to = single("to");
  const selected = single("selected");
  const call = single("call");
  const consortium = list("consortium");
  return {
    ...initialViewState,
    focus: list("focus"),
    selected,
    hidden: list("hidden"),
    pinned: list("pinned"),
    filter: {
      ...emptyFilter,
      kinds: list("kinds").filter(isActorKind),
      relationshipTypes: list("rel").filter((type) => relationshipTypes.includes(type)),
      programmes: list("programme").filter((programme) => (programmes as readonly string[]).includes(programme)),
      asOfYear: Number.isInteger(year) && year >= timelineYears.first && year <= timelineYears.last ? year : null,
    },
    sizeBy: sizeMeasures.find((measure) => measure === size) ?? "degree",
    path: from && to ? { from, to } : null,
    view: viewModes.find((mode) => mode === single("view")) ?? "auto",
    minStrength: nonNegative(single("strength"), 0),
    partnerCount: Math.max(1, Math.round(nonNegative(single("partners"), initialViewState.partnerCount))),
    edge: single("edge"),
    lang: isLanguage(single("lang")) ? (single("lang") as Language) : language,
    brief: call
      ? { call, consortium: consortium.length > 0 ? consortium : selected ? [selected] : [] }
      : initialViewState.brief,
  };
}

function nonNegative(text: string | null, fallback: number): number {
  const value = Number(text);
  return text !== null && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function decodeItem(item: string): string | null {
  try {
    return decodeURIComponent(item.replaceAll("+", " "));
  } catch {
    return null;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
