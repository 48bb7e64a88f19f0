import type { Store } from "../state/store.js";
import { changeFilter, showAll, sizeBy } from "../state/view-actions.js";
import { timelineYears, type SizeMeasure, type ViewState } from "../state/view-state.js";
import {
  actorKinds,
  describeKind,
  describeRelationshipType,
  programmes,
  relationshipTypes,
} from "../state/vocabulary.js";
import { h } from "../ui/dom.js";
import { t } from "../i18n/i18n.js";

const allYears = timelineYears.first - 1;

/**
 * The filters: actor kinds, relationship types and programmes the API narrows the network to, the
 * year it stood in (with a play button that steps through the years), and how nodes are sized.
 *
 * @param options.whenDrawn - resolves once the year asked for last is drawn: play shows each year
 *   for `stepMs` after its data arrived, however long that takes
 */
export function mountFiltersPanel(
  root: HTMLElement,
  store: Store<ViewState>,
  options: { stepMs?: number; whenDrawn?: () => Promise<void> } = {},
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
    // Folded while none is chosen, so the year and the size come first and the list of kinds takes no tab stops.
    const fieldset = h(
      "details",
      { class: "filter-group filter-fold", "data-filter": name },
      h("summary", {}, legend),
      h(
        "fieldset",
        { class: "filter-options" },
        h("legend", { class: "visually-hidden" }, legend),
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
      if (current.length > 0) fieldset.open = true;
    };
    return { fieldset, sync };
  };

  const kinds = checkboxGroup(
    t("filters.kinds"),
    "kind",
    actorKinds,
    describeKind,
    (state) => state.filter.kinds,
    (selected) => ({ kinds: selected }),
  );
  const relationships = checkboxGroup(
    t("filters.relationships"),
    "relationship",
    relationshipTypes,
    describeRelationshipType,
    (state) => state.filter.relationshipTypes,
    (selected) => ({ relationshipTypes: selected }),
  );
  const programmeGroup = checkboxGroup(
    t("filters.programme"),
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
    list: "filter-year-ticks",
  });
  const ticks = yearTicks();
  const yearValue = h("output", { id: "filter-year-value", for: "filter-year", "data-testid": "year-value" });
  const play = h("button", { type: "button", class: "play-button", "aria-pressed": "false" }, t("filters.play"));
  const size = h(
    "select",
    { id: "filter-size" },
    h("option", { value: "degree" }, t("filters.sizeDegree")),
    h("option", { value: "betweenness" }, t("filters.sizeBetweenness")),
    h("option", { value: "pagerank" }, t("filters.sizePagerank")),
  );
  const clear = h("button", { type: "button" }, t("filters.clear"));
  const showHidden = h("button", { type: "button", hidden: true, onclick: () => store.update(showAll) });

  const toYear = (value: number) => (value <= allYears ? null : value);
  year.addEventListener("input", () => (yearValue.value = describeYear(toYear(Number(year.value)))));
  year.addEventListener("change", () => store.update(changeFilter({ asOfYear: toYear(Number(year.value)) })));
  size.addEventListener("change", () => store.update(sizeBy(size.value as SizeMeasure)));
  clear.addEventListener("click", () => {
    stopPlaying();
    store.update(changeFilter({ kinds: [], relationshipTypes: [], programmes: [], asOfYear: null }));
  });

  // Each press of play starts a run; pausing (or another press) ends it between two years.
  let run = 0;
  let playing = false;
  const stopPlaying = () => {
    run += 1;
    playing = false;
    play.textContent = t("filters.play");
    play.setAttribute("aria-pressed", "false");
  };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  async function playYears(thisRun: number) {
    while (run === thisRun) {
      await (options.whenDrawn?.() ?? Promise.resolve());
      await pause(options.stepMs ?? 1500);
      if (run !== thisRun) return;
      const shown = store.get().filter.asOfYear ?? timelineYears.first;
      if (shown >= timelineYears.last) return stopPlaying();
      store.update(changeFilter({ asOfYear: shown + 1 }));
    }
  }
  play.addEventListener("click", () => {
    if (playing) return stopPlaying();
    const current = store.get().filter.asOfYear;
    store.update(
      changeFilter({ asOfYear: current === null || current >= timelineYears.last ? timelineYears.first : current }),
    );
    playing = true;
    play.textContent = t("filters.pause");
    play.setAttribute("aria-pressed", "true");
    void playYears(++run);
  });

  root.append(
    h(
      "div",
      { class: "filter-group filter-year" },
      h("label", { for: "filter-year" }, `${t("filters.yearLabel")} `),
      yearValue,
      h("div", { class: "filter-year-controls" }, h("div", { class: "filter-year-scale" }, year, ticks.labels), play),
      ticks.list,
    ),
    kinds.fieldset,
    relationships.fieldset,
    programmeGroup.fieldset,
    h("div", { class: "filter-group" }, h("label", { for: "filter-size" }, `${t("filters.sizeBy")} `), size),
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
    showHidden.textContent = t("filters.showHidden", { count: state.hidden.length });
  };
  sync(store.get());
  const unsubscribe = store.subscribe(sync);
  return () => {
    stopPlaying();
    unsubscribe();
  };
}

/** Tick marks on the year slider (a datalist) and, under it, every fifth year far enough from the ends to be read. */
function yearTicks(): { list: HTMLDataListElement; labels: HTMLElement } {
  const years = Array.from({ length: timelineYears.last - allYears + 1 }, (_, index) => allYears + index);
  const span = timelineYears.last - allYears;
  return {
    list: h(
      "datalist",
      { id: "filter-year-ticks" },
      years.map((value) => h("option", { value })),
    ),
    labels: h(
      "div",
      { class: "year-ticks", "aria-hidden": "true", "data-testid": "year-ticks" },
      years
        .filter(
          (value) =>
            value === allYears ||
            value === timelineYears.last ||
            (value % 5 === 0 && value - allYears >= 3 && timelineYears.last - value >= 3),
        )
        .map((value) =>
          h(
            "span",
            { class: "year-tick", style: `left:${(100 * (value - allYears)) / span}%` },
            value === allYears ? t("filters.allYears") : String(value),
          ),
        ),
    ),
  };
}

function describeYear(year: number | null): string {
  return year === null ? t("filters.allYears") : String(year);
}
