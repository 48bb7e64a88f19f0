import type { Client } from "@urql/core";
import { describeError, fetchQuery, watchQuery } from "../api/run-query.js";
import { CheckProposalQuery, ProposeConsortiumQuery } from "../calls/proposal-query.js";
import { proposalIds, swapPartner, type Proposal } from "../calls/swap-partner.js";
import type { Language } from "../generated/graphql.js";
import { t } from "../i18n/i18n.js";
import { h, replaceChildren } from "../ui/dom.js";
import { errorMessage, loadingMessage } from "../ui/status.js";
import { renderCheck } from "./suggestion-list.js";

export interface ProposalDeps {
  client: Client;
  call: string;
  consortium: readonly string[];
  lang: Language;
  /** Called with the proposal as shown, after each answer and each swap (the exports read it). */
  onChange(proposal: Proposal | null): void;
}

const place = (actor: { name: string; country: string | null }) =>
  actor.country ? `${actor.name} (${actor.country})` : actor.name;

/**
 * The proposed consortium of a call brief: each place with its need, why that partner and its
 * alternatives; swapping a partner for an alternative checks the consortium again.
 */
export function mountProposal(root: HTMLElement, deps: ProposalDeps): () => void {
  let proposal: Proposal | null = null;
  let checking = false;
  let stopped = false;

  function swap(index: number, alternative: string) {
    if (!proposal) return;
    const swapped = swapPartner(proposal, index, alternative);
    proposal = swapped;
    checking = true;
    deps.onChange(proposal);
    render();
    void fetchQuery(deps.client, CheckProposalQuery, {
      consortium: proposalIds(swapped),
      topic: deps.call,
      lang: deps.lang,
    }).then((result) => {
      if (stopped || proposal !== swapped) return;
      checking = false;
      if (result.data) proposal = { ...swapped, check: result.data.consortiumCheck };
      deps.onChange(proposal);
      render();
    });
  }

  function render() {
    if (!proposal) return;
    const current = proposal;
    replaceChildren(
      root,
      h("h4", {}, t("calls.proposal")),
      h("p", { class: "proposal-size" }, current.sizeReason),
      h(
        "ol",
        { class: "proposal-places", "data-testid": "proposal-places" },
        current.partners.map((partner, index) =>
          h(
            "li",
            { class: "proposal-place", "data-id": partner.actor.id, "data-need": partner.needCode },
            h("strong", {}, place(partner.actor)),
            h("p", { class: "proposal-need" }, partner.need),
            partner.reasons.length === 0
              ? null
              : h(
                  "ul",
                  { class: "proposal-reasons" },
                  partner.reasons.map((reason) => h("li", {}, reason)),
                ),
            partner.alternatives.length === 0
              ? null
              : h(
                  "p",
                  { class: "proposal-alternatives" },
                  t("calls.alternatives"),
                  " ",
                  partner.alternatives.map((alternative) =>
                    h(
                      "button",
                      {
                        type: "button",
                        class: "link-button",
                        "data-testid": "swap-partner",
                        "data-id": alternative.id,
                        "aria-label": t("calls.swap", { name: alternative.name, partner: partner.actor.name }),
                        onclick: () => swap(index, alternative.id),
                      },
                      place(alternative),
                    ),
                  ),
                ),
          ),
        ),
      ),
      current.unmetNeeds.length === 0
        ? null
        : h(
            "section",
            { class: "proposal-unmet", "data-testid": "proposal-unmet" },
            h("h5", {}, t("calls.unmetNeeds")),
            h(
              "ul",
              {},
              current.unmetNeeds.map((need) => h("li", {}, need)),
            ),
          ),
      h(
        "div",
        {
          class: "proposal-check",
          "data-testid": "proposal-check",
          "aria-busy": checking ? "true" : "false",
          "data-consortium": proposalIds(current).join(","),
        },
        checking ? loadingMessage(t("calls.proposalChecking")) : renderCheck(current.check),
      ),
    );
  }

  replaceChildren(root, h("h4", {}, t("calls.proposal")), loadingMessage(t("calls.proposalLoading")));
  const stop = watchQuery(
    deps.client,
    ProposeConsortiumQuery,
    { call: deps.call, consortium: [...deps.consortium], lang: deps.lang },
    (result) => {
      if (result.error) {
        replaceChildren(
          root,
          h("h4", {}, t("calls.proposal")),
          errorMessage(t("calls.proposalFailed", { reason: describeError(result.error) })),
        );
        deps.onChange(null);
        return;
      }
      if (!result.data) return;
      proposal = result.data.proposeConsortium;
      deps.onChange(proposal);
      render();
    },
  );
  return () => {
    stopped = true;
    stop();
  };
}
