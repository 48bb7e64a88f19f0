import { describe, expect, it } from "vitest";
import type { History } from "../../server/consortium/load-history.js";
import {
  earlierProjectWeight,
  findEarlierPartnersOfMembers,
  findPartnersOfMembers,
  markEarlierScope,
  markScope,
  measureCandidate,
  topicFamilies,
  type RankingContext,
} from "../../server/consortium/measure-partner-features.js";
import { isInScope, toProjectScope } from "../../server/consortium/project-scope.js";
import { compareSuggestions, scoreCandidate } from "../../server/consortium/score-partners.js";
import { countPairsWithSharedProject } from "../../server/consortium/check-consortium.js";
import { familyOf } from "../../server/consortium/topic-family.js";

/** Four actors, four projects: a and b worked together in 2022; b and c in 2023; c and d in 2025. */
function smallHistory(): History {
  const actors = ["a", "b", "c", "d"].map((id, index) => ({
    id,
    name: id.toUpperCase(),
    kind: index % 2 === 0 ? "UNIVERSITY" : "COMPANY",
    country: ["SE", "DE", "FR", "SE"][index],
    projects: [] as number[],
  }));
  const projects = [
    { id: "p1", start: "2022-01-01", topics: ["HORIZON-CL5-2021-D3-01-01"], participants: [0, 1] },
    { id: "p2", start: "2023-06-01", topics: ["HORIZON-CL5-2022-D3-02-07"], participants: [1, 2] },
    { id: "p3", start: "2025-03-01", topics: ["HORIZON-CL4-2024-TWIN-01"], participants: [2, 3] },
    { id: "p4", start: null, topics: [], participants: [3] },
  ].map((project) => ({
    ...project,
    label: project.id.toUpperCase(),
    families: project.topics.map(familyOf),
    coordinator: project.participants[0],
    action: "RIA" as const,
  }));
  projects.forEach((project, number) => project.participants.forEach((actor) => actors[actor].projects.push(number)));
  return {
    fingerprint: "test",
    projects,
    projectNumber: new Map(projects.map((project, index) => [project.id, index])),
    actors,
    actorNumber: new Map(actors.map((actor, index) => [actor.id, index])),
    statedTies: new Map(),
    earlier: { projects: [], byActor: new Map() },
  };
}

function contextFor(history: History, asOf: string | null, excluded: string[], members: number[]): RankingContext {
  const inScope = markScope(history, asOf, new Set(excluded));
  return {
    history,
    inScope,
    now: asOf ?? "2026-12-01",
    relevance: new Map([...[0, 1, 2]].filter((p) => inScope[p] === 1).map((p) => [p, 1])),
    families: topicFamilies(history, ["HORIZON-CL5-2024-D3-01-02"], []),
    members,
    memberCountries: new Set(members.map((m) => history.actors[m].country as string)),
    memberSectors: new Set(["research" as const]),
    partnersOfMembers: findPartnersOfMembers(history, inScope, members),
    earlierInScope: new Uint8Array(0),
    earlierPartnersOfMembers: new Map(),
    statedTies: new Map(),
  };
}

describe("the consortium finder's ranking", () => {
  it("reads a call family from a topic code without its year and running numbers", () => {
    expect(familyOf("HORIZON-CL5-2021-D3-01-01")).toBe("HORIZON-CL5-D3");
    expect(familyOf("horizon-miss-2022-cit-01-01")).toBe("HORIZON-MISS-CIT");
    expect(familyOf("HORIZON-JU-CBE-2023-IA-01")).toBe("HORIZON-JU-CBE");
    // Work programmes from 2025 number the call before the destination.
    expect(familyOf("HORIZON-CL5-2027-02-D3-07")).toBe("HORIZON-CL5-D3");
    expect(familyOf("ERC-2021-STG")).toBe("ERC-STG");
  });

  it("keeps only projects that started before asOf and were not left out", () => {
    const history = smallHistory();
    expect([...markScope(history, null, new Set())]).toEqual([1, 1, 1, 1]);
    expect([...markScope(history, "2023-06-01", new Set())]).toEqual([1, 0, 0, 0]);
    expect([...markScope(history, null, new Set(["p2", "unknown"]))]).toEqual([1, 0, 1, 1]);
    const scope = toProjectScope("2023-06-02", ["p1"]);
    expect(isInScope(scope, { id: "p1", start: "2022-01-01" })).toBe(false);
    expect(isInScope(scope, { id: "p2", start: "2023-06-01" })).toBe(true);
    expect(isInScope(scope, { id: "p4", start: null })).toBe(false);
    expect(toProjectScope(null).now).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => toProjectScope("2023-02-30")).toThrow(/asOf/);
  });

  it("measures a candidate only on earlier projects", () => {
    const history = smallHistory();
    // Consortium: a. Candidate c: common partner b (through p1 and p2), call family of p2, no shared project.
    const now = measureCandidate(contextFor(history, null, [], [0]), 2);
    expect(now.features.consortiumWork).toBe(0);
    expect(now.features.commonPartners).toBeGreaterThan(0);
    expect(now.features.callFamily).toBeGreaterThan(0);
    expect(now.evidence.participations).toBe(2);
    expect(now.evidence.newCountry).toBe("FR");
    const early = measureCandidate(contextFor(history, "2023-06-01", [], [0]), 2);
    expect(early.evidence.participations).toBe(0);
    expect(
      Object.values(early.features)
        .slice(0, 9)
        .every((value) => value === 0),
    ).toBe(true);
    // b worked with a in p1: leaving p1 out removes that work and its strength.
    expect(measureCandidate(contextFor(history, null, [], [0]), 1).features.consortiumWork).toBeGreaterThan(0);
    const without = measureCandidate(contextFor(history, null, ["p1"], [0]), 1);
    expect(without.features.consortiumWork).toBe(0);
    expect(without.features.tieStrength).toBe(0);
  });

  it("never ranks a candidate lower for bringing a country or a kind of partner the consortium lacks", () => {
    // Every candidate of the small history, each moved in turn to a country and a kind the consortium
    // (a, Swedish, a university) has and to ones it lacks; all else equal, its rank may only rise.
    const rankOf = (history: History, candidate: number) => {
      const context = contextFor(history, null, [], [0]);
      const ranked = [1, 2, 3]
        .map((actor) => ({
          id: history.actors[actor].id,
          score: scoreCandidate(measureCandidate(context, actor).features),
        }))
        .sort(compareSuggestions);
      return ranked.findIndex((entry) => entry.id === history.actors[candidate].id);
    };
    for (const candidate of [1, 2, 3]) {
      for (const [country, kind] of [
        ["FR", "UNIVERSITY"],
        ["SE", "COMPANY"],
        ["FR", "COMPANY"],
      ]) {
        const lacking = smallHistory();
        lacking.actors[candidate] = { ...lacking.actors[candidate], country: "SE", kind: "UNIVERSITY" };
        const bringing = smallHistory();
        bringing.actors[candidate] = { ...bringing.actors[candidate], country, kind };
        expect(rankOf(bringing, candidate), `${candidate} ${country} ${kind}`).toBeLessThanOrEqual(
          rankOf(lacking, candidate),
        );
        const context = (history: History) => contextFor(history, null, [], [0]);
        expect(scoreCandidate(measureCandidate(context(bringing), candidate).features)).toBeGreaterThanOrEqual(
          scoreCandidate(measureCandidate(context(lacking), candidate).features),
        );
      }
    }
  });
});

describe("pairs of members that worked together (the closed-club check)", () => {
  const member = (id: string, entity = id) =>
    ({ id, entity: { id: entity, name: entity } }) as unknown as Parameters<
      typeof countPairsWithSharedProject
    >[1][number];

  it("counts pairs of legal entities with a project in scope, each pair once", () => {
    const history = smallHistory();
    expect(countPairsWithSharedProject(history, [member("a"), member("b"), member("c")], toProjectScope(null))).toBe(2);
    // b and c worked together in 2023 only: not before it.
    expect(countPairsWithSharedProject(history, [member("b"), member("c")], toProjectScope("2023-01-01"))).toBe(0);
    expect(countPairsWithSharedProject(history, [member("b"), member("c")], toProjectScope(null, ["p2"]))).toBe(0);
  });

  it("takes two members of one legal entity as one, and an unknown member as one without projects", () => {
    const history = smallHistory();
    // a and c under one entity: the entity worked with b (p1, p2), and with d (p3).
    const members = [member("a", "x"), member("c", "x"), member("b"), member("d"), member("nobody")];
    expect(countPairsWithSharedProject(history, members, toProjectScope(null))).toBe(2);
  });
});

describe("the Horizon 2020 history in the ranking", () => {
  /** The small history, with three Horizon 2020 projects: a and d (2016, 3 organisations), a and c (2017, 40), b alone (2018). */
  function withEarlier(): History {
    const history = smallHistory();
    const projects = [
      { id: "h1", rcn: "101", start: "2016-01-01", participants: [0, 3], size: 3 },
      { id: "h2", rcn: "102", start: "2017-06-01", participants: [0, 2], size: 40 },
      { id: "h3", rcn: "103", start: "2018-01-01", participants: [1], size: 12 },
    ];
    const byActor = new Map<number, number[]>();
    projects.forEach((project, number) =>
      project.participants.forEach((actor) => byActor.set(actor, [...(byActor.get(actor) ?? []), number])),
    );
    return { ...history, earlier: { projects, byActor } };
  }

  function contextWithEarlier(history: History, asOf: string, excluded: string[], members: number[]): RankingContext {
    const context = contextFor(history, asOf, excluded, members);
    const earlierInScope = markEarlierScope(history, asOf, new Set(excluded));
    return {
      ...context,
      earlierInScope,
      earlierPartnersOfMembers: findEarlierPartnersOfMembers(history, earlierInScope, asOf, members),
    };
  }

  it("weighs an earlier project less the older it is and the larger its consortium", () => {
    const now = "2024-01-01";
    expect(earlierProjectWeight("2019-01-01", 10, now)).toBeLessThan(earlierProjectWeight("2020-01-01", 10, now));
    expect(earlierProjectWeight("2019-01-01", 40, now)).toBeLessThan(earlierProjectWeight("2019-01-01", 10, now));
    expect(earlierProjectWeight("2019-01-01", 10, now)).toBeGreaterThan(0);
  });

  it("finds the members' partners in projects started before asOf and not left out, the newest first", () => {
    const history = withEarlier();
    const all = findEarlierPartnersOfMembers(
      history,
      markEarlierScope(history, "2024-01-01", new Set()),
      "2024-01-01",
      [0],
    );
    expect([...all.keys()].sort()).toEqual([2, 3]);
    expect(all.get(3)?.shared).toEqual([0]);
    // a and d share a small project, a and c a large one a year younger: the small one weighs more.
    expect(all.get(3)?.weight).toBeGreaterThan(all.get(2)?.weight ?? 0);
    const before = findEarlierPartnersOfMembers(
      history,
      markEarlierScope(history, "2017-01-01", new Set()),
      "2017-01-01",
      [0],
    );
    expect([...before.keys()]).toEqual([3]);
    const without = findEarlierPartnersOfMembers(
      history,
      markEarlierScope(history, "2024-01-01", new Set(["h1"])),
      "2024-01-01",
      [0],
    );
    expect([...without.keys()]).toEqual([2]);
  });

  it("measures earlier work with the members, and counts a candidate's Horizon 2020 projects", () => {
    const history = withEarlier();
    const context = contextWithEarlier(history, "2024-01-01", [], [0]);
    const d = measureCandidate(context, 3);
    const b = measureCandidate(context, 1);
    expect(d.features.earlierWork).toBeGreaterThan(0);
    expect(b.features.earlierWork).toBe(0);
    expect(b.evidence.earlierParticipations).toBe(1);
    // Nothing before the history starts.
    const early = contextWithEarlier(history, "2015-01-01", [], [0]);
    expect(measureCandidate(early, 3).features.earlierWork).toBe(0);
    expect(measureCandidate(early, 1).evidence.earlierParticipations).toBe(0);
  });
});
