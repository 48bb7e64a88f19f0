import { afterEach, describe, expect, it } from "vitest";
import { chooseLanguage, formatNumber, genitive, setLanguage, t } from "../../client/src/i18n/i18n.js";
import { en } from "../../client/src/i18n/messages-en.js";
import { sv } from "../../client/src/i18n/messages-sv.js";
import { describeKind, describeRelationshipType, relationshipVerb } from "../../client/src/state/vocabulary.js";

function leaves(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe("the message catalogue", () => {
  afterEach(() => setLanguage("en"));

  it("has every English key in Swedish, each with its own words where the languages differ", () => {
    expect(leaves(sv)).toEqual(leaves(en));
    expect(t("app.skipToTools")).toBe("Skip to tools");
    setLanguage("sv");
    expect(t("app.skipToTools")).toBe("Hoppa till verktygen");
  });

  it("translates kinds and relationship types, and keeps an unknown type readable", () => {
    setLanguage("sv");
    expect(describeKind("UNIVERSITY")).toBe("Lärosäte");
    expect(describeRelationshipType("MEMBER_OF")).toBe("medlem i");
    expect(relationshipVerb("MEMBER_OF")).toBe("är medlem i");
    expect(describeRelationshipType("SITS_ON_BOARD_OF")).toBe("sits on board of");
    setLanguage("en");
    expect(relationshipVerb("MEMBER_OF")).toBe("is a member of");
  });

  it("fills in counts with the language's plural and numbers with its decimal sign", () => {
    expect(t("collaborators.caption", { count: 1 })).toBe("1 collaborator");
    expect(t("collaborators.caption", { count: 3 })).toBe("3 collaborators");
    expect(formatNumber(0.93, 2)).toBe("0.93");
    setLanguage("sv");
    expect(t("filters.showHidden", { count: 2 })).toBe("Visa 2 dolda");
    expect(formatNumber(0.93, 2)).toBe("0,93");
  });

  it("writes a name in the genitive: KTH:s after an abbreviation, Stockholms stads, KTH's", () => {
    expect(genitive("KTH")).toBe("KTH's");
    expect(genitive("Vinnova")).toBe("Vinnova's");
    expect(genitive("Stockholms akademiska forum")).toBe("Stockholms akademiska forum's");
    expect(genitive("RISE Research Institutes")).toBe("RISE Research Institutes'");
    setLanguage("sv");
    expect(genitive("KTH")).toBe("KTH:s");
    expect(genitive("StAF")).toBe("StAF:s");
    expect(genitive("EIT Urban Mobility")).toBe("EIT Urban Mobilitys");
    expect(genitive("Stockholms stad")).toBe("Stockholms stads");
    expect(genitive("Vetenskapsstaden")).toBe("Vetenskapsstadens");
    expect(genitive("Stockholms universitet")).toBe("Stockholms universitets");
    expect(genitive("Region Stockholm")).toBe("Region Stockholms");
    expect(genitive("RISE Research Institutes")).toBe("RISE Research Institutes");
    expect(genitive("Karolinska Institutet")).toBe("Karolinska Institutets");
    expect(t("view.projectsLink", { owner: genitive("KTH") })).toBe("Visa KTH:s projekt och band");
  });

  it("takes the language from the link, else from the browser's preferences, else English", () => {
    expect(chooseLanguage("sv", ["en-GB"])).toBe("sv");
    expect(chooseLanguage(null, ["de-DE", "sv-SE", "en"])).toBe("sv");
    expect(chooseLanguage("xx", ["fi"])).toBe("en");
  });
});
