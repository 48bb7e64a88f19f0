/**
 * Reads and checks the curated graph (seeds/curated/*.yaml). Pure: no database. Every problem is
 * an Error naming the file, the entry (index and id) and the field.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { ALLOWED_ENDPOINTS, CURATED_FILES, FIELD_RULES } from "./curated-types.js";
import type {
  CuratedCollection,
  CuratedGraph,
  CuratedRelationship,
  CuratedSource,
  Evidence,
  FieldRule,
  NodeCollection,
} from "./curated-types.js";

const NODE_COLLECTIONS: NodeCollection[] = ["actors", "places", "strategies", "agreements", "projects"];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HYPHEN_BREAK = /(?<=[\p{L}\p{N}])-\s+(?=[\p{L}\p{N}])/gu;

/** Collapses every run of white space (newlines included) to one space and trims the ends. */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * True when the quote stands verbatim in the document, white space folded. As an alternative,
 * both are also compared with "-" + white space between word characters removed, so a word
 * hyphenated across a line break ("innova-\ntionskraft") matches "innovationskraft".
 */
export function quoteStandsIn(quote: string, documentText: string): boolean {
  const q = foldWhitespace(quote);
  if (q === "") return false;
  const doc = foldWhitespace(documentText);
  if (doc.includes(q)) return true;
  return doc.replace(HYPHEN_BREAK, "").includes(q.replace(HYPHEN_BREAK, ""));
}

function fail(where: string, field: string | undefined, message: string): never {
  throw new Error(field === undefined ? `${where}: ${message}` : `${where}: field "${field}": ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const isText = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";
const matches =
  (re: RegExp) =>
  (v: unknown): boolean =>
    typeof v === "string" && re.test(v);

/** The named field rules: what they ask for, and the test. */
const NAMED_RULES: Record<Exclude<FieldRule, readonly string[]>, [string, (v: unknown) => boolean]> = {
  id: ["a lowercase id (a-z, 0-9, -)", matches(ID)],
  text: ["a non-empty string", isText],
  date: ["a valid date YYYY-MM-DD", isDate],
  year: ["a year (integer)", (v) => Number.isInteger(v) && (v as number) >= 1000 && (v as number) <= 2100],
  bool: ["true or false", (v) => typeof v === "boolean"],
  texts: ["a list of non-empty strings", (v) => Array.isArray(v) && v.every(isText)],
  evidence: ["a non-empty list of { source, locator, quote }", (v) => Array.isArray(v) && v.length > 0],
  country: ["an ISO country code (SE)", matches(/^[A-Z]{2}$/)],
  ror: ["a ROR id (9 characters, e.g. 026vcq606)", matches(/^0[a-z0-9]{6}[0-9]{2}$/)],
  digits: ["a string of digits", matches(/^\d+$/)],
  vat: ["a VAT number (country code and digits, e.g. SE202100297301)", matches(/^[A-Z]{2}[0-9A-Z]{2,13}$/)],
  registration: ["a mapping { source, locator }", isRecord],
};

/** Returns what is wrong with the value under the rule, or undefined when it fits. */
function problemWith(rule: FieldRule, v: unknown): string | undefined {
  const got = `got ${JSON.stringify(v)}`;
  if (typeof rule !== "string") {
    return typeof v === "string" && rule.includes(v) ? undefined : `must be one of ${rule.join(", ")}; ${got}`;
  }
  const [wanted, test] = NAMED_RULES[rule as keyof typeof NAMED_RULES];
  return test(v) ? undefined : `must be ${wanted}; ${got}`;
}

function checkFields(where: string, raw: unknown, rules: Record<string, FieldRule>): void {
  if (!isRecord(raw)) fail(where, undefined, "must be a mapping");
  const fields = new Map(
    Object.entries(rules).map(([k, rule]) => [k.replace(/\?$/, ""), { rule, optional: k.endsWith("?") }]),
  );
  for (const key of Object.keys(raw)) if (!fields.has(key)) fail(where, key, "unknown field");
  for (const [field, { rule, optional }] of fields) {
    const value = raw[field];
    if (value === undefined) {
      if (!optional) fail(where, field, "missing");
      continue;
    }
    const problem = problemWith(rule, value);
    if (problem) fail(where, field, problem);
    if (rule === "evidence") {
      (value as unknown[]).forEach((ev, i) => checkFields(`${where} evidence[${i}]`, ev, FIELD_RULES.evidence));
    }
    if (rule === "registration") checkFields(`${where} ${field}`, value, FIELD_RULES.registration);
  }
}

function entryName(file: string, index: number, raw: unknown): string {
  const r = isRecord(raw) ? raw : {};
  const label = typeof r.id === "string" ? `"${r.id}"` : `${String(r.from)} -${String(r.type)}-> ${String(r.to)}`;
  return `${file}[${index}] ${label}`;
}

/**
 * Checks parsed YAML contents (one value per collection; projects may be absent) against the
 * field rules and each other, and checks every quote against `documents` (file name → text).
 * Returns the typed graph or throws an Error naming file, entry and field.
 */
export function validateCuratedGraph(
  files: Partial<Record<CuratedCollection, unknown>>,
  documents: ReadonlyMap<string, string>,
): CuratedGraph {
  const graph = {} as Record<CuratedCollection, unknown[]>;
  for (const [collection, file] of Object.entries(CURATED_FILES) as [CuratedCollection, string][]) {
    const raw = files[collection] ?? (collection === "projects" ? [] : undefined);
    if (!Array.isArray(raw)) fail(file, undefined, "must be a YAML list of entries");
    raw.forEach((entry, i) => checkFields(entryName(file, i, entry), entry, FIELD_RULES[collection]));
    graph[collection] = raw;
  }
  const g = graph as unknown as CuratedGraph;
  checkReferences(g, documents);
  return g;
}

function checkReferences(g: CuratedGraph, documents: ReadonlyMap<string, string>): void {
  const where = (c: CuratedCollection, i: number) => entryName(CURATED_FILES[c], i, g[c][i]);
  const kindOf = new Map<string, NodeCollection>();
  const seen = new Map<string, string>();
  const claim = (id: string, c: CuratedCollection, i: number) => {
    if (seen.has(id)) fail(where(c, i), "id", `duplicate id (also in ${seen.get(id)})`);
    seen.set(id, CURATED_FILES[c]);
  };
  g.sources.forEach((s, i) => claim(s.id, "sources", i));
  for (const c of NODE_COLLECTIONS)
    g[c].forEach((n, i) => {
      claim(n.id, c, i);
      kindOf.set(n.id, c);
    });

  const sources = new Map<string, CuratedSource>(g.sources.map((s) => [s.id, s]));
  g.sources.forEach((s, i) => {
    if (s.document !== undefined && !documents.has(s.document))
      fail(where("sources", i), "document", `document "${s.document}" not found`);
    if (ID.test(s.issuer) && kindOf.get(s.issuer) !== "actors")
      fail(where("sources", i), "issuer", `no actor with id "${s.issuer}"`);
  });
  const checkQuote = (at: string, ref: Evidence | CuratedRelationship): CuratedSource => {
    const source = sources.get(ref.source);
    if (!source) fail(at, "source", `no source with id "${ref.source}"`);
    if (source.document === undefined) fail(at, "source", `source "${source.id}" has no document to quote`);
    if (!quoteStandsIn(ref.quote, documents.get(source.document) ?? "")) {
      fail(
        at,
        "quote",
        `not found verbatim in ${source.document} (source "${source.id}"): ${JSON.stringify(ref.quote)}`,
      );
    }
    return source;
  };
  for (const c of NODE_COLLECTIONS) {
    g[c].forEach((n, i) =>
      n.evidence.forEach((ev, k) => {
        checkQuote(`${where(c, i)} evidence[${k}]`, ev);
        const twin = n.evidence.findIndex((other) => other.source === ev.source && other.locator === ev.locator);
        if (twin < k) fail(`${where(c, i)} evidence[${k}]`, "locator", `same source and locator as evidence[${twin}]`);
      }),
    );
  }
  g.actors.forEach((a, i) => {
    const identified = a.cordisId ?? a.vatNumber ?? a.legalName;
    if (identified !== undefined && !a.registeredIn)
      fail(where("actors", i), "registeredIn", "missing: cordisId, vatNumber and legalName need the registry row");
    if (a.registeredIn && !sources.has(a.registeredIn.source))
      fail(where("actors", i), "registeredIn", `no source with id "${a.registeredIn.source}"`);
  });
  g.sources.forEach((s, i) => {
    if (s.datePrecision && !s.date) fail(where("sources", i), "datePrecision", "given without date");
  });
  g.agreements.forEach((a, i) => {
    if (a.validFrom && a.validUntil && a.validFrom > a.validUntil)
      fail(where("agreements", i), "validUntil", "is before validFrom");
  });
  const relationshipKeys = new Map<string, number>();
  g.relationships.forEach((r, i) => {
    const at = where("relationships", i);
    const key = [r.from, r.type, r.to, r.source, r.locator].join("|");
    if (relationshipKeys.has(key))
      fail(at, "locator", `same from, type, to, source and locator as entry [${relationshipKeys.get(key)}]`);
    relationshipKeys.set(key, i);
    const from = kindOf.get(r.from);
    const to = kindOf.get(r.to);
    if (!from) fail(at, "from", `no node with id "${r.from}"`);
    if (!to) fail(at, "to", `no node with id "${r.to}"`);
    if (!ALLOWED_ENDPOINTS[r.type].some(([f, t]) => f === from && t === to)) {
      fail(at, "type", `${r.type} is not allowed from ${from} to ${to}`);
    }
    if (r.since && r.until && r.since > r.until) fail(at, "until", "is before since");
    if (r.datePrecision && !r.since && !r.until) fail(at, "datePrecision", "given without since or until");
    const source = checkQuote(at, r);
    if (r.citedSource !== undefined && source.kind !== "FACT_SHEET") {
      fail(at, "citedSource", `only for fact-sheet sources, not "${source.id}"`);
    }
  });
}

/**
 * Reads the curated YAML files in `dir` and the documents they quote (by default in
 * `dir`/../documents), validates them and returns the graph.
 */
export async function readCuratedGraph(
  dir = "seeds/curated",
  documentsDir: string = join(dir, "..", "documents"),
): Promise<CuratedGraph> {
  const files: Partial<Record<CuratedCollection, unknown>> = {};
  for (const [collection, file] of Object.entries(CURATED_FILES) as [CuratedCollection, string][]) {
    let text: string;
    try {
      text = await readFile(join(dir, file), "utf8");
    } catch (error) {
      if (collection === "projects") continue;
      throw new Error(`${file}: cannot read ${join(dir, file)}: ${(error as Error).message}`, { cause: error });
    }
    try {
      files[collection] = parse(text);
    } catch (error) {
      throw new Error(`${file}: invalid YAML: ${(error as Error).message}`, { cause: error });
    }
  }
  const documents = new Map<string, string>();
  for (const source of Array.isArray(files.sources) ? files.sources : []) {
    const name: unknown = isRecord(source) ? source.document : undefined;
    if (typeof name !== "string" || documents.has(name)) continue;
    const text = await readFile(join(documentsDir, name), "utf8").catch(() => undefined);
    if (text !== undefined) documents.set(name, text);
  }
  return validateCuratedGraph(files, documents);
}
