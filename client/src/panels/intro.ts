import { t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import type { ViewState } from "../state/view-state.js";
import { formatViewState } from "../state/url-state.js";
import { h, replaceChildren } from "../ui/dom.js";

/** The three examples of a first visit: two organisation views and a path through the City's decisions. */
const examples: { key: "intro.exampleKth" | "intro.exampleCity" | "intro.examplePath"; change: Partial<ViewState> }[] =
  [
    { key: "intro.exampleKth", change: { focus: ["kth"], selected: "kth", view: "organisations" } },
    {
      key: "intro.exampleCity",
      change: { focus: ["stockholms-stad"], selected: "stockholms-stad", view: "organisations" },
    },
    {
      key: "intro.examplePath",
      change: { focus: [], selected: null, path: { from: "exploateringskontoret", to: "kth" } },
    },
  ];

/**
 * What a first visit sees on the empty canvas: what the data is, where it comes from, and three
 * examples to start from (each a link, so it also opens in a new tab).
 *
 * @param onChosen - called after an example is shown, to move the focus to what it shows
 */
export function mountIntro(
  root: HTMLElement,
  store: Store<ViewState>,
  onChosen: (state: ViewState) => void = () => {},
): () => void {
  function render(state: ViewState) {
    if (state.focus.length > 0 || state.path) {
      replaceChildren(root);
      return;
    }
    replaceChildren(
      root,
      h(
        "section",
        { class: "intro-card", "data-testid": "intro", "aria-labelledby": "intro-heading" },
        h("h2", { id: "intro-heading" }, t("intro.heading")),
        h("p", {}, t("intro.what")),
        h("p", {}, t("intro.sources")),
        h("p", { class: "intro-try" }, t("intro.tryOne")),
        h(
          "ul",
          { class: "intro-examples" },
          examples.map(({ key, change }) => {
            const next = { ...state, ...change, edge: null };
            return h(
              "li",
              {},
              h(
                "a",
                {
                  href: formatViewState(next),
                  "data-testid": key.replace("intro.", ""),
                  onclick: (event: Event) => {
                    event.preventDefault();
                    store.update(() => next);
                    onChosen(next);
                  },
                },
                t(key),
              ),
            );
          }),
        ),
        h("p", { class: "field-help" }, t("intro.orSearch")),
      ),
    );
  }
  render(store.get());
  return store.subscribe((next, previous) => {
    if (next.focus !== previous.focus || next.path !== previous.path) render(next);
  });
}
