import { createApiClient } from "./api/client.js";
import { mountGraphView } from "./graph/graph-view.js";
import { mountCollaboratorsTable } from "./panels/collaborators-table.js";
import { mountExportMenu } from "./panels/export-menu.js";
import { mountFiltersPanel } from "./panels/filters-panel.js";
import { renderLegend } from "./panels/legend.js";
import { mountNodePanel } from "./panels/node-panel.js";
import { mountPartnerFinder } from "./panels/partner-finder.js";
import { mountPathsPanel } from "./panels/paths-panel.js";
import { createSearchBox } from "./search/search-box.js";
import { bindViewStateToUrl } from "./state/bind-url.js";
import { createStore } from "./state/store.js";
import { parseViewState } from "./state/url-state.js";
import { focusOn } from "./state/view-actions.js";

function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`samverkan: the page has no #${id}`);
  return found as T;
}

// 1. The API client and the view state, restored from the link.
const client = createApiClient();
const store = createStore(parseViewState(window.location.search));
bindViewStateToUrl(store);

// 2. The network drawing.
const view = mountGraphView(
  {
    canvas: element("graph"),
    status: element("graph-status"),
    nodeCount: element("node-count"),
    edgeCount: element("edge-count"),
  },
  client,
  store,
);
const legend = element("legend");
view.onChange(() => renderLegend(legend, view.graph));

// 3. Search, the panels and the exports.
element("search").append(
  createSearchBox({
    client,
    label: "Search",
    placeholder: "An organisation, project or strategy — e.g. KTH",
    onChoose: (hit) => store.update(focusOn(hit.id)),
    testId: "search-input",
  }),
);
mountNodePanel(element("details"), client, store);
mountFiltersPanel(element("filters"), store);
mountPathsPanel(element("paths"), client, store);
mountCollaboratorsTable(element("collaborators"), client, store, (id) =>
  view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "category") : null,
);
mountPartnerFinder(element("partners"), {
  client,
  store,
  showWarmPath: (network) => view.showOverlay("warm-path", network ? [network] : []),
});
mountExportMenu(element("export"), view);
