import type { CallBrief_BriefFragment } from "../generated/graphql.js";

export type CallBriefData = CallBrief_BriefFragment;

/** Where the facts of a brief come from, as their licences ask them to be attributed. */
export const briefSources = {
  calls: "Source: EU Funding & Tenders Portal, European Commission",
  projects: "Source: CORDIS, European Commission (CC BY 4.0)",
} as const;

const euro = (value: number | null | undefined) =>
  value === null || value === undefined ? "–" : `€${Math.round(value).toLocaleString("en-GB")}`;

/** A CORDIS page for a Horizon grant id (digits); other projects come from curated sources and have none. */
export const cordisUrl = (projectId: string) =>
  /^\d+$/.test(projectId) ? `https://cordis.europa.eu/project/id/${projectId}` : null;

const projectLabel = (project: { id: string; acronym?: string | null; title?: string | null }) =>
  project.acronym ?? project.title ?? project.id;

/** Markdown text: `|` and line breaks would break a table cell. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

function evidenceLinks(evidence: CallBriefData["suggestions"][number]["factors"][number]["evidence"]): string {
  return evidence
    .map((project) => {
      const url = cordisUrl(project.id);
      return url ? `[${projectLabel(project)}](${url})` : projectLabel(project);
    })
    .join(", ");
}

/**
 * The brief as Markdown that a proposal team can paste into its working document: the call, the
 * consortium and its check, the suggested partners with why and through whom, and the sources.
 */
export function briefToMarkdown(brief: CallBriefData, options: { link?: string; date?: string } = {}): string {
  const { call, check } = brief;
  const lines = [
    `# ${call.id}: ${call.title}`,
    "",
    `- Call: ${call.callId ?? "–"}${call.destination ? ` · destination: ${call.destination}` : ""}`,
    `- Type of action: ${call.actionType ?? "other (see the call's conditions)"}`,
    `- Opens ${call.openingDate ?? "–"}, deadline ${call.deadline ?? "–"}`,
    `- Budget ${euro(call.budget)}${call.expectedGrants ? ` for about ${call.expectedGrants} grants` : ""}` +
      (call.minContribution || call.maxContribution
        ? ` (${euro(call.minContribution)} to ${euro(call.maxContribution)} each)`
        : ""),
    ...(call.url ? [`- Portal: ${call.url}`] : []),
    "",
    "## Consortium",
    "",
    ...brief.consortium.map((member) => `- ${member.name} (${member.country ?? "?"}, ${member.kind.toLowerCase()})`),
    "",
    check.eligible ? "Eligible: no finding is an error." : "Not eligible yet:",
    "",
    ...check.findings.map(
      (finding) => `- **${finding.severity}** ${finding.message}${finding.fix ? ` *Fix:* ${finding.fix}` : ""}`,
    ),
    "",
    "## Suggested partners",
    "",
    "| # | partner | country | score | why | warm path |",
    "|---:|---|---|---:|---|---|",
    ...brief.suggestions.map((suggestion, index) => {
      const why = suggestion.factors
        .filter((factor) => factor.value > 0)
        .map((factor) => {
          const links = evidenceLinks(factor.evidence);
          return `${factor.explanation}${links ? ` (${links})` : ""}`;
        })
        .join(" ");
      const path = suggestion.warmPath?.nodes.map((node) => node.label).join(" → ") ?? "–";
      return `| ${index + 1} | ${cell(suggestion.actor.name)} | ${suggestion.actor.country ?? "?"} | ${suggestion.score.toFixed(2)} | ${cell(why)} | ${cell(path)} |`;
    }),
    "",
    "## Sources",
    "",
    `- The call: ${briefSources.calls}${call.lastSeen ? `, as last listed ${call.lastSeen.slice(0, 10)}` : ""}.`,
    `- Projects and participants: ${briefSources.projects}.`,
    ...(options.link ? [`- This brief in Samverkan: ${options.link}${options.date ? ` (${options.date})` : ""}`] : []),
  ];
  return lines.join("\n") + "\n";
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The suggested partners as CSV (RFC 4180, CRLF), one row each, with the call and the sources of every row. */
export function briefToCsv(brief: CallBriefData): string {
  const header = [
    "call",
    "rank",
    "partner_id",
    "partner",
    "country",
    "kind",
    "score",
    "factors",
    "evidence",
    "evidence_urls",
    "warm_path",
    "sources",
  ];
  const rows = brief.suggestions.map((suggestion, index) => {
    const evidence = suggestion.factors.flatMap((factor) => factor.evidence);
    return [
      brief.call.id,
      String(index + 1),
      suggestion.actor.id,
      suggestion.actor.name,
      suggestion.actor.country ?? "",
      suggestion.actor.kind,
      suggestion.score.toFixed(3),
      suggestion.factors.map((factor) => `${factor.name} ${factor.value.toFixed(2)}: ${factor.explanation}`).join(" "),
      evidence.map(projectLabel).join("; "),
      evidence
        .map((project) => cordisUrl(project.id) ?? "")
        .filter((url) => url !== "")
        .join(" "),
      suggestion.warmPath?.nodes.map((node) => node.label).join(" > ") ?? "",
      `${briefSources.calls}; ${briefSources.projects}`,
    ];
  });
  return [header, ...rows].map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
