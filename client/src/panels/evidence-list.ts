import { graphql } from "../generated/gql.js";
import type { EvidenceList_EvidenceFragment } from "../generated/graphql.js";
import { h } from "../ui/dom.js";
import { t } from "../i18n/i18n.js";

export const EvidenceList_evidence = graphql(`
  fragment EvidenceList_evidence on Evidence {
    source {
      id
      title
      issuer
      date
      reference
      url
    }
    locator
    quote
  }
`);

/** The provenance of a relationship: the quoted words, the document they come from, and where in it. */
export function renderEvidenceList(evidence: readonly EvidenceList_EvidenceFragment[]): HTMLElement {
  if (evidence.length === 0) return h("p", { class: "evidence-none" }, t("evidence.none"));
  return h(
    "ul",
    { class: "evidence-list" },
    evidence.map((item) =>
      h(
        "li",
        { class: "evidence" },
        item.quote
          ? h("blockquote", { class: "evidence-quote", "data-testid": "evidence-quote" }, `“${item.quote}”`)
          : null,
        h(
          "p",
          { class: "evidence-source" },
          item.source.url
            ? h("a", { href: item.source.url, target: "_blank", rel: "noopener" }, h("cite", {}, item.source.title))
            : h("cite", {}, item.source.title),
          describeSource(item.source),
          item.locator ? h("span", { class: "evidence-locator" }, ` — ${item.locator}`) : null,
        ),
      ),
    ),
  );
}

function describeSource(source: EvidenceList_EvidenceFragment["source"]): string {
  const details = [source.issuer, source.date, source.reference].filter(Boolean);
  return details.length > 0 ? ` (${details.join(", ")})` : "";
}
