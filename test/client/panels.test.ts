import type { Client } from "@urql/core";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import { createStore, type Store } from "../../client/src/state/store.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";
import { createFakeClient } from "./support/fake-client.js";
import { importClientModule } from "./support/import-client-module.js";
import { network } from "./support/networks.js";

let mountNodePanel: (
  root: HTMLElement,
  client: Client,
  store: Store<ViewState>,
  whenDrawn?: () => Promise<void>,
) => () => void;
let mountCollaboratorsTable: (
  root: HTMLElement,
  client: Client,
  store: Store<ViewState>,
  categoryOf: (id: string) => string | null,
) => () => void;
let mountPartnerFinder: (
  root: HTMLElement,
  options: { client: Client; store: Store<ViewState>; showWarmPath(network: unknown): void },
) => void;
let mountFiltersPanel: (
  root: HTMLElement,
  store: Store<ViewState>,
  options?: { stepMs?: number; whenDrawn?: () => Promise<void> },
) => () => void;

beforeAll(async () => {
  ({ mountNodePanel } = await importClientModule<{ mountNodePanel: typeof mountNodePanel }>("panels/node-panel.ts"));
  ({ mountCollaboratorsTable } = await importClientModule<{ mountCollaboratorsTable: typeof mountCollaboratorsTable }>(
    "panels/collaborators-table.ts",
  ));
  ({ mountPartnerFinder } = await importClientModule<{ mountPartnerFinder: typeof mountPartnerFinder }>(
    "panels/partner-finder.ts",
  ));
  ({ mountFiltersPanel } = await importClientModule<{ mountFiltersPanel: typeof mountFiltersPanel }>(
    "panels/filters-panel.ts",
  ));
});

afterEach(() => {
  vi.useRealTimers();
  setLanguage("en");
  document.body.replaceChildren();
});

const kth = {
  id: "kth",
  name: "Kungliga Tekniska högskolan",
  nameEn: "KTH Royal Institute of Technology",
  shortName: "KTH",
  kind: "UNIVERSITY",
  aliases: [],
  country: "SE",
  city: "Stockholm",
  website: "https://www.kth.se",
  foundedYear: 1827,
  rorId: null,
  cordisId: null,
  wikidataId: null,
};
const kthNetwork = {
  ...network(
    [
      ["kth", "KTH"],
      ["stockholms-stad", "Stockholms stad", "Actor", "MUNICIPALITY"],
      ["openlab", "OpenLab", "Actor", "NETWORK"],
    ],
    [
      {
        id: "e1",
        source: "stockholms-stad",
        target: "kth",
        type: "COLLABORATES_WITH",
        quote: "Staden ska utveckla samarbetet med KTH",
      },
      { id: "e2", source: "kth", target: "openlab", type: "MEMBER_OF", since: "2010-01-01" },
    ],
  ),
  truncated: { truncated: false, omittedNodes: 0, omittedEdges: 0 },
};

function mount() {
  const root = document.createElement("div");
  document.body.append(root);
  return root;
}

describe("the node panel", () => {
  it("asks the user to choose a node while none is selected", () => {
    const root = mount();
    mountNodePanel(root, createFakeClient({}).client, createStore(initialViewState));
    expect(root.textContent).toContain("Click a node or a line in the graph");
  });

  it("shows the selected actor's attributes and, once the graph is drawn, its relationships by type, each with its quote and source", async () => {
    const { client, calls } = createFakeClient({
      NodeAttributes: () => ({ data: { actors: [kth], projects: [], agreements: [], strategies: [] } }),
      NeighbourhoodNetwork: () => ({ data: { network: kthNetwork } }),
    });
    const store = createStore<ViewState>({ ...initialViewState, focus: ["kth"], selected: "kth" });
    const root = mount();
    let drawn = () => {};
    const whenDrawn = new Promise<void>((resolve) => (drawn = resolve));
    mountNodePanel(root, client, store, () => whenDrawn);

    // The relationships, a large answer for a hub, wait for the graph's first drawing.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.map((call) => call.name)).toEqual(["NodeAttributes"]);
    expect(root.querySelector(".node-relationships")?.getAttribute("aria-busy")).toBe("true");
    drawn();
    await whenDrawn;
    expect(calls.map((call) => call.name)).toEqual(["NodeAttributes", "NeighbourhoodNetwork"]);
    expect(calls[1].variables).toMatchObject({ ids: ["kth"], depth: 1, filter: null });
    expect(root.querySelector("[data-testid=node-title]")?.textContent).toBe("Kungliga Tekniska högskolan");
    expect(root.querySelector("dl")?.textContent).toContain("Founded1827");
    const groups = [...root.querySelectorAll(".relationship-group summary")].map((heading) => heading.textContent);
    expect(groups).toEqual(["Collaborates with (1)", "Member of (1)"]);
    const quote = root.querySelector("[data-testid=evidence-quote]");
    expect(quote?.textContent).toBe("“Staden ska utveckla samarbetet med KTH”");
    expect(root.querySelector(".evidence-source")?.textContent).toBe(
      "Test decision (kommunstyrelsen, 2015-05-13, Dnr 1/2015) — punkt 1",
    );
    expect(root.querySelector("[data-type=MEMBER_OF] .relationship-period")?.textContent).toBe(" since 2010-01-01");
  });

  it("expands, pins and hides the selected node through the view state", () => {
    const { client } = createFakeClient({
      NodeAttributes: () => ({ data: { actors: [kth], projects: [], agreements: [], strategies: [] } }),
      NeighbourhoodNetwork: () => ({ data: { network: kthNetwork } }),
    });
    const store = createStore<ViewState>({ ...initialViewState, focus: ["stockholms-stad"], selected: "kth" });
    const root = mount();
    mountNodePanel(root, client, store);
    const button = (text: string) =>
      [...root.querySelectorAll("button")].find((candidate) => candidate.textContent === text)!;

    button("Expand neighbours").click();
    expect(store.get().focus).toEqual(["stockholms-stad", "kth"]);
    button("Pin in place").click();
    expect(store.get().pinned).toEqual(["kth"]);
    expect(button("Unpin").getAttribute("aria-pressed")).toBe("true");
    button("Hide").click();
    expect(store.get()).toMatchObject({ hidden: ["kth"], selected: null });
  });

  it("tells what went wrong and retries", () => {
    let fail = true;
    const { client } = createFakeClient({
      NodeAttributes: () =>
        fail
          ? { error: "Neo4j is not answering" }
          : { data: { actors: [kth], projects: [], agreements: [], strategies: [] } },
      NeighbourhoodNetwork: () => ({ data: { network: kthNetwork } }),
    });
    const root = mount();
    mountNodePanel(root, client, createStore<ViewState>({ ...initialViewState, selected: "kth" }));
    expect(root.querySelector("[role=alert]")?.textContent).toContain(
      "The details could not be loaded: Neo4j is not answering.",
    );
    fail = false;
    root.querySelector<HTMLButtonElement>("[role=alert] button")!.click();
    expect(root.querySelector("[data-testid=node-title]")?.textContent).toBe("Kungliga Tekniska högskolan");
  });
});

describe("the collaborators table", () => {
  const collaborations = [
    {
      strength: 1.5,
      partner: { id: "su", name: "Stockholms universitet", kind: "UNIVERSITY", country: "SE" },
      via: [{ id: "p1", label: "Projekt", type: "Project" }],
    },
    {
      strength: 3,
      partner: { id: "stockholms-stad", name: "Stockholms stad", kind: "MUNICIPALITY", country: "SE" },
      via: [],
    },
  ];

  it("lists the partners by strength and sorts by a column when its heading is clicked", () => {
    const { client, calls } = createFakeClient({ Collaborators: () => ({ data: { collaborators: collaborations } }) });
    const root = mount();
    mountCollaboratorsTable(
      root,
      client,
      createStore<ViewState>({ ...initialViewState, selected: "kth" }),
      () => "Actor",
    );
    expect(calls[0]).toEqual({ name: "Collaborators", variables: { id: "kth", filter: null } });
    const partners = () => [...root.querySelectorAll("tbody th button")].map((cell) => cell.textContent);
    expect(partners()).toEqual(["Stockholms stad", "Stockholms universitet"]);

    const partnerHeading = [...root.querySelectorAll<HTMLButtonElement>("thead button")].find((button) =>
      button.textContent?.startsWith("Partner"),
    )!;
    partnerHeading.click();
    expect(partners()).toEqual(["Stockholms stad", "Stockholms universitet"]);
    expect(root.querySelector("th[aria-sort=ascending]")?.textContent).toContain("Partner");
    [...root.querySelectorAll<HTMLButtonElement>("thead button")]
      .find((button) => button.textContent?.startsWith("Partner"))!
      .click();
    expect(partners()).toEqual(["Stockholms universitet", "Stockholms stad"]);
    expect(root.querySelector("th[aria-sort=descending]")?.textContent).toContain("Partner");
  });

  it("downloads the table as CSV", async () => {
    const { client } = createFakeClient({ Collaborators: () => ({ data: { collaborators: collaborations } }) });
    const root = mount();
    mountCollaboratorsTable(
      root,
      client,
      createStore<ViewState>({ ...initialViewState, selected: "kth" }),
      () => "Actor",
    );
    const downloads: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      downloads.push(blob as Blob);
      return "blob:test";
    });
    root.querySelector<HTMLButtonElement>("[data-testid=collaborators-csv]")!.click();
    expect(await downloads[0].text()).toBe(
      "partner_id,partner,kind,country,strength,shared_count,shared\r\nstockholms-stad,Stockholms stad,Municipality,SE,3,0,\r\nsu,Stockholms universitet,University,SE,1.5,1,Projekt\r\n",
    );
  });

  it("asks for an organisation when a project is selected", () => {
    const root = mount();
    mountCollaboratorsTable(
      root,
      createFakeClient({}).client,
      createStore<ViewState>({ ...initialViewState, selected: "p1" }),
      () => "Project",
    );
    expect(root.textContent).toBe("Select an organisation to list who it works with.");
  });
});

describe("the partner finder", () => {
  it("ranks partners with their factors, checks the consortium and shows a suggestion with its warm path", async () => {
    const warmPath = { ...kthNetwork, truncated: { truncated: false, omittedNodes: 0, omittedEdges: 0 } };
    const { client, calls } = createFakeClient({
      SearchNodes: () => ({ data: { search: [{ id: "kth", label: "KTH", type: "Actor", kind: "UNIVERSITY" }] } }),
      PartnerSuggestions: () => ({
        data: {
          partnerSuggestions: [
            {
              score: 2.82,
              reasons: ["Took part in 3 earlier projects of this call's family, such as CIVITAS and MOVE21."],
              actor: { id: "openlab", name: "OpenLab", kind: "NETWORK", country: "SE" },
              factors: [
                {
                  name: "call family",
                  value: 0.9,
                  weight: -0.5,
                  contribution: -0.45,
                  explanation: "3 projects on urban mobility",
                },
              ],
              warmPath,
            },
          ],
        },
      }),
      CheckConsortium: () => ({
        data: {
          consortiumCheck: {
            eligible: false,
            findings: [
              {
                code: "TOO_FEW_COUNTRIES",
                severity: "ERROR",
                message: "All members are in Sweden.",
                fix: "Add partners from two more countries.",
              },
            ],
          },
        },
      }),
    });
    const store = createStore(initialViewState);
    const shown: unknown[] = [];
    const root = mount();
    mountPartnerFinder(root, { client, store, showWarmPath: (path) => shown.push(path) });

    vi.useFakeTimers();
    const member = root.querySelector<HTMLInputElement>("[data-testid=partner-member]")!;
    member.value = "KTH";
    member.dispatchEvent(new Event("input"));
    vi.advanceTimersByTime(250);
    member.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    vi.useRealTimers();
    expect(root.querySelector(".consortium-members")?.textContent).toContain("KTH");
    expect(member.value).toBe("");

    root.querySelector<HTMLInputElement>("[data-testid=partner-topic]")!.value = "urban mobility";
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector("[data-testid=partner-suggestions]")).not.toBeNull());

    expect(calls.find((call) => call.name === "PartnerSuggestions")?.variables).toEqual({
      topic: "urban mobility",
      consortium: ["kth"],
      lang: "EN",
    });
    expect(calls.find((call) => call.name === "CheckConsortium")?.variables).toEqual({
      consortium: ["kth"],
      topic: "urban mobility",
      action: "RIA",
      lang: "EN",
    });
    expect(root.querySelector(".suggestion h4")?.textContent).toBe("OpenLab");
    // Why them in plain words: no score, factor or weight is shown.
    expect(root.querySelector("[data-testid=suggestion-score]")).toBeNull();
    expect(root.querySelector(".reasons li")?.textContent).toBe(
      "Took part in 3 earlier projects of this call's family, such as CIVITAS and MOVE21.",
    );
    expect(root.querySelector(".suggestion")?.textContent).not.toMatch(/weight|contributing|factor/i);
    expect(root.querySelector(".finding-error")?.textContent).toBe(
      "Must fix All members are in Sweden.What to do: Add partners from two more countries.",
    );

    root.querySelector<HTMLButtonElement>("[data-testid=show-suggestion]")!.click();
    expect(store.get()).toMatchObject({ focus: ["openlab"], selected: "openlab" });
    expect(shown).toEqual([warmPath]);

    // Mounted again after a switch to Swedish, the finder asks the same again, in Swedish.
    setLanguage("sv");
    const again = mount();
    mountPartnerFinder(again, { client, store, showWarmPath: () => {} });
    const asked = (name: string) => calls.filter((call) => call.name === name).map((call) => call.variables);
    await vi.waitFor(() => expect(again.querySelector("[data-testid=partner-suggestions]")).not.toBeNull());
    expect(asked("PartnerSuggestions")).toEqual([
      { topic: "urban mobility", consortium: ["kth"], lang: "EN" },
      { topic: "urban mobility", consortium: ["kth"], lang: "SV" },
    ]);
    expect(asked("CheckConsortium")[1]).toEqual({
      consortium: ["kth"],
      topic: "urban mobility",
      action: "RIA",
      lang: "SV",
    });
    expect(again.querySelector<HTMLInputElement>("[data-testid=partner-topic]")?.value).toBe("urban mobility");
    expect(again.querySelector(".consortium-members")?.textContent).toContain("KTH");
  });

  it("asks for a topic before searching", () => {
    const { client, calls } = createFakeClient({});
    const root = mount();
    mountPartnerFinder(root, { client, store: createStore(initialViewState), showWarmPath: () => {} });
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    expect(calls).toHaveLength(0);
    expect(root.querySelector(".partner-results")?.textContent).toBe("Write a topic first: what the project is about.");
  });
});

describe("the filters panel", () => {
  it("writes the chosen kinds, relationship types and programmes to the view state", () => {
    const store = createStore(initialViewState);
    const root = mount();
    mountFiltersPanel(root, store);
    const check = (name: string, value: string) => {
      const box = root.querySelector<HTMLInputElement>(`input[name=${name}][value=${value}]`)!;
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
    };
    check("kind", "UNIVERSITY");
    check("kind", "COMPANY");
    check("relationship", "MEMBER_OF");
    check("programme", "HORIZON");
    expect(store.get().filter).toEqual({
      kinds: ["UNIVERSITY", "COMPANY"],
      relationshipTypes: ["MEMBER_OF"],
      programmes: ["HORIZON"],
      asOfYear: null,
    });
  });

  it("steps through the years with the play button and stops at the last", async () => {
    vi.useFakeTimers();
    const store = createStore<ViewState>({
      ...initialViewState,
      filter: { ...initialViewState.filter, asOfYear: 2025 },
    });
    const root = mount();
    mountFiltersPanel(root, store, { stepMs: 1000 });
    const play = root.querySelector<HTMLButtonElement>(".play-button")!;
    play.click();
    expect(store.get().filter.asOfYear).toBe(2025);
    expect(play.getAttribute("aria-pressed")).toBe("true");
    await vi.advanceTimersByTimeAsync(1000);
    expect(root.querySelector("[data-testid=year-value]")?.textContent).toBe("2026");
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.get().filter.asOfYear).toBe(2027);
    expect(play.getAttribute("aria-pressed")).toBe("false");
    play.click();
    expect(store.get().filter.asOfYear).toBe(2010);
  });

  it("waits for each year's drawing before it shows the next", async () => {
    vi.useFakeTimers();
    const store = createStore<ViewState>({
      ...initialViewState,
      filter: { ...initialViewState.filter, asOfYear: 2015 },
    });
    let drawn = () => {};
    const root = mount();
    mountFiltersPanel(root, store, {
      stepMs: 1000,
      whenDrawn: () => new Promise<void>((resolve) => (drawn = resolve)),
    });
    const play = root.querySelector<HTMLButtonElement>(".play-button")!;
    play.click();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.get().filter.asOfYear).toBe(2015);
    drawn();
    await vi.advanceTimersByTimeAsync(999);
    expect(store.get().filter.asOfYear).toBe(2015);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.get().filter.asOfYear).toBe(2016);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.get().filter.asOfYear).toBe(2016);
    play.click();
    drawn();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(store.get().filter.asOfYear).toBe(2016);
    expect(play.getAttribute("aria-pressed")).toBe("false");
  });

  it("follows the view state when a link restores it", () => {
    const store = createStore(initialViewState);
    const root = mount();
    mountFiltersPanel(root, store);
    store.update((state) => ({ ...state, filter: { ...state.filter, kinds: ["REGION"], asOfYear: 2014 } }));
    expect(root.querySelector<HTMLInputElement>("input[value=REGION]")!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>("input[type=range]")!.value).toBe("2014");
  });
});
