import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { PathsQuery } from "../graph/load-network.js";
import { createSearchBox } from "../search/search-box.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { clearPath, select, showPath } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { describeRelationshipType } from "../state/vocabulary.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { orderPath } from "./order-path.js";

/** Paths between two actors: choose both ends, and the paths are listed here and highlighted in the graph. */
export function mountPathsPanel(root: HTMLElement, client: Client, store: Store<ViewState>): () => void {
  const ends: { from: string | null; to: string | null } = { from: null, to: null };
  const find = h("button", { type: "button", "data-testid": "find-paths", disabled: true }, "Find paths");
  const clear = h("button", { type: "button", hidden: true, onclick: () => store.update(clearPath) }, "Clear");
  const results = h("div", { class: "paths-results", "aria-live": "polite" });
  const pick = (end: "from" | "to") => (hit: { id: string }) => {
    ends[end] = hit.id;
    find.disabled = !(ends.from && ends.to);
  };
  find.addEventListener("click", () => {
    if (ends.from && ends.to) store.update(showPath(ends.from, ends.to));
  });
  root.append(
    createSearchBox({
      client,
      label: "From",
      placeholder: "e.g. KTH",
      types: ["Actor"],
      onChoose: pick("from"),
      testId: "path-from",
    }),
    createSearchBox({
      client,
      label: "To",
      placeholder: "e.g. Stockholms stad",
      types: ["Actor"],
      onChoose: pick("to"),
      testId: "path-to",
    }),
    h("div", { class: "panel-actions" }, find, clear),
    results,
  );

  let stop = () => {};
  let shown: { path: ViewState["path"]; filter: unknown } | null = null;
  function render(state: ViewState) {
    if (shown && shown.path === state.path && shown.filter === state.filter) return;
    shown = { path: state.path, filter: state.filter };
    stop();
    clear.hidden = !state.path;
    if (!state.path) {
      replaceChildren(results, emptyMessage("Choose two actors to see how they are connected, in up to four steps."));
      return;
    }
    const { from, to } = state.path;
    replaceChildren(results, loadingMessage("Looking for paths…"));
    stop = watchQuery(client, PathsQuery, { from, to, filter: toNetworkFilter(state.filter) }, (result) => {
      if (result.error) {
        replaceChildren(
          results,
          errorMessage(`The paths could not be found: ${describeError(result.error)}.`, () => {
            shown = null;
            render(store.get());
          }),
        );
        return;
      }
      const paths = result.data?.paths ?? [];
      replaceChildren(
        results,
        paths.length === 0
          ? emptyMessage(
              "No path of up to four steps connects these two with the current filters. Clear a filter or choose a later year.",
            )
          : h(
              "ol",
              { class: "paths-list", "data-testid": "paths-list" },
              paths.map((path) =>
                h(
                  "li",
                  {},
                  describePath(path, from, (id) => store.update(select(id))),
                ),
              ),
            ),
      );
    });
  }
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    stop();
  };
}

function describePath(path: NetworkData, from: string, onSelect: (id: string) => void): HTMLElement {
  const steps = orderPath(path, from);
  return h(
    "p",
    { class: "path" },
    steps.flatMap((step, index) => [
      index > 0 ? h("span", { class: "path-via" }, ` —${describeRelationshipType(step.via ?? "")}— `) : null,
      h("button", { type: "button", class: "link-button", onclick: () => onSelect(step.id) }, step.label),
    ]),
  );
}
