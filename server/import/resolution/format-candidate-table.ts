import type { ResolutionCandidate } from "./list-resolution-candidates.js";

const columns: Array<[string, (candidate: ResolutionCandidate) => string]> = [
  ["score", (c) => c.score.toFixed(2)],
  ["rule", (c) => c.rule],
  ["curated actor", (c) => `${c.curatedActorId} (${c.curatedName})`],
  ["CORDIS actor", (c) => `${c.cordisActorId} (${c.cordisName})`],
  ["country", (c) => c.country ?? ""],
  ["projects", (c) => String(c.projects)],
];

/** Lays resolution candidates out as a plain-text table with a header and aligned columns. */
export function formatCandidateTable(candidates: ResolutionCandidate[]): string {
  const cells = [columns.map(([title]) => title), ...candidates.map((c) => columns.map(([, cell]) => cell(c)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
