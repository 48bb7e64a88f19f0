import type { Client } from "@urql/core";
import { fetchQuery } from "../api/run-query.js";
import { graphql } from "../generated/gql.js";
import type { SharedThing } from "../graph/explorer-graph.js";
import { t } from "../i18n/i18n.js";
import { h, replaceChildren } from "../ui/dom.js";
import { cordisProjectUrl, isCordisSource } from "./cordis-links.js";
import { renderEvidenceList } from "./evidence-list.js";
import { describeStatement, describeYears, groupSharedThings, type SharedGroup } from "./shared-evidence.js";

const SharedProjectsQuery = graphql(`
  query SharedProjects($ids: [ID!]!) {
    projects(where: { id: { in: $ids } }, limit: 500) {
      id
      acronym
      title
      startDate
      endDate
    }
  }
`);

type ProjectDetails = {
  acronym?: string | null;
  title?: string | null;
  startDate?: string | null;
  endDate?: string | null;
};

/**
 * What two organisations share, as the tie panel lists it, by kind: each project with its title, years and CORDIS page, each agreement and body
 * with its quotes, each statement as a sentence; every quote once.
 *
 * @param names - the two organisations, the one whose partners are drawn first
 */
export function renderSharedThings(
  shared: readonly SharedThing[],
  names: { centre: string; partner: string },
  options: { client: Client; open(id: string): void },
): HTMLElement {
  const groups = groupSharedThings(shared);
  const list = h(
    "div",
    { class: "shared-things", "data-testid": "shared-things" },
    groups.map((group) => renderGroup(group, names, options.open)),
  );
  const projects = groups.find((group) => group.kind === "Project")?.things.map((thing) => thing.id) ?? [];
  if (projects.length > 0) void describeProjects(list, projects, options.client);
  return list;
}

function renderGroup(group: SharedGroup, names: { centre: string; partner: string }, open: (id: string) => void) {
  return h(
    "section",
    { class: "shared-group", "data-kind": group.kind },
    h("h4", { class: "shared-group-heading" }, t(`edge.groupHeading.${group.kind}`, { count: group.things.length })),
    h(
      "ul",
      { class: "shared-group-list" },
      group.things.map((thing) =>
        h(
          "li",
          { class: "shared-thing", "data-id": thing.id },
          group.kind === "statement"
            ? h("p", { class: "shared-thing-title" }, describeStatement(thing, names.centre, names.partner))
            : h(
                "p",
                { class: "shared-thing-title" },
                h(
                  "button",
                  { type: "button", class: "link-button", onclick: () => open(thing.id) },
                  sharedLabel(thing),
                ),
                group.kind === "Project" ? h("span", { class: "shared-project-details" }) : null,
              ),
          group.kind === "Project" && /^\d+$/.test(thing.id)
            ? h(
                "p",
                { class: "evidence-source evidence-cordis" },
                h(
                  "a",
                  {
                    href: cordisProjectUrl(thing.id),
                    target: "_blank",
                    rel: "noopener",
                    title: t("evidence.cordisProject", { name: thing.label }),
                    "data-testid": "cordis-link",
                  },
                  t("evidence.cordisShort", { name: thing.label }),
                ),
              )
            : null,
          group.kind === "Project" ? renderOtherEvidence(thing) : renderEvidenceList(thing.evidence),
        ),
      ),
    ),
  );
}

/** A project's evidence beyond its CORDIS records (a curated project's quotes); the CORDIS link says the rest. */
function renderOtherEvidence(thing: SharedThing): HTMLElement | null {
  const other = thing.evidence.filter((item) => !isCordisSource(item.source));
  return other.length > 0 ? renderEvidenceList(other) : null;
}

/** Writes each project's title and years beside its acronym once they are read. */
async function describeProjects(list: HTMLElement, ids: string[], client: Client): Promise<void> {
  const result = await fetchQuery(client, SharedProjectsQuery, { ids });
  const details = new Map<string, ProjectDetails>(
    (result.data?.projects ?? []).map((project) => [project.id, project]),
  );
  for (const item of list.querySelectorAll<HTMLElement>("[data-kind=Project] .shared-thing")) {
    const project = details.get(item.dataset.id ?? "");
    const slot = item.querySelector(".shared-project-details");
    if (!project || !slot) continue;
    const years = describeYears(project.startDate, project.endDate);
    const title = project.title && project.title !== project.acronym ? project.title : "";
    replaceChildren(slot, [title ? ` — ${title}` : "", years ? ` (${years})` : ""].join(""));
  }
}

/**
 * What a shared thing is called: its label, or for a project the Horizon 2020 history alone knows
 * (which gives no title or acronym, only its id), "Horizon 2020 project, CORDIS record …".
 */
function sharedLabel(thing: SharedThing): string {
  return thing.rcn && thing.label === thing.id ? t("details.historyProject", { rcn: thing.rcn }) : thing.label;
}
