import type { CollaboratorsTable_CollaborationFragment } from "../generated/graphql.js";
import { legendLabel } from "../graph/appearance.js";

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

export function toCollaboratorRows(
  collaborations: readonly CollaboratorsTable_CollaborationFragment[],
): CollaboratorRow[] {
  return collaborations.map((collaboration) => ({
    partnerId: collaboration.partner.id,
    partner: collaboration.partner.name,
    kind: legendLabel(collaboration.partner.kind),
    country: collaboration.partner.country ?? "",
    strength: collaboration.strength,
    shared: collaboration.via.map((via) => via.label),
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

/** The rows as CSV (RFC 4180: quoted where needed, CRLF line ends), with a header line. */
export function collaboratorRowsToCsv(rows: readonly CollaboratorRow[]): string {
  const lines = [
    ["partner_id", "partner", "kind", "country", "strength", "shared_count", "shared"],
    ...rows.map((row) => [
      row.partnerId,
      row.partner,
      row.kind,
      row.country,
      String(row.strength),
      String(row.shared.length),
      row.shared.join("; "),
    ]),
  ];
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}
