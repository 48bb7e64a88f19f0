import { describe, expect, it } from "vitest";
import { containsWords, nameKey } from "../../server/import/resolution/name-key.js";

describe("nameKey", () => {
  it("gives CORDIS's transliterated spelling and the Swedish spelling the same key", () => {
    expect(nameKey("KUNGLIGA TEKNISKA HOEGSKOLAN")).toBe(nameKey("Kungliga Tekniska högskolan"));
    expect(nameKey("Kungliga Tekniska högskolan")).toBe("KUNGLIGA TEKNISKA HOGSKOLAN");
  });

  it("folds ä, å, ö, their two-letter forms and other accents", () => {
    expect(nameKey("Södertörns högskola")).toBe(nameKey("SOEDERTOERNS HOGSKOLA"));
    expect(nameKey("Lärarhögskolan i Stockholm")).toBe(nameKey("LAERARHOEGSKOLAN I STOCKHOLM"));
    expect(nameKey("Linköpings universitet")).toBe("LINKOPINGS UNIVERSITET");
    expect(nameKey("Université de Genève")).toBe("UNIVERSITE DE GENEVE");
    expect(nameKey("TECHNISCHE UNIVERSITAET MÜNCHEN")).toBe(nameKey("Technische Universität Muenchen"));
    expect(nameKey("Åbo Akademi")).toBe("ABO AKADEMI");
  });

  it("drops punctuation and legal-form words and folds whitespace", () => {
    expect(nameKey("ERICSSON AB")).toBe("ERICSSON");
    expect(nameKey("Telefonaktiebolaget L.M. Ericsson (publ)")).toBe("TELEFONAKTIEBOLAGET LM ERICSSON");
    expect(nameKey("  Acme   GmbH ")).toBe("ACME");
    expect(nameKey("FOO S.p.A.")).toBe("FOO");
    expect(nameKey("BAR SP. Z O.O.")).toBe("BAR");
    expect(nameKey("Stockholms stad")).toBe(nameKey("STOCKHOLMS  STAD"));
  });

  it("keeps different names apart", () => {
    expect(nameKey("STOCKHOLMS UNIVERSITET")).not.toBe(nameKey("Stockholms stad"));
    expect(nameKey("")).toBe("");
    expect(nameKey(null)).toBe("");
  });
});

describe("containsWords", () => {
  it("matches whole words in order, never the name itself or part of a word", () => {
    expect(containsWords("KAROLINSKA INSTITUTET HOLDING", "KAROLINSKA INSTITUTET")).toBe(true);
    expect(containsWords("KAROLINSKA INSTITUTET", "KAROLINSKA INSTITUTET")).toBe(false);
    expect(containsWords("KAROLINSKA INSTITUTETS STIFTELSE", "KAROLINSKA INSTITUTET")).toBe(false);
    expect(containsWords("INSTITUTET KAROLINSKA", "KAROLINSKA INSTITUTET")).toBe(false);
  });
});
