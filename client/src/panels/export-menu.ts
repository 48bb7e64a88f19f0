import type { GraphView } from "../graph/graph-view.js";
import { exportGexf } from "../graph/export-gexf.js";
import { exportJson } from "../graph/export-json.js";
import { exportPng } from "../graph/export-png.js";
import { download, h } from "../ui/dom.js";

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
            note.textContent = `Export failed: ${(error as Error).message}`;
          }
        },
      },
      label,
    );
  root.append(
    h(
      "div",
      { class: "export-menu", role: "group", "aria-label": "Export" },
      button("PNG", "export-png", async () =>
        download(`samverkan-${stamp()}.png`, await exportPng(view.renderer.sigma)),
      ),
      button("GEXF", "export-gexf", () =>
        download(`samverkan-${stamp()}.gexf`, exportGexf(view.graph, { date: stamp() }), "application/gexf+xml"),
      ),
      button("JSON", "export-json", () =>
        download(`samverkan-${stamp()}.json`, exportJson(view.graph), "application/json"),
      ),
      button("Copy link", "copy-link", async () => {
        await navigator.clipboard.writeText(window.location.href);
        note.textContent = "Link copied";
        setTimeout(() => (note.textContent = ""), 2000);
      }),
      note,
    ),
  );
}
