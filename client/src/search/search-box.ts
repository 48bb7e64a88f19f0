import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type { SearchBox_HitFragment } from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import { h, replaceChildren } from "../ui/dom.js";
import { debounce } from "./debounce.js";
import { describeHitDetails } from "./describe-hit.js";
import { t } from "../i18n/i18n.js";

export const SearchBox_hit = graphql(`
  fragment SearchBox_hit on SearchHit {
    id
    label
    type
    kind
    name
    legalName
    country
    city
  }
`);

const SearchQuery = graphql(`
  query SearchNodes($text: String!) {
    search(text: $text, limit: 12) {
      ...SearchBox_hit
    }
  }
`);

export interface SearchBoxOptions {
  client: Client;
  label: string;
  placeholder?: string;
  onChoose(hit: SearchBox_HitFragment): void;
  /** Offers only hits of these types (such as "Actor"); all types when absent. */
  types?: string[];
  /** Empties the field after a choice, for pickers that add to a list. */
  clearOnChoose?: boolean;
  debounceMs?: number;
  testId?: string;
}

let searchBoxCount = 0;

/**
 * A search field with suggestions (an ARIA combobox): it searches as a person types, after a
 * pause; arrow keys move through the suggestions, Enter chooses, Escape closes.
 */
export function createSearchBox(options: SearchBoxOptions): HTMLElement {
  const id = `search-${++searchBoxCount}`;
  const input = h("input", {
    id,
    type: "search",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    placeholder: options.placeholder ?? "",
    "data-testid": options.testId ?? null,
  });
  const list = h("ul", {
    id: `${id}-list`,
    role: "listbox",
    class: "search-list",
    "aria-label": options.label,
    hidden: true,
  });
  const status = h("p", { class: "search-status", role: "status", "aria-live": "polite" });
  let hits: SearchBox_HitFragment[] = [];
  let active = -1;
  let stop = () => {};

  function show(nextHits: SearchBox_HitFragment[]) {
    hits = nextHits;
    active = hits.length > 0 ? 0 : -1;
    replaceChildren(
      list,
      hits.map((hit, index) =>
        h(
          "li",
          {
            id: `${id}-option-${index}`,
            role: "option",
            class: "search-option",
            "aria-selected": "false",
            "data-id": hit.id,
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(index);
            },
          },
          h("span", { class: "search-option-label" }, hit.label),
          h(
            "span",
            { class: "search-option-kind" },
            legendLabel(hit.type === "Actor" && hit.kind ? hit.kind : hit.type),
          ),
          describeHitDetails(hit) ? h("span", { class: "search-option-details" }, describeHitDetails(hit)) : null,
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    markActive();
  }

  function markActive() {
    list
      .querySelectorAll("[role=option]")
      .forEach((option, index) => option.setAttribute("aria-selected", String(index === active)));
    if (active >= 0) {
      input.setAttribute("aria-activedescendant", `${id}-option-${active}`);
      list.children[active]?.scrollIntoView?.({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    show([]);
    status.textContent = "";
  }

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    stop();
    close();
    input.value = options.clearOnChoose ? "" : hit.label;
    options.onChoose(hit);
  }

  const search = debounce((text: string) => {
    stop();
    status.textContent = t("search.searching");
    stop = watchQuery(options.client, SearchQuery, { text }, (result) => {
      if (result.error) {
        show([]);
        status.textContent = t("search.unavailable", { reason: describeError(result.error) });
        return;
      }
      const found = (result.data?.search ?? []).filter((hit) => !options.types || options.types.includes(hit.type));
      show(found);
      status.textContent =
        found.length === 0 ? t("search.nothing", { text }) : t("search.suggestions", { count: found.length });
    });
  }, options.debounceMs ?? 200);

  input.addEventListener("input", () => {
    const text = input.value.trim();
    if (text.length < 2) {
      search.cancel();
      stop();
      close();
      return;
    }
    search(text);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      markActive();
    } else if (event.key === "Enter") {
      if (active < 0) return;
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape") {
      if (hits.length > 0) close();
      else input.value = "";
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return h("div", { class: "search-box" }, h("label", { for: id }, options.label), input, list, status);
}
