import { graphql } from "../generated/gql.js";
import type { NodeAttributesQuery } from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import { h } from "../ui/dom.js";
import { describePeriod } from "./group-relationships.js";

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
      ["English name", actor.nameEn],
      ["Short name", actor.shortName],
      ["Also known as", actor.aliases?.join(", ")],
      ["Place", [actor.city, actor.country].filter(Boolean).join(", ")],
      ["Founded", actor.foundedYear],
      [
        "Website",
        actor.website ? h("a", { href: actor.website, target: "_blank", rel: "noopener" }, actor.website) : null,
      ],
      ["ROR", actor.rorId],
      ["CORDIS organisation", actor.cordisId],
      ["Wikidata", actor.wikidataId],
    ]);
  }
  if (project) {
    return details(
      project.acronym ? `${project.acronym}: ${project.title}` : project.title,
      `Project${project.programme ? ` · ${project.programme}` : ""}`,
      [
        ["Funding scheme", project.fundingScheme],
        ["Status", project.status],
        ["Runs", describePeriod(project.startDate ?? null, project.endDate ?? null)],
        [
          "EU contribution",
          project.ecMaxContribution ? `€${Math.round(project.ecMaxContribution).toLocaleString("en")}` : null,
        ],
        ["Objective", project.objective],
      ],
    );
  }
  if (agreement) {
    return details(agreement.name, `Agreement · ${agreement.kind}`, [
      ["Valid", describePeriod(agreement.validFrom ?? null, agreement.validUntil ?? null)],
    ]);
  }
  if (strategy) return details(strategy.name, `Strategy · ${strategy.kind}`, [["English name", strategy.nameEn]]);
  return details(id, "Not found", [["", "The graph has no actor, project, agreement or strategy with this id."]]);
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
