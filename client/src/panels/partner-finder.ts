import type { Client } from "@urql/core";
import { describeError, fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type { ActionType, ActorKind } from "../generated/graphql.js";
import { apiLanguage, t } from "../i18n/i18n.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { createSearchBox } from "../search/search-box.js";
import type { Store } from "../state/store.js";
import { actorKinds, describeKind } from "../state/vocabulary.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { displayName } from "./describe-suggestion.js";
import { renderCheck, renderSuggestions, showSuggestion } from "./suggestion-list.js";

export const PartnerFinder_suggestion = graphql(`
  fragment PartnerFinder_suggestion on PartnerSuggestion {
    score
    reasons
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
      contribution
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
  query PartnerSuggestions(
    $topic: String!
    $consortium: [ID!]
    $countries: [String!]
    $kinds: [ActorKind!]
    $lang: Language
  ) {
    partnerSuggestions(
      topic: $topic
      consortium: $consortium
      countries: $countries
      kinds: $kinds
      limit: 10
      lang: $lang
    ) {
      ...PartnerFinder_suggestion
    }
  }
`);

const ConsortiumCheckQuery = graphql(`
  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {
    consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {
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

/** What was last asked, the form as it was sent: kept per store, so the finder mounted again asks it again. */
interface PartnerRequest {
  topic: string;
  members: [string, string][];
  action: ActionType;
  countries: string;
  kinds: ActorKind[];
}
const lastRequests = new WeakMap<Store<ViewState>, PartnerRequest>();

/** Two-letter country codes from free text ("de, FI nl" gives DE, FI, NL). */
export function parseCountries(text: string): string[] {
  return [...new Set(text.toUpperCase().match(/\b[A-Z]{2}\b/g) ?? [])];
}

/**
 * The partner finder: a topic, the consortium so far, and the countries and kinds wanted give
 * ranked partner suggestions, each score and factor explained in a sentence and the warm
 * introduction written out, and a check of the consortium against the action's rules.
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
    lastRequests.set(store, {
      topic: text,
      members: [...consortium],
      action: action.value as ActionType,
      countries: countries.value,
      kinds: wantedKinds,
    });
    void run(text, [...consortium.keys()], action.value as ActionType, parseCountries(countries.value), wantedKinds);
  });
  root.append(form, results);

  let request = 0;
  async function run(text: string, ids: string[], actionType: ActionType, codes: string[], wanted: ActorKind[]) {
    const current = ++request;
    const lang = apiLanguage();
    replaceChildren(results, loadingMessage(t("partners.ranking")));
    const [suggestions, check] = await Promise.all([
      fetchQuery(client, PartnerSuggestionsQuery, {
        topic: text,
        consortium: ids,
        ...(codes.length > 0 ? { countries: codes } : {}),
        ...(wanted.length > 0 ? { kinds: wanted } : {}),
        lang,
      }),
      ids.length > 0
        ? fetchQuery(client, ConsortiumCheckQuery, { consortium: ids, topic: text, action: actionType, lang })
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
        : renderSuggestions(suggestions.data?.partnerSuggestions ?? [], ids, {
            show: (suggestion) => showSuggestion(store, showWarmPath, suggestion, ids),
            add: (suggestion) => addMember(suggestion.actor.id, displayName(suggestion.actor)),
          }),
    );
  }

  // Mounted again (the language changed): the last request is asked again, in the new language.
  const last = lastRequests.get(store);
  if (last) {
    topic.value = last.topic;
    for (const [id, name] of last.members) addMember(id, name);
    action.value = last.action;
    describeAction();
    countries.value = last.countries;
    kindBoxes.forEach((box, index) => (box.checked = last.kinds.includes(actorKinds[index])));
    void run(last.topic, [...consortium.keys()], last.action, parseCountries(last.countries), last.kinds);
  }

  return () => {
    request++;
  };
}
