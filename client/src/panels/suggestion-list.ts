import type { PartnerFinder_CheckFragment, PartnerFinder_SuggestionFragment } from "../generated/graphql.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { legendLabel } from "../graph/appearance.js";
import { t } from "../i18n/i18n.js";
import type { Store } from "../state/store.js";
import { expand, select, showPath } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h } from "../ui/dom.js";
import { emptyMessage } from "../ui/status.js";
import { describeWarmPath, displayName } from "./describe-suggestion.js";

/** What a list of partner suggestions lets a person do with one of them. */
export interface SuggestionActions {
  /** Draws the partner, and its warm path when it has one, in the graph. */
  show(suggestion: PartnerFinder_SuggestionFragment): void;
  /** Adds the partner to the consortium. */
  add(suggestion: PartnerFinder_SuggestionFragment): void;
}

/**
 * Ranked partner suggestions (of the partner finder and of a call's brief): why each, in at most
 * three plain sentences with their evidence, the warm introduction from a consortium member written out, and what to do next.
 */
export function renderSuggestions(
  suggestions: readonly PartnerFinder_SuggestionFragment[],
  members: readonly string[],
  actions: SuggestionActions,
): HTMLElement {
  if (suggestions.length === 0) return emptyMessage(t("partners.none"));
  return h(
    "ol",
    { class: "suggestions", "data-testid": "partner-suggestions" },
    suggestions.map((suggestion) => {
      const name = displayName(suggestion.actor);
      const warmPath = suggestion.warmPath ? describeWarmPath(suggestion.warmPath, members) : "";
      return h(
        "li",
        { class: "suggestion", "data-id": suggestion.actor.id },
        h(
          "h4",
          {},
          name,
          name !== suggestion.actor.name ? h("span", { class: "legal-name" }, ` (${suggestion.actor.name})`) : null,
        ),
        h(
          "p",
          { class: "suggestion-kind" },
          [legendLabel(suggestion.actor.kind), suggestion.actor.country].filter(Boolean).join(" · "),
        ),
        h(
          "ul",
          { class: "reasons", "data-testid": "suggestion-reasons" },
          suggestion.reasons.map((reason) => h("li", { class: "reason" }, reason)),
        ),
        warmPath
          ? h("p", { class: "warm-path", "data-testid": "warm-path" }, t("partners.warmPath", { sentence: warmPath }))
          : null,
        h(
          "div",
          { class: "panel-actions" },
          h(
            "button",
            { type: "button", "data-testid": "show-suggestion", onclick: () => actions.show(suggestion) },
            suggestion.warmPath ? t("partners.showPath") : t("partners.showInGraph"),
          ),
          h(
            "button",
            {
              type: "button",
              "data-testid": "add-suggestion",
              "aria-label": t("partners.addNamed", { name }),
              onclick: () => actions.add(suggestion),
            },
            t("partners.add"),
          ),
        ),
      );
    }),
  );
}

/**
 * Draws the partner and, when there is one, its warm path, highlighted as the path from the
 * consortium member it starts at, which keeps it in the link.
 */
export function showSuggestion(
  store: Store<ViewState>,
  showWarmPath: (network: NetworkData | null) => void,
  suggestion: PartnerFinder_SuggestionFragment,
  members: readonly string[],
): void {
  const partner = suggestion.actor.id;
  const member = suggestion.warmPath?.nodes.find((node) => members.includes(node.id))?.id;
  store.update((state) => {
    const shown = select(partner)(expand(partner)(state));
    return member && member !== partner ? showPath(member, partner)(shown) : shown;
  });
  showWarmPath(suggestion.warmPath ?? null);
}

/** Whether a consortium may apply, and its findings ranked as Must fix, Consider and Note. */
export function renderCheck(check: PartnerFinder_CheckFragment): HTMLElement {
  return h(
    "section",
    { class: "consortium-check", "data-testid": "consortium-check" },
    h("h4", {}, check.eligible ? t("partners.eligible") : t("partners.notEligible")),
    check.findings.length === 0
      ? null
      : h(
          "ul",
          { class: "findings" },
          check.findings.map((finding) =>
            h(
              "li",
              { class: `finding finding-${finding.severity.toLowerCase()}` },
              h("span", { class: "severity" }, t(`partners.severity.${finding.severity}`)),
              ` ${finding.message}`,
              finding.fix ? h("p", { class: "finding-fix" }, t("partners.whatToDo", { fix: finding.fix })) : null,
            ),
          ),
        ),
  );
}
