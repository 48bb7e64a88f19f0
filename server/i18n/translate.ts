import i18next, { type TOptions } from "i18next";
import type { Language } from "../generated/resolvers-types.js";
import { en, type Messages } from "./messages-en.js";
import { sv } from "./messages-sv.js";

type StripPlural<K extends string> = K extends `${infer Base}_${"one" | "other"}` ? Base : K;
type Keys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the server's catalogue, as `t` takes it (plural forms under their common key). */
export type MessageKey = Keys<Messages>;

/** The words for a key in one language, with `{{name}}` values and `count` plurals filled in. */
export type Translate = (key: MessageKey, options?: TOptions) => string;

const locales = { en: "en-GB", sv: "sv-SE" } as const;
const localeOf = (lng: string | undefined) => (lng === "sv" ? locales.sv : locales.en);

const i18n = i18next.createInstance();
void i18n.init({
  fallbackLng: "en",
  supportedLngs: ["en", "sv"],
  resources: { en: { translation: en }, sv: { translation: sv } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
// "A, B and C" in English (no serial comma, as British English writes it), "A, B och C" in Swedish.
i18n.services.formatter?.add("and", (value: string[], lng) =>
  new Intl.ListFormat(localeOf(lng), { type: "conjunction" }).format(value),
);
// The first letter in capitals, for a sentence that opens with a value ("An RIA needs…").
i18n.services.formatter?.add("capital", (value: string) => value.charAt(0).toUpperCase() + value.slice(1));
// "A, B or C" in English, "A, B eller C" in Swedish.
i18n.services.formatter?.add("or", (value: string[], lng) =>
  new Intl.ListFormat(localeOf(lng), { type: "disjunction" }).format(value),
);
// A short run of words or labels, commas only.
i18n.services.formatter?.add("series", (value: string[]) => value.join(", "));
// Two decimals: 0.93 in English, 0,93 in Swedish.
i18n.services.formatter?.add("decimal", (value: number, lng) =>
  value.toLocaleString(localeOf(lng), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
);

const translators = new Map<Language, Translate>();

/**
 * The `t` of one language of the server's catalogue (server/i18n/messages-*.ts), for the sentences
 * an answer carries; English when no language is asked for.
 */
export function translate(lang: Language | null | undefined = "EN"): Translate {
  const language: Language = lang ?? "EN";
  let t = translators.get(language);
  if (!t) {
    const fixed = i18n.getFixedT(language === "SV" ? "sv" : "en");
    t = (key, options) => fixed(key, options ?? {}) as string;
    translators.set(language, t);
  }
  return t;
}
