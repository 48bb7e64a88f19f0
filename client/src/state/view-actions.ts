import { initialViewState, partnerStep, type SizeMeasure, type ViewFilter, type ViewState } from "./view-state.js";

/** Pure changes to the view; components pass them to `store.update`. */

/** Shows one actor and its neighbourhood, as a new view: the search's choice. */
export const focusOn =
  (id: string) =>
  (state: ViewState): ViewState => ({
    ...state,
    focus: [id],
    selected: id,
    edge: null,
    hidden: state.hidden.filter((hidden) => hidden !== id),
    path: null,
  });

/** Adds a node's neighbours to what is drawn. */
export const expand =
  (id: string) =>
  (state: ViewState): ViewState =>
    state.focus.includes(id) ? state : { ...state, focus: [...state.focus, id], hidden: without(state.hidden, id) };

/** Takes a node's neighbourhood out again (the node stays while another focus reaches it). */
export const collapse =
  (id: string) =>
  (state: ViewState): ViewState => ({ ...state, focus: without(state.focus, id) });

export const select =
  (id: string | null) =>
  (state: ViewState): ViewState =>
    state.selected === id && state.edge === null ? state : { ...state, selected: id, edge: null };

export const toggleHidden =
  (id: string) =>
  (state: ViewState): ViewState => ({
    ...state,
    hidden: toggle(state.hidden, id),
    selected: state.selected === id ? null : state.selected,
  });

export const showAll = (state: ViewState): ViewState => (state.hidden.length === 0 ? state : { ...state, hidden: [] });

export const togglePinned =
  (id: string) =>
  (state: ViewState): ViewState => ({ ...state, pinned: toggle(state.pinned, id) });

export const changeFilter =
  (change: Partial<ViewFilter>) =>
  (state: ViewState): ViewState => {
    const filter = { ...state.filter, ...change };
    const same = (Object.keys(change) as (keyof ViewFilter)[]).every(
      (key) => JSON.stringify(filter[key]) === JSON.stringify(state.filter[key]),
    );
    return same ? state : { ...state, filter };
  };

export const sizeBy =
  (measure: SizeMeasure) =>
  (state: ViewState): ViewState =>
    state.sizeBy === measure ? state : { ...state, sizeBy: measure };

/** Draws and highlights the paths between two actors. */
export const showPath =
  (from: string, to: string) =>
  (state: ViewState): ViewState => ({ ...state, path: { from, to } });

export const clearPath = (state: ViewState): ViewState => (state.path ? { ...state, path: null } : state);

function toggle(list: string[], id: string): string[] {
  return list.includes(id) ? without(list, id) : [...list, id];
}

function without(list: string[], id: string): string[] {
  return list.filter((item) => item !== id);
}

export const changeLanguage =
  (lang: ViewState["lang"]) =>
  (state: ViewState): ViewState =>
    state.lang === lang ? state : { ...state, lang };

export const changeViewMode =
  (view: ViewState["view"]) =>
  (state: ViewState): ViewState =>
    state.view === view ? state : { ...state, view };

export const changeMinStrength =
  (minStrength: number) =>
  (state: ViewState): ViewState =>
    state.minStrength === minStrength ? state : { ...state, minStrength, partnerCount: initialViewState.partnerCount };

export const showMorePartners = (state: ViewState): ViewState => ({
  ...state,
  partnerCount: state.partnerCount + partnerStep,
});

/** Opens a relationship's evidence in the panel; null closes it. */
export const selectEdge =
  (edge: string | null) =>
  (state: ViewState): ViewState =>
    state.edge === edge ? state : { ...state, edge };

/** Opens a call's brief for a consortium of the selected actor (or keeps the consortium of the open brief). */
export const openCall =
  (call: string) =>
  (state: ViewState): ViewState => {
    if (state.brief?.call === call) return state;
    const consortium = state.brief?.consortium.length ? state.brief.consortium : state.selected ? [state.selected] : [];
    return { ...state, brief: { call, consortium } };
  };

export const closeCall = (state: ViewState): ViewState => (state.brief ? { ...state, brief: null } : state);

/** Adds an actor to the open brief's consortium; the brief is checked again for it. */
export const addToConsortium =
  (id: string) =>
  (state: ViewState): ViewState =>
    !state.brief || state.brief.consortium.includes(id)
      ? state
      : { ...state, brief: { ...state.brief, consortium: [...state.brief.consortium, id] } };

/** Takes an actor out of the open brief's consortium; its last member stays, as a brief needs one. */
export const removeFromConsortium =
  (id: string) =>
  (state: ViewState): ViewState =>
    !state.brief || !state.brief.consortium.includes(id) || state.brief.consortium.length === 1
      ? state
      : { ...state, brief: { ...state.brief, consortium: without(state.brief.consortium, id) } };
