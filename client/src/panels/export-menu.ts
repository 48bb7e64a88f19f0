import type { GraphView } from "../graph/graph-view.js";
import { exportGexf } from "../graph/export-gexf.js";
import { exportJson } from "../graph/export-json.js";
import { drawsCordisData, exportPng, type PngCaption } from "../graph/export-png.js";
import { download, h } from "../ui/dom.js";
import { t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import type { ViewState } from "../state/view-state.js";
import { describeKind, describeRelationshipType } from "../state/vocabulary.js";
import { isCordisSource } from "./cordis-links.js";

/**
 * Takes the view away: a picture (PNG), the subgraph for Gephi (GEXF) or as JSON, and the link.
 * The three exports of the drawing are disabled while nothing is drawn.
 */
export function mountExportMenu(root: HTMLElement, view: GraphView, store: Store<ViewState>): () => void {
  const stamp = () => new Date().toISOString().slice(0, 10);
  const note = h("span", { class: "export-note", role: "status" });
  const button = (label: string, testId: string, run: () => Promise<void> | void) =>
    h(
      "button",
      {
        type: "button",
        "data-testid": testId,
        onclick: async () => {
          try {
            await run();
          } catch (error) {
            note.textContent = t("exports.failed", { reason: (error as Error).message });
          }
        },
      },
      label,
    );
  const drawingExports = [
    button(t("exports.png"), "export-png", async () =>
      download(
        `samverkan-${stamp()}.png`,
        await exportPng(view.renderer.sigma, describeView(view, store.get(), stamp())),
      ),
    ),
    button(t("exports.gexf"), "export-gexf", () =>
      download(`samverkan-${stamp()}.gexf`, exportGexf(view.graph, { date: stamp() }), "application/gexf+xml"),
    ),
    button(t("exports.json"), "export-json", () =>
      download(`samverkan-${stamp()}.json`, exportJson(view.graph), "application/json"),
    ),
  ];
  root.append(
    h(
      "div",
      { class: "export-menu", role: "group", "aria-label": t("exports.label") },
      drawingExports,
      button(t("exports.copyLink"), "copy-link", async () => {
        await navigator.clipboard.writeText(window.location.href);
        note.textContent = t("exports.copied");
        setTimeout(() => (note.textContent = ""), 2000);
      }),
      note,
    ),
  );
  const enable = () => {
    for (const exportButton of drawingExports) exportButton.disabled = view.graph.order === 0;
  };
  enable();
  return view.onChange(enable);
}

/** The words around a report-ready picture: what is drawn, as of when, narrowed how, and from where. */
export function describeView(view: GraphView, state: ViewState, date: string): PngCaption {
  const label = (id: string) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "label") : id);
  const subject = [
    ...state.focus.map(label),
    ...(state.path ? [`${label(state.path.from)} → ${label(state.path.to)}`] : []),
  ].join(", ");
  const { filter } = state;
  const filters = [
    ...filter.kinds.map(describeKind),
    ...filter.relationshipTypes.map(describeRelationshipType),
    ...filter.programmes,
    ...(state.minStrength > 0 ? [`${t("view.threshold")} ${state.minStrength}`] : []),
  ];
  return {
    title: t("exports.pngTitle", { focus: subject || t("exports.pngNetwork") }),
    subtitle: [
      filter.asOfYear === null ? t("exports.pngAllYears") : t("exports.pngYear", { year: filter.asOfYear }),
      filters.length > 0 ? t("exports.pngFilters", { filters: filters.join(", ") }) : t("exports.pngNoFilters"),
    ].join(" · "),
    footer: t("exports.pngDate", { date }),
    attribution: drawsCordisData(view.graph, isCordisSource) ? t("exports.pngCordis") : null,
  };
}
