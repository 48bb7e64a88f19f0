import { describe, expect, it } from "vitest";
import { combineCertainty } from "../../server/analysis/edge-certainty.js";

const undated = { since: null, until: null };

describe("the certainty of a tie grouped from several relationships", () => {
  it("is in effect and stated where no relationship says otherwise", () => {
    expect(combineCertainty([undated, undated], undated)).toEqual({
      status: "IN_EFFECT",
      confidence: "STATED",
      datePrecision: null,
    });
  });

  it("stays proposed when every source only proposes it", () => {
    const proposed = { ...undated, status: "PROPOSED" };
    expect(combineCertainty([proposed, proposed], undated).status).toBe("PROPOSED");
  });

  it("is decided when a later source records the decision of a proposal", () => {
    const relationships = [
      { ...undated, status: "PROPOSED" },
      { ...undated, status: "DECIDED" },
    ];
    expect(combineCertainty(relationships, undated).status).toBe("DECIDED");
  });

  it("is intended rather than proposed, and in effect rather than decided", () => {
    expect(
      combineCertainty(
        [
          { ...undated, status: "PROPOSED" },
          { ...undated, status: "INTENDED" },
        ],
        undated,
      ).status,
    ).toBe("INTENDED");
    expect(combineCertainty([{ ...undated, status: "DECIDED" }, undated], undated).status).toBe("IN_EFFECT");
  });

  it("is as certain as its best evidence", () => {
    const unverified = { ...undated, confidence: "UNVERIFIED" };
    const reconstructed = { ...undated, confidence: "RECONSTRUCTED" };
    expect(combineCertainty([unverified], undated).confidence).toBe("UNVERIFIED");
    expect(combineCertainty([unverified, reconstructed], undated).confidence).toBe("RECONSTRUCTED");
    expect(combineCertainty([reconstructed, undated], undated).confidence).toBe("STATED");
  });

  it("dates as precisely as the least precise relationship that gives its dates", () => {
    const byYear = { since: "2015-01-01", until: null, datePrecision: "year" };
    const byDay = { since: "2016-03-04", until: null, datePrecision: "day" };
    expect(combineCertainty([byYear, byDay], { since: "2015-01-01", until: null }).datePrecision).toBe("year");
    // A relationship whose dates the tie does not take does not set its precision.
    expect(
      combineCertainty([byDay, { ...byYear, since: "2017-01-01" }], { since: "2016-03-04", until: null }).datePrecision,
    ).toBe("day");
  });

  it("calls a reply deadline a deadline, the least precise of all", () => {
    const deadline = { since: null, until: "2015-10-05", datePrecision: "deadline" };
    const started = { since: "2015-01-01", until: null, datePrecision: "day" };
    expect(combineCertainty([deadline], { since: null, until: "2015-10-05" }).datePrecision).toBe("deadline");
    expect(
      combineCertainty([deadline, { ...started, until: "2015-10-05" }], { since: "2015-01-01", until: "2015-10-05" })
        .datePrecision,
    ).toBe("deadline");
  });
});
