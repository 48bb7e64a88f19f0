import i18next, { type TOptions } from "i18next";
import type { Language as ApiLanguage } from "../generated/graphql.js";
import { en, type Messages } from "./messages-en.js";
import { sv } from "./messages-sv.js";

/** The languages the explorer speaks; the first is the fallback. */
export const languages = ["en", "sv"] as const;
export type Language = (typeof languages)[number];

type StripPlural<K extends string> = K extends `${infer Base}_${"one" | "other"}` ? Base : K;
type Keys<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${StripPlural<K>}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the message catalogue, as `t` takes it (plural forms under their common key). */
export type MessageKey = Keys<Messages>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...languages],
  resources: { en: { translation: en }, sv: { translation: sv } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function isLanguage(value: string | null | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? "");
}

/**
 * The language to show: the one a link names, else the first the browser prefers that the
 * explorer speaks (`sv-SE` is Swedish), else English.
 */
export function chooseLanguage(fromLink: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(fromLink)) return fromLink;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLanguage(base)) return base;
  }
  return "en";
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : "en";
}

/** The current language as the API's `lang` argument takes it: the server then writes its sentences in it too. */
export function apiLanguage(): ApiLanguage {
  return currentLanguage() === "sv" ? "SV" : "EN";
}

/** Switches the catalogue every later `t` reads from; the caller redraws what it shows. */
export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
}

/** The words for a key in the current language, with `{{name}}` values and `count` plurals filled in. */
export function t(key: MessageKey, options?: TOptions): string {
  return i18n.t(key, options) as string;
}

/** The words for a key built from data (a kind, a relationship type), or `fallback` when the catalogue has none. */
export function tDynamic(key: string, fallback: string, options?: TOptions): string {
  return i18n.exists(key) ? (i18n.t(key, options) as string) : fallback;
}

/**
 * A name in the genitive, the current language's way: Swedish adds `s` ("Stockholms stads"),
 * nothing after s, x or z ("Campus Albanova"), and `:s` after an abbreviation ending in a capital
 * letter or a digit ("KTH:s"); English adds `'s`, or `'` after s.
 */
export function genitive(name: string): string {
  if (currentLanguage() === "sv") {
    if (/[sxz]$/i.test(name)) return name;
    if (/[\p{Lu}\d]$/u.test(name)) return `${name}:s`;
    return `${name}s`;
  }
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** A number written the current language's way (`0,93` in Swedish). */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString(currentLanguage() === "sv" ? "sv-SE" : "en-GB", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** An amount in euro, whole, written the current language's way (`€12,000,000`, `12 000 000 €`). */
export function formatEuro(value: number): string {
  return value.toLocaleString(currentLanguage() === "sv" ? "sv-SE" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: 0,
  });
}

/**
 * Writes the words of static markup: `data-i18n` sets an element's text, `data-i18n-label` its
 * `aria-label`; `<html lang>` follows the language.
 */
export function translatePage(root: Document = document): void {
  root.documentElement.lang = currentLanguage();
  root.querySelectorAll<HTMLElement>("[data-i18n]").forEach((element) => {
    element.textContent = t(element.dataset.i18n as MessageKey);
  });
  root.querySelectorAll<HTMLElement>("[data-i18n-label]").forEach((element) => {
    element.setAttribute("aria-label", t(element.dataset.i18nLabel as MessageKey));
  });
}
