import { legendKey, legendLabel, nodeColour } from "../graph/appearance.js";
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
        ),
  );
}
