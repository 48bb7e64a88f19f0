import type { Store } from "./store.js";
import { formatViewState, parseViewState } from "./url-state.js";
import type { ViewState } from "./view-state.js";

/**
 * Keeps the address bar and the view in step: every view is a link. A new focus, path or call brief adds a
 * history entry (so Back returns to the previous view); other changes replace the current one.
 */
export function bindViewStateToUrl(
  store: Store<ViewState>,
  location: Location = window.location,
  history: History = window.history,
): () => void {
  // The link names the language from the start, so a copied link opens in the same language.
  const initial = formatViewState(store.get());
  if (initial !== location.search) history.replaceState(null, "", `${location.pathname}${initial}${location.hash}`);
  const unsubscribe = store.subscribe((next, previous) => {
    const search = formatViewState(next);
    if (search === location.search || (search === "" && location.search === "?")) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const newBrief = next.brief !== null && next.brief.call !== previous.brief?.call;
    if (next.focus !== previous.focus || next.path !== previous.path || newBrief) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  });
  const restore = () => store.update((current) => parseViewState(location.search, current.lang));
  window.addEventListener("popstate", restore);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", restore);
  };
}
