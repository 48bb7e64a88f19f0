import { describe, expect, it } from "vitest";
import { formatViewState, parseViewState } from "../../client/src/state/url-state.js";
import { bindViewStateToUrl } from "../../client/src/state/bind-url.js";
import { createStore } from "../../client/src/state/store.js";
import {
  addToConsortium,
  changeFilter,
  closeCall,
  expand,
  focusOn,
  openCall,
  removeFromConsortium,
  select,
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
      brief: { call: "HORIZON-CL5-2027-02-D3-07", consortium: ["kth", "cordis-999952243"] },
    };
    const search = formatViewState(state);
    expect(search).toBe(
      "?focus=kth,stockholms-stad&selected=openlab&hidden=exploateringskontoret&pinned=kth&kinds=UNIVERSITY,MUNICIPALITY&rel=MEMBER_OF&programme=H2020&asOf=2015&size=pagerank&from=kth&to=stockholms-stad&view=organisations&strength=0.2&partners=60&edge=SHARES%3Akth%7Copenlab&call=HORIZON-CL5-2027-02-D3-07&consortium=kth,cordis-999952243&lang=sv",
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

describe("a call's brief as a link", () => {
  it("checks a brief without a consortium for the selected actor, and drops a consortium without a call", () => {
    expect(parseViewState("?selected=kth&call=HORIZON-CL5-2027-07-D3-28").brief).toEqual({
      call: "HORIZON-CL5-2027-07-D3-28",
      consortium: ["kth"],
    });
    expect(parseViewState("?call=HORIZON-CL5-2027-07-D3-28").brief).toEqual({
      call: "HORIZON-CL5-2027-07-D3-28",
      consortium: [],
    });
    expect(parseViewState("?selected=kth&consortium=kth,ki").brief).toBeNull();
    expect(parseViewState("?call=X&consortium=kth,ki,kth").brief).toEqual({ call: "X", consortium: ["kth", "ki"] });
  });

  it("opens a call for the selected actor, adds and removes members, keeps the last one, and closes", () => {
    let state = openCall("HORIZON-CL5-2027-07-D3-28")(select("kth")(initialViewState));
    expect(state.brief).toEqual({ call: "HORIZON-CL5-2027-07-D3-28", consortium: ["kth"] });
    expect(openCall("HORIZON-CL5-2027-07-D3-28")(state)).toBe(state);
    state = addToConsortium("cordis-999952243")(state);
    expect(state.brief?.consortium).toEqual(["kth", "cordis-999952243"]);
    expect(addToConsortium("kth")(state)).toBe(state);
    // Another call of the same team keeps its consortium; selecting another actor leaves the brief as it is.
    state = select("stockholms-stad")(openCall("HORIZON-CL5-2027-02-D3-07")(state));
    expect(state.brief).toEqual({ call: "HORIZON-CL5-2027-02-D3-07", consortium: ["kth", "cordis-999952243"] });
    state = removeFromConsortium("kth")(state);
    expect(state.brief?.consortium).toEqual(["cordis-999952243"]);
    expect(removeFromConsortium("cordis-999952243")(state)).toBe(state);
    state = closeCall(state);
    expect(state.brief).toBeNull();
    expect(addToConsortium("kth")(state)).toBe(state);
    expect(openCall("HORIZON-CL5-2027-02-D3-07")(state).brief?.consortium).toEqual(["stockholms-stad"]);
  });

  it("adds a history entry for a newly opened call, and replaces it as the consortium changes", () => {
    const entries: string[] = [];
    const location = { pathname: "/", search: "", hash: "" } as Location;
    const record = (kind: string) => (_data: unknown, _unused: string, url?: string | URL | null) => {
      location.search = new URL(String(url), "http://localhost").search;
      entries.push(`${kind} ${location.search}`);
    };
    const history = { pushState: record("push"), replaceState: record("replace") } as unknown as History;
    const store = createStore<ViewState>({ ...initialViewState, selected: "kth" });
    const stop = bindViewStateToUrl(store, location, history);
    store.update(openCall("HORIZON-CL5-2027-07-D3-28"));
    store.update(addToConsortium("ki"));
    store.update(closeCall);
    stop();
    expect(entries).toEqual([
      "replace ?selected=kth&lang=en",
      "push ?selected=kth&call=HORIZON-CL5-2027-07-D3-28&consortium=kth&lang=en",
      "replace ?selected=kth&call=HORIZON-CL5-2027-07-D3-28&consortium=kth,ki&lang=en",
      "replace ?selected=kth&lang=en",
    ]);
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
