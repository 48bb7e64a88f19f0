import type { Store } from "../state/store.js";
import { changeFilter, showAll, sizeBy } from "../state/view-actions.js";
import { timelineYears, type SizeMeasure, type ViewState } from "../state/view-state.js";
import {
  actorKindLabels,
  actorKinds,
  describeRelationshipType,
  programmes,
  relationshipTypes,
} from "../state/vocabulary.js";
import { h } from "../ui/dom.js";

const allYears = timelineYears.first - 1;

/**
 * The filters: actor kinds, relationship types and programmes the API narrows the network to, the
 * year it stood in (with a play button that steps through the years), and how nodes are sized.
 */
export function mountFiltersPanel(
  root: HTMLElement,
  store: Store<ViewState>,
  options: { stepMs?: number } = {},
): () => void {
  const checkboxGroup = <T extends string>(
    legend: string,
    name: string,
    values: readonly T[],
    label: (value: T) => string,
    read: (state: ViewState) => T[],
    write: (selected: T[]) => Partial<ViewState["filter"]>,
  ) => {
    const boxes = values.map((value) => h("input", { type: "checkbox", name, value }));
    const fieldset = h(
      "fieldset",
      { class: "filter-group" },
      h("legend", {}, legend),
      h(
        "div",
        { class: "filter-options" },
        boxes.map((box, index) => h("label", { class: "filter-option" }, box, ` ${label(values[index])}`)),
      ),
    );
    fieldset.addEventListener("change", () => {
      const selected = values.filter((_value, index) => boxes[index].checked);
      store.update(changeFilter(write(selected)));
    });
    const sync = (state: ViewState) => {
      const current = read(state);
      boxes.forEach((box, index) => (box.checked = current.includes(values[index])));
    };
    return { fieldset, sync };
  };

  const kinds = checkboxGroup(
    "Actor kinds",
    "kind",
    actorKinds,
    (kind) => actorKindLabels[kind],
    (state) => state.filter.kinds,
    (selected) => ({ kinds: selected }),
  );
  const relationships = checkboxGroup(
    "Relationships",
    "relationship",
    relationshipTypes,
    describeRelationshipType,
    (state) => state.filter.relationshipTypes,
    (selected) => ({ relationshipTypes: selected }),
  );
  const programmeGroup = checkboxGroup(
    "EU programme",
    "programme",
    programmes,
    (programme) => programme,
    (state) => state.filter.programmes as (typeof programmes)[number][],
    (selected) => ({ programmes: selected }),
  );

  const year = h("input", {
    type: "range",
    id: "filter-year",
    min: allYears,
    max: timelineYears.last,
    step: 1,
    "aria-describedby": "filter-year-value",
  });
  const yearValue = h("output", { id: "filter-year-value", for: "filter-year", "data-testid": "year-value" });
  const play = h("button", { type: "button", class: "play-button", "aria-pressed": "false" }, "▶ Play");
  const size = h(
    "select",
    { id: "filter-size" },
    h("option", { value: "degree" }, "degree (relationships)"),
    h("option", { value: "betweenness" }, "betweenness centrality"),
    h("option", { value: "pagerank" }, "PageRank"),
  );
  const clear = h("button", { type: "button" }, "Clear filters");
  const showHidden = h("button", { type: "button", hidden: true, onclick: () => store.update(showAll) });

  const toYear = (value: number) => (value <= allYears ? null : value);
  year.addEventListener("input", () => (yearValue.value = describeYear(toYear(Number(year.value)))));
  year.addEventListener("change", () => store.update(changeFilter({ asOfYear: toYear(Number(year.value)) })));
  size.addEventListener("change", () => store.update(sizeBy(size.value as SizeMeasure)));
  clear.addEventListener("click", () => {
    stopPlaying();
    store.update(changeFilter({ kinds: [], relationshipTypes: [], programmes: [], asOfYear: null }));
  });

  let timer: ReturnType<typeof setInterval> | undefined;
  const stopPlaying = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = "▶ Play";
    play.setAttribute("aria-pressed", "false");
  };
  play.addEventListener("click", () => {
    if (timer) return stopPlaying();
    const current = store.get().filter.asOfYear;
    store.update(
      changeFilter({ asOfYear: current === null || current >= timelineYears.last ? timelineYears.first : current }),
    );
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      const shown = store.get().filter.asOfYear ?? timelineYears.first;
      if (shown >= timelineYears.last) return stopPlaying();
      store.update(changeFilter({ asOfYear: shown + 1 }));
    }, options.stepMs ?? 1500);
  });

  root.append(
    h(
      "div",
      { class: "filter-group filter-year" },
      h("label", { for: "filter-year" }, "As the network stood in "),
      yearValue,
      h("div", { class: "filter-year-controls" }, year, play),
    ),
    kinds.fieldset,
    relationships.fieldset,
    programmeGroup.fieldset,
    h("div", { class: "filter-group" }, h("label", { for: "filter-size" }, "Size nodes by "), size),
    h("div", { class: "filter-actions" }, clear, showHidden),
  );

  const sync = (state: ViewState) => {
    kinds.sync(state);
    relationships.sync(state);
    programmeGroup.sync(state);
    year.value = String(state.filter.asOfYear ?? allYears);
    yearValue.value = describeYear(state.filter.asOfYear);
    size.value = state.sizeBy;
    showHidden.hidden = state.hidden.length === 0;
    showHidden.textContent = `Show ${state.hidden.length} hidden`;
  };
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    stopPlaying();
    unsubscribe();
  };
}

function describeYear(year: number | null): string {
  return year === null ? "all years" : String(year);
}
