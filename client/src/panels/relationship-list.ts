import { h } from "../ui/dom.js";
import { renderEvidenceList } from "./evidence-list.js";
import { describePeriod, type RelationshipGroup } from "./group-relationships.js";
import { t } from "../i18n/i18n.js";

/** Groups this small are open at first; larger ones are folded so the keyboard reaches the tools quickly. */
const openGroupSize = 5;

/**
 * A node's relationships by type, each group foldable: the node at the other end (a button that
 * opens it), the dates, the evidence.
 */
export function renderRelationshipGroups(groups: RelationshipGroup[], onOpen: (id: string) => void): HTMLElement[] {
  return groups.map((group) =>
    h(
      "details",
      { class: "relationship-group", "data-type": group.type, open: group.relationships.length <= openGroupSize },
      h(
        "summary",
        { class: "relationship-group-heading" },
        `${group.label.charAt(0).toUpperCase()}${group.label.slice(1)} (${group.relationships.length})`,
      ),
      h(
        "ul",
        {},
        group.relationships.map((relationship) =>
          h(
            "li",
            { class: "relationship" },
            h(
              "p",
              { class: "relationship-line" },
              h(
                "span",
                {
                  class: "relationship-direction",
                  "aria-label": relationship.direction === "out" ? t("details.to") : t("details.from"),
                },
                relationship.direction === "out" ? "→ " : "← ",
              ),
              h(
                "button",
                { type: "button", class: "link-button", onclick: () => onOpen(relationship.otherId) },
                relationship.otherLabel,
              ),
              h("span", { class: "relationship-period" }, ` ${describePeriod(relationship.since, relationship.until)}`),
            ),
            renderEvidenceList(relationship.evidence, relationship.project),
          ),
        ),
      ),
    ),
  );
}
