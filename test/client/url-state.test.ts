import { describe, expect, it } from "vitest";
import { formatViewState, parseViewState } from "../../client/src/state/url-state.js";
import {
  changeFilter,
  expand,
  focusOn,
  showPath,
  toggleHidden,
  togglePinned,
} from "../../client/src/state/view-actions.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";

describe("the view as a link", () => {
  it("round-trips every part of the view", () => {
    const state: ViewState = {
      focus: ["kth", "stockholms-stad"],
      selected: "openlab",
      hidden: ["exploateringskontoret"],
      pinned: ["kth"],
      filter: {
        kinds: ["UNIVERSITY", "MUNICIPALITY"],
        relationshipTypes: ["MEMBER_OF"],
        programmes: ["H2020"],
        asOfYear: 2015,
      },
      sizeBy: "pagerank",
      path: { from: "kth", to: "stockholms-stad" },
      view: "organisations",
      minStrength: 0.2,
      partnerCount: 60,
      edge: "SHARES:kth|openlab",
      lang: "sv",
    };
    const search = formatViewState(state);
    expect(search).toBe(
      "?focus=kth,stockholms-stad&selected=openlab&hidden=exploateringskontoret&pinned=kth&kinds=UNIVERSITY,MUNICIPALITY&rel=MEMBER_OF&programme=H2020&asOf=2015&size=pagerank&from=kth&to=stockholms-stad&view=organisations&strength=0.2&partners=60&edge=SHARES%3Akth%7Copenlab&lang=sv",
    );
    expect(parseViewState(search)).toEqual(state);
  });

  it("writes only the language for the empty view and reads the empty view back", () => {
    expect(formatViewState(initialViewState)).toBe("?lang=en");
    expect(parseViewState("?lang=sv")).toEqual({ ...initialViewState, lang: "sv" });
    expect(parseViewState("?lang=fi", "sv")).toEqual({ ...initialViewState, lang: "sv" });
    expect(parseViewState("")).toEqual(initialViewState);
    expect(parseViewState("?")).toEqual(initialViewState);
  });

  it("keeps ids that hold commas, spaces and non-ASCII letters", () => {
    const state = { ...initialViewState, focus: ["a,b", "Malmö stad", "x&y=z"], selected: "Malmö stad" };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });

  it("drops values that are not valid", () => {
    const state = parseViewState(
      "?focus=kth,kth&kinds=UNIVERSITY,DRAGON&rel=LOVES,PART_OF&programme=FP7&asOf=1066&size=huge&from=kth&unknown=1&selected=%E0",
    );
    expect(state).toEqual({
      ...initialViewState,
      focus: ["kth"],
      filter: { ...initialViewState.filter, kinds: ["UNIVERSITY"], relationshipTypes: ["PART_OF"] },
    });
  });
});

describe("view actions", () => {
  it("focuses on a search result, expands, hides, pins and shows paths", () => {
    let state = focusOn("kth")(initialViewState);
    expect(state).toMatchObject({ focus: ["kth"], selected: "kth" });
    state = expand("openlab")(state);
    expect(state.focus).toEqual(["kth", "openlab"]);
    expect(expand("openlab")(state)).toBe(state);
    state = toggleHidden("openlab")(togglePinned("kth")(state));
    expect(state).toMatchObject({ hidden: ["openlab"], pinned: ["kth"] });
    state = changeFilter({ asOfYear: 2012 })(showPath("kth", "openlab")(state));
    expect(state).toMatchObject({ path: { from: "kth", to: "openlab" }, filter: { asOfYear: 2012 } });
    expect(focusOn("openlab")(state)).toMatchObject({ focus: ["openlab"], hidden: [], path: null });
  });
});
