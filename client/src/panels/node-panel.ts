import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import { NeighbourhoodQuery, neighbourhoodLimit } from "../graph/load-network.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { collapse, expand, select, toggleHidden, togglePinned } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { groupRelationships } from "./group-relationships.js";
import { AttributesByIdQuery, renderAttributes } from "./node-attributes.js";
import { renderRelationshipGroups } from "./relationship-list.js";
import { t } from "../i18n/i18n.js";

/**
 * The selected node: its attributes, its relationships grouped by type with their evidence, and
 * what a person can do with it (expand its neighbours, pin it, hide it).
 *
 * @param whenDrawn - resolves once the network asked for last is drawn: the relationships, a large
 *   answer for a hub, are asked for after it, so that they never hold up the first drawing
 */
export function mountNodePanel(
  root: HTMLElement,
  client: Client,
  store: Store<ViewState>,
  whenDrawn: () => Promise<void> = () => Promise.resolve(),
): () => void {
  let stopQueries: (() => void)[] = [];
  let shown: { id: string | null; filter: unknown; pinned: boolean; focused: boolean } | null = null;

  function render(state: ViewState) {
    const id = state.selected;
    const next = {
      id,
      filter: state.filter,
      pinned: id !== null && state.pinned.includes(id),
      focused: id !== null && state.focus.includes(id),
    };
    if (
      shown &&
      shown.id === next.id &&
      shown.filter === next.filter &&
      shown.pinned === next.pinned &&
      shown.focused === next.focused
    )
      return;
    // Only the filters (the year, while play steps through them) changed: the relationships shown
    // stay until the new ones arrive, so the graph's loading message is the only one.
    const onlyFilter =
      shown !== null && shown.id === next.id && shown.pinned === next.pinned && shown.focused === next.focused;
    shown = next;
    stopQueries.forEach((stop) => stop());
    stopQueries = [];
    if (!id) {
      replaceChildren(root, emptyMessage(t("details.empty")));
      return;
    }
    const kept = onlyFilter ? root.querySelector<HTMLElement>(".node-relationships") : null;
    const heading = h("div", { class: "node-heading" }, loadingMessage(t("details.loading")));
    const relationships =
      kept ??
      h(
        "section",
        { class: "node-relationships", "aria-label": t("details.relationships") },
        loadingMessage(t("details.relationshipsLoading")),
      );
    relationships.setAttribute("aria-busy", "true");
    if (!kept) {
      replaceChildren(root, heading, renderActions(id, next.pinned, next.focused), relationships);
      stopQueries.push(
        watchQuery(client, AttributesByIdQuery, { id }, (result) => {
          if (result.error)
            replaceChildren(
              heading,
              errorMessage(t("details.loadFailed", { reason: describeError(result.error) }), () => rerender()),
            );
          else if (result.data) replaceChildren(heading, renderAttributes(id, result.data));
        }),
      );
    }
    let stopRelationships: (() => void) | null = null;
    let stopped = false;
    stopQueries.push(() => {
      stopped = true;
      stopRelationships?.();
    });
    void whenDrawn().then(() => {
      if (stopped) return;
      stopRelationships = watchQuery(
        client,
        NeighbourhoodQuery,
        { ids: [id], depth: 1, filter: toNetworkFilter(state.filter), limit: neighbourhoodLimit },
        (result) => {
          if (result.error) {
            replaceChildren(
              relationships,
              errorMessage(t("details.relationshipsFailed", { reason: describeError(result.error) }), () => rerender()),
            );
            return;
          }
          const groups = result.data ? groupRelationships(result.data.network, id) : [];
          relationships.removeAttribute("aria-busy");
          replaceChildren(
            relationships,
            h("h3", {}, t("details.relationships")),
            groups.length === 0
              ? emptyMessage(t("details.noRelationships"))
              : renderRelationshipGroups(groups, (other) => store.update(select(other))),
          );
        },
      );
    });
  }

  function rerender() {
    shown = null;
    render(store.get());
  }

  function renderActions(id: string, pinned: boolean, focused: boolean): HTMLElement {
    return h(
      "div",
      { class: "node-actions" },
      focused
        ? h("button", { type: "button", onclick: () => store.update(collapse(id)) }, t("details.collapse"))
        : h(
            "button",
            { type: "button", "data-testid": "expand-node", onclick: () => store.update(expand(id)) },
            t("details.expand"),
          ),
      h(
        "button",
        { type: "button", "aria-pressed": String(pinned), onclick: () => store.update(togglePinned(id)) },
        pinned ? t("details.unpin") : t("details.pin"),
      ),
      h("button", { type: "button", onclick: () => store.update(toggleHidden(id)) }, t("details.hide")),
    );
  }

  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    stopQueries.forEach((stop) => stop());
  };
}
