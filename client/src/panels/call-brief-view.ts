import type { CallBriefQuery } from "../generated/graphql.js";
import { briefFileName, daysBetween, describeDaysLeft } from "../calls/describe-call.js";
import { briefToCsv, briefToMarkdown } from "../calls/export-brief.js";
import type { Proposal } from "../calls/swap-partner.js";
import { formatEuro, t } from "../i18n/i18n.js";
import { download, h } from "../ui/dom.js";
import { renderCheck, renderSuggestions, type SuggestionActions } from "./suggestion-list.js";

/** A brief as the explorer's query answers it. */
export type CallBriefAnswer = CallBriefQuery["callBrief"];

export interface BriefOptions {
  /** The consortium's actor ids, in the order they were added. */
  members: readonly string[];
  /** The link to this brief and today's date, written into the Markdown export. */
  link: string;
  today: string;
  suggestionActions: SuggestionActions;
  /** The proposed consortium as shown (after any swap), which the exports carry; null while there is none. */
  proposal?: () => Proposal | null;
}

const fact = (term: string, ...description: (Node | string)[]) => [h("dt", {}, term), h("dd", {}, ...description)];

/** The call's facts as a list of terms, with its page on the portal and when the portal listed it. */
export function renderCallFacts(call: CallBriefAnswer["call"], today: string): HTMLElement {
  const contribution =
    call.minContribution || call.maxContribution
      ? t("calls.contributionRange", {
          min: call.minContribution ? formatEuro(call.minContribution) : "–",
          max: call.maxContribution ? formatEuro(call.maxContribution) : "–",
        })
      : null;
  return h(
    "section",
    { class: "call-facts", "data-testid": "call-facts" },
    h(
      "dl",
      {},
      fact(t("calls.code"), call.id),
      call.callId ? fact(t("calls.call"), call.callId) : [],
      call.destination ? fact(t("calls.destination"), call.destination) : [],
      fact(
        t("calls.actionType"),
        call.actionType ? t(`partners.actionHelp.${call.actionType}`) : t("calls.otherAction"),
      ),
      call.openingDate ? fact(t("calls.opens"), call.openingDate) : [],
      call.deadline
        ? fact(t("calls.deadlineTerm"), `${call.deadline} · ${describeDaysLeft(daysBetween(today, call.deadline))}`)
        : [],
      call.budget ? fact(t("calls.budgetTerm"), formatEuro(call.budget)) : [],
      call.expectedGrants ? fact(t("calls.grants"), String(call.expectedGrants)) : [],
      contribution ? fact(t("calls.contribution"), contribution) : [],
    ),
    call.url
      ? h(
          "p",
          {},
          h(
            "a",
            { href: call.url, target: "_blank", rel: "noopener noreferrer", "data-testid": "call-portal-link" },
            t("calls.portal"),
          ),
        )
      : null,
    call.lastSeen
      ? h("p", { class: "call-last-seen" }, t("calls.lastSeen", { date: call.lastSeen.slice(0, 10) }))
      : null,
  );
}

/** The check of the consortium, whose answer names the members it was made for. */
export function renderBriefCheck(brief: CallBriefAnswer): HTMLElement {
  return h(
    "section",
    {
      class: "brief-check",
      "aria-label": t("calls.check"),
      "data-testid": "brief-check",
      "data-consortium": brief.consortium.map((member) => member.id).join(","),
    },
    renderCheck(brief.check),
  );
}

/** Suggested partners, the exports and the sources of a brief. */
export function renderBriefPartners(brief: CallBriefAnswer, options: BriefOptions): HTMLElement[] {
  const { call } = brief;
  return [
    h(
      "section",
      { class: "brief-suggestions", "data-testid": "brief-suggestions" },
      h("h4", {}, t("calls.suggestions")),
      renderSuggestions(brief.suggestions, options.members, options.suggestionActions),
    ),
    h(
      "div",
      { class: "panel-actions", role: "group", "aria-label": t("calls.exportLabel") },
      h(
        "button",
        {
          type: "button",
          "data-testid": "export-brief-markdown",
          onclick: () =>
            download(
              briefFileName(call.id, options.today, "md"),
              briefToMarkdown(brief, {
                link: options.link,
                date: options.today,
                proposal: options.proposal?.() ?? null,
              }),
              "text/markdown",
            ),
        },
        t("calls.markdown"),
      ),
      h(
        "button",
        {
          type: "button",
          "data-testid": "export-brief-csv",
          onclick: () =>
            download(
              briefFileName(call.id, options.today, "csv"),
              briefToCsv(brief, options.proposal?.() ?? null),
              "text/csv",
            ),
        },
        t("calls.csv"),
      ),
    ),
    h("p", { class: "brief-sources" }, t("calls.sources")),
  ];
}
