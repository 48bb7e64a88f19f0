import { describe, expect, it } from "vitest";
import { factDate, mergeNewerFacts, type DatedFacts, type FactValue } from "../../server/import/records/newer-facts.js";

type Dated = { date: string; values: Record<string, FactValue> };

const empty: DatedFacts = { values: {}, dates: {} };
const fold = (records: Dated[]) => records.reduce((facts, r) => mergeNewerFacts(facts, r.values, r.date), empty);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [item, ...p]),
  );
}

describe("mergeNewerFacts", () => {
  const records: Dated[] = [
    { date: "2021-02-11 08:47:26", values: { shortName: "OLD", nutsCode: null, sme: null, city: "BOLOGNA" } },
    { date: "2025-10-28 17:27:00", values: { shortName: "GRAPHENE-XT", nutsCode: "ITH55", sme: true, city: null } },
    { date: "2023-05-01 00:00:00", values: { shortName: "MIDDLE", nutsCode: "ITH5", sme: false, city: "BOLOGNA BO" } },
    { date: "2023-05-01 00:00:00", values: { shortName: "SAME DAY", nutsCode: null, sme: null, city: null } },
  ];

  it("gives each field the value of the newest record that fills it, whatever the order", () => {
    const outcomes = permutations(records).map((order) => fold(order));
    for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
    expect(outcomes[0].values).toEqual({ shortName: "GRAPHENE-XT", nutsCode: "ITH55", sme: true, city: "BOLOGNA BO" });
    expect(outcomes[0].dates.city).toBe("2023-05-01 00:00:00");
  });

  it("never erases a value with an empty field, and keeps undated values when asked to", () => {
    const stored: DatedFacts = {
      values: { name: "Kuratorns namn", city: "Stockholm" },
      dates: { city: "2020-01-01 00:00:00" },
    };
    const merged = mergeNewerFacts(
      stored,
      { name: "CORDIS NAME", city: "", country: "SE" },
      "2024-01-01 00:00:00",
      "keep",
    );
    expect(merged.values).toEqual({ name: "Kuratorns namn", city: "Stockholm", country: "SE" });
    expect(mergeNewerFacts(stored, { name: "CORDIS NAME" }, "2024-01-01 00:00:00").values.name).toBe("CORDIS NAME");
  });

  it("reads CORDIS's content dates and an export's date as comparable texts", () => {
    expect(factDate("2021-02-11 08:47:26")).toBe("2021-02-11 08:47:26");
    expect(factDate("2021-02-11T08:47:26Z")).toBe("2021-02-11 08:47:26");
    expect(factDate("2020-12-14")).toBe("2020-12-14 00:00:00");
    expect(factDate("")).toBeNull();
    expect(factDate("14/12/2020")).toBeNull();
  });
});
