import { currentLanguage } from "../i18n/i18n.js";

/** What a search hit says beyond its label, as the API gives it. */
export interface HitDetails {
  label: string;
  name?: string | null;
  legalName?: string | null;
  country?: string | null;
  city?: string | null;
}

/** A country's name in the current language ("Tyskland" for DE); the code when the browser has no name for it. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "DUSSELDORF" as "Dusseldorf": CORDIS writes many cities in capitals. */
function cityName(city: string): string {
  if (city !== city.toUpperCase()) return city;
  return city
    .toLowerCase()
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * What tells a hit from its namesakes: its full or registered name where the label differs,
 * its city and its country ("ERICSSON GMBH · Dusseldorf, Tyskland"); "" when it has none.
 */
export function describeHitDetails(hit: HitDetails): string {
  const same = (a: string, b: string) => a.localeCompare(b, "sv", { sensitivity: "base" }) === 0;
  const names: string[] = [];
  for (const name of [hit.name, hit.legalName]) {
    if (name && !same(name, hit.label) && !names.some((other) => same(other, name))) names.push(name);
  }
  const place = [hit.city ? cityName(hit.city) : null, hit.country ? countryName(hit.country) : null]
    .filter(Boolean)
    .join(", ");
  return [...names, place].filter(Boolean).join(" · ");
}
