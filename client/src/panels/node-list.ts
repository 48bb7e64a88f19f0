import { legendKey, legendLabel } from "../graph/appearance.js";
import type { GraphView } from "../graph/graph-view.js";
import { t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import { select, selectEdge } from "../state/view-actions.js";
import { describeRelationshipType } from "../state/vocabulary.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";

/**
 * Every node the canvas draws, as a list of buttons in alphabetical order: what the drawing shows,
 * reachable from the keyboard and read by screen readers. Choosing one selects it, as a click would;
 * a node tied to the selected one also offers its ties, which open in the details panel as a click
 * on the line would, and take the focus there.
 */
export function mountNodeList(root: HTMLElement, view: GraphView, store: Store<ViewState>): () => void {
  function render() {
    const hidden = new Set(store.get().hidden);
    const selected = store.get().selected;
    const nodes = view.graph
      .mapNodes((id, attributes) => ({ id, ...attributes }))
      .filter((node) => !hidden.has(node.id))
      .sort((a, b) => a.label.localeCompare(b.label, "sv"));
    replaceChildren(
      root,
      h("p", { class: "field-help" }, t("graph.nodeListHint")),
      h(
        "ul",
        { class: "node-list", "data-testid": "node-list", "aria-label": t("graph.nodeList") },
        nodes.map((node) =>
          h(
            "li",
            {},
            h(
              "button",
              {
                type: "button",
                class: "link-button",
                "aria-current": node.id === selected ? "true" : null,
                "data-id": node.id,
                onclick: () => store.update(select(node.id)),
              },
              node.label,
            ),
            h("span", { class: "node-list-kind" }, ` · ${legendLabel(legendKey(node.category, node.kind))}`),
            selected && node.id !== selected && view.graph.hasNode(selected)
              ? tiesTo(node.id, node.label, selected, view.graph.getNodeAttribute(selected, "label"))
              : null,
          ),
        ),
      ),
    );
  }
  function tiesTo(id: string, label: string, selected: string, selectedLabel: string): HTMLElement[] {
    const edges = [...new Set([...view.graph.edges(selected, id), ...view.graph.edges(id, selected)])];
    return edges.map((edge) => {
      const relationship = describeRelationshipType(view.graph.getEdgeAttribute(edge, "relationship"));
      const words =
        edges.length > 1
          ? `${t("graph.tieWith", { name: selectedLabel })}: ${relationship}`
          : t("graph.tieWith", { name: selectedLabel });
      return h(
        "button",
        {
          type: "button",
          class: "link-button node-list-tie",
          "data-edge": edge,
          // The visible words first: the accessible name holds what a sighted person reads.
          "aria-label": t("graph.openTie", { words, a: selectedLabel, b: label, relationship }),
          onclick: () => {
            store.update(selectEdge(edge));
            document.querySelector<HTMLElement>("[data-testid=edge-panel]")?.focus();
          },
        },
        words,
      );
    });
  }

  render();
  const unlisten = view.onChange(render);
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.selected !== previous.selected || next.hidden !== previous.hidden) render();
  });
  return () => {
    unlisten();
    unsubscribe();
  };
}
