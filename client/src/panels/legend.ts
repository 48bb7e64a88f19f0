import { edgeColour, legendKey, legendLabel, nodeColour, unstatedEdgeColour } from "../graph/appearance.js";
import { tieStyle } from "../graph/tie-certainty.js";
import type { ExplorerGraph } from "../graph/explorer-graph.js";
import { h, replaceChildren } from "../ui/dom.js";
import { t } from "../i18n/i18n.js";

/** The colours in view and what they mean, with how many nodes of each are drawn. */
export function renderLegend(root: HTMLElement, graph: ExplorerGraph): void {
  const counts = new Map<string, { count: number; colour: string }>();
  graph.forEachNode((_node, attributes) => {
    const key = legendKey(attributes.category, attributes.kind);
    const entry = counts.get(key) ?? { count: 0, colour: nodeColour(attributes.category, attributes.kind) };
    entry.count += 1;
    counts.set(key, entry);
  });
  const entries = [...counts.entries()].sort((a, b) => b[1].count - a[1].count);
  replaceChildren(
    root,
    entries.length === 0
      ? null
      : h(
          "ul",
          { class: "legend", "aria-label": t("graph.legend") },
          entries.map(([key, { count, colour }]) =>
            h(
              "li",
              {},
              h("span", { class: "legend-swatch", style: `background:${colour}`, "aria-hidden": "true" }),
              `${legendLabel(key)} `,
              h("span", { class: "legend-count" }, String(count)),
            ),
          ),
          renderTieEntries(graph),
        ),
  );
}

/** How ties that are not decided, or not stated, are drawn: shown when some are. */
function renderTieEntries(graph: ExplorerGraph): HTMLElement[] {
  let undecided = 0;
  let unstated = 0;
  graph.forEachEdge((_edge, attributes) => {
    const style = tieStyle(attributes);
    if (style.dashed) undecided += 1;
    if (style.faded) unstated += 1;
  });
  const entry = (count: number, line: string, words: string, testId: string) =>
    h(
      "li",
      { "data-testid": testId },
      h("span", {
        class: "legend-line",
        style: `display:inline-block;width:18px;height:0;margin-right:6px;vertical-align:middle;border-top:${line}`,
        "aria-hidden": "true",
      }),
      `${words} `,
      h("span", { class: "legend-count" }, String(count)),
    );
  return [
    undecided > 0
      ? entry(undecided, `2px dashed ${edgeColour}`, t("certainty.legendUndecided"), "legend-undecided")
      : null,
    unstated > 0
      ? entry(unstated, `2px solid ${unstatedEdgeColour}`, t("certainty.legendUnstated"), "legend-unstated")
      : null,
  ].filter((item) => item !== null);
}
