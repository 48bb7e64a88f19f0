import type { Client } from "@urql/core";
import { describeError, watchQuery } from "../api/run-query.js";
import { CallBriefQuery } from "../calls/call-brief-query.js";
import { describeBudget, describeDeadline, describeFit } from "../calls/describe-call.js";
import { graphql } from "../generated/gql.js";
import type { CallsPanel_OpenCallFragment } from "../generated/graphql.js";
import type { NetworkData } from "../graph/explorer-graph.js";
import { apiLanguage, t } from "../i18n/i18n.js";
import type { Proposal } from "../calls/swap-partner.js";
import { mountProposal } from "./proposal-view.js";
import { createSearchBox } from "../search/search-box.js";
import type { Store } from "../state/store.js";
import { addToConsortium, closeCall, openCall, removeFromConsortium } from "../state/view-actions.js";
import type { CallBriefView, ViewState } from "../state/view-state.js";
import { h, replaceChildren } from "../ui/dom.js";
import { emptyMessage, errorMessage, loadingMessage } from "../ui/status.js";
import { renderBriefCheck, renderBriefPartners, renderCallFacts, type CallBriefAnswer } from "./call-brief-view.js";
import { displayName } from "./describe-suggestion.js";
import { showSuggestion } from "./suggestion-list.js";

export const CallsPanel_openCall = graphql(`
  fragment CallsPanel_openCall on OpenCall {
    call {
      id
      title
      deadline
      budget
      actionType
    }
    score
    daysLeft
    note
    factors {
      name
      value
      weight
      explanation
    }
  }
`);

const OpenCallsQuery = graphql(`
  query OpenCalls($actor: ID!, $lang: Language) {
    actors(where: { id: { eq: $actor } }) {
      id
      name
      shortName
    }
    openCalls(actor: $actor, limit: 20, lang: $lang) {
      ...CallsPanel_openCall
    }
  }
`);

export interface CallsPanelOptions {
  client: Client;
  store: Store<ViewState>;
  /** Draws a suggested partner's warm path in the graph. */
  showWarmPath(network: NetworkData | null): void;
}

/**
 * The Horizon Europe calls open to the selected actor, best fit first, and the brief of the call
 * that is open in the link: its facts, the consortium's check, and partners to add to it.
 *
 * @remarks Inside a folded `<details>` it asks the API nothing until it is opened: ranking calls
 * and briefing one are expensive queries.
 */
export function mountCallsPanel(root: HTMLElement, { client, store, showWarmPath }: CallsPanelOptions): () => void {
  const fold = root.closest("details");
  const names = new Map<string, string>();
  let lastBrief: CallBriefAnswer | null = null;
  let stopQuery = () => {};
  let shown: string | null = null;
  /** Where the keyboard's focus goes once the next view is drawn: a call's button, or the brief. */
  let focusNext: string | null = null;

  function render(state: ViewState) {
    if (fold && !fold.open) return;
    const key = state.brief
      ? `brief ${state.brief.call} ${state.brief.consortium.join(",")}`
      : `list ${state.selected}`;
    if (key === shown) return;
    shown = key;
    stopQuery();
    stopQuery = state.brief ? showBrief(state.brief) : showCalls(state.selected);
  }

  function rerender() {
    shown = null;
    render(store.get());
  }

  function showCalls(actor: string | null): () => void {
    if (!actor) {
      replaceChildren(root, emptyMessage(t("calls.empty")));
      return () => {};
    }
    replaceChildren(root, loadingMessage(t("calls.loading")));
    return watchQuery(client, OpenCallsQuery, { actor, lang: apiLanguage() }, (result) => {
      if (result.error) {
        // A selected project or agreement is not an actor: say what the panel lists rather than fail.
        const notAnActor = result.error.graphQLErrors.some((error) => error.extensions?.code === "NOT_FOUND");
        replaceChildren(
          root,
          notAnActor
            ? emptyMessage(t("calls.empty"))
            : errorMessage(t("calls.failed", { reason: describeError(result.error) }), rerender),
        );
        return;
      }
      if (!result.data) return;
      const calls = result.data.openCalls;
      const [actorRecord] = result.data.actors;
      if (actorRecord) names.set(actorRecord.id, actorRecord.name);
      replaceChildren(
        root,
        calls.length === 0
          ? emptyMessage(t("calls.none"))
          : [
              h(
                "h3",
                { class: "calls-heading" },
                t("calls.heading", { count: calls.length, name: actorRecord ? displayName(actorRecord) : actor }),
              ),
              // An actor with no EU project of its own: why these calls are listed at all.
              calls[0].note ? h("p", { class: "calls-note", "data-testid": "calls-note" }, calls[0].note) : null,
              h("ol", { class: "call-list", "data-testid": "open-calls" }, calls.map(renderCallRow)),
            ],
      );
      if (focusNext) root.querySelector<HTMLElement>(`[data-call="${CSS.escape(focusNext)}"]`)?.focus();
      focusNext = null;
    });
  }

  function renderCallRow(entry: CallsPanel_OpenCallFragment): HTMLElement {
    const { call } = entry;
    const open = () => {
      focusNext = "brief";
      store.update(openCall(call.id));
    };
    return h(
      "li",
      { class: "call-row", "data-testid": "open-call" },
      h(
        "h4",
        { class: "call-title" },
        h("button", { type: "button", class: "link-button", "data-call": call.id, onclick: open }, call.title),
      ),
      h("p", { class: "call-code" }, [call.id, call.actionType].filter(Boolean).join(" · ")),
      h(
        "p",
        { class: "call-deadline", "data-testid": "call-days-left", "data-days-left": entry.daysLeft },
        describeDeadline(call.deadline, entry.daysLeft),
        " · ",
        describeBudget(call.budget),
      ),
      h("p", { class: "call-fit" }, describeFit(entry.score, entry.factors)),
    );
  }

  function showBrief(brief: CallBriefView): () => void {
    const back = h(
      "button",
      {
        type: "button",
        class: "link-button",
        "data-testid": "close-brief",
        onclick: () => {
          focusNext = brief.call;
          store.update(closeCall);
        },
      },
      t("calls.back"),
    );
    // While a changed consortium is checked again, the call's last brief stays in view, marked busy.
    const previous = lastBrief?.call.id === brief.call ? lastBrief : null;
    const title = h("h3", { class: "brief-title", tabindex: "-1" }, previous?.call.title ?? brief.call);
    const body = h("div", { class: "brief-body" });
    const keepFocus = root.contains(document.activeElement) && document.activeElement !== document.body;
    replaceChildren(root, h("div", { class: "call-brief", "data-testid": "call-brief" }, back, title, body));
    if (focusNext === "brief") {
      // The brief starts where the list was: bring its start into view with the focus on its title.
      title.focus({ preventScroll: true });
      (fold ?? root).scrollIntoView({ block: "start" });
    } else if (keepFocus) title.focus();
    focusNext = null;

    if (brief.consortium.length === 0) {
      replaceChildren(body, renderConsortium(brief), emptyMessage(t("calls.noConsortium")));
      return () => {};
    }
    const loading = loadingMessage(t("calls.briefLoading"));
    body.setAttribute("aria-busy", "true");
    // The proposal is asked once per brief, after the brief has answered (a server on two cores
    // answers one expensive request at a time), and kept across the brief's answers, so that swaps stay.
    const proposalRoot = h("section", { class: "brief-proposal", "data-testid": "brief-proposal" });
    let proposal: Proposal | null = null;
    let stopProposal: (() => void) | null = null;
    const proposeOnce = () =>
      (stopProposal ??= mountProposal(proposalRoot, {
        client,
        call: brief.call,
        consortium: brief.consortium,
        lang: apiLanguage(),
        onChange: (next) => (proposal = next),
      }));
    if (previous)
      replaceChildren(
        body,
        loading,
        renderBrief(previous, brief, proposalRoot, () => proposal),
      );
    // Members are shown by name: a link's ids are named once the brief answers.
    else replaceChildren(body, brief.consortium.every((id) => names.has(id)) ? renderConsortium(brief) : null, loading);
    const stopBrief = watchQuery(
      client,
      CallBriefQuery,
      { call: brief.call, consortium: brief.consortium, lang: apiLanguage() },
      (result) => {
        body.removeAttribute("aria-busy");
        if (result.error) {
          replaceChildren(
            body,
            renderConsortium(brief),
            errorMessage(t("calls.briefFailed", { reason: describeError(result.error) }), rerender),
          );
          return;
        }
        if (!result.data) return;
        const answer = result.data.callBrief;
        lastBrief = answer;
        for (const member of answer.consortium) names.set(member.id, member.name);
        title.textContent = answer.call.title;
        replaceChildren(
          body,
          renderBrief(answer, brief, proposalRoot, () => proposal),
        );
        proposeOnce();
      },
    );
    return () => {
      stopBrief();
      stopProposal?.();
    };
  }

  function renderBrief(
    answer: CallBriefAnswer,
    brief: CallBriefView,
    proposalRoot: HTMLElement,
    proposal: () => Proposal | null,
  ): HTMLElement[] {
    const today = new Date().toISOString().slice(0, 10);
    return [
      renderCallFacts(answer.call, today),
      renderConsortium(brief),
      renderBriefCheck(answer),
      proposalRoot,
      ...renderBriefPartners(answer, {
        members: brief.consortium,
        link: window.location.href,
        today,
        proposal,
        suggestionActions: {
          show: (suggestion) => showSuggestion(store, showWarmPath, suggestion, brief.consortium),
          add: (suggestion) => addMember(suggestion.actor.id, displayName(suggestion.actor)),
        },
      }),
    ];
  }

  function addMember(id: string, name: string) {
    names.set(id, name);
    store.update(addToConsortium(id));
  }

  function renderConsortium(brief: CallBriefView): HTMLElement {
    const only = brief.consortium.length === 1;
    return h(
      "section",
      { class: "brief-consortium" },
      h("h4", {}, t("calls.consortium", { count: brief.consortium.length })),
      h(
        "ul",
        { class: "consortium-members", "aria-label": t("partners.consortium"), "data-testid": "brief-consortium" },
        brief.consortium.map((id) => {
          const name = names.get(id) ?? id;
          return h(
            "li",
            { class: "chip", "data-id": id },
            name,
            only
              ? null
              : h(
                  "button",
                  {
                    type: "button",
                    "aria-label": t("partners.remove", { name }),
                    onclick: () => store.update(removeFromConsortium(id)),
                  },
                  "×",
                ),
          );
        }),
      ),
      createSearchBox({
        client,
        label: t("partners.members"),
        placeholder: t("partners.membersPlaceholder"),
        types: ["Actor"],
        clearOnChoose: true,
        onChoose: (hit) => addMember(hit.id, hit.label),
        testId: "brief-member",
      }),
    );
  }

  const onToggle = () => render(store.get());
  fold?.addEventListener("toggle", onToggle);
  render(store.get());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    fold?.removeEventListener("toggle", onToggle);
    stopQuery();
  };
}
