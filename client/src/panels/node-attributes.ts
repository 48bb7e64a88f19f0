import { graphql } from "../generated/gql.js";
import type { NodeAttributesQuery } from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import { h } from "../ui/dom.js";
import { describePeriod } from "./group-relationships.js";
import { formatNumber, t } from "../i18n/i18n.js";
import { cordisProjectUrl } from "./cordis-links.js";

export const NodeAttributes_actor = graphql(`
  fragment NodeAttributes_actor on Actor {
    id
    name
    nameEn
    shortName
    kind
    aliases
    country
    city
    website
    foundedYear
    rorId
    cordisId
    wikidataId
  }
`);

export const NodeAttributes_project = graphql(`
  fragment NodeAttributes_project on Project {
    id
    acronym
    title
    programme
    programmeParts
    rcn
    sourceLacks
    fundingScheme
    status
    startDate
    endDate
    ecMaxContribution
    objective
  }
`);

export const NodeAttributes_agreement = graphql(`
  fragment NodeAttributes_agreement on Agreement {
    id
    name
    kind
    validFrom
    validUntil
  }
`);

export const NodeAttributes_strategy = graphql(`
  fragment NodeAttributes_strategy on Strategy {
    id
    name
    nameEn
    kind
  }
`);

export const AttributesByIdQuery = graphql(`
  query NodeAttributes($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      ...NodeAttributes_actor
    }
    projects(where: { id: { eq: $id } }) {
      ...NodeAttributes_project
    }
    agreements(where: { id: { eq: $id } }) {
      ...NodeAttributes_agreement
    }
    strategies(where: { id: { eq: $id } }) {
      ...NodeAttributes_strategy
    }
  }
`);

/** The attributes of an actor, project, agreement or strategy, whichever the id names. */
export function renderAttributes(id: string, data: NodeAttributesQuery): HTMLElement {
  const [actor] = data.actors;
  const [project] = data.projects;
  const [agreement] = data.agreements;
  const [strategy] = data.strategies;
  if (actor) {
    return details(actor.name, legendLabel(actor.kind), [
      [t("details.englishName"), actor.nameEn],
      [t("details.shortName"), actor.shortName],
      [t("details.aliases"), actor.aliases?.join(", ")],
      [t("details.place"), [actor.city, actor.country].filter(Boolean).join(", ")],
      [t("details.founded"), actor.foundedYear],
      [
        t("details.website"),
        actor.website ? h("a", { href: actor.website, target: "_blank", rel: "noopener" }, actor.website) : null,
      ],
      [t("details.ror"), actor.rorId],
      [t("details.cordisOrganisation"), actor.cordisId],
      [t("details.wikidata"), actor.wikidataId],
    ]);
  }
  if (project) {
    return details(
      project.title
        ? project.acronym
          ? `${project.acronym}: ${project.title}`
          : project.title
        : t("details.historyProject", { rcn: project.rcn ?? project.id }),
      `${t("details.project")}${project.programme ? ` · ${project.programme}` : ""}`,
      [
        [t("details.fundingScheme"), project.fundingScheme],
        [t("details.projectStatus"), project.status],
        [t("details.runs"), describePeriod(project.startDate ?? null, project.endDate ?? null)],
        [
          t("details.contribution"),
          project.ecMaxContribution ? `€${formatNumber(Math.round(project.ecMaxContribution))}` : null,
        ],
        [t("details.programmeParts"), project.programmeParts?.join(", ")],
        [t("details.objective"), project.objective],
        [t("details.aboutSource"), project.sourceLacks?.length ? t("details.sourceLacks") : null],
        [
          t("details.cordisPage"),
          /^\d+$/.test(project.id)
            ? h(
                "a",
                { href: cordisProjectUrl(project.id), target: "_blank", rel: "noopener" },
                cordisProjectUrl(project.id),
              )
            : null,
        ],
      ],
    );
  }
  if (agreement) {
    return details(agreement.name, `${t("details.agreement")} · ${agreement.kind}`, [
      [t("details.valid"), describePeriod(agreement.validFrom ?? null, agreement.validUntil ?? null)],
    ]);
  }
  if (strategy)
    return details(strategy.name, `${t("details.strategy")} · ${strategy.kind}`, [
      [t("details.englishName"), strategy.nameEn],
    ]);
  return details(id, t("details.notFound"), [["", t("details.notFoundText")]]);
}

function details(
  title: string,
  subtitle: string,
  rows: [string, string | number | Node | null | undefined][],
): HTMLElement {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  return h(
    "div",
    {},
    h("h2", { class: "node-title", "data-testid": "node-title" }, title),
    h("p", { class: "node-subtitle" }, subtitle),
    shown.length > 0
      ? h(
          "dl",
          { class: "node-attributes" },
          shown.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value as string | Node)]),
        )
      : null,
  );
}
