import type { GraphView } from "../graph/graph-view.js";
import { exportGexf } from "../graph/export-gexf.js";
import { exportJson } from "../graph/export-json.js";
import { exportPng } from "../graph/export-png.js";
import { download, h } from "../ui/dom.js";
import { t } from "../i18n/i18n.js";

/** Takes the view away: a picture (PNG), the subgraph for Gephi (GEXF) or as JSON, and the link. */
export function mountExportMenu(root: HTMLElement, view: GraphView): void {
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
  root.append(
    h(
      "div",
      { class: "export-menu", role: "group", "aria-label": t("exports.label") },
      button(t("exports.png"), "export-png", async () =>
        download(`samverkan-${stamp()}.png`, await exportPng(view.renderer.sigma)),
      ),
      button(t("exports.gexf"), "export-gexf", () =>
        download(`samverkan-${stamp()}.gexf`, exportGexf(view.graph, { date: stamp() }), "application/gexf+xml"),
      ),
      button(t("exports.json"), "export-json", () =>
        download(`samverkan-${stamp()}.json`, exportJson(view.graph), "application/json"),
      ),
      button(t("exports.copyLink"), "copy-link", async () => {
        await navigator.clipboard.writeText(window.location.href);
        note.textContent = t("exports.copied");
        setTimeout(() => (note.textContent = ""), 2000);
      }),
      note,
    ),
  );
}
