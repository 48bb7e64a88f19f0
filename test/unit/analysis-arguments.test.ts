import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../server/analysis/search-graph.js";
import { foldTerm } from "../../server/model/fold-term.js";
import { checkDate, checkRange, toFilterParams } from "../../server/model/validate-arguments.js";
import { betweennessSampleSize } from "../../server/analysis/rank-centrality.js";

describe("search text to Lucene", () => {
  it("requires every word and completes the last one", () => {
    expect(toLuceneQuery("Kungliga Tekniska")).toBe("kungliga AND (tekniska OR tekniska*)");
  });

  it("folds accents as the index does", () => {
    expect(foldTerm("Södertörns")).toBe("sodertorns");
    expect(toLuceneQuery("högskola")).toBe("(hogskola OR hogskola*)");
  });

  it("lets no Lucene syntax through", () => {
    expect(toLuceneQuery('name:kth OR *:* "x" ~2 ^9 \\')).toBe("name AND kth AND or AND x AND 2 AND (9 OR 9*)");
    expect(toLuceneQuery("  -+!(){}[]  ")).toBe("");
  });
});

describe("argument checks", () => {
  it("accepts integers in range and refuses the rest with BAD_USER_INPUT", () => {
    expect(checkRange("depth", undefined, 0, 3, 1)).toBe(1);
    expect(checkRange("depth", 3, 0, 3, 1)).toBe(3);
    for (const bad of [4, -1, 1.5]) {
      try {
        checkRange("depth", bad, 0, 3, 1);
        expect.fail(`depth ${bad} was accepted`);
      } catch (error: any) {
        expect(error.extensions.code).toBe("BAD_USER_INPUT");
        expect(error.message).toContain("depth");
      }
    }
  });

  it("accepts real calendar days only", () => {
    expect(checkDate("asOf", "2016-02-29")).toBe("2016-02-29");
    expect(() => checkDate("asOf", "2015-02-29")).toThrow(/YYYY-MM-DD/);
    expect(() => checkDate("asOf", "2015-13-01")).toThrow(/YYYY-MM-DD/);
    expect(() => checkDate("asOf", "yesterday")).toThrow(/YYYY-MM-DD/);
  });

  it("turns a filter into parameters and refuses unknown relationship types", () => {
    expect(toFilterParams({ kinds: ["UNIVERSITY"], asOf: "2014-06-01" })).toEqual({
      kinds: ["UNIVERSITY"],
      relationshipTypes: null,
      programmes: null,
      asOf: "2014-06-01",
      minWeight: null,
    });
    expect(() => toFilterParams({ relationshipTypes: ["PART_OF`]->() DETACH DELETE n //"] })).toThrow(
      /unknown relationship type/,
    );
    expect(() => toFilterParams({ minWeight: -1 })).toThrow(/minWeight/);
  });
});

describe("betweenness sample size", () => {
  it("starts from every actor of a small graph", () => {
    expect(betweennessSampleSize(1500, 40_000)).toBe(1500);
  });

  it("sizes the sample of a large graph to the work budget, between 32 and 500 sources", () => {
    // The shipped data: about 12,600 actors and 300,000 projected relationships.
    expect(betweennessSampleSize(12_600, 300_000)).toBe(500);
    // The size of Horizon 2020 as the bench generates it: 94,709 actors, 10,650,570 relationships.
    expect(betweennessSampleSize(94_709, 10_650_570)).toBe(46);
    expect(betweennessSampleSize(1_000_000, 100_000_000)).toBe(32);
  });
});
