import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { select } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { download, h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import {
  collaboratorRowsToCsv,
  sortCollaboratorRows,
  toCollaboratorRows,
  type CollaboratorColumn,
  type CollaboratorRow,
  type SortOrder,
} from "./collaborator-rows.js";
import { formatNumber, t } from "../i18n/i18n.js";

export const CollaboratorsTable_collaboration = graphql(`
  fragment CollaboratorsTable_collaboration on Collaboration {
    strength
    partner {
      id
      name
      kind
      country
    }
    via {
      id
      label
      type
    }
  }
`);

const CollaboratorsQuery = graphql(`
  query Collaborators($id: ID!, $filter: NetworkFilter) {
    collaborators(id: $id, limit: 100, filter: $filter) {
      ...CollaboratorsTable_collaboration
    }
  }
`);

// The partner's kind is written under its name, not in a column of its own: four columns fit the side panel.
const columns: { column: CollaboratorColumn; title: () => string; numeric?: boolean }[] = [
  { column: "partner", title: () => t("collaborators.partner") },
  { column: "country", title: () => t("collaborators.country") },
  { column: "strength", title: () => t("collaborators.strength"), numeric: true },
  { column: "shared", title: () => t("collaborators.shared"), numeric: true },
];

/**
 * Who the selected actor works with, as a table a person can sort (click a column's heading) and
 * take away as CSV.
 *
 * @param categoryOf - the drawn node's type ("Actor", "Project"…), null when it is not drawn
 * @param labelOf - the drawn node's name, for the sentences of the CSV
 */
export function mountCollaboratorsTable(
  root: HTMLElement,
  client: Client,
  store: Store<ViewState>,
  categoryOf: (id: string) => string | null,
  labelOf: (id: string) => string = (id) => id,
): () => void {
  let order: SortOrder = { column: "strength", descending: true };
  let rows: CollaboratorRow[] = [];
  let actorName = "";
  let stop = () => {};
  let shown: { id: string | null; filter: unknown } | null = null;

  // Asked only while its panel is open: a hub's collaborators are a heavy query.
  const panel = root.closest("details");
  const onToggle = () => render(store.get());
  panel?.addEventListener("toggle", onToggle);

  function render(state: ViewState) {
    if (panel && !panel.open) return;
    const id = state.selected;
    if (shown && shown.id === id && shown.filter === state.filter) return;
    // Another year of the same actor keeps its table until the new one arrives.
    const onlyFilter = shown !== null && shown.id === id && rows.length > 0;
    shown = { id, filter: state.filter };
    stop();
    const category = id ? categoryOf(id) : null;
    if (!id || (category !== null && category !== "Actor")) {
      replaceChildren(root, emptyMessage(t("collaborators.empty")));
      return;
    }
    if (!onlyFilter) replaceChildren(root, loadingMessage(t("collaborators.loading")));
    stop = watchQuery(client, CollaboratorsQuery, { id, filter: toNetworkFilter(state.filter) }, (result) => {
      if (result.error) {
        replaceChildren(
          root,
          errorMessage(t("collaborators.failed", { reason: describeError(result.error) }), () => {
            shown = null;
            render(store.get());
          }),
        );
        return;
      }
      rows = toCollaboratorRows(result.data?.collaborators ?? [], labelOf(id));
      actorName = id;
      drawTable();
    });
  }

  function drawTable() {
    if (rows.length === 0) {
      replaceChildren(root, emptyMessage(t("collaborators.none")));
      return;
    }
    const sorted = sortCollaboratorRows(rows, order);
    const table = h(
      "table",
      { class: "collaborators", "data-testid": "collaborators-table" },
      h("caption", {}, t("collaborators.caption", { count: rows.length })),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          columns.map(({ column, title, numeric }) =>
            h(
              "th",
              {
                scope: "col",
                class: numeric ? "numeric" : null,
                "aria-sort": order.column === column ? (order.descending ? "descending" : "ascending") : "none",
              },
              h(
                "button",
                { type: "button", class: "sort-button", onclick: () => sortBy(column) },
                title(),
                order.column === column ? (order.descending ? " ▼" : " ▲") : "",
              ),
            ),
          ),
        ),
      ),
      h(
        "tbody",
        {},
        sorted.map((row) =>
          h(
            "tr",
            {},
            h(
              "th",
              { scope: "row" },
              h(
                "button",
                { type: "button", class: "link-button", onclick: () => store.update(select(row.partnerId)) },
                row.partner,
              ),
              h("span", { class: "collaborator-kind" }, row.kind),
            ),
            h("td", {}, row.country),
            h("td", { class: "numeric" }, formatNumber(row.strength, 2)),
            h("td", { class: "numeric", title: row.shared.join("\n") }, String(row.shared.length)),
          ),
        ),
      ),
    );
    const csv = h(
      "button",
      {
        type: "button",
        "data-testid": "collaborators-csv",
        onclick: () => download(`collaborators-${actorName}.csv`, collaboratorRowsToCsv(sorted), "text/csv"),
      },
      t("collaborators.csv"),
    );
    replaceChildren(root, h("div", { class: "table-scroll" }, table), h("div", { class: "panel-actions" }, csv));
  }

  function sortBy(column: CollaboratorColumn) {
    order = {
      column,
      descending: order.column === column ? !order.descending : column === "strength" || column === "shared",
    };
    drawTable();
    root.querySelector<HTMLButtonElement>(`th[aria-sort]:not([aria-sort="none"]) button`)?.focus();
  }

  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    stop();
    panel?.removeEventListener("toggle", onToggle);
  };
}
