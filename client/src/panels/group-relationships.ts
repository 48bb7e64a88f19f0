import type { EvidenceData, NetworkData } from "../graph/explorer-graph.js";
import { describeRelationshipType } from "../state/vocabulary.js";
import { t } from "../i18n/i18n.js";

export interface Relationship {
  edgeId: string;
  /** The node at the other end. */
  otherId: string;
  otherLabel: string;
  /** "out" when the node is the relationship's subject (KTH —member of→ …). */
  direction: "out" | "in";
  since: string | null;
  until: string | null;
  evidence: EvidenceData[];
  /** The project a participation is in, for its CORDIS link. */
  project: { id: string; label: string } | null;
}

export interface RelationshipGroup {
  type: string;
  label: string;
  relationships: Relationship[];
}

/** A node's relationships in a network, grouped by type; groups and members in alphabetical order. */
export function groupRelationships(network: NetworkData, id: string): RelationshipGroup[] {
  const labels = new Map(network.nodes.map((node) => [node.id, node.label]));
  const groups = new Map<string, Relationship[]>();
  for (const edge of network.edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const direction = edge.source === id ? "out" : "in";
    const otherId = direction === "out" ? edge.target : edge.source;
    const relationship: Relationship = {
      edgeId: edge.id,
      otherId,
      otherLabel: labels.get(otherId) ?? otherId,
      direction,
      since: edge.since ?? null,
      until: edge.until ?? null,
      evidence: edge.evidence,
      project:
        edge.type === "PARTICIPATES_IN" ? { id: edge.target, label: labels.get(edge.target) ?? edge.target } : null,
    };
    groups.set(edge.type, [...(groups.get(edge.type) ?? []), relationship]);
  }
  return [...groups.entries()]
    .map(([type, relationships]) => ({
      type,
      label: describeRelationshipType(type),
      relationships: relationships.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel, "sv")),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
}

/** "2015–2020", "since 2015", "until 2020", or "" when the source gives no dates. */
export function describePeriod(since: string | null, until: string | null): string {
  if (since && until) return t("period.between", { since, until });
  if (since) return t("period.since", { since });
  if (until) return t("period.until", { until });
  return "";
}
