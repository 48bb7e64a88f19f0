import { CombinedError, getOperationName, type Client, type GraphQLRequest } from "@urql/core";
import { GraphQLError } from "graphql";
import { fromValue, makeSubject } from "wonka";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  briefFileName,
  daysBetween,
  describeBudget,
  describeDaysLeft,
  describeDeadline,
  describeFit,
  topFactor,
} from "../../client/src/calls/describe-call.js";
import { setLanguage } from "../../client/src/i18n/i18n.js";
import { createStore, type Store } from "../../client/src/state/store.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";
import { createFakeClient } from "./support/fake-client.js";
import { importClientModule } from "./support/import-client-module.js";

let mountCallsPanel: (
  root: HTMLElement,
  options: { client: Client; store: Store<ViewState>; showWarmPath(network: unknown): void },
) => () => void;

beforeAll(async () => {
  ({ mountCallsPanel } = await importClientModule<{ mountCallsPanel: typeof mountCallsPanel }>(
    "panels/calls-panel.ts",
  ));
});

afterEach(() => {
  setLanguage("en");
  document.body.replaceChildren();
});

const factors = [
  { name: "earlier projects", value: 0.4, weight: 0.5, explanation: "3 projects of KTH match the call's text." },
  { name: "same call family", value: 1, weight: 0.3, explanation: "KTH won under the same call before: SCALE." },
  { name: "partners active", value: 0.5, weight: 0.2, explanation: "4 partners of KTH took part." },
];

describe("a call in words", () => {
  it("names the factor that adds most to the score, the first of equals", () => {
    expect(topFactor(factors)?.name).toBe("same call family");
    expect(topFactor([factors[0], { ...factors[2], value: 1 }])?.name).toBe("earlier projects");
    expect(topFactor([])).toBeNull();
    expect(describeFit(0.6, factors)).toBe("Fits 60 %: KTH won under the same call before: SCALE.");
    setLanguage("sv");
    expect(describeFit(0.6, factors)).toBe("Passar till 60 %: KTH won under the same call before: SCALE.");
  });

  it("counts the days to a deadline and writes them, the budget and a file name", () => {
    expect(daysBetween("2026-12-01", "2027-03-31")).toBe(120);
    expect(daysBetween("2026-12-01", "2026-12-01")).toBe(0);
    expect(describeDeadline("2027-03-31", 120)).toBe("Deadline 2027-03-31 · 120 days left");
    expect(describeDaysLeft(1)).toBe("1 day left");
    expect(describeDaysLeft(0)).toBe("closes today");
    expect(describeDaysLeft(-3)).toBe("closed");
    expect(describeBudget(12_000_000)).toBe("Budget €12,000,000");
    expect(describeBudget(null)).toBe("Budget not given");
    expect(briefFileName("HORIZON-CL5-2027-07-D3-28", "2026-12-01", "md")).toBe(
      "brief-HORIZON-CL5-2027-07-D3-28-2026-12-01.md",
    );
    expect(briefFileName("a/b c", "2026-12-01", "csv")).toBe("brief-a_b_c-2026-12-01.csv");
    setLanguage("sv");
    expect(describeDeadline("2027-03-31", 2)).toBe("Sista dag 2027-03-31 · 2 dagar kvar");
    expect(describeBudget(12_000_000).replace(/\s/g, " ")).toBe("Budget 12 000 000 €");
  });
});

const call = {
  id: "HORIZON-CL5-2027-07-D3-28",
  callId: "HORIZON-CL5-2027-07",
  title: "Zero-emission urban logistics",
  destination: "Clean and competitive solutions for all transport modes",
  actionType: "RIA",
  openingDate: "2026-09-15",
  deadline: "2027-03-31",
  budget: 9_000_000,
  expectedGrants: 2,
  minContribution: 4_000_000,
  maxContribution: 5_000_000,
  url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-CL5-2027-07-D3-28",
  lastSeen: "2026-08-22T05:41:38.000Z",
};
const kth = { id: "kth", name: "Kungliga Tekniska högskolan", country: "SE", kind: "UNIVERSITY" };
const avl = { id: "cordis-999952243", name: "AVL LIST GMBH", shortName: "AVL", country: "AT", kind: "COMPANY" };

function briefFor(consortium: string[]) {
  const members = [kth, avl].filter((actor) => consortium.includes(actor.id));
  return {
    callBrief: {
      call,
      consortium: members,
      check: {
        eligible: false,
        findings: [
          {
            code: "TOO_FEW_COUNTRIES",
            severity: "ERROR",
            message: `This consortium has ${members.length} members.`,
            fix: "Add partners from more countries.",
          },
        ],
      },
      suggestions: consortium.includes(avl.id)
        ? []
        : [
            {
              score: 0.91,
              reasons: ["Took part in 1 earlier project close to this topic: ZEFES."],
              actor: avl,
              factors: [
                {
                  name: "closest topical match",
                  value: 0.86,
                  weight: 0.615,
                  contribution: 0.529,
                  explanation: "Its earlier project closest to the topic, ZEFES, has relevance 0.86.",
                  evidence: [{ id: "101096068", acronym: "ZEFES", title: "Zero Emission Freight" }],
                },
              ],
              warmPath: null,
            },
          ],
    },
  };
}

const cea = { id: "cordis-999992401", name: "CEA", country: "FR", kind: "RESEARCH_ORGANISATION" };
const vtt = { id: "cordis-999908960", name: "VTT", country: "FI", kind: "RESEARCH_ORGANISATION" };

function proposalFor(consortium: string[]) {
  return {
    proposeConsortium: {
      size: consortium.length + 1,
      sizeReason: `${consortium.length + 1} in all, as asked.`,
      unmetNeeds: [
        "The rules ask for partners in 3 different eligible countries, but no candidate from a further one was found.",
      ],
      members: [kth].filter((actor) => consortium.includes(actor.id)),
      partners: [
        {
          actor: avl,
          need: "Brings Austria, one more of the 3 eligible countries the rules for an RIA ask for.",
          needCode: "COUNTRY",
          reasons: ["Has worked with KTH in 2 projects since 2023: ZEFES and HyPER."],
          alternatives: [cea, vtt],
        },
      ],
      check: {
        eligible: false,
        findings: [{ code: "TOO_FEW_COUNTRIES", severity: "ERROR", message: "Two countries.", fix: null }],
      },
    },
  };
}

function mount(open: boolean) {
  const fold = document.createElement("details");
  fold.open = open;
  const root = document.createElement("div");
  fold.append(root);
  document.body.append(fold);
  return { fold, root };
}

describe("the calls panel", () => {
  it("asks nothing while folded, then lists the selected actor's open calls with days left, budget and fit", async () => {
    const { client, calls } = createFakeClient({
      OpenCalls: () => ({
        data: {
          actors: [{ id: "kth", name: "Kungliga Tekniska högskolan", shortName: "KTH" }],
          openCalls: [{ call, score: 0.62, daysLeft: 120, factors }],
        },
      }),
    });
    const store = createStore<ViewState>({ ...initialViewState, selected: "kth" });
    const { fold, root } = mount(false);
    mountCallsPanel(root, { client, store, showWarmPath: () => {} });
    expect(calls).toHaveLength(0);

    fold.open = true;
    fold.dispatchEvent(new Event("toggle"));
    await expect.poll(() => root.querySelector("[data-testid=open-calls]")).not.toBeNull();
    expect(calls).toEqual([{ name: "OpenCalls", variables: { actor: "kth", lang: "EN" } }]);
    expect(root.querySelector(".calls-heading")?.textContent).toBe("1 open call for KTH, best fit first");
    const row = root.querySelector("[data-testid=open-call]")!;
    expect(row.querySelector("button")?.textContent).toBe("Zero-emission urban logistics");
    expect(row.querySelector(".call-code")?.textContent).toBe("HORIZON-CL5-2027-07-D3-28 · RIA");
    expect(row.querySelector("[data-testid=call-days-left]")?.textContent).toBe(
      "Deadline 2027-03-31 · 120 days left · Budget €9,000,000",
    );
    expect(row.querySelector(".call-fit")?.textContent).toBe("Fits 62 %: KTH won under the same call before: SCALE.");

    row.querySelector("button")!.click();
    expect(store.get().brief).toEqual({ call: call.id, consortium: ["kth"] });
    // The keyboard's focus follows: to the brief's title, and back to the call it came from.
    expect(document.activeElement?.className).toBe("brief-title");
    root.querySelector<HTMLButtonElement>("[data-testid=close-brief]")!.click();
    await expect.poll(() => document.activeElement?.getAttribute("data-call")).toBe(call.id);
  });

  it("says what to do with no actor, no open call, or a failed query", async () => {
    const empty = mount(true);
    mountCallsPanel(empty.root, {
      client: createFakeClient({}).client,
      store: createStore(initialViewState),
      showWarmPath: () => {},
    });
    expect(empty.root.textContent).toContain("Select an organisation");

    const none = mount(true);
    mountCallsPanel(none.root, {
      client: createFakeClient({ OpenCalls: () => ({ data: { actors: [], openCalls: [] } }) }).client,
      store: createStore<ViewState>({ ...initialViewState, selected: "kth" }),
      showWarmPath: () => {},
    });
    await expect.poll(() => none.root.textContent).toContain("No Horizon Europe call");

    const failed = mount(true);
    mountCallsPanel(failed.root, {
      client: createFakeClient({ OpenCalls: () => ({ error: 'no actor has the id "kth"' }) }).client,
      store: createStore<ViewState>({ ...initialViewState, selected: "kth" }),
      showWarmPath: () => {},
    });
    await expect.poll(() => failed.root.querySelector("[role=alert]")?.textContent).toContain("no actor has the id");

    // A selected project is not an organisation: the panel says what it lists.
    const project = mount(true);
    const notFound = new CombinedError({
      graphQLErrors: [new GraphQLError('no actor has the id "101096068"', { extensions: { code: "NOT_FOUND" } })],
    });
    const projectClient = {
      executeQuery: () => fromValue({ error: notFound, stale: false, hasNext: false }),
    } as unknown as Client;
    mountCallsPanel(project.root, {
      client: projectClient,
      store: createStore<ViewState>({ ...initialViewState, selected: "101096068" }),
      showWarmPath: () => {},
    });
    await expect.poll(() => project.root.textContent).toContain("Select an organisation");
    expect(project.root.querySelector("[role=alert]")).toBeNull();
  });

  it("briefs the call for the consortium, adds a suggested partner and checks again, and removes members", async () => {
    const { client, calls } = createFakeClient({
      CallBrief: (variables) => ({ data: briefFor(variables.consortium as string[]) }),
      ProposeConsortium: (variables) => ({ data: proposalFor(variables.consortium as string[]) }),
      CheckProposal: (variables) => ({
        data: {
          consortiumCheck: {
            eligible: true,
            findings: [
              {
                code: "ELIGIBILITY_RULE_MET",
                severity: "INFO",
                message: `Meets the rule with ${(variables.consortium as string[]).join(" and ")}.`,
                fix: null,
              },
            ],
          },
        },
      }),
    });
    const store = createStore<ViewState>({
      ...initialViewState,
      selected: "kth",
      brief: { call: call.id, consortium: ["kth"] },
    });
    const { root } = mount(true);
    mountCallsPanel(root, { client, store, showWarmPath: () => {} });
    await expect.poll(() => root.querySelector("[data-testid=brief-check]")).not.toBeNull();

    expect(root.querySelector(".brief-title")?.textContent).toBe("Zero-emission urban logistics");
    const facts = root.querySelector("[data-testid=call-facts]")!.textContent;
    expect(facts).toContain("HORIZON-CL5-2027-07");
    expect(facts).toContain("RIA — Research and Innovation Action");
    expect(facts).toContain("€4,000,000 to €5,000,000");
    expect(root.querySelector<HTMLAnchorElement>("[data-testid=call-portal-link]")?.href).toBe(call.url);
    expect(root.querySelector("[data-testid=brief-consortium]")?.textContent).toBe("Kungliga Tekniska högskolan");
    // The last member cannot be removed: a brief needs one.
    expect(root.querySelector("[data-testid=brief-consortium] button")).toBeNull();
    expect(root.querySelector(".finding-error")?.textContent).toContain("This consortium has 1 members.");
    expect(root.querySelector("[data-testid=brief-suggestions] .reason")?.textContent).toBe(
      "Took part in 1 earlier project close to this topic: ZEFES.",
    );
    // The proposed consortium: each place with its need, why and alternatives; a swap checks again.
    await expect.poll(() => root.querySelector("[data-testid=proposal-places]")).not.toBeNull();
    const placeItem = root.querySelector("[data-testid=proposal-places] > li")!;
    expect(placeItem.textContent).toContain("Brings Austria, one more of the 3 eligible countries");
    expect(placeItem.textContent).toContain("Has worked with KTH in 2 projects since 2023: ZEFES and HyPER.");
    expect(root.querySelector("[data-testid=proposal-unmet]")?.textContent).toContain(
      "no candidate from a further one",
    );
    const swap = root.querySelector<HTMLButtonElement>(`[data-testid=swap-partner][data-id="${vtt.id}"]`)!;
    expect(swap.getAttribute("aria-label")).toBe("Take VTT instead of AVL LIST GMBH");
    swap.click();
    await expect
      .poll(() => root.querySelector("[data-testid=proposal-check]")?.textContent)
      .toContain(`Meets the rule with kth and ${vtt.id}.`);
    expect(root.querySelector("[data-testid=proposal-places] > li")?.getAttribute("data-id")).toBe(vtt.id);
    expect(calls.filter((entry) => entry.name === "CheckProposal").map((entry) => entry.variables)).toEqual([
      { consortium: ["kth", vtt.id], topic: call.id, lang: "EN" },
    ]);

    const add = root.querySelector<HTMLButtonElement>("[data-testid=add-suggestion]")!;
    expect(add.getAttribute("aria-label")).toBe("Add to consortium: AVL");

    add.click();
    expect(store.get().brief?.consortium).toEqual(["kth", avl.id]);
    await expect
      .poll(() => root.querySelector("[data-testid=brief-check]")?.getAttribute("data-consortium"))
      .toBe(`kth,${avl.id}`);
    expect(calls.filter((entry) => entry.name === "CallBrief").map((entry) => entry.variables)).toEqual([
      { call: call.id, consortium: ["kth"], lang: "EN" },
      { call: call.id, consortium: ["kth", avl.id], lang: "EN" },
    ]);
    const members = root.querySelectorAll("[data-testid=brief-consortium] li");
    expect([...members].map((member) => member.firstChild?.textContent)).toEqual([
      "Kungliga Tekniska högskolan",
      "AVL LIST GMBH",
    ]);
    expect(root.querySelector(".finding-error")?.textContent).toContain("This consortium has 2 members.");

    root.querySelector<HTMLButtonElement>('[aria-label="Remove Kungliga Tekniska högskolan"]')!.click();
    expect(store.get().brief?.consortium).toEqual([avl.id]);
    root.querySelector<HTMLButtonElement>("[data-testid=close-brief]")!.click();
    expect(store.get().brief).toBeNull();
  });

  it("keeps the last brief in view, marked busy, while a changed consortium is checked again", () => {
    // Answers arrive when the test sends them, as they do from a busy server.
    const waiting: { variables: Record<string, unknown>; answer(data: unknown): void }[] = [];
    const client = {
      executeQuery(request: GraphQLRequest) {
        const subject = makeSubject<unknown>();
        const variables = request.variables as Record<string, unknown>;
        // The proposal is asked beside the brief; this test waits on the brief alone.
        if (getOperationName(request.query) === "ProposeConsortium") return subject.source;
        expect(getOperationName(request.query)).toBe("CallBrief");
        waiting.push({ variables, answer: (data) => subject.next({ data, stale: false, hasNext: false }) });
        return subject.source;
      },
    } as unknown as Client;
    const store = createStore<ViewState>({ ...initialViewState, brief: { call: call.id, consortium: ["kth"] } });
    const { root } = mount(true);
    mountCallsPanel(root, { client, store, showWarmPath: () => {} });
    const body = root.querySelector(".brief-body")!;
    expect(body.getAttribute("aria-busy")).toBe("true");
    expect(root.querySelector(".status-loading")?.textContent).toContain("Preparing the brief");
    // The link's ids are not shown as names before the brief names them.
    expect(root.querySelector("[data-testid=brief-consortium]")).toBeNull();
    waiting[0].answer(briefFor(["kth"]));
    expect(body.hasAttribute("aria-busy")).toBe(false);

    root.querySelector<HTMLButtonElement>("[data-testid=add-suggestion]")!.click();
    const busy = root.querySelector(".brief-body")!;
    expect(busy.getAttribute("aria-busy")).toBe("true");
    expect(root.querySelector(".brief-title")?.textContent).toBe("Zero-emission urban logistics");
    expect(root.querySelector("[data-testid=brief-check]")?.getAttribute("data-consortium")).toBe("kth");
    expect(root.querySelectorAll("[data-testid=brief-consortium] li")).toHaveLength(2);
    expect(waiting[1].variables).toEqual({ call: call.id, consortium: ["kth", avl.id], lang: "EN" });
    waiting[1].answer(briefFor(["kth", avl.id]));
    expect(busy.hasAttribute("aria-busy")).toBe(false);
    expect(root.querySelector(".brief-body > .status-loading")).toBeNull();
    expect(root.querySelector("[data-testid=brief-check]")?.getAttribute("data-consortium")).toBe(`kth,${avl.id}`);
  });

  it("shows a failed brief with its consortium, so a wrong member can be taken out", async () => {
    const { client } = createFakeClient({
      CallBrief: (variables) =>
        (variables.consortium as string[]).includes("nobody")
          ? { error: 'no actor has the id "nobody"' }
          : { data: briefFor(variables.consortium as string[]) },
    });
    const store = createStore<ViewState>({
      ...initialViewState,
      brief: { call: call.id, consortium: ["kth", "nobody"] },
    });
    const { root } = mount(true);
    mountCallsPanel(root, { client, store, showWarmPath: () => {} });
    await expect.poll(() => root.querySelector("[role=alert]")?.textContent).toContain('no actor has the id "nobody"');
    root.querySelector<HTMLButtonElement>('[aria-label="Remove nobody"]')!.click();
    await expect.poll(() => root.querySelector("[data-testid=brief-check]")).not.toBeNull();
  });
});
