import { describe, expect, it } from "vitest";
import { labelOf } from "../../server/model/graph-values.js";

describe("what a person reads for a node", () => {
  it("is an actor's short name, a project's acronym, else its name or title", () => {
    expect(labelOf({ id: "kth", name: "Kungliga Tekniska högskolan", shortName: "KTH" })).toBe("KTH");
    expect(labelOf({ id: "growsmarter", acronym: "GrowSmarter", title: "Lighthouse project", rcn: "194441" })).toBe(
      "GrowSmarter",
    );
    expect(labelOf({ id: "p1", acronym: "", title: "A title" })).toBe("A title");
  });

  it("names a Horizon 2020 project the history gives no title by its record number, never by its id", () => {
    expect(labelOf({ id: "h2020-rcn-204474", rcn: "204474" })).toBe("H2020 · 204474");
    expect(labelOf({ id: "h2020-rcn-204474", rcn: 204474 })).toBe("H2020 · 204474");
    expect(labelOf({ id: "plain" })).toBe("plain");
  });
});
