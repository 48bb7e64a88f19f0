import type { CallBrief_BriefFragment } from "../generated/graphql.js";
import { currentLanguage, formatEuro, t, tDynamic } from "../i18n/i18n.js";
import { en } from "../i18n/messages-en.js";
import { describeKind, isActorKind } from "../state/vocabulary.js";
import { csvNumber, toCsv } from "../ui/csv.js";
import type { Proposal } from "./swap-partner.js";

export type CallBriefData = CallBrief_BriefFragment;

/** Where the facts of a brief come from, as their licences ask them to be attributed (in English). */
export const briefSources = {
  calls: en.brief.callsSource,
  projects: en.brief.projectsSource,
} as const;

const euro = (value: number | null | undefined) =>
  value === null || value === undefined
    ? "–"
    : currentLanguage() === "sv"
      ? formatEuro(value)
      : `€${Math.round(value).toLocaleString("en-GB")}`;

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

const kindWords = (kind: string) => (isActorKind(kind) ? describeKind(kind) : kind);
const severityWords = (severity: string) => tDynamic(`brief.severity.${severity}`, severity);
/** A kind as the CSV's readers filter on it: the API's name in English, the word in Swedish. */
const csvKind = (kind: string) => (currentLanguage() === "sv" ? kindWords(kind) : kind);

const findingMarkdown = (finding: CallBriefData["check"]["findings"][number]) =>
  `- **${severityWords(finding.severity)}** ${finding.message}${finding.fix ? ` *${t("brief.fix")}* ${finding.fix}` : ""}`;

/**
 * The brief as Markdown that a proposal team can paste into its working document, in the current
 * language: the call, the consortium and its check, the proposed consortium when there is one, the
 * suggested partners with why and through whom, and the sources.
 */
export function briefToMarkdown(
  brief: CallBriefData,
  options: { link?: string; date?: string; proposal?: Proposal | null } = {},
): string {
  const { call, check } = brief;
  const { proposal } = options;
  const lines = [
    `# ${call.id}: ${call.title}`,
    "",
    `- ${t("brief.call")}: ${call.callId ?? "–"}${call.destination ? ` · ${t("brief.destination")}: ${call.destination}` : ""}`,
    `- ${t("brief.typeOfAction")}: ${call.actionType ?? t("brief.otherAction")}`,
    `- ${t("brief.opens", { opening: call.openingDate ?? "–", deadline: call.deadline ?? "–" })}`,
    `- ${t("brief.budget", { amount: euro(call.budget) })}${call.expectedGrants ? t("brief.grants", { count: call.expectedGrants }) : ""}` +
      (call.minContribution || call.maxContribution
        ? t("brief.range", { min: euro(call.minContribution), max: euro(call.maxContribution) })
        : ""),
    ...(call.url ? [`- ${t("brief.portal")}: ${call.url}`] : []),
    "",
    `## ${t("brief.consortium")}`,
    "",
    ...brief.consortium.map(
      (member) => `- ${member.name} (${member.country ?? "?"}, ${kindWords(member.kind).toLowerCase()})`,
    ),
    "",
    check.eligible ? t("brief.eligible") : t("brief.notEligible"),
    "",
    ...check.findings.map(findingMarkdown),
    "",
    ...(proposal ? proposalMarkdown(proposal) : []),
    `## ${t("brief.suggestions")}`,
    "",
    t("brief.tableHeader"),
    "|---:|---|---|---:|---|---|",
    ...brief.suggestions.map((suggestion, index) => {
      const links = evidenceLinks(suggestion.factors.flatMap((factor) => factor.evidence));
      const why = `${suggestion.reasons.join(" ")}${links ? ` (${links})` : ""}`;
      const path = suggestion.warmPath?.nodes.map((node) => node.label).join(" → ") ?? "–";
      return `| ${index + 1} | ${cell(suggestion.actor.name)} | ${suggestion.actor.country ?? "?"} | ${csvNumber(suggestion.score, 2)} | ${cell(why)} | ${cell(path)} |`;
    }),
    "",
    `## ${t("brief.sources")}`,
    "",
    `- ${t("brief.sourceCall", { source: t("brief.callsSource") })}${call.lastSeen ? t("brief.lastListed", { date: call.lastSeen.slice(0, 10) }) : ""}.`,
    `- ${t("brief.sourceProjects", { source: t("brief.projectsSource") })}`,
    ...(options.link
      ? [`- ${t("brief.link", { link: options.link })}${options.date ? ` (${options.date})` : ""}`]
      : []),
  ];
  return lines.join("\n") + "\n";
}

/** The proposed consortium: each place with its need, why and its alternatives, the check of the whole, what stays unmet. */
function proposalMarkdown(proposal: Proposal): string[] {
  return [
    `## ${t("brief.proposal")}`,
    "",
    proposal.sizeReason,
    "",
    t("brief.proposalTableHeader"),
    "|---:|---|---|---|---|---|",
    ...proposal.partners.map(
      (partner, index) =>
        `| ${index + 1} | ${cell(partner.actor.name)} | ${partner.actor.country ?? "?"} | ${cell(partner.need)} | ${cell(partner.reasons.join(" ") || "–")} | ${cell(partner.alternatives.map((actor) => actor.name).join("; ") || "–")} |`,
    ),
    "",
    proposal.check.eligible ? t("brief.proposalEligible") : t("brief.proposalNotEligible"),
    "",
    ...proposal.check.findings.map(findingMarkdown),
    ...(proposal.unmetNeeds.length > 0
      ? ["", t("brief.unmetNeeds"), "", ...proposal.unmetNeeds.map((need) => `- ${need}`)]
      : []),
    "",
  ];
}

/**
 * The proposed consortium and the suggested partners as CSV in the current language (see `toCsv`),
 * one row each, with the call and the sources of every row; the `list` column tells the two apart.
 */
export function briefToCsv(brief: CallBriefData, proposal: Proposal | null = null): string {
  const header = t("brief.csvHeader").split(",");
  const sources = `${t("brief.callsSource")}; ${t("brief.projectsSource")}`;
  const proposed = (proposal?.partners ?? []).map((partner, index) => [
    brief.call.id,
    String(index + 1),
    partner.actor.id,
    partner.actor.name,
    partner.actor.country ?? "",
    csvKind(partner.actor.kind),
    "",
    partner.reasons.join(" "),
    "",
    "",
    "",
    sources,
    t("brief.listProposed"),
    partner.need,
    partner.alternatives.map((actor) => actor.name).join("; "),
  ]);
  const rows = brief.suggestions.map((suggestion, index) => {
    const evidence = suggestion.factors.flatMap((factor) => factor.evidence);
    return [
      brief.call.id,
      String(index + 1),
      suggestion.actor.id,
      suggestion.actor.name,
      suggestion.actor.country ?? "",
      csvKind(suggestion.actor.kind),
      csvNumber(suggestion.score, 3),
      suggestion.reasons.join(" "),
      evidence.map(projectLabel).join("; "),
      evidence
        .map((project) => cordisUrl(project.id) ?? "")
        .filter((url) => url !== "")
        .join(" "),
      suggestion.warmPath?.nodes.map((node) => node.label).join(" > ") ?? "",
      sources,
      t("brief.listSuggested"),
      "",
      "",
    ];
  });
  return toCsv([header, ...proposed, ...rows]);
}
