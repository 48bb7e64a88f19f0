import { describe, expect, it } from "vitest";
import { cordisHistorySource } from "../../server/import/cordis/cordis-sources.js";
import { parseCordisHistory, type HistoryParticipation } from "../../server/import/cordis/parse-cordis-history.js";
import { historyLacks, planHistoryBatch, type HistoryContext } from "../../server/import/cordis/plan-history-batch.js";
import { RowError } from "../../server/import/records/row-error.js";

const header = [
  "projectRcn",
  "role",
  "organisationID",
  "activityType",
  "country",
  "ecContribution",
  "startDate",
  "endDate",
  "ecMaxContribution",
  "totalCost",
  "programmeParts",
];
const row = (line: number, values: string[]) =>
  parseCordisHistory({ locator: `h.csv:${line}`, fields: Object.fromEntries(header.map((h, i) => [h, values[i]])) });

const rows = [
  row(2, [
    "194441",
    "coordinator",
    "996559183",
    "PUB",
    "SE",
    "100",
    "2015-01-01",
    "2019-12-31",
    "24820974.38",
    "35801867.83",
    "SC3",
  ]),
  row(3, [
    "194441",
    "participant",
    "999990946",
    "HES",
    "SE",
    "50",
    "2015-01-01",
    "2019-12-31",
    "24820974.38",
    "35801867.83",
    "SC3",
  ]),
  row(4, [
    "194441",
    "participant",
    "900000001",
    "PRC",
    "ES",
    "20",
    "2015-01-01",
    "2019-12-31",
    "24820974.38",
    "35801867.83",
    "SC3",
  ]),
  row(5, [
    "194441",
    "participant",
    "900000001",
    "PRC",
    "ES",
    "5",
    "2015-01-01",
    "2019-12-31",
    "24820974.38",
    "35801867.83",
    "SC3",
  ]),
  row(6, ["216122", "participant", "999990946", "HES", "SE", "7", "2018-04-01", "2021-03-31", "", "", "LEIT-ICT,SC5"]),
] as HistoryParticipation[];

const context = (): HistoryContext => ({
  projectByRcn: new Map([["216122", "785219"]]),
  projects: new Map([
    ["785219", { sourceId: "cordis-h2020", startDate: "2018-04-01", endDate: "2021-03-31", participations: new Map() }],
  ]),
  organisations: new Map([
    ["996559183", { id: "stockholms-stad", named: true }],
    ["999990946", { id: "kth", named: true }],
  ]),
});

const source = cordisHistorySource("2020-12-14");

describe("parseCordisHistory", () => {
  it("reports a broken row with its file, line and field", () => {
    const broken = row(9, ["19x", "participant", "1", "PRC", "SE", "", "", "", "", "", ""]);
    expect(broken).toBeInstanceOf(RowError);
    expect(String((broken as RowError).message)).toMatch(/h\.csv:9.*projectRcn/);
    expect(row(10, ["1", "boss", "1", "PRC", "SE", "", "", "", "", "", ""])).toBeInstanceOf(RowError);
  });
});

describe("planHistoryBatch", () => {
  const plan = planHistoryBatch(rows, context(), source, "2020-12-14 00:00:00");

  it("makes a project of its own for a new record number, saying what the source lacks, never a grant id", () => {
    const own = plan.projects.find((project) => project.id === "h2020-rcn-194441")!;
    expect(own.properties).toMatchObject({
      programme: "H2020",
      rcn: "194441",
      programmeParts: ["SC3"],
      sourceId: source.id,
      sourceLacks: historyLacks,
    });
    expect(own.startDate).toBe("2015-01-01");
  });

  it("lands a record number that a shipped project holds on that project, without claiming its source", () => {
    const shipped = plan.projects.find((project) => project.id === "785219")!;
    expect(shipped.properties).toEqual({
      programme: "H2020",
      rcn: "216122",
      programmeParts: ["LEIT-ICT", "SC5"],
      totalCost: null,
      ecMaxContribution: null,
    });
    expect(plan.participations.newParticipations.filter((p) => p.projectId === "785219").map((p) => p.actorId)).toEqual(
      ["kth"],
    );
  });

  it("puts organisations on the actors holding their CORDIS ids, else on one nameless organisation each", () => {
    expect(plan.nameless.map((o) => [o.id, o.kind, o.country])).toEqual([["cordis-900000001", "COMPANY", "ES"]]);
    expect([...plan.namelessIds]).toEqual(["cordis-900000001"]);
    const actors = plan.participations.newParticipations.map((p) => `${p.actorId} ${p.projectId} ${p.role}`);
    expect(actors).toEqual([
      "stockholms-stad h2020-rcn-194441 coordinator",
      "kth h2020-rcn-194441 participant",
      "cordis-900000001 h2020-rcn-194441 participant",
      "kth 785219 participant",
    ]);
    const split = plan.participations.newParticipations.find((p) => p.actorId === "cordis-900000001")!;
    expect(split.ecContribution).toBe(25);
    expect(plan.merged).toBe(1);
  });

  it("changes nothing when the same rows meet what they wrote", () => {
    const again = context();
    for (const p of plan.participations.newParticipations) {
      const project = again.projects.get(p.projectId) ?? {
        sourceId: source.id,
        startDate: String(p.since),
        endDate: String(p.until),
        participations: new Map(),
      };
      const values = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null)) as Record<string, string>;
      const keys = ["ecContribution", "since", "until", "contentUpdateDate"].filter((k) => values[k] !== undefined);
      project.participations.set(`${p.actorId} ${p.role}`, {
        rowHash: p.rowHash,
        facts: {
          values: Object.fromEntries(keys.map((k) => [k, p[k] as string])),
          dates: Object.fromEntries(keys.map((k) => [k, "2020-12-14 00:00:00"])),
        },
      });
      again.projects.set(p.projectId, project);
    }
    again.projectByRcn.set("194441", "h2020-rcn-194441");
    again.organisations.set("900000001", { id: "cordis-900000001", named: false, country: "ES", activityType: "PRC" });
    const second = planHistoryBatch(rows, again, source, "2020-12-14 00:00:00");
    expect([second.participations.created, second.participations.updated, second.participations.unchanged]).toEqual([
      0, 0, 4,
    ]);
    expect(second.nameless).toEqual([]);
  });
});
