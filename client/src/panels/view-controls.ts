import type { GraphView } from "../graph/graph-view.js";
import { formatNumber, t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import { changeMinStrength, changeViewMode } from "../state/view-actions.js";
import { strengthThresholds, type ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";

/**
 * Above the drawing: whether focused actors are drawn with their partner organisations or with
 * their projects and ties, and, for partners, the weakest collaboration drawn.
 */
export function mountViewControls(root: HTMLElement, view: GraphView, store: Store<ViewState>): () => void {
  function render() {
    const state = store.get();
    if (state.focus.length === 0) {
      replaceChildren(root);
      return;
    }
    const modes = [...view.modes().values()];
    const shown =
      state.view !== "auto"
        ? state.view
        : modes.length > 0 && modes.every((mode) => mode === "organisations")
          ? "organisations"
          : "network";
    const option = (mode: "organisations" | "network") =>
      h(
        "label",
        { class: "view-option" },
        h("input", {
          type: "radio",
          name: "view-mode",
          value: mode,
          checked: shown === mode,
          "data-testid": `view-${mode}`,
          onchange: () => store.update(changeViewMode(mode)),
        }),
        ` ${t(mode === "organisations" ? "view.organisations" : "view.network")}`,
      );
    const threshold = h(
      "select",
      {
        id: "view-threshold",
        "data-testid": "strength-threshold",
        onchange: (event: Event) => store.update(changeMinStrength(Number((event.target as HTMLSelectElement).value))),
      },
      strengthThresholds.map((value) =>
        h(
          "option",
          { value, selected: value === state.minStrength },
          value === 0 ? "—" : `≥ ${formatNumber(value, 2)}`,
        ),
      ),
    );
    replaceChildren(
      root,
      h(
        "fieldset",
        { class: "view-switch" },
        h("legend", { class: "visually-hidden" }, t("view.label")),
        option("organisations"),
        option("network"),
      ),
      shown === "organisations"
        ? h(
            "div",
            { class: "view-threshold" },
            h("label", { for: "view-threshold" }, `${t("view.threshold")} `),
            threshold,
            h("p", { class: "view-hint" }, t("view.organisationsHint")),
          )
        : null,
    );
  }
  render();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.focus !== previous.focus || next.view !== previous.view || next.minStrength !== previous.minStrength)
      render();
  });
  const unlisten = view.onChange(render);
  return () => {
    unsubscribe();
    unlisten();
  };
}
