import type { Language } from "../generated/resolvers-types.js";

/**
 * Where a Horizon Europe participant can be established and count toward the eligibility rules.
 *
 * @remarks Source: European Commission, "List of participating countries in Horizon Europe"
 * (EU Funding & Tenders Portal, reference documents), as it stood on 1 January 2025: the 27
 * member states, and the countries whose association agreements then produced legal effects,
 * including the United Kingdom (from 1 January 2024), the Republic of Korea (from 1 January 2025)
 * and Switzerland (the transitional arrangement for calls from the 2025 work programme). Countries
 * still negotiating (such as Morocco or Japan) are not listed. Codes are as CORDIS writes them:
 * EL for Greece, UK for the United Kingdom, XK for Kosovo. Check the current list before a
 * submission: it changes as agreements take effect.
 */
export const listDate = "2025-01-01";

export const memberStates: ReadonlyMap<string, string> = new Map([
  ["AT", "Austria"],
  ["BE", "Belgium"],
  ["BG", "Bulgaria"],
  ["HR", "Croatia"],
  ["CY", "Cyprus"],
  ["CZ", "Czechia"],
  ["DK", "Denmark"],
  ["EE", "Estonia"],
  ["FI", "Finland"],
  ["FR", "France"],
  ["DE", "Germany"],
  ["EL", "Greece"],
  ["HU", "Hungary"],
  ["IE", "Ireland"],
  ["IT", "Italy"],
  ["LV", "Latvia"],
  ["LT", "Lithuania"],
  ["LU", "Luxembourg"],
  ["MT", "Malta"],
  ["NL", "Netherlands"],
  ["PL", "Poland"],
  ["PT", "Portugal"],
  ["RO", "Romania"],
  ["SK", "Slovakia"],
  ["SI", "Slovenia"],
  ["ES", "Spain"],
  ["SE", "Sweden"],
]);

export const associatedCountries: ReadonlyMap<string, string> = new Map([
  ["AL", "Albania"],
  ["AM", "Armenia"],
  ["BA", "Bosnia and Herzegovina"],
  ["CA", "Canada"],
  ["FO", "Faroe Islands"],
  ["GE", "Georgia"],
  ["IS", "Iceland"],
  ["IL", "Israel"],
  ["XK", "Kosovo"],
  ["MD", "Moldova"],
  ["ME", "Montenegro"],
  ["NZ", "New Zealand"],
  ["MK", "North Macedonia"],
  ["NO", "Norway"],
  ["KR", "Republic of Korea"],
  ["RS", "Serbia"],
  ["CH", "Switzerland"],
  ["TN", "Tunisia"],
  ["TR", "Türkiye"],
  ["UA", "Ukraine"],
  ["UK", "United Kingdom"],
]);

/** Associated only to Pillar II (the clusters: Global Challenges and European Industrial Competitiveness). */
export const pillarTwoOnly: ReadonlySet<string> = new Set(["CA", "NZ", "KR"]);

/** ISO codes that CORDIS writes otherwise. */
const cordisSpelling: Record<string, string> = { GR: "EL", GB: "UK" };

/** A country code as CORDIS writes it: upper case, GR → EL, GB → UK. */
export function toCordisCountry(code: string): string {
  const upper = code.trim().toUpperCase();
  return cordisSpelling[upper] ?? upper;
}

export type CountryStatus = "MEMBER_STATE" | "ASSOCIATED" | "THIRD_COUNTRY";

export function countryStatus(code: string): CountryStatus {
  const country = toCordisCountry(code);
  if (memberStates.has(country)) return "MEMBER_STATE";
  if (associatedCountries.has(country)) return "ASSOCIATED";
  return "THIRD_COUNTRY";
}

/** True for a member state or an associated country: a participant there counts toward the rules. */
export const isEligibleCountry = (code: string) => countryStatus(code) !== "THIRD_COUNTRY";

const isoSpelling: Record<string, string> = { EL: "GR", UK: "GB" };
const swedishNames = new Intl.DisplayNames("sv-SE", { type: "region", fallback: "code" });

/**
 * The country's name in the language asked for (English by default), or its code when it has none:
 * English as the lists above write it, Swedish as the Unicode locale data (CLDR) writes it.
 */
export function countryName(code: string, lang: Language = "EN"): string {
  const country = toCordisCountry(code);
  if (lang === "SV" && /^[A-Z]{2}$/.test(country)) return swedishNames.of(isoSpelling[country] ?? country) ?? country;
  return memberStates.get(country) ?? associatedCountries.get(country) ?? country;
}
