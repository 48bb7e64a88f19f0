import type { CollaboratorsTable_CollaborationFragment } from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";
import { t } from "../i18n/i18n.js";
import { csvNumber, toCsv } from "../ui/csv.js";
import { describeStatement, sharedKind } from "./shared-evidence.js";

/** One line of the "who works with whom" table. */
export interface CollaboratorRow {
  partnerId: string;
  partner: string;
  kind: string;
  country: string;
  strength: number;
  /** What the two share: projects, agreements, bodies, statements. */
  shared: string[];
}

export type CollaboratorColumn = "partner" | "kind" | "country" | "strength" | "shared";
export interface SortOrder {
  column: CollaboratorColumn;
  descending: boolean;
}

/**
 * The table's rows, in the current language: what two organisations share is named by its
 * label, a statement about them as a sentence.
 *
 * @param centre - the name of the organisation whose partners these are
 */
export function toCollaboratorRows(
  collaborations: readonly CollaboratorsTable_CollaborationFragment[],
  centre: string,
): CollaboratorRow[] {
  return collaborations.map((collaboration) => ({
    partnerId: collaboration.partner.id,
    partner: collaboration.partner.name,
    kind: legendLabel(collaboration.partner.kind),
    country: collaboration.partner.country ?? "",
    strength: collaboration.strength,
    shared: collaboration.via.map((via) =>
      sharedKind(via) === "statement" ? describeStatement(via, centre, collaboration.partner.name) : via.label,
    ),
  }));
}

/** Rows in the chosen order; ties keep the partner's name order. */
export function sortCollaboratorRows(rows: readonly CollaboratorRow[], order: SortOrder): CollaboratorRow[] {
  const value = (row: CollaboratorRow): string | number =>
    order.column === "shared" ? row.shared.length : order.column === "strength" ? row.strength : row[order.column];
  return [...rows].sort((a, b) => {
    const left = value(a);
    const right = value(b);
    const compared =
      typeof left === "number" && typeof right === "number"
        ? left - right
        : String(left).localeCompare(String(right), "sv");
    return (order.descending ? -compared : compared) || a.partner.localeCompare(b.partner, "sv");
  });
}

/** The rows as CSV with a header line, in the current language (see `toCsv`). */
export function collaboratorRowsToCsv(rows: readonly CollaboratorRow[]): string {
  const header = (["partnerId", "partner", "kind", "country", "strength", "sharedCount", "shared"] as const).map(
    (column) => t(`collaborators.csvHeader.${column}`),
  );
  return toCsv([
    header,
    ...rows.map((row) => [
      row.partnerId,
      row.partner,
      row.kind,
      row.country,
      csvNumber(row.strength),
      String(row.shared.length),
      row.shared.join("; "),
    ]),
  ]);
}
