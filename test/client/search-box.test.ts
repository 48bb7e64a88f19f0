import type { Client } from "@urql/core";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeClient } from "./support/fake-client.js";
import { importClientModule } from "./support/import-client-module.js";

type Hit = {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  name?: string | null;
  legalName?: string | null;
  country?: string | null;
  city?: string | null;
};
let createSearchBox: (options: {
  client: Client;
  label: string;
  onChoose(hit: Hit): void;
  types?: string[];
  clearOnChoose?: boolean;
}) => HTMLElement;

beforeAll(async () => {
  ({ createSearchBox } = await importClientModule<{ createSearchBox: typeof createSearchBox }>("search/search-box.ts"));
});

const hits: Hit[] = [
  { id: "kth", label: "KTH", type: "Actor", kind: "UNIVERSITY" },
  { id: "kth-innovation", label: "KTH Innovation", type: "Actor", kind: "OTHER" },
  { id: "p-kth", label: "KTH project", type: "Project", kind: null },
];

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input"));
  vi.advanceTimersByTime(250);
}

function press(input: HTMLInputElement, key: string) {
  input.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
}

describe("the search box", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it("searches after a pause and offers the hits as a listbox", () => {
    const { client, calls } = createFakeClient({ SearchNodes: () => ({ data: { search: hits } }) });
    const box = createSearchBox({ client, label: "Search", onChoose: () => {} });
    document.body.append(box);
    const input = box.querySelector("input")!;

    input.value = "KT";
    input.dispatchEvent(new Event("input"));
    input.value = "KTH";
    input.dispatchEvent(new Event("input"));
    expect(calls).toHaveLength(0);
    vi.advanceTimersByTime(250);

    expect(calls).toEqual([{ name: "SearchNodes", variables: { text: "KTH" } }]);
    const options = [...box.querySelectorAll("[role=option]")];
    expect(options.map((option) => option.textContent)).toEqual([
      "KTHUniversity",
      "KTH InnovationOther",
      "KTH projectProject",
    ]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0].id);
  });

  it("tells namesakes apart by their full name, city and country, in the interface's language", async () => {
    const { setLanguage } = await importClientModule<{ setLanguage(language: string): void }>("i18n/i18n.ts");
    setLanguage("sv");
    const ericssons: Hit[] = [
      {
        id: "e1",
        label: "ERICSSON",
        type: "Actor",
        kind: "COMPANY",
        name: "ERICSSON GMBH",
        country: "DE",
        city: "DUSSELDORF",
      },
      {
        id: "e2",
        label: "Ericsson",
        type: "Actor",
        kind: "COMPANY",
        name: "Telefonaktiebolaget LM Ericsson",
        legalName: "TELEFONAKTIEBOLAGET LM ERICSSON",
        country: "SE",
        city: "Stockholm",
      },
      { id: "e3", label: "ERICSSON", type: "Actor", kind: "COMPANY", name: "ERICSSON", country: "IT", city: null },
    ];
    const { client } = createFakeClient({ SearchNodes: () => ({ data: { search: ericssons } }) });
    const box = createSearchBox({ client, label: "Sök", onChoose: () => {} });
    document.body.append(box);
    type(box.querySelector("input")!, "Ericsson");
    const details = [...box.querySelectorAll("[role=option]")].map(
      (option) => option.querySelector(".search-option-details")?.textContent ?? "",
    );
    setLanguage("en");
    expect(details).toEqual([
      "ERICSSON GMBH · Dusseldorf, Tyskland",
      "Telefonaktiebolaget LM Ericsson · Stockholm, Sverige",
      "Italien",
    ]);
    expect(new Set(details).size).toBe(3);
  });

  it("moves with the arrow keys, chooses with Enter and closes with Escape", () => {
    const chosen: Hit[] = [];
    const { client } = createFakeClient({ SearchNodes: () => ({ data: { search: hits } }) });
    const box = createSearchBox({ client, label: "Search", onChoose: (hit) => chosen.push(hit) });
    document.body.append(box);
    const input = box.querySelector("input")!;

    type(input, "kth");
    press(input, "ArrowDown");
    press(input, "ArrowDown");
    press(input, "ArrowDown");
    press(input, "ArrowUp");
    expect(box.querySelector("[aria-selected=true]")?.textContent).toBe("KTH projectProject");
    press(input, "Enter");
    expect(chosen.map((hit) => hit.id)).toEqual(["p-kth"]);
    expect(input.value).toBe("KTH project");
    expect(box.querySelector("[role=listbox]")?.hasAttribute("hidden")).toBe(true);

    type(input, "kth");
    press(input, "Escape");
    expect(box.querySelectorAll("[role=option]")).toHaveLength(0);
    expect(input.getAttribute("aria-expanded")).toBe("false");
    press(input, "Escape");
    expect(input.value).toBe("");
  });

  it("offers only the types asked for", () => {
    const { client } = createFakeClient({ SearchNodes: () => ({ data: { search: hits } }) });
    const box = createSearchBox({ client, label: "From", types: ["Actor"], onChoose: () => {} });
    type(box.querySelector("input")!, "kth");
    expect(box.querySelectorAll("[role=option]")).toHaveLength(2);
  });

  it("says when nothing matches and when search fails", () => {
    const { client } = createFakeClient({
      SearchNodes: ({ text }) => (text === "zzz" ? { data: { search: [] } } : { error: "database unavailable" }),
    });
    const box = createSearchBox({ client, label: "Search", onChoose: () => {} });
    const input = box.querySelector("input")!;
    const status = box.querySelector("[role=status]")!;
    type(input, "zzz");
    expect(status.textContent).toBe("Nothing matches “zzz”. Try a shorter name or an abbreviation.");
    type(input, "kth");
    expect(status.textContent).toContain("Search is not available: database unavailable");
  });
});
