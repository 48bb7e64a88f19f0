/**
 * Checks seeds/curated/paragraph-account.yaml: that every paragraph of the decision documents is
 * accounted for (it yields graph elements, or says why there is nothing to model), that every id
 * and relationship it names exists and is stated in the paragraph it is credited to, and that every
 * relationship quoting those documents is named.
 * Pure: no database.
 */
import type { CuratedGraph } from "./curated-types.js";

export const PARAGRAPH_ACCOUNT_FILE = "paragraph-account.yaml";

/** Source kinds whose documents are the decision documents that the account must cover. */
const DECISION_DOCUMENT_KINDS = new Set(["DECISION", "PROPOSAL", "STATEMENT", "CONSULTATION_RESPONSE"]);

/** A block of text between blank lines: its line numbers (1-based) that hold text. */
export interface TextBlock {
  textLines: number[];
}

const isSeparator = (line: string) => /^[ \t\u00a0]+$/.test(line);
const hasText = (line: string) => line.trim() !== "";

/**
 * The document's blocks of text. A line of spaces only separates blocks; an empty line does not
 * (the documents are PDF text with an empty line after every line of a paragraph).
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: number[] = [];
  text.split("\n").forEach((line, index) => {
    if (isSeparator(line)) {
      if (current.length > 0) blocks.push({ textLines: current });
      current = [];
    } else if (hasText(line)) current.push(index + 1);
  });
  if (current.length > 0) blocks.push({ textLines: current });
  return blocks;
}

/** The documents the account must cover: those of decision, proposal, statement and response sources. */
export function decisionDocuments(graph: CuratedGraph): string[] {
  const names = graph.sources.filter((s) => DECISION_DOCUMENT_KINDS.has(s.kind) && s.document).map((s) => s.document!);
  return [...new Set(names)];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const relationshipKey = (from: string, type: string, to: string) => `${from} ${type} ${to}`;

/** The line range that a locator gives ("…, rad 102–106" or "rad 60"), if it gives one. */
export function locatorLines(locator: string): [number, number] | undefined {
  const match = /\brad (\d+)(?:\s*[–-]\s*(\d+))?/.exec(locator);
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : undefined;
}

const overlaps = (a: [number, number] | undefined, b: [number, number]) =>
  a !== undefined && a[0] <= b[1] && a[1] >= b[0];

function parseLines(value: unknown): [number, number] | undefined {
  const match =
    typeof value === "string" || typeof value === "number" ? /^(\d+)(?:-(\d+))?$/.exec(String(value)) : null;
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = Number(match[2] ?? match[1]);
  return first <= last ? [first, last] : undefined;
}

/**
 * Returns every problem of the account (an empty list when it is complete and right), each naming
 * the file, the document and the paragraph's lines.
 */
export function checkParagraphAccount(
  account: unknown,
  documents: ReadonlyMap<string, string>,
  graph: CuratedGraph,
): string[] {
  const problems: string[] = [];
  const at = (document: string, lines?: unknown) =>
    `${PARAGRAPH_ACCOUNT_FILE}: ${document}${lines === undefined ? "" : ` lines ${String(lines)}`}`;
  if (!Array.isArray(account)) return [`${PARAGRAPH_ACCOUNT_FILE}: must be a YAML list of documents`];

  const ids = new Set<string>([
    ...graph.sources.map((s) => s.id),
    ...[graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects].flat().map((n) => n.id),
  ]);
  const relationships = new Set(graph.relationships.map((r) => relationshipKey(r.from, r.type, r.to)));
  const documentOf = new Map(graph.sources.map((s) => [s.id, s.document]));
  const nodes = new Map(
    [graph.actors, graph.places, graph.strategies, graph.agreements, graph.projects].flat().map((n) => [n.id, n]),
  );
  // Where a paragraph is credited with something, the document must say it there: a relationship
  // quoted from these lines, or a node whose evidence (or a relationship credited here) is in them.
  const quotedIn = (document: string, range: [number, number], item: { source: string; locator: string }) =>
    documentOf.get(item.source) === document && overlaps(locatorLines(item.locator), range);

  const covered = new Map<string, Array<{ key: string }>>();
  for (const name of decisionDocuments(graph)) {
    const entry = account.find((e) => isRecord(e) && e.document === name);
    const text = documents.get(name);
    if (!isRecord(entry) || !Array.isArray(entry.paragraphs)) {
      problems.push(`${at(name)}: no account of this document`);
      continue;
    }
    if (text === undefined) {
      problems.push(`${at(name)}: document not found`);
      continue;
    }
    const blocks = textBlocks(text);
    const blockOf = new Map(blocks.flatMap((block, i) => block.textLines.map((line) => [line, i] as const)));
    const seen = new Map<number, string>();
    const named: Array<{ key: string }> = [];
    for (const paragraph of entry.paragraphs as unknown[]) {
      const p = isRecord(paragraph) ? paragraph : {};
      const range = parseLines(p.lines);
      if (!range) {
        problems.push(`${at(name, p.lines)}: field "lines" must be "N" or "N-M"`);
        continue;
      }
      const where = at(name, p.lines);
      const textLines = [...blockOf.keys()].filter((line) => line >= range[0] && line <= range[1]);
      if (!blockOf.has(range[0]) || !blockOf.has(range[1]))
        problems.push(`${where}: must begin and end on a line of text`);
      if (new Set(textLines.map((line) => blockOf.get(line))).size > 1)
        problems.push(`${where}: spans a blank line (two paragraphs)`);
      for (const line of textLines) {
        if (seen.has(line)) problems.push(`${where}: line ${line} is also accounted for in lines ${seen.get(line)}`);
        seen.set(line, String(p.lines));
      }
      const yields = Array.isArray(p.yields) ? p.yields : [];
      const nothing = typeof p.nothing === "string" ? p.nothing.trim() : "";
      if (yields.length > 0 === (nothing !== ""))
        problems.push(`${where}: give either yields (what the graph holds) or nothing (why there is nothing)`);
      const credited = yields.map((item) => (typeof item === "string" ? item.trim().split(/\s+/) : []));
      for (const [index, parts] of credited.entries()) {
        const item = yields[index];
        if (parts.length === 1 && !ids.has(parts[0])) problems.push(`${where}: no node or source with id "${item}"`);
        else if (parts.length === 3 && !relationships.has(relationshipKey(parts[0], parts[1], parts[2])))
          problems.push(`${where}: no relationship ${String(item)}`);
        else if (parts.length !== 1 && parts.length !== 3)
          problems.push(`${where}: "${String(item)}" is neither an id nor "from TYPE to"`);
        else if (parts.length === 3) {
          const [from, type, to] = parts;
          const stated = graph.relationships.some(
            (r) => r.from === from && r.type === type && r.to === to && quotedIn(name, range, r),
          );
          if (!stated) problems.push(`${where}: no relationship ${String(item)} is quoted from these lines`);
        } else {
          const node = nodes.get(parts[0]);
          const touched = credited.some(
            (other) => other.length === 3 && (other[0] === parts[0] || other[2] === parts[0]),
          );
          if (node && !touched && !node.evidence.some((evidence) => quotedIn(name, range, evidence)))
            problems.push(`${where}: ${parts[0]} has no evidence from these lines`);
        }
        if (parts.length === 3) named.push({ key: parts.join(" ") });
      }
    }
    for (const line of blockOf.keys()) {
      if (!seen.has(line)) problems.push(`${at(name)}: line ${line} is in no paragraph of the account`);
    }
    covered.set(name, named);
  }

  for (const r of graph.relationships) {
    const document = documentOf.get(r.source);
    const named = document === undefined ? undefined : covered.get(document);
    if (!named) continue;
    const key = relationshipKey(r.from, r.type, r.to);
    if (!named.some((n) => n.key === key))
      problems.push(`${PARAGRAPH_ACCOUNT_FILE}: ${document}: relationship ${key} (${r.locator}) is in no paragraph`);
  }
  return problems;
}
