import { describe, expect, it } from "vitest";
import type { CordisOrganisation } from "../../server/import/cordis/parse-cordis-participation.js";
import {
  indexCuratedActors,
  resolveOrganisation,
  type KnownActors,
} from "../../server/import/resolution/resolve-actor.js";

const curated = indexCuratedActors([
  {
    id: "kth",
    name: "Kungliga Tekniska högskolan",
    country: "SE",
    names: ["Kungliga Tekniska högskolan", "KTH Royal Institute of Technology", "KTH", "KUNGLIGA TEKNISKA HOEGSKOLAN"],
  },
  { id: "ki", name: "Karolinska Institutet", country: null, names: ["Karolinska Institutet", null, "KI"] },
  { id: "ericsson", name: "Ericsson", country: "SE", names: ["Ericsson", "Telefonaktiebolaget LM Ericsson"] },
  {
    id: "rise",
    name: "RISE Research Institutes of Sweden",
    country: "SE",
    vatNumber: "SE556464687401",
    names: ["RISE Research Institutes of Sweden", "RISE", "RISE RESEARCH INSTITUTES OF SWEDEN AB"],
  },
  { id: "twin-a", name: "Tvillingstiftelsen", country: "SE", names: ["Tvillingstiftelsen"] },
  { id: "twin-b", name: "Tvillingstiftelsen", country: "SE", names: ["Tvillingstiftelsen"] },
]);

const organisation = (overrides: Partial<CordisOrganisation>): CordisOrganisation => ({
  cordisId: "900",
  name: "SOMETHING ELSE",
  shortName: null,
  vatNumber: null,
  activityType: "PRC",
  kind: "COMPANY",
  country: "SE",
  city: null,
  nutsCode: null,
  sme: null,
  website: null,
  ...overrides,
});

const nothingKnown = (): KnownActors => ({ byCordisId: new Map(), byVatNumber: new Map() });

describe("resolveOrganisation", () => {
  it("lands on a curated actor whose name key equals the CORDIS name's", () => {
    const resolution = resolveOrganisation(
      organisation({ cordisId: "999990946", name: "KUNGLIGA TEKNISKA HOEGSKOLAN" }),
      nothingKnown(),
      curated,
    );
    expect(resolution).toEqual({ actorId: "kth", rule: "name:KUNGLIGA TEKNISKA HOGSKOLAN", candidates: [] });
    // A curated actor without a country is taken as Swedish.
    expect(resolveOrganisation(organisation({ name: "KAROLINSKA INSTITUTET" }), nothingKnown(), curated).actorId).toBe(
      "ki",
    );
  });

  it("prefers the CORDIS id, then the VAT number, to the name", () => {
    const known: KnownActors = { byCordisId: new Map([["1", "kth"]]), byVatNumber: new Map([["SE1", "ki"]]) };
    expect(
      resolveOrganisation(organisation({ cordisId: "1", vatNumber: "SE1", name: "ERICSSON AB" }), known, curated),
    ).toMatchObject({ actorId: "kth", rule: "cordisId" });
    expect(
      resolveOrganisation(organisation({ cordisId: "2", vatNumber: "SE1", name: "ERICSSON AB" }), known, curated),
    ).toMatchObject({ actorId: "ki", rule: "vatNumber" });
  });

  it("gives an unknown organisation its own node and remembers it for the rest of the batch", () => {
    const known = nothingKnown();
    expect(resolveOrganisation(organisation({ cordisId: "5", vatNumber: "SE5" }), known, curated)).toEqual({
      actorId: "cordis-5",
      rule: "own",
      candidates: [],
    });
    expect(resolveOrganisation(organisation({ cordisId: "6", vatNumber: "SE5" }), known, curated)).toMatchObject({
      actorId: "cordis-5",
      rule: "vatNumber",
    });
    expect(resolveOrganisation(organisation({ cordisId: "5", vatNumber: "SE5" }), known, curated).rule).toBe("own");
  });

  it("does not merge a same-named organisation in another country, nor a name several curated actors share", () => {
    // A company's foreign subsidiary is another legal entity: not even a candidate.
    expect(
      resolveOrganisation(
        organisation({ cordisId: "7", name: "ERICSSON GMBH", country: "DE" }),
        nothingKnown(),
        curated,
      ),
    ).toEqual({ actorId: "cordis-7", rule: "own", candidates: [] });
    expect(
      resolveOrganisation(organisation({ cordisId: "8", name: "TVILLINGSTIFTELSEN" }), nothingKnown(), curated)
        .candidates,
    ).toEqual([
      { curatedId: "twin-a", rule: "same-name-ambiguous", score: 1 },
      { curatedId: "twin-b", rule: "same-name-ambiguous", score: 1 },
    ]);
  });

  it("proposes, without merging, a name that contains a curated name of two words or more, or is inside one", () => {
    const holding = resolveOrganisation(
      organisation({ cordisId: "9", name: "KAROLINSKA INSTITUTET HOLDING AB" }),
      nothingKnown(),
      curated,
    );
    expect(holding).toEqual({
      actorId: "cordis-9",
      rule: "own",
      candidates: [{ curatedId: "ki", rule: "name-contains", score: 0.67 }],
    });
    const inside = resolveOrganisation(
      organisation({ cordisId: "10", name: "TEKNISKA HOEGSKOLAN" }),
      nothingKnown(),
      curated,
    );
    expect(inside.candidates).toEqual([{ curatedId: "kth", rule: "name-contained-in", score: 0.67 }]);
    // One shared word is not enough.
    expect(
      resolveOrganisation(organisation({ cordisId: "11", name: "KTH SPINOFF AB" }), nothingKnown(), curated).candidates,
    ).toEqual([]);
  });

  it("never merges by name across differing VAT numbers: the same name under another VAT number is a candidate", () => {
    const twin = resolveOrganisation(
      organisation({ cordisId: "893893801", name: "RISE Research Institutes of Sweden", vatNumber: "SE556196920401" }),
      nothingKnown(),
      curated,
    );
    expect(twin).toEqual({
      actorId: "cordis-893893801",
      rule: "own",
      candidates: [{ curatedId: "rise", rule: "same-name-other-vat", score: 1 }],
    });
    // The same VAT number, or none on one side, still lets the name decide.
    expect(
      resolveOrganisation(
        organisation({
          cordisId: "999613422",
          name: "RISE RESEARCH INSTITUTES OF SWEDEN AB",
          vatNumber: "SE556464687401",
        }),
        nothingKnown(),
        curated,
      ).actorId,
    ).toBe("rise");
  });

  it("proposes no parent for a subsidiary under its own VAT number", () => {
    const withVat = indexCuratedActors([
      {
        id: "ki",
        name: "Karolinska Institutet",
        country: "SE",
        vatNumber: "SE202100297301",
        names: ["Karolinska Institutet", "KI", "KAROLINSKA INSTITUTET"],
      },
    ]);
    for (const [cordisId, name, vatNumber] of [
      ["949694894", "KAROLINSKA INSTITUTET INNOVATIONS AB", "SE556528390901"],
      ["893209854", "KAROLINSKA INSTITUTET HOLDING AB", "SE556525605301"],
    ]) {
      const resolution = resolveOrganisation(organisation({ cordisId, name, vatNumber }), nothingKnown(), withVat);
      expect(resolution, name).toEqual({ actorId: `cordis-${cordisId}`, rule: "own", candidates: [] });
    }
  });
});
