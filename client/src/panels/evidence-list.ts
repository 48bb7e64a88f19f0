import { graphql } from "../generated/gql.js";
import type { EvidenceList_EvidenceFragment } from "../generated/graphql.js";
import { t } from "../i18n/i18n.js";
import { h } from "../ui/dom.js";
import { cordisProjectUrl, isCordisSource } from "./cordis-links.js";

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

/** The project a CORDIS relationship is about, so its evidence can name it and link its CORDIS page. */
export interface EvidenceProject {
  id: string;
  label: string;
}

/**
 * The provenance of a relationship: the quoted words, the document they come from, and where in
 * it. A CORDIS record names its project and links the project's CORDIS page, with the register
 * named in its tooltip; the export's file and line are for the data's maintainers, not shown.
 */
export function renderEvidenceList(
  evidence: readonly EvidenceList_EvidenceFragment[],
  project?: EvidenceProject | null,
): HTMLElement {
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
        project && isCordisSource(item.source) && /^\d+$/.test(project.id)
          ? renderCordisEvidence(item, project)
          : h(
              "p",
              { class: "evidence-source" },
              item.source.url
                ? h("a", { href: item.source.url, target: "_blank", rel: "noopener" }, h("cite", {}, item.source.title))
                : h("cite", {}, item.source.title),
              describeSource(item.source),
              readableLocator(item) ? h("span", { class: "evidence-locator" }, ` — ${item.locator}`) : null,
            ),
      ),
    ),
  );
}

function renderCordisEvidence(item: EvidenceList_EvidenceFragment, project: EvidenceProject): HTMLElement {
  return h(
    "p",
    {
      class: "evidence-source evidence-cordis",
      title: `${t("evidence.source")}: ${[item.source.title, item.source.issuer].filter(Boolean).join(", ")}`,
    },
    h(
      "a",
      { href: cordisProjectUrl(project.id), target: "_blank", rel: "noopener", "data-testid": "cordis-link" },
      t("evidence.cordisProject", { name: project.label }),
    ),
  );
}

function describeSource(source: EvidenceList_EvidenceFragment["source"]): string {
  const details = [source.issuer, source.date, source.reference].filter(Boolean);
  return details.length > 0 ? ` (${details.join(", ")})` : "";
}

/** A place in a document ("stycke 12, rad 350–352"); a row of a data file (`x.csv.gz:11394`) says nothing to a reader. */
function readableLocator(item: EvidenceList_EvidenceFragment): boolean {
  return (
    Boolean(item.locator) && !isCordisSource(item.source) && !/\.(csv|json|xml)(\.gz)?:\d+$/i.test(item.locator ?? "")
  );
}
