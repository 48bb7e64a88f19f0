import type { Client } from "@urql/core";
import { describeError, fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type {
  ActionType,
  PartnerFinder_CheckFragment,
  PartnerFinder_SuggestionFragment,
} from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { createSearchBox } from "../search/search-box.js";
import type { Store } from "../state/store.js";
import { expand, select } from "../state/view-actions.js";
import type { ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";

export const PartnerFinder_suggestion = graphql(`
  fragment PartnerFinder_suggestion on PartnerSuggestion {
    score
    actor {
      id
      name
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
  query PartnerSuggestions($topic: String!, $consortium: [ID!]) {
    partnerSuggestions(topic: $topic, consortium: $consortium, limit: 10) {
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

/**
 * The partner finder: a topic and the consortium so far give ranked partner suggestions, each with
 * the factors of its score, and a check of the consortium against the action's rules.
 */
export function mountPartnerFinder(root: HTMLElement, { client, store, showWarmPath }: PartnerFinderOptions): void {
  const consortium = new Map<string, string>();
  const topic = h("input", {
    id: "partner-topic",
    type: "text",
    placeholder: "e.g. urban mobility, circular construction",
    "data-testid": "partner-topic",
  });
  const action = h(
    "select",
    { id: "partner-action" },
    ["RIA", "IA", "CSA"].map((value) => h("option", { value }, value)),
  );
  const members = h("ul", { class: "consortium-members", "aria-label": "Consortium" });
  const find = h("button", { type: "submit", "data-testid": "find-partners" }, "Find partners");
  const results = h("div", { class: "partner-results", "aria-live": "polite" });

  const drawMembers = () =>
    replaceChildren(
      members,
      [...consortium].map(([id, name]) =>
        h(
          "li",
          { class: "chip" },
          name,
          h("button", { type: "button", "aria-label": `Remove ${name}`, onclick: () => removeMember(id) }, "×"),
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
    h("label", { for: "partner-topic" }, "Topic"),
    topic,
    createSearchBox({
      client,
      label: "Consortium members",
      placeholder: "add an organisation",
      types: ["Actor"],
      clearOnChoose: true,
      onChoose: (hit) => addMember(hit.id, hit.label),
      testId: "partner-member",
    }),
    members,
    h("label", { for: "partner-action" }, "Type of action"),
    action,
    h("div", { class: "panel-actions" }, find),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = topic.value.trim();
    if (!text) {
      replaceChildren(results, emptyMessage("Write a topic first: what the project is about."));
      topic.focus();
      return;
    }
    void run(text, [...consortium.keys()], action.value as ActionType);
  });
  root.append(form, results);

  let request = 0;
  async function run(text: string, ids: string[], actionType: ActionType) {
    const current = ++request;
    replaceChildren(results, loadingMessage("Ranking partners…"));
    const [suggestions, check] = await Promise.all([
      fetchQuery(client, PartnerSuggestionsQuery, { topic: text, consortium: ids }),
      ids.length > 0
        ? fetchQuery(client, ConsortiumCheckQuery, { consortium: ids, topic: text, action: actionType })
        : null,
    ]);
    if (current !== request) return;
    replaceChildren(
      results,
      check
        ? check.error
          ? errorMessage(`The consortium could not be checked: ${describeError(check.error)}.`)
          : check.data
            ? renderCheck(check.data.consortiumCheck)
            : null
        : null,
      suggestions.error
        ? errorMessage(`No suggestions: ${describeError(suggestions.error)}.`, () => void run(text, ids, actionType))
        : renderSuggestions(suggestions.data?.partnerSuggestions ?? []),
    );
  }

  function renderSuggestions(suggestions: readonly PartnerFinder_SuggestionFragment[]): HTMLElement {
    if (suggestions.length === 0)
      return emptyMessage("No partners found for this topic. Try broader words, or fewer of them.");
    return h(
      "ol",
      { class: "suggestions", "data-testid": "partner-suggestions" },
      suggestions.map((suggestion) =>
        h(
          "li",
          { class: "suggestion" },
          h(
            "h4",
            {},
            suggestion.actor.name,
            " ",
            h("span", { class: "suggestion-score" }, `score ${suggestion.score.toFixed(2)}`),
          ),
          h(
            "p",
            { class: "suggestion-kind" },
            [legendLabel(suggestion.actor.kind), suggestion.actor.country].filter(Boolean).join(" · "),
          ),
          h(
            "table",
            { class: "factors" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "Factor"),
                h("th", { scope: "col", class: "numeric" }, "Value"),
                h("th", { scope: "col", class: "numeric" }, "Weight"),
                h("th", { scope: "col" }, "Why"),
              ),
            ),
            h(
              "tbody",
              {},
              suggestion.factors.map((factor) =>
                h(
                  "tr",
                  {},
                  h("th", { scope: "row" }, factor.name),
                  h("td", { class: "numeric" }, factor.value.toFixed(2)),
                  h("td", { class: "numeric" }, factor.weight.toFixed(2)),
                  h("td", {}, factor.explanation),
                ),
              ),
            ),
          ),
          h(
            "div",
            { class: "panel-actions" },
            h(
              "button",
              { type: "button", "data-testid": "show-suggestion", onclick: () => showSuggestion(suggestion) },
              "Show in graph",
            ),
            h(
              "button",
              { type: "button", onclick: () => addMember(suggestion.actor.id, suggestion.actor.name) },
              "Add to consortium",
            ),
          ),
        ),
      ),
    );
  }

  function showSuggestion(suggestion: PartnerFinder_SuggestionFragment) {
    store.update((state) => select(suggestion.actor.id)(expand(suggestion.actor.id)(state)));
    showWarmPath(suggestion.warmPath ?? null);
  }
}

function renderCheck(check: PartnerFinder_CheckFragment): HTMLElement {
  return h(
    "section",
    { class: "consortium-check", "data-testid": "consortium-check" },
    h("h4", {}, check.eligible ? "✔ The consortium meets the rules" : "✖ The consortium does not meet the rules yet"),
    check.findings.length === 0
      ? null
      : h(
          "ul",
          { class: "findings" },
          check.findings.map((finding) =>
            h(
              "li",
              { class: `finding finding-${finding.severity.toLowerCase()}` },
              h("span", { class: "severity" }, finding.severity),
              ` ${finding.message}`,
              finding.fix ? h("p", { class: "finding-fix" }, `What to do: ${finding.fix}`) : null,
            ),
          ),
        ),
  );
}
