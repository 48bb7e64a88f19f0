import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openInput } from "../../server/import/records/open-input.js";
import { parseCordisParticipation } from "../../server/import/cordis/parse-cordis-participation.js";
import { parseCordisProject } from "../../server/import/cordis/parse-cordis-project.js";
import { RowError } from "../../server/import/records/row-error.js";
import { readCordisRecords } from "../../server/import/records/read-cordis-records.js";
import { type SourceRecord } from "../../server/import/records/source-record.js";

const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures/cordis", name);

async function readAll(name: string): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of readCordisRecords(openInput(fixture(name)))) records.push(record);
  return records;
}

describe("reading CORDIS CSV", () => {
  it("reads ;-separated records with quoted multi-line fields, each with the line it starts on", async () => {
    const records = await readAll("fixture-project.csv");
    expect(records.map((record) => record.locator)).toEqual([
      "fixture-project.csv:2",
      "fixture-project.csv:6",
      "fixture-project.csv:7",
      "fixture-project.csv:9",
      "fixture-project.csv:10",
      "fixture-project.csv:11",
    ]);
    expect(records[0].fields.objective).toBe('Line one; with a semicolon and "quotes".\nLine two.\n\nLine four.');
    expect(records[0].fields.topics).toBe("TF-TOPIC-1;TF-TOPIC-2");
  });

  it("finds columns by header name, whatever their order", async () => {
    const [original] = await readAll("fixture-project.csv");
    const [reordered] = await readAll("reordered-project.csv");
    const a = parseCordisProject(original);
    const b = parseCordisProject(reordered);
    if (a instanceof RowError || b instanceof RowError) throw new Error("fixture rows must be valid");
    expect({ ...b, locator: "" }).toEqual({ ...a, locator: "" });
    expect(a.properties).toMatchObject({
      acronym: "TFALPHA",
      title: "Testfixture Alpha",
      topics: ["TF-TOPIC-1", "TF-TOPIC-2"],
      totalCost: 1000000.5,
      ecMaxContribution: null,
      call: "TF-CALL-2020",
      sourceId: "cordis-testfixture",
    });
    expect([a.startDate, a.endDate]).toEqual(["2020-01-01", "2023-12-31"]);
  });

  it("reads an organization file in the Horizon Europe column order, quoted fields spanning lines", async () => {
    const records = await readAll("fixture-organization.csv");
    expect(records).toHaveLength(13);
    expect(records[5].locator).toBe("fixture-organization.csv:7");
    expect(records[5].fields.street).toBe("Testvägen 2\nBox 70");
    expect(records[6].locator).toBe("fixture-organization.csv:9");
    const gamma = parseCordisParticipation(records[12]);
    if (gamma instanceof RowError) throw gamma;
    expect(gamma).toMatchObject({
      projectId: "990000003",
      role: "coordinator",
      order: 1,
      ecContribution: null,
      netEcContribution: null,
      totalCost: null,
      endOfParticipation: null,
    });
    expect(gamma.organisation).toMatchObject({
      cordisId: "990000106",
      kind: "RESEARCH_ORGANISATION",
      country: "DE",
      sme: null,
    });
  });

  it("reads gzip-compressed CSV as the same records", async () => {
    const plain = await readAll("fixture-organization.csv");
    const gz = await readAll("fixture-organization.csv.gz");
    expect(gz.map((record) => record.fields)).toEqual(plain.map((record) => record.fields));
    expect(gz[5].locator).toBe("fixture-organization.csv.gz:7");
  });
});

describe("unreadable files", () => {
  it("fail with the file's name, not a silent stop", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordis-unit-"));
    try {
      const broken = path.join(dir, "broken-project.csv");
      fs.writeFileSync(broken, 'id;title\n1;"never closed\n');
      const read = async () => {
        for await (const record of readCordisRecords(openInput(broken))) void record;
      };
      await expect(read()).rejects.toThrow(/^import: broken-project\.csv: .*quote/);
      const text = path.join(dir, "projects.txt");
      fs.writeFileSync(text, "");
      expect(() => openInput(text)).toThrow("import: projects.txt: expected a .csv, .json, .csv.gz or .json.gz file");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("reading CORDIS JSON", () => {
  it("streams the array's records with their index, numbers and booleans as JSON gives them", async () => {
    const records = await readAll("fixture-organization.json");
    expect(records.map((record) => record.locator)).toEqual([
      "fixture-organization.json[0]",
      "fixture-organization.json[1]",
      "fixture-organization.json[2]",
    ]);
    const second = parseCordisParticipation(records[1]);
    if (second instanceof RowError) throw second;
    expect(second).toMatchObject({ projectId: "990000011", order: 2, ecContribution: 1000, endOfParticipation: true });
    expect(second.organisation).toMatchObject({ cordisId: "990000111", sme: true, kind: "COMPANY" });
  });

  it("reads project numbers written in exponent form", async () => {
    const [delta] = await readAll("fixture-project.json");
    const project = parseCordisProject(delta);
    if (project instanceof RowError) throw project;
    expect(project).toMatchObject({ id: "990000011", programme: "TESTFIXTURE" });
    expect(project.properties).toMatchObject({
      totalCost: 2250000,
      ecMaxContribution: 1500000,
      rcn: "990011",
      topics: ["TF-TOPIC-5"],
    });
  });
});
