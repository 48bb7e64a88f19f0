import type { Client } from "@urql/core";
import type { ExplorerGraph, SharedThing } from "../graph/explorer-graph.js";
import { formatNumber, t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import { select, selectEdge } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { relationshipVerb, sharedTieType } from "../state/vocabulary.js";
import { h, replaceChildren } from "../ui/dom.js";
import { loadingMessage } from "../ui/status.js";
import { renderEvidenceList } from "./evidence-list.js";
import { describePeriod } from "./group-relationships.js";
import { describeCertainty } from "../graph/tie-certainty.js";
import { describeSharedCounts, groupSharedThings } from "./shared-evidence.js";
import { renderSharedThings } from "./shared-things-list.js";

/**
 * The relationship clicked in the graph: as a sentence with its dates and evidence; for two
 * organisations, everything they share, each with its own evidence.
 *
 * @param onDrawn - subscribes to changes of the drawing, since a link may name an edge before it is drawn
 */
export function mountEdgePanel(
  root: HTMLElement,
  graph: ExplorerGraph,
  store: Store<ViewState>,
  onDrawn: (listener: () => void) => () => void,
  client: Client,
): () => void {
  function render() {
    const id = store.get().edge;
    if (!id || !graph.hasEdge(id)) {
      replaceChildren(root);
      return;
    }
    const attributes = graph.getEdgeAttributes(id);
    const [source, target] = graph.extremities(id);
    const label = (node: string) => graph.getNodeAttribute(node, "label");
    const open = (node: string) =>
      h("button", { type: "button", class: "link-button", onclick: () => store.update(select(node)) }, label(node));
    const close = h(
      "button",
      {
        type: "button",
        class: "edge-close",
        "aria-label": t("edge.close"),
        onclick: () => store.update(selectEdge(null)),
      },
      "×",
    );
    const period = describePeriod(attributes.since, attributes.until);
    const body =
      attributes.relationship === sharedTieType
        ? [
            h("h3", { class: "edge-title" }, t("edge.orgHeading", { a: label(source), b: label(target) })),
            h(
              "p",
              { class: "edge-strength" },
              t("edge.strength", {
                strength: formatNumber(attributes.weight, 2),
                shared: describeSharedCounts(groupSharedThings(attributes.shared ?? [])),
              }),
            ),
            describeHistory(attributes.shared ?? []),
            attributes.sharedPending
              ? h("p", { class: "edge-evidence-pending" }, loadingMessage(t("edge.evidenceLoading")))
              : null,
            renderSharedThings(
              attributes.shared ?? [],
              { centre: label(source), partner: label(target) },
              { client, open: (id) => store.update(select(id)) },
            ),
          ]
        : [
            h(
              "h3",
              { class: "edge-title", "data-testid": "edge-sentence" },
              open(source),
              ` ${relationshipVerb(attributes.relationship)} `,
              open(target),
            ),
            period ? h("p", { class: "edge-period" }, period) : null,
            ...describeCertainty(attributes).map((words) =>
              h("p", { class: "edge-certainty", "data-testid": "edge-certainty" }, words),
            ),
            renderEvidenceList(
              attributes.evidence,
              attributes.relationship === "PARTICIPATES_IN" ? { id: target, label: label(target) } : null,
            ),
          ];
    replaceChildren(
      root,
      h(
        "section",
        { class: "edge-panel", "data-testid": "edge-panel", "aria-label": t("edge.heading"), tabindex: -1 },
        h("div", { class: "edge-panel-top" }, h("p", { class: "edge-kicker" }, t("edge.heading")), close),
        body,
      ),
    );
  }
  render();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.edge !== previous.edge || next.lang !== previous.lang) render();
  });
  const unlisten = onDrawn(() => {
    const id = store.get().edge;
    if (!id || !graph.hasEdge(id)) return;
    // Drawn since the link named it, or its shared things' evidence came since it was opened.
    const waiting =
      root.querySelector(".edge-evidence-pending") !== null && !graph.getEdgeAttribute(id, "sharedPending");
    if (!root.querySelector(".edge-panel") || waiting) render();
  });
  return () => {
    unsubscribe();
    unlisten();
  };
}

/**
 * The Horizon 2020 history two organisations share, in one sentence: how many projects, in which
 * years, in which programme parts, and their CORDIS record numbers (the history gives no titles).
 * A project with a record number is a Horizon 2020 project, whether the history alone knows it or
 * a curated project was matched to its record.
 */
function describeHistory(shared: SharedThing[]): HTMLElement | null {
  const history = shared.filter((thing) => thing.type === "Project" && thing.rcn);
  if (history.length === 0) return null;
  const years = history.flatMap((thing) => [thing.since, thing.until]).filter((date): date is string => !!date);
  const first = years.map((date) => date.slice(0, 4)).sort()[0];
  const last = years
    .map((date) => date.slice(0, 4))
    .sort()
    .at(-1);
  const parts = [...new Set(history.flatMap((thing) => thing.programmeParts ?? []))].sort();
  return h(
    "p",
    { class: "edge-history", "data-testid": "edge-history" },
    t(parts.length > 0 ? "edge.history" : "edge.historyWithoutParts", {
      count: history.length,
      years: first === last ? (first ?? "") : `${first}–${last}`,
      parts: parts.join(", "),
      records: history.map((thing) => thing.rcn).join(", "),
    }),
  );
}
