import type { EvidenceData, SharedThing } from "../graph/explorer-graph.js";
import { t } from "../i18n/i18n.js";
import { relationshipVerb } from "../state/vocabulary.js";

/** The kinds of things two organisations share, in the order the tie panel lists them. */
export const sharedKinds = ["Project", "Agreement", "Actor", "statement"] as const;
export type SharedKind = (typeof sharedKinds)[number];

export interface SharedGroup {
  kind: SharedKind;
  things: SharedThing[];
}

/** A shared thing's kind: a project, an agreement, a body both belong to, or a statement about the two. */
export function sharedKind(thing: Pick<SharedThing, "type">): SharedKind {
  return thing.type === "Project" || thing.type === "Agreement" || thing.type === "Actor" ? thing.type : "statement";
}

/**
 * What two organisations share, by kind (projects, agreements, bodies, statements), each thing
 * once with its evidence said once; empty kinds are left out.
 */
export function groupSharedThings(shared: readonly SharedThing[]): SharedGroup[] {
  const byKind = new Map<SharedKind, Map<string, SharedThing>>();
  for (const thing of shared) {
    const kind = sharedKind(thing);
    const things = byKind.get(kind) ?? new Map<string, SharedThing>();
    const earlier = things.get(thing.id);
    things.set(thing.id, {
      ...thing,
      evidence: uniqueEvidence([...(earlier?.evidence ?? []), ...thing.evidence]),
    });
    byKind.set(kind, things);
  }
  return sharedKinds
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({
      kind,
      things: [...byKind.get(kind)!.values()].sort((a, b) => a.label.localeCompare(b.label, "sv")),
    }));
}

/**
 * Evidence with each quote once: the same words from the same source count once, and so do
 * words that a longer quote from that source already holds. Records without words (a CORDIS row
 * for each partner) count once per source.
 */
export function uniqueEvidence(evidence: readonly EvidenceData[]): EvidenceData[] {
  const normalise = (quote: string) => quote.replace(/\s+/g, " ").trim().toLowerCase();
  const kept: EvidenceData[] = [];
  const length = (item: EvidenceData) => (item.quote ? normalise(item.quote).length : 0);
  const longestFirst = [...evidence].sort((a, b) => length(b) - length(a));
  for (const item of longestFirst) {
    const words = item.quote ? normalise(item.quote) : null;
    const said = kept.some(
      (other) =>
        other.source.id === item.source.id &&
        (words === null
          ? !other.quote
          : other.quote !== null && other.quote !== undefined && normalise(other.quote).includes(words)),
    );
    if (!said) kept.push(item);
  }
  // In the order the sources gave them.
  return evidence.filter((item) => kept.includes(item));
}

/** "29 projects, 1 agreement and 2 shared bodies": how much two organisations share, by kind. */
export function describeSharedCounts(groups: readonly SharedGroup[]): string {
  const parts = groups.map((group) => t(`edge.count.${group.kind}`, { count: group.things.length }));
  if (parts.length <= 1) return parts.join("");
  return t("edge.countList", { list: parts.slice(0, -1).join(", "), last: parts[parts.length - 1] });
}

/**
 * A statement about two organisations as a sentence in the current language ("Stockholms stad
 * collaborates with KTH"). The API names it by type and direction as seen from `centre`:
 * `COLLABORATES_WITH>kth` is the centre's statement about the partner, `…<kth` the partner's.
 */
export function describeStatement(thing: Pick<SharedThing, "id" | "type">, centre: string, partner: string): string {
  const incoming = thing.id.startsWith(`${thing.type}<`);
  const [subject, object] = incoming ? [partner, centre] : [centre, partner];
  return t("edge.sentence", { source: subject, verb: relationshipVerb(thing.type), target: object });
}

/** "2019–2023", "from 2019", or "" when a project gives no dates. */
export function describeYears(startDate: string | null | undefined, endDate: string | null | undefined): string {
  const start = startDate?.slice(0, 4);
  const end = endDate?.slice(0, 4);
  if (start && end) return start === end ? start : `${start}–${end}`;
  if (start) return t("period.since", { since: start });
  if (end) return t("period.until", { until: end });
  return "";
}
