import { createApiClient } from "./api/client.js";
import type { NetworkData } from "./graph/explorer-graph.js";
import { mountGraphView } from "./graph/graph-view.js";
import { loadViewNetwork } from "./graph/load-view-network.js";
import { chooseLanguage, setLanguage, t, translatePage } from "./i18n/i18n.js";
import { mountCallsPanel } from "./panels/calls-panel.js";
import { mountCollaboratorsTable } from "./panels/collaborators-table.js";
import { mountEdgePanel } from "./panels/edge-panel.js";
import { mountIntro } from "./panels/intro.js";
import { mountNodeList } from "./panels/node-list.js";
import { mountViewControls } from "./panels/view-controls.js";
import { mountExportMenu } from "./panels/export-menu.js";
import { mountFiltersPanel } from "./panels/filters-panel.js";
import { mountLanguageSwitch } from "./panels/language-switch.js";
import { renderLegend } from "./panels/legend.js";
import { mountNodePanel } from "./panels/node-panel.js";
import { mountPartnerFinder } from "./panels/partner-finder.js";
import { mountPathsPanel } from "./panels/paths-panel.js";
import { createSearchBox } from "./search/search-box.js";
import { bindViewStateToUrl } from "./state/bind-url.js";
import { createStore } from "./state/store.js";
import { parseViewState } from "./state/url-state.js";
import { focusOn } from "./state/view-actions.js";
import type { ViewState } from "./state/view-state.js";
import { readGraphMetrics } from "./graph/report-metrics.js";

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`samverkan: the page has no #${id}`);
  return found as T;
}

// 1. The language (the link's, else the browser's), the API client and the view state from the link.
const language = chooseLanguage(new URLSearchParams(window.location.search).get("lang"), navigator.languages);
setLanguage(language);
const client = createApiClient();
const store = createStore(parseViewState(window.location.search, language));
bindViewStateToUrl(store);
// The link's network is asked for before the drawing is set up (WebGL takes a moment), and the
// request leaves before that work starts: the view's own request for it is the same operation,
// which urql answers from this one.
void loadViewNetwork(client, store.get()).catch(() => {});
await new Promise((resolve) => setTimeout(resolve, 0));

// 2. The network drawing: it stays as it is when the language changes.
const canvas = element("graph");
const view = mountGraphView(
  {
    canvas,
    status: element("graph-status"),
    nodeCount: element("node-count"),
    edgeCount: element("edge-count"),
    onCounts: (nodes, edges) => describeCounts(nodes, edges),
  },
  client,
  store,
);
const legend = element("legend");
view.onChange(() => renderLegend(legend, view.graph));

function describeCounts(nodes: number, edges: number) {
  element("node-word").textContent = t("app.nodeWord", { count: nodes });
  element("edge-word").textContent = t("app.edgeWord", { count: edges });
  canvas.setAttribute(
    "aria-label",
    t("graph.canvasLabel", {
      nodes: `${nodes} ${t("app.nodeWord", { count: nodes })}`,
      edges: `${edges} ${t("app.edgeWord", { count: edges })}`,
    }),
  );
}

const showWarmPath = (network: NetworkData | null) => view.showOverlay("warm-path", network ? [network] : []);

// 3. Search, the panels and the exports, in the current language; mounted again when it changes.
function mountPanels(): (() => void)[] {
  translatePage();
  document.title = t("app.documentTitle");
  const drawing = readGraphMetrics();
  describeCounts(drawing.nodeCount, drawing.edgeCount);
  renderLegend(legend, view.graph);
  const roots = [
    "view-controls",
    "search",
    "edge-details",
    "details",
    "filters",
    "paths",
    "collaborators",
    "partners",
    "calls",
    "export",
  ];
  for (const id of roots) element(id).replaceChildren();
  mountLanguageSwitch(element("language"), store);
  element("search").append(
    createSearchBox({
      client,
      label: t("search.label"),
      placeholder: t("search.placeholder"),
      onChoose: (hit) => store.update(focusOn(hit.id)),
      testId: "search-input",
    }),
  );
  return [
    mountExportMenu(element("export"), view, store),
    mountIntro(element("intro"), store, focusResult),
    mountNodeList(element("node-list"), view, store),
    mountViewControls(element("view-controls"), view, store),
    mountEdgePanel(element("edge-details"), view.graph, store, view.onChange, client),
    mountNodePanel(element("details"), client, store, () => view.whenDrawn()),
    mountFiltersPanel(element("filters"), store, { whenDrawn: () => view.whenDrawn() }),
    mountPathsPanel(element("paths"), client, store),
    mountCollaboratorsTable(
      element("collaborators"),
      client,
      store,
      (id) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "category") : null),
      (id) => (view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "label") : id),
    ),
    mountPartnerFinder(element("partners"), { client, store, showWarmPath }),
    mountCallsPanel(element("calls"), { client, store, showWarmPath }),
  ];
}

/** After an example of the introduction: the focus goes to what it shows (an actor's details, or the paths). */
function focusResult(state: ViewState) {
  if (state.path) {
    revealPaths(state);
    element("paths-panel").querySelector<HTMLElement>("summary")?.focus();
  } else {
    element("details-heading").focus();
  }
}

let unmount = mountPanels();

// Filters stay folded on a first visit, until there is a graph to filter.
const filtersPanel = element<HTMLDetailsElement>("filters-panel");
const openFilters = () => {
  if (view.graph.order > 0) filtersPanel.open = true;
};
const stopOpeningFilters = view.onChange(() => {
  openFilters();
  // The filters opening above must not push a path's sentences out of view.
  if (store.get().path && pathsPanel.open) pathsPanel.scrollIntoView({ block: "start" });
  if (filtersPanel.open) stopOpeningFilters();
});
// A call's brief in the link opens the calls panel, as does opening one later (Back, a shared link).
const callsPanel = element<HTMLDetailsElement>("calls-panel");
const revealBrief = (state: ViewState) => {
  if (!state.brief || callsPanel.open) return;
  callsPanel.open = true;
  callsPanel.scrollIntoView({ block: "start" });
};
revealBrief(store.get());
store.subscribe(revealBrief);
// So does a path, with its sentences and quotes: a shared link to a path shows them at once.
const pathsPanel = element<HTMLDetailsElement>("paths-panel");
function revealPaths(state: ViewState) {
  if (!state.path || pathsPanel.open) return;
  pathsPanel.open = true;
  pathsPanel.scrollIntoView({ block: "start" });
}
revealPaths(store.get());
store.subscribe((next, previous) => {
  if (next.path !== previous.path) revealPaths(next);
});
store.subscribe((next, previous) => {
  if (next.lang === previous.lang) return;
  setLanguage(next.lang);
  unmount.forEach((stop) => stop());
  unmount = mountPanels();
  view.refreshWords();
});
