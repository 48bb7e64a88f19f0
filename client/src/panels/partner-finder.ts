import type { Client } from "@urql/core";
import { describeError, fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type {
  ActionType,
  ActorKind,
  PartnerFinder_CheckFragment,
  PartnerFinder_SuggestionFragment,
} from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import { formatNumber, t } from "../i18n/i18n.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { createSearchBox } from "../search/search-box.js";
import type { Store } from "../state/store.js";
import { expand, select, showPath } from "../state/view-actions.js";
import { actorKinds, describeKind } from "../state/vocabulary.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { describeFactor, describeWarmPath, displayName } from "./describe-suggestion.js";

export const PartnerFinder_suggestion = graphql(`
  fragment PartnerFinder_suggestion on PartnerSuggestion {
    score
    actor {
      id
      name
      shortName
      kind
      country
    }
    factors {
      name
      value
      weight
      explanation
    }
    warmPath {
      ...GraphView_network
    }
  }
`);

export const PartnerFinder_check = graphql(`
  fragment PartnerFinder_check on ConsortiumCheck {
    eligible
    findings {
      code
      severity
      message
      fix
    }
  }
`);

const PartnerSuggestionsQuery = graphql(`
  query PartnerSuggestions($topic: String!, $consortium: [ID!], $countries: [String!], $kinds: [ActorKind!]) {
    partnerSuggestions(topic: $topic, consortium: $consortium, countries: $countries, kinds: $kinds, limit: 10) {
      ...PartnerFinder_suggestion
    }
  }
`);

const ConsortiumCheckQuery = graphql(`
  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType) {
    consortiumCheck(consortium: $consortium, topic: $topic, action: $action) {
      ...PartnerFinder_check
    }
  }
`);

export interface PartnerFinderOptions {
  client: Client;
  store: Store<ViewState>;
  /** Draws a suggestion's warm path (from a consortium member to the partner) in the graph. */
  showWarmPath(network: NetworkData | null): void;
}

const actionTypes: ActionType[] = ["RIA", "IA", "CSA"];

/** Two-letter country codes from free text ("de, FI nl" gives DE, FI, NL). */
export function parseCountries(text: string): string[] {
  return [...new Set(text.toUpperCase().match(/\b[A-Z]{2}\b/g) ?? [])];
}

/**
 * The partner finder: a topic, the consortium so far, and the countries and kinds wanted give
 * ranked partner suggestions, each score and factor explained in a sentence and the warm
 * introduction written out, and a check of the consortium against the action's rules.
 *
 * @remarks The open calls and a call's brief mount into the element marked `data-slot="calls"`.
 */
export function mountPartnerFinder(
  root: HTMLElement,
  { client, store, showWarmPath }: PartnerFinderOptions,
): () => void {
  const consortium = new Map<string, string>();
  const topic = h("input", {
    id: "partner-topic",
    type: "text",
    placeholder: t("partners.topicPlaceholder"),
    "data-testid": "partner-topic",
  });
  const actionHelp = h("p", { id: "partner-action-help", class: "field-help", "data-testid": "action-help" });
  const action = h(
    "select",
    { id: "partner-action", "aria-describedby": "partner-action-help" },
    actionTypes.map((value) => h("option", { value }, value)),
  );
  const describeAction = () => (actionHelp.textContent = t(`partners.actionHelp.${action.value as ActionType}`));
  action.addEventListener("change", describeAction);
  describeAction();
  const countries = h("input", {
    id: "partner-countries",
    type: "text",
    placeholder: t("partners.countriesPlaceholder"),
    "data-testid": "partner-countries",
  });
  const kindBoxes = actorKinds.map((kind) => h("input", { type: "checkbox", name: "partner-kind", value: kind }));
  const kinds = h(
    "details",
    { class: "partner-kinds" },
    h("summary", {}, t("partners.kinds")),
    h(
      "div",
      { class: "filter-options" },
      kindBoxes.map((box, index) => h("label", { class: "filter-option" }, box, ` ${describeKind(actorKinds[index])}`)),
    ),
  );
  const members = h("ul", { class: "consortium-members", "aria-label": t("partners.consortium") });
  const find = h("button", { type: "submit", "data-testid": "find-partners" }, t("partners.find"));
  const results = h("div", { class: "partner-results", "aria-live": "polite" });

  const drawMembers = () =>
    replaceChildren(
      members,
      [...consortium].map(([id, name]) =>
        h(
          "li",
          { class: "chip" },
          name,
          h(
            "button",
            { type: "button", "aria-label": t("partners.remove", { name }), onclick: () => removeMember(id) },
            "×",
          ),
        ),
      ),
    );
  const addMember = (id: string, name: string) => {
    consortium.set(id, name);
    drawMembers();
  };
  const removeMember = (id: string) => {
    consortium.delete(id);
    drawMembers();
  };

  const form = h(
    "form",
    { class: "partner-form" },
    h("label", { for: "partner-topic" }, t("partners.topic")),
    topic,
    createSearchBox({
      client,
      label: t("partners.members"),
      placeholder: t("partners.membersPlaceholder"),
      types: ["Actor"],
      clearOnChoose: true,
      onChoose: (hit) => addMember(hit.id, hit.label),
      testId: "partner-member",
    }),
    members,
    h("label", { for: "partner-action" }, t("partners.action")),
    action,
    actionHelp,
    h("label", { for: "partner-countries" }, t("partners.countries")),
    countries,
    kinds,
    h("div", { class: "panel-actions" }, find),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = topic.value.trim();
    if (!text) {
      replaceChildren(results, emptyMessage(t("partners.writeTopic")));
      topic.focus();
      return;
    }
    const wantedKinds = actorKinds.filter((_kind, index) => kindBoxes[index].checked);
    void run(text, [...consortium.keys()], action.value as ActionType, parseCountries(countries.value), wantedKinds);
  });
  const calls = h("section", { class: "calls-slot", "data-slot": "calls", "aria-label": t("partners.callsPlace") });
  root.append(form, results, calls);

  let request = 0;
  async function run(text: string, ids: string[], actionType: ActionType, codes: string[], wanted: ActorKind[]) {
    const current = ++request;
    replaceChildren(results, loadingMessage(t("partners.ranking")));
    const [suggestions, check] = await Promise.all([
      fetchQuery(client, PartnerSuggestionsQuery, {
        topic: text,
        consortium: ids,
        ...(codes.length > 0 ? { countries: codes } : {}),
        ...(wanted.length > 0 ? { kinds: wanted } : {}),
      }),
      ids.length > 0
        ? fetchQuery(client, ConsortiumCheckQuery, { consortium: ids, topic: text, action: actionType })
        : null,
    ]);
    if (current !== request) return;
    replaceChildren(
      results,
      check
        ? check.error
          ? errorMessage(t("partners.checkFailed", { reason: describeError(check.error) }))
          : check.data
            ? renderCheck(check.data.consortiumCheck)
            : null
        : null,
      suggestions.error
        ? errorMessage(t("partners.noSuggestionsError", { reason: describeError(suggestions.error) }), () => {
            void run(text, ids, actionType, codes, wanted);
          })
        : renderSuggestions(suggestions.data?.partnerSuggestions ?? [], ids),
    );
  }

  function renderSuggestions(
    suggestions: readonly PartnerFinder_SuggestionFragment[],
    ids: readonly string[],
  ): HTMLElement {
    if (suggestions.length === 0) return emptyMessage(t("partners.none"));
    return h(
      "ol",
      { class: "suggestions", "data-testid": "partner-suggestions" },
      suggestions.map((suggestion) => {
        const name = displayName(suggestion.actor);
        const warmPath = suggestion.warmPath ? describeWarmPath(suggestion.warmPath, ids) : "";
        return h(
          "li",
          { class: "suggestion" },
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
            "p",
            { class: "suggestion-score", "data-testid": "suggestion-score" },
            t("partners.scoreSentence", { percent: formatNumber(100 * suggestion.score) }),
          ),
          h(
            "ul",
            { class: "factors" },
            suggestion.factors.map((factor) => h("li", { class: "factor" }, describeFactor(factor))),
          ),
          warmPath
            ? h("p", { class: "warm-path", "data-testid": "warm-path" }, t("partners.warmPath", { sentence: warmPath }))
            : null,
          h(
            "div",
            { class: "panel-actions" },
            h(
              "button",
              { type: "button", "data-testid": "show-suggestion", onclick: () => showSuggestion(suggestion, ids) },
              suggestion.warmPath ? t("partners.showPath") : t("partners.showInGraph"),
            ),
            h("button", { type: "button", onclick: () => addMember(suggestion.actor.id, name) }, t("partners.add")),
          ),
        );
      }),
    );
  }

  /**
   * Draws the partner and, when there is one, its warm path, highlighted as the path from the
   * consortium member it starts at, which keeps it in the link.
   */
  function showSuggestion(suggestion: PartnerFinder_SuggestionFragment, ids: readonly string[]) {
    const partner = suggestion.actor.id;
    const member = suggestion.warmPath?.nodes.find((node) => ids.includes(node.id))?.id;
    store.update((state) => {
      const shown = select(partner)(expand(partner)(state));
      return member && member !== partner ? showPath(member, partner)(shown) : shown;
    });
    showWarmPath(suggestion.warmPath ?? null);
  }

  return () => {
    request++;
  };
}

function renderCheck(check: PartnerFinder_CheckFragment): HTMLElement {
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
