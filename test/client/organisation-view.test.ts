import { describe, expect, it } from "vitest";
import { markChanges } from "../../client/src/graph/mark-changes.js";
import {
  buildOrganisationNetwork,
  resolveViewMode,
  type DrawnCollaboration,
} from "../../client/src/graph/organisation-network.js";
import { initialViewState, type ViewState } from "../../client/src/state/view-state.js";
import { createFakeClient } from "./support/fake-client.js";
import { importClientModule } from "./support/import-client-module.js";
import { network } from "./support/networks.js";

function collaboration(id: string, name: string, strength: number, shortName: string | null = null) {
  return {
    strength,
    partner: { id, name, shortName, kind: "COMPANY", country: "SE" },
    via: [
      {
        id: `p-${id}`,
        label: `Project ${id}`,
        type: "Project",
        since: null,
        until: null,
        programmeParts: null,
        rcn: null,
        evidence: [],
      },
    ],
  } as DrawnCollaboration;
}

describe("another year of a view left to the explorer", () => {
  it("keeps an actor drawn with its partners, though it had more ties than projects that year", async () => {
    const { loadViewNetwork } = await importClientModule<{
      loadViewNetwork(
        client: unknown,
        state: ViewState,
        keepModes?: Map<string, string>,
      ): Promise<{ modes: Map<string, string> }>;
    }>("graph/load-view-network.ts");
    const in2016 = network(
      [
        ["kth", "KTH"],
        ["staf", "StAF", "Actor", "NETWORK"],
        ["p1", "P1", "Project"],
      ],
      [
        { id: "e1", source: "kth", target: "staf", type: "MEMBER_OF" },
        { id: "e2", source: "kth", target: "p1", type: "PARTICIPATES_IN" },
      ],
    );
    const { client } = createFakeClient({
      NeighbourhoodNetwork: () => ({
        data: { network: { ...in2016, truncated: { truncated: false, omittedNodes: 0, omittedEdges: 0 } } },
      }),
      OrganisationPartners: () => ({ data: { collaborators: [collaboration("staf", "StAF", 1)] } }),
    });
    const state: ViewState = { ...initialViewState, focus: ["kth"], selected: "kth", view: "auto" };
    expect((await loadViewNetwork(client, state)).modes.get("kth")).toBe("network");
    const kept = await loadViewNetwork(client, state, new Map([["kth", "organisations"]]));
    expect(kept.modes.get("kth")).toBe("organisations");
    const named = await loadViewNetwork(client, { ...state, view: "network" }, new Map([["kth", "organisations"]]));
    expect(named.modes.get("kth")).toBe("network");
  });
});

describe("a link that names the organisation view", () => {
  it("asks for the focused actor alone, not its neighbourhood, and for the neighbourhood of a focus without partners", async () => {
    const { loadViewNetwork } = await importClientModule<{
      loadViewNetwork(client: unknown, state: ViewState): Promise<{ modes: Map<string, string> }>;
    }>("graph/load-view-network.ts");
    const truncated = { truncated: false, omittedNodes: 0, omittedEdges: 0 };
    const alone = (id: string, type: string) => ({ ...network([[id, id.toUpperCase(), type]], []), truncated });
    const { client, calls } = createFakeClient({
      NeighbourhoodNetwork: (variables) =>
        (variables.ids as string[])[0] === "kth"
          ? { data: { network: alone("kth", "Actor") } }
          : {
              data: {
                network:
                  variables.depth === 0
                    ? alone("p1", "Project")
                    : {
                        ...network(
                          [
                            ["p1", "P1", "Project"],
                            ["kth", "KTH"],
                          ],
                          [{ id: "e1", source: "kth", target: "p1", type: "PARTICIPATES_IN" }],
                        ),
                        truncated,
                      },
              },
            },
      OrganisationPartners: (variables) =>
        variables.id === "kth"
          ? { data: { collaborators: [collaboration("staf", "StAF", 1)] } }
          : { error: "there is no actor p1" },
    });
    const state: ViewState = { ...initialViewState, focus: ["kth", "p1"], selected: "kth", view: "organisations" };
    const loaded = await loadViewNetwork(client, state);

    expect(loaded.modes).toEqual(
      new Map([
        ["kth", "organisations"],
        ["p1", "network"],
      ]),
    );
    const neighbourhoods = calls.filter((call) => call.name === "NeighbourhoodNetwork").map((call) => call.variables);
    expect(neighbourhoods).toEqual([
      expect.objectContaining({ ids: ["kth"], depth: 0 }),
      expect.objectContaining({ ids: ["p1"], depth: 0 }),
      expect.objectContaining({ ids: ["p1"], depth: 1 }),
    ]);
  });
});

describe("the organisation view's evidence", () => {
  it("is drawn without the evidence of what partners share, which a second request brings to the same ties", async () => {
    const { loadViewNetwork } = await importClientModule<{
      loadViewNetwork(
        client: unknown,
        state: ViewState,
      ): Promise<{
        network: { edges: Array<{ id: string; sharedPending?: boolean; shared?: Array<{ evidence: unknown[] }> }> };
        withEvidence: (() => Promise<{ edges: Array<{ id: string; shared?: Array<{ evidence: unknown[] }> }> }>) | null;
      }>;
    }>("graph/load-view-network.ts");
    const evidence = { source: { id: "cordis", title: "CORDIS" }, locator: "row 3", quote: null };
    const { client, calls } = createFakeClient({
      NeighbourhoodNetwork: () => ({
        data: {
          network: {
            ...network([["kth", "KTH"]], []),
            truncated: { truncated: false, omittedNodes: 0, omittedEdges: 0 },
          },
        },
      }),
      OrganisationPartners: () => ({
        data: {
          collaborators: [
            { ...collaboration("staf", "StAF", 1), via: [{ id: "p-staf", label: "Project staf", type: "Project" }] },
          ],
        },
      }),
      OrganisationPartnerEvidence: () => ({
        data: {
          collaborators: [
            {
              ...collaboration("staf", "StAF", 1),
              via: [{ id: "p-staf", label: "Project staf", type: "Project", evidence: [evidence] }],
            },
          ],
        },
      }),
    });
    const state: ViewState = { ...initialViewState, focus: ["kth"], selected: "kth", view: "organisations" };
    const loaded = await loadViewNetwork(client, state);

    expect(loaded.network.edges).toEqual([expect.objectContaining({ sharedPending: true })]);
    expect(loaded.network.edges[0].shared?.[0].evidence).toEqual([]);
    expect(calls.map((call) => call.name)).not.toContain("OrganisationPartnerEvidence");
    const withEvidence = await loaded.withEvidence!();
    expect(calls.map((call) => call.name)).toContain("OrganisationPartnerEvidence");
    expect(withEvidence.edges.map((edge) => edge.id)).toEqual(loaded.network.edges.map((edge) => edge.id));
    expect(withEvidence.edges[0]).toMatchObject({ sharedPending: false });
    expect(withEvidence.edges[0].shared?.[0].evidence).toEqual([evidence]);
  });
});

describe("the organisation view", () => {
  const kth = { id: "kth", label: "KTH", type: "Actor", kind: "UNIVERSITY", degree: 3 };

  it("is chosen for an actor whose neighbours are mostly projects, unless the view is named", () => {
    const hub = network(
      [
        ["kth", "KTH"],
        ["p1", "P1", "Project"],
        ["p2", "P2", "Project"],
        ["staf", "StAF", "Actor", "NETWORK"],
      ],
      [
        { id: "e1", source: "kth", target: "p1", type: "PARTICIPATES_IN" },
        { id: "e2", source: "kth", target: "p2", type: "PARTICIPATES_IN" },
        { id: "e3", source: "kth", target: "staf", type: "MEMBER_OF" },
      ],
    );
    expect(resolveViewMode("auto", hub, "kth")).toBe("organisations");
    expect(resolveViewMode("network", hub, "kth")).toBe("network");
    expect(resolveViewMode("auto", hub, "p1")).toBe("network");
    expect(resolveViewMode("auto", hub, "staf")).toBe("network");
  });

  it("draws the strongest partners above the threshold, each tie carrying what they share", () => {
    const partners = [
      collaboration("avl", "AVL LIST GMBH", 1.5, "AVL"),
      collaboration("vtt", "TEKNOLOGIAN TUTKIMUSKESKUS VTT OY", 0.5, "VTT"),
      collaboration("weak", "Weak Partner AB", 0.05),
    ];
    const drawn = buildOrganisationNetwork(kth, partners, { minStrength: 0.1, count: 1 });
    expect(drawn.eligible).toBe(2);
    expect(drawn.drawn).toBe(1);
    expect(drawn.network.nodes.map((node) => node.label)).toEqual(["KTH", "AVL"]);
    expect(drawn.network.edges).toEqual([
      expect.objectContaining({
        id: "SHARES:avl|kth",
        source: "kth",
        target: "avl",
        type: "SHARES",
        weight: 1.5,
        shared: [expect.objectContaining({ id: "p-avl", type: "Project" })],
      }),
    ]);
    const all = buildOrganisationNetwork(kth, partners, { minStrength: 0, count: 30 });
    expect(all.network.nodes.map((node) => node.label)).toEqual(["KTH", "AVL", "VTT", "Weak Partner AB"]);
  });
});

describe("the year slider's changes", () => {
  it("marks ties that began and keeps those that ended, marked, while both ends are drawn", () => {
    const before = network(
      [
        ["a", "A"],
        ["b", "B"],
        ["c", "C"],
      ],
      [
        { id: "ab", source: "a", target: "b", type: "MEMBER_OF" },
        { id: "bc", source: "b", target: "c", type: "MEMBER_OF" },
      ],
    );
    const after = network(
      [
        ["a", "A"],
        ["b", "B"],
        ["c", "C"],
      ],
      [
        { id: "ab", source: "a", target: "b", type: "MEMBER_OF" },
        { id: "ac", source: "a", target: "c", type: "OWNS" },
      ],
    );
    const marked = markChanges(before, after);
    expect(marked).toMatchObject({ began: 1, ended: 1 });
    expect(marked.network.edges.map((edge) => [edge.id, edge.change])).toEqual([
      ["ab", undefined],
      ["ac", "began"],
      ["bc", "ended"],
    ]);
  });
});
