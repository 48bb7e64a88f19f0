import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { PathsQuery } from "../graph/load-network.js";
import { t } from "../i18n/i18n.js";
import { createSearchBox } from "../search/search-box.js";
import { toNetworkFilter } from "../state/network-filter.js";
import type { Store } from "../state/store.js";
import { clearPath, select, showPath } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { relationshipVerb } from "../state/vocabulary.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { renderEvidenceList } from "./evidence-list.js";
import { pathSentences } from "./order-path.js";

/**
 * Paths between two actors: choose both ends, and each path is written out as sentences ("KTH is
 * a member of StAF"), each with its quoted source, and highlighted in the graph.
 */
export function mountPathsPanel(root: HTMLElement, client: Client, store: Store<ViewState>): () => void {
  const ends: { from: string | null; to: string | null } = { from: null, to: null };
  const find = h("button", { type: "button", "data-testid": "find-paths", disabled: true }, t("paths.find"));
  const clear = h("button", { type: "button", hidden: true, onclick: () => store.update(clearPath) }, t("paths.clear"));
  const results = h("div", { class: "paths-results", "aria-live": "polite" });
  const pick = (end: "from" | "to") => (hit: { id: string }) => {
    ends[end] = hit.id;
    find.disabled = !(ends.from && ends.to);
  };
  find.addEventListener("click", () => {
    if (ends.from && ends.to) store.update(showPath(ends.from, ends.to));
  });
  const fromBox = createSearchBox({
    client,
    label: t("paths.from"),
    placeholder: t("paths.fromPlaceholder"),
    types: ["Actor"],
    onChoose: pick("from"),
    testId: "path-from",
  });
  const toBox = createSearchBox({
    client,
    label: t("paths.to"),
    placeholder: t("paths.toPlaceholder"),
    types: ["Actor"],
    onChoose: pick("to"),
    testId: "path-to",
  });
  root.append(fromBox, toBox, h("div", { class: "panel-actions" }, find, clear), results);

  /**
   * The fields follow the path shown (from a link, say): its ends are chosen, and named as the paths
   * name them, so that one end can be changed and the paths asked for again. A field being typed in
   * is left alone.
   */
  function showEnds(path: ViewState["path"], labels: Map<string, string>) {
    ends.from = path?.from ?? null;
    ends.to = path?.to ?? null;
    find.disabled = !(ends.from && ends.to);
    for (const [box, id] of [
      [fromBox, ends.from],
      [toBox, ends.to],
    ] as const) {
      const input = box.querySelector("input");
      if (!input || input === document.activeElement) continue;
      input.value = id ? (labels.get(id) ?? input.value) : "";
    }
  }

  let stop = () => {};
  let shown: { path: ViewState["path"]; filter: unknown } | null = null;
  function render(state: ViewState) {
    if (shown && shown.path === state.path && shown.filter === state.filter) return;
    const newPath = shown?.path !== state.path;
    shown = { path: state.path, filter: state.filter };
    stop();
    clear.hidden = !state.path;
    if (newPath) showEnds(state.path, new Map());
    if (!state.path) {
      replaceChildren(results, emptyMessage(t("paths.choose")));
      return;
    }
    const { from, to } = state.path;
    replaceChildren(results, loadingMessage(t("paths.looking")));
    stop = watchQuery(client, PathsQuery, { from, to, filter: toNetworkFilter(state.filter) }, (result) => {
      if (result.error) {
        replaceChildren(
          results,
          errorMessage(t("paths.failed", { reason: describeError(result.error) }), () => {
            shown = null;
            render(store.get());
          }),
        );
        return;
      }
      const paths = result.data?.paths ?? [];
      if (newPath)
        showEnds(state.path, new Map(paths.flatMap((path) => path.nodes.map((node) => [node.id, node.label]))));
      replaceChildren(
        results,
        paths.length === 0
          ? emptyMessage(t("paths.none"))
          : h(
              "ol",
              { class: "paths-list", "data-testid": "paths-list" },
              paths.map((path, index) =>
                h(
                  "li",
                  {},
                  describePath(path, from, index + 1, (id) => store.update(select(id))),
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

function describePath(path: NetworkData, from: string, index: number, onSelect: (id: string) => void): HTMLElement {
  const sentences = pathSentences(path, from);
  const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
  const actor = (end: { id: string; label: string }) =>
    h("button", { type: "button", class: "link-button", onclick: () => onSelect(end.id) }, end.label);
  return h(
    "section",
    { class: "path" },
    h("h4", {}, t("paths.heading", { index, count: sentences.length })),
    h(
      "ol",
      { class: "path-steps" },
      sentences.map(({ subject, object, edge }) =>
        h(
          "li",
          { class: "path-step", "data-testid": "path-step" },
          h(
            "p",
            { class: "path-sentence" },
            actor(subject),
            h("span", { class: "path-verb" }, ` ${relationshipVerb(edge.type)} `),
            actor(object),
          ),
          renderEvidenceList(
            edge.evidence,
            edge.type === "PARTICIPATES_IN" ? { id: edge.target, label: labels.get(edge.target) ?? edge.target } : null,
          ),
        ),
      ),
    ),
  );
}
