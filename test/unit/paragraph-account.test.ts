import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import {
  PARAGRAPH_ACCOUNT_FILE,
  checkParagraphAccount,
  decisionDocuments,
  locatorLines,
  textBlocks,
} from "../../server/seed/check-paragraph-account.js";
import { readCuratedGraph } from "../../server/seed/read-curated.js";
import type { CuratedGraph } from "../../server/seed/curated-types.js";

let graph: CuratedGraph;
let account: Array<{ document: string; paragraphs: Array<Record<string, unknown>> }>;
const documents = new Map<string, string>();

beforeAll(async () => {
  graph = await readCuratedGraph();
  account = parse(await readFile(join("seeds/curated", PARAGRAPH_ACCOUNT_FILE), "utf8"));
  for (const name of decisionDocuments(graph))
    documents.set(name, await readFile(join("seeds/documents", name), "utf8"));
});

const copy = () => structuredClone(account);
const paragraphs = (a: typeof account, document: string) => a.find((d) => d.document === document)!.paragraphs;
const KS = "ks-2015-05-13-dnr-138-723-2015.txt";
const REPLY = "exploateringskontoret-2015-innovationsstrategi-remissvar.txt";

describe("text blocks", () => {
  it("splits at lines of spaces only, not at the empty lines between a paragraph's lines", () => {
    const text = "Första raden\n\nandra raden\n \nNästa stycke\n\n\t\nSista";
    expect(textBlocks(text)).toEqual([{ textLines: [1, 3] }, { textLines: [5] }, { textLines: [8] }]);
  });
});

describe("paragraph account of the decision documents", () => {
  it("covers both decision documents", () => {
    expect(decisionDocuments(graph).sort()).toEqual([
      "exploateringskontoret-2015-innovationsstrategi-remissvar.txt",
      "ks-2015-05-13-dnr-138-723-2015.txt",
    ]);
  });

  it("accounts for every paragraph, names only what exists, and names every relationship the documents yield", () => {
    expect(checkParagraphAccount(account, documents, graph)).toEqual([]);
  });

  it("accounts for at least every block of text of each document", () => {
    for (const [name, text] of documents) {
      expect(paragraphs(account, name).length, name).toBeGreaterThanOrEqual(textBlocks(text).length);
    }
  });

  it("fails when a paragraph is left out", () => {
    const a = copy();
    const list = paragraphs(a, KS);
    const index = list.findIndex((p) => p.lines === "91-97");
    list.splice(index, 1);
    const problems = checkParagraphAccount(a, documents, graph);
    expect(problems).toContain(`${PARAGRAPH_ACCOUNT_FILE}: ${KS}: line 91 is in no paragraph of the account`);
    expect(problems.some((p) => p.includes("stockholms-stad ADVOCATES_TO regeringen"))).toBe(true);
  });

  it("fails on an id or a relationship that does not exist, and on a paragraph with neither yields nor a reason", () => {
    const a = copy();
    const list = paragraphs(a, KS);
    list.find((p) => p.lines === "36")!.yields = ["nobody"];
    list.find((p) => p.lines === "60")!.yields = ["stadsledningskontoret ADOPTS staf"];
    list.find((p) => p.lines === "40")!.nothing = "";
    const problems = checkParagraphAccount(a, documents, graph);
    expect(problems).toContain(`${PARAGRAPH_ACCOUNT_FILE}: ${KS} lines 36: no node or source with id "nobody"`);
    expect(problems).toContain(
      `${PARAGRAPH_ACCOUNT_FILE}: ${KS} lines 60: no relationship stadsledningskontoret ADOPTS staf`,
    );
    expect(problems.some((p) => p.startsWith(`${PARAGRAPH_ACCOUNT_FILE}: ${KS} lines 40: give either`))).toBe(true);
  });

  it("fails on ranges that overlap or run across a blank line", () => {
    const a = copy();
    const list = paragraphs(a, KS);
    list.find((p) => p.lines === "36")!.lines = "36-40";
    const problems = checkParagraphAccount(a, documents, graph);
    expect(problems).toContain(`${PARAGRAPH_ACCOUNT_FILE}: ${KS} lines 36-40: spans a blank line (two paragraphs)`);
    expect(problems.some((p) => p.includes("line 40 is also accounted for"))).toBe(true);
  });

  it("fails when a paragraph is credited with what only another source or another paragraph states", () => {
    const a = copy();
    const staf = paragraphs(a, KS).find((p) => p.lines === "283-293")!;
    staf.yields = [...(staf.yields as string[]), "kth MEMBER_OF staf"];
    const views = paragraphs(a, REPLY).find((p) => p.lines === "168-174")!;
    delete views.nothing;
    views.yields = ["exploateringskontoret COMMENTS_ON innovationsstrategin"];
    const problems = checkParagraphAccount(a, documents, graph);
    expect(problems).toContain(
      `${PARAGRAPH_ACCOUNT_FILE}: ${KS} lines 283-293: no relationship kth MEMBER_OF staf is quoted from these lines`,
    );
    expect(problems).toContain(
      `${PARAGRAPH_ACCOUNT_FILE}: ${REPLY} lines 168-174: no relationship exploateringskontoret COMMENTS_ON innovationsstrategin is quoted from these lines`,
    );
  });
});

describe("what the paragraphs are credited with", () => {
  it("credits StAF's paragraph with the City's part in it, not with the institutions' memberships of the fact sheet", () => {
    const staf = paragraphs(account, KS).find((p) => p.lines === "283-293")!;
    const memberships = (staf.yields as string[]).filter((item) => item.endsWith(" MEMBER_OF staf"));
    expect(memberships.sort()).toEqual([
      "larosate-2015-oidentifierat MEMBER_OF staf",
      "stockholms-stad MEMBER_OF staf",
    ]);
  });

  it("credits each of the consultation response's views with its own quoted comment", () => {
    for (const lines of ["156-164", "178-190", "194-202", "206-215", "219-229"]) {
      const [first, last] = lines.split("-").map(Number);
      const comments = graph.relationships.filter(
        (r) =>
          r.from === "exploateringskontoret" &&
          r.type === "COMMENTS_ON" &&
          (() => {
            const range = locatorLines(r.locator);
            return range !== undefined && range[0] >= first && range[1] <= last;
          })(),
      );
      expect(comments, lines).toHaveLength(1);
      expect(comments[0].role, lines).toMatch(/^remissvar: /);
    }
  });
});
