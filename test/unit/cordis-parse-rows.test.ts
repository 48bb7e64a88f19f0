import path from "node:path";
import { describe, expect, it } from "vitest";
import { openInput } from "../../server/import/records/open-input.js";
import { parseCordisParticipation } from "../../server/import/cordis/parse-cordis-participation.js";
import { parseCordisProject } from "../../server/import/cordis/parse-cordis-project.js";
import { planParticipationBatch } from "../../server/import/cordis/plan-participation-batch.js";
import { indexCuratedActors } from "../../server/import/resolution/resolve-actor.js";
import { RowError } from "../../server/import/records/row-error.js";
import { readCordisRecords } from "../../server/import/records/read-cordis-records.js";
import { type SourceRecord } from "../../server/import/records/source-record.js";

const fixture = (name: string) => path.resolve(import.meta.dirname, "../fixtures/cordis", name);

async function readAll(name: string): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for await (const record of readCordisRecords(openInput(fixture(name)))) records.push(record);
  return records;
}

const errorOf = (value: unknown) =>
  value instanceof RowError ? { locator: value.locator, field: value.field, message: value.message } : value;

describe("bad CORDIS rows", () => {
  it("reports a project without id, with a malformed number or date, by file, line and field", async () => {
    const results = (await readAll("fixture-project.csv")).map(parseCordisProject);
    expect(results.slice(0, 3).every((result) => !(result instanceof RowError))).toBe(true);
    expect(results.slice(3).map(errorOf)).toEqual([
      { locator: "fixture-project.csv:9", field: "id", message: "fixture-project.csv:9: field id: missing" },
      {
        locator: "fixture-project.csv:10",
        field: "totalCost",
        message: 'fixture-project.csv:10: field totalCost: "12,x" is not a number',
      },
      {
        locator: "fixture-project.csv:11",
        field: "startDate",
        message: 'fixture-project.csv:11: field startDate: "2020-13-01" is not a date (YYYY-MM-DD)',
      },
    ]);
  });

  it("reports a participation with a malformed number, an unknown role or no project id", async () => {
    const results = (await readAll("fixture-organization.csv.gz")).map(parseCordisParticipation);
    const errors = results.filter((result) => result instanceof RowError).map(errorOf);
    expect(errors).toEqual([
      {
        locator: "fixture-organization.csv.gz:11",
        field: "ecContribution",
        message: 'fixture-organization.csv.gz:11: field ecContribution: "12,x" is not a number',
      },
      {
        locator: "fixture-organization.csv.gz:12",
        field: "role",
        message:
          'fixture-organization.csv.gz:12: field role: "observer" is not a role (coordinator, participant, thirdParty, partner, associatedPartner)',
      },
      {
        locator: "fixture-organization.csv.gz:13",
        field: "projectID",
        message: "fixture-organization.csv.gz:13: field projectID: missing",
      },
    ]);
  });

  it("reports JSON records by their index", async () => {
    const [, bad] = (await readAll("fixture-project.json")).map(parseCordisProject);
    expect(errorOf(bad)).toEqual({
      locator: "fixture-project.json[1]",
      field: "ecMaxContribution",
      message: 'fixture-project.json[1]: field ecMaxContribution: "abc" is not a number',
    });
    const [, , badRole] = (await readAll("fixture-organization.json")).map(parseCordisParticipation);
    expect(errorOf(badRole)).toMatchObject({ locator: "fixture-organization.json[2]", field: "role" });
  });

  it("rejects a participation whose project is neither imported nor in the database", async () => {
    const records = await readAll("fixture-organization.csv");
    const unknown = parseCordisParticipation(records[11]);
    if (unknown instanceof RowError) throw unknown;
    const plan = planParticipationBatch([unknown], {
      projects: new Map(),
      known: { byCordisId: new Map(), byVatNumber: new Map() },
      ownActors: new Map(),
      curated: indexCuratedActors([]),
    });
    expect(plan.rejected.map(errorOf)).toEqual([
      {
        locator: "fixture-organization.csv:14",
        field: "projectID",
        message:
          'fixture-organization.csv:14: field projectID: project "990009999" is neither in this import nor in the database',
      },
    ]);
    expect([plan.ownActors, plan.newParticipations]).toEqual([[], []]);
  });
});

describe("CORDIS values", () => {
  const record = (fields: Record<string, unknown>): SourceRecord => ({ fields, locator: "test.csv:2" });
  const participation = (fields: Record<string, unknown>) =>
    parseCordisParticipation(
      record({ projectID: "1", organisationID: "2", name: "X", role: "participant", ...fields }),
    );

  it("reads empty numbers as absent and accepts exponent and JSON numbers", () => {
    expect(participation({ ecContribution: "", netEcContribution: "1.5E3", totalCost: 42 })).toMatchObject({
      ecContribution: null,
      netEcContribution: 1500,
      totalCost: 42,
    });
  });

  it("reads CORDIS booleans in either case and roles in any case", () => {
    expect(participation({ endOfParticipation: "True", SME: "false", role: "THIRDPARTY" })).toMatchObject({
      endOfParticipation: true,
      role: "thirdParty",
      organisation: { sme: false },
    });
    expect(errorOf(participation({ SME: "yes" }))).toMatchObject({ field: "SME" });
    expect(errorOf(participation({ order: "1.5" }))).toMatchObject({ field: "order" });
  });

  it("maps activity types to actor kinds, also when CORDIS repeats the code", () => {
    const kinds = ["HES", "REC", "PRC;PRC", "PUB", "OTH", ""].map((activityType) => {
      const parsed = participation({ activityType });
      return parsed instanceof RowError ? parsed : [parsed.organisation.activityType, parsed.organisation.kind];
    });
    expect(kinds).toEqual([
      ["HES", "UNIVERSITY"],
      ["REC", "RESEARCH_ORGANISATION"],
      ["PRC", "COMPANY"],
      ["PUB", "PUBLIC_BODY"],
      ["OTH", "OTHER"],
      [null, "OTHER"],
    ]);
  });

  it("gives each programme its Source", () => {
    const project = (frameworkProgramme: string) => {
      const parsed = parseCordisProject(record({ id: "1", title: "T", frameworkProgramme }));
      return parsed instanceof RowError ? parsed : parsed.properties.sourceId;
    };
    expect(["H2020", "HORIZON", "FP7"].map(project)).toEqual(["cordis-h2020", "cordis-horizon-europe", "cordis-fp7"]);
  });
});
