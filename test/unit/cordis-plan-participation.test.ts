import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openInput } from "../../server/import/records/open-input.js";
import {
  parseCordisParticipation,
  type CordisParticipation,
} from "../../server/import/cordis/parse-cordis-participation.js";
import {
  participationFields,
  planActorFills,
  planParticipationBatch,
  type BatchContext,
  type OwnActorRow,
  type ParticipationRow,
  type ProjectContext,
  type StoredOwnActor,
  type StoredParticipation,
} from "../../server/import/cordis/plan-participation-batch.js";
import { readFieldDates, type FactValue } from "../../server/import/records/newer-facts.js";
import { indexCuratedActors } from "../../server/import/resolution/resolve-actor.js";
import { RowError } from "../../server/import/records/row-error.js";
import { readCordisRecords } from "../../server/import/records/read-cordis-records.js";

let rows: CordisParticipation[];

beforeAll(async () => {
  rows = [];
  const file = path.resolve(import.meta.dirname, "../fixtures/cordis/fixture-organization.csv");
  for await (const record of readCordisRecords(openInput(file))) {
    const parsed = parseCordisParticipation(record);
    if (!(parsed instanceof RowError)) rows.push(parsed);
  }
});

const project = (startDate: string, endDate: string): ProjectContext => ({
  sourceId: "cordis-testfixture",
  startDate,
  endDate,
  participations: new Map(),
});

function context(): BatchContext {
  return {
    projects: new Map([
      ["990000001", project("2020-01-01", "2023-12-31")],
      ["990000002", project("2021-02-01", "2024-01-31")],
      ["990000003", project("2020-01-01", "2023-12-31")],
    ]),
    known: { byCordisId: new Map([["990000102", "test-stad"]]), byVatNumber: new Map() },
    ownActors: new Map(),
    curated: indexCuratedActors([
      { id: "test-kth", name: "Fixturhögskolan", country: null, names: ["Fixturhögskolan", "Fixturhögskolan Östra"] },
      { id: "test-stad", name: "Fixturkommunen", country: "SE", names: ["Fixturkommunen"] },
    ]),
  };
}

const storedParticipation = (p: ParticipationRow): StoredParticipation => {
  const values = Object.fromEntries(
    participationFields.filter((field) => p[field] !== null).map((field) => [field, p[field] as FactValue]),
  );
  const date = String(p.contentUpdateDate ?? "");
  return {
    rowHash: p.rowHash,
    facts: { values, dates: Object.fromEntries(Object.keys(values).map((k) => [k, date])) },
  };
};

const storedActor = (a: OwnActorRow): StoredOwnActor => {
  const dates = readFieldDates(a.fieldDates);
  return {
    rowHash: a.rowHash,
    aliases: a.aliases,
    facts: { values: Object.fromEntries(Object.keys(dates).map((k) => [k, a[k] as FactValue])), dates },
  };
};

describe("planParticipationBatch", () => {
  it("sums the rows of one (actor, project, role) into one participation", () => {
    const plan = planParticipationBatch(rows, context());
    expect(plan.merged).toBe(1);
    const thirdParty = plan.newParticipations.find((p) => p.actorId === "cordis-990000106" && p.role === "thirdParty");
    expect(thirdParty).toMatchObject({
      projectId: "990000001",
      locator: "fixture-organization.csv:5",
      order: 2,
      ecContribution: 150,
      netEcContribution: 100,
      totalCost: 225,
      endOfParticipation: false,
      since: "2020-01-01",
      until: "2023-12-31",
      sourceId: "cordis-testfixture",
    });
  });

  it("lands organisations by CORDIS id, VAT number and name, and proposes the uncertain one", () => {
    const plan = planParticipationBatch(rows, context());
    expect(plan.newParticipations.map((p) => `${p.actorId} ${p.projectId} ${p.role}`)).toEqual([
      "test-kth 990000001 coordinator",
      "test-stad 990000001 participant",
      "cordis-990000104 990000001 participant",
      "cordis-990000106 990000001 thirdParty",
      "test-kth 990000002 participant",
      "cordis-990000103 990000002 participant",
      "cordis-990000104 990000002 coordinator",
      "cordis-990000106 990000003 coordinator",
    ]);
    expect(plan.mergedActors.map((a) => [a.id, a.resolvedBy])).toEqual([
      ["test-kth", "cordis:990000101 by name:FIXTURHOGSKOLAN OSTRA"],
      ["test-stad", "cordis:990000102 by cordisId"],
      ["cordis-990000104", "cordis:990000105 by vatNumber"],
    ]);
    expect(plan.ownActors.map((a) => a.id)).toEqual(["cordis-990000104", "cordis-990000106", "cordis-990000103"]);
    expect(plan.candidates).toEqual([{ from: "cordis-990000103", to: "test-kth", rule: "name-contains", score: 0.67 }]);
    expect(plan.resolvedOrganisations).toEqual(["990000101", "990000102", "990000105"]);
  });

  it("counts participations and skips actors whose stored content hash is the same", () => {
    const first = planParticipationBatch(rows, context());
    const again = context();
    for (const p of first.newParticipations)
      again.projects.get(p.projectId)!.participations.set(`${p.actorId} ${p.role}`, storedParticipation(p));
    const changed = first.newParticipations[0];
    again.projects.get(changed.projectId)!.participations.set(`${changed.actorId} ${changed.role}`, {
      ...storedParticipation(changed),
      rowHash: "old-hash",
    });
    for (const a of first.ownActors) again.ownActors.set(a.id, storedActor(a));
    const second = planParticipationBatch(rows, again);
    expect([first.created, first.updated, first.unchanged]).toEqual([8, 0, 0]);
    expect([second.created, second.updated, second.unchanged]).toEqual([0, 1, 7]);
    expect(second.changedParticipations.map((p) => p.actorId)).toEqual([changed.actorId]);
    expect(second.ownActors).toEqual([]);
  });

  it("writes no participation that is deleted or a draft, and counts it unchanged", () => {
    const hidden = context();
    hidden.projects.get("990000001")!.hidden = new Set(["cordis-990000104 participant", "test-stad participant"]);
    const plan = planParticipationBatch(rows, hidden);
    expect([plan.created, plan.updated, plan.unchanged]).toEqual([6, 0, 2]);
    expect(plan.newParticipations.map((p) => `${p.actorId} ${p.projectId}`)).not.toContain(
      "cordis-990000104 990000001",
    );
    expect(plan.newParticipations.map((p) => `${p.actorId} ${p.projectId}`)).not.toContain("test-stad 990000001");
  });

  it("keeps a newer stored actor's values against an older row, and fills only what it lacks", () => {
    const first = planParticipationBatch(rows, context());
    const actor = first.ownActors.find((a) => a.id === "cordis-990000104")!;
    const newer = context();
    const stored = storedActor(actor);
    const later = "2099-01-01 00:00:00";
    newer.ownActors.set(actor.id, {
      ...stored,
      rowHash: "newer",
      facts: {
        values: { ...stored.facts.values, shortName: "NEWER", nutsCode: "SE110" },
        dates: { ...Object.fromEntries(Object.keys(stored.facts.dates).map((k) => [k, later])), nutsCode: later },
      },
    });
    newer.ownActors.get(actor.id)!.facts.values.city = null as unknown as FactValue;
    delete newer.ownActors.get(actor.id)!.facts.values.city;
    const plan = planParticipationBatch(rows, newer);
    const written = plan.ownActors.find((a) => a.id === actor.id)!;
    expect(written.shortName).toBe("NEWER");
    expect(written.nutsCode).toBe("SE110");
    expect(written.city).toBe(actor.city);
  });

  it("gives an organisation's own node that another organisation fills the hash its own rows then agree with", () => {
    const first = planParticipationBatch(rows, context());
    const actor = first.ownActors.find((a) => a.id === "cordis-990000104")!;
    const stored = storedActor(actor);
    // Another organisation lands on it (by VAT number) with a newer city.
    const [fill] = planActorFills(
      [{ id: actor.id, date: "2099-01-01 00:00:00", fill: { city: "NEWER CITY" } }],
      new Map([[actor.id, { ...stored.facts, rowHash: actor.rowHash }]]),
    );
    expect(fill.set).toEqual({ city: "NEWER CITY" });
    expect(fill.rowHash).not.toBe(actor.rowHash);
    const filled = context();
    filled.ownActors.set(actor.id, {
      ...stored,
      rowHash: fill.rowHash!,
      facts: { values: { ...stored.facts.values, city: "NEWER CITY" }, dates: readFieldDates(fill.fieldDates) },
    });
    const again = planParticipationBatch(rows, filled);
    expect(again.ownActors.map((a) => a.id)).not.toContain(actor.id);
  });

  it("gives a curated actor no content hash of its own when it is filled", () => {
    const [fill] = planActorFills(
      [{ id: "test-stad", date: "2021-01-01 00:00:00", fill: { city: "CITY" } }],
      new Map([["test-stad", { values: {}, dates: {} }]]),
    );
    expect(fill.rowHash).toBeUndefined();
  });

  it("fills a curated actor's empty fields from CORDIS, the newer row winning, and keeps its undated values", () => {
    const fills = planActorFills(
      [
        { id: "test-stad", date: "2021-01-01 00:00:00", fill: { country: "SE", city: "OLD CITY", nutsCode: "SE110" } },
        { id: "test-stad", date: "2025-01-01 00:00:00", fill: { country: "FI", city: "NEW CITY", nutsCode: null } },
      ],
      new Map([["test-stad", { values: { country: "SE" }, dates: {} }]]),
    );
    expect(fills).toEqual([
      {
        id: "test-stad",
        set: { city: "NEW CITY", nutsCode: "SE110" },
        fieldDates: JSON.stringify({ city: "2025-01-01 00:00:00", nutsCode: "2021-01-01 00:00:00" }),
      },
    ]);
    const again = planActorFills(
      [{ id: "test-stad", date: "2021-01-01 00:00:00", fill: { city: "OLD CITY" } }],
      new Map([
        [
          "test-stad",
          {
            values: { country: "SE", city: "NEW CITY", nutsCode: "SE110" },
            dates: readFieldDates(fills[0].fieldDates),
          },
        ],
      ]),
    );
    expect(again).toEqual([]);
  });
});
