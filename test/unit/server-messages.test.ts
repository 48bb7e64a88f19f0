import { describe, expect, it } from "vitest";
import { en } from "../../server/i18n/messages-en.js";
import { sv } from "../../server/i18n/messages-sv.js";
import { translate } from "../../server/i18n/translate.js";

type Tree = { [key: string]: string | Tree };

/** Every key of a catalogue with its sentence, as `a.b.c`. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );
}

/** The values a sentence fills in, without their formats: `{{projects, and}}` is `projects`. */
const placeholders = (sentence: string) =>
  [...new Set([...sentence.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((match) => match[1]))].sort();

describe("the server's message catalogues", () => {
  const english = flatten(en);
  const swedish = flatten(sv);

  it("have the same keys in English and Swedish", () => {
    expect([...swedish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("fill in the same values in both languages, and no sentence is empty", () => {
    for (const [key, sentence] of english) {
      expect(sentence.trim(), key).not.toBe("");
      expect(placeholders(swedish.get(key) ?? ""), key).toEqual(placeholders(sentence));
    }
  });

  it("join lists with 'och' and write decimals with a comma in Swedish, as before in English", () => {
    const values = { count: 3, members: ["KTH", "KI", "SU"], projects: ["A", "B", "C"] };
    expect(translate("SV")("partners.consortiumWork", values)).toBe(
      "Har redan arbetat med KTH, KI och SU i 3 tidigare projekt: A, B och C.",
    );
    expect(translate("EN")("partners.consortiumWork", values)).toBe(
      "Has already worked with KTH, KI and SU in 3 earlier projects: A, B and C.",
    );
    expect(translate("SV")("partners.tieStrength", { strength: 1.5 })).toContain("är 1,50 (");
    expect(translate()("partners.tieStrength", { strength: 1.5 })).toContain("is 1.50 (");
  });

  it("chooses the plural form by count", () => {
    expect(translate("EN")("findings.coordinatorExperience", { name: "KTH", count: 1 })).toBe(
      "KTH has coordinated 1 EU project: a natural coordinator.",
    );
    expect(translate("EN")("findings.coordinatorExperience", { name: "KTH", count: 4 })).toBe(
      "KTH has coordinated 4 EU projects: a natural coordinator.",
    );
    expect(translate("SV")("findings.coordinatorExperience", { name: "KTH", count: 4 })).toBe(
      "KTH har samordnat 4 EU-projekt: en naturlig samordnare.",
    );
  });
});
