/** Words that name a legal form, not an organisation: dropped from name keys. */
const legalForms = new Set([
  "AB",
  "PUBL",
  "AKTIEBOLAG",
  "AKTIEBOLAGET",
  "HB",
  "KB",
  "ASA",
  "AS",
  "APS",
  "OY",
  "OYJ",
  "EHF",
  "HF",
  "GMBH",
  "MBH",
  "AG",
  "KG",
  "EV",
  "EG",
  "GGMBH",
  "BV",
  "NV",
  "BVBA",
  "VZW",
  "ASBL",
  "SA",
  "SAS",
  "SARL",
  "SRL",
  "SPA",
  "SCARL",
  "SCRL",
  "SL",
  "SLL",
  "LDA",
  "LTD",
  "LIMITED",
  "PLC",
  "LLC",
  "LLP",
  "INC",
  "CORP",
  "KFT",
  "ZRT",
  "NYRT",
  "SRO",
  "DOO",
  "DD",
  "AE",
  "IKE",
  "OU",
  "UAB",
  "SIA",
]);

/** Letters that Swedish, German and Danish names write in two ways (HÖGSKOLAN, HOEGSKOLAN, HOGSKOLAN). */
const letterFolds: Array<[RegExp, string]> = [
  [/[ÖØ]/g, "O"],
  [/[ÄÆ]/g, "A"],
  [/Å/g, "A"],
  [/Ü/g, "U"],
  [/ß/g, "SS"],
  [/OE/g, "O"],
  [/AE/g, "A"],
  [/UE/g, "U"],
];

/**
 * The key under which two spellings of an organisation's name are the same name: upper case,
 * accents and ö/oe, ä/ae, å/a folded, punctuation and legal-form words (AB, GMBH, SA…) dropped,
 * whitespace folded. `KUNGLIGA TEKNISKA HOEGSKOLAN` and `Kungliga Tekniska högskolan` share a key.
 */
export function nameKey(name: string | null | undefined): string {
  if (!name) return "";
  let text = name.toUpperCase().replace(/\./g, "");
  for (const [pattern, replacement] of letterFolds.slice(0, 5)) text = text.replace(pattern, replacement);
  text = text.normalize("NFD").replace(/\p{M}/gu, "");
  for (const [pattern, replacement] of letterFolds.slice(5)) text = text.replace(pattern, replacement);
  const words = text.split(/[^A-Z0-9]+/).filter((word) => word !== "");
  return words
    .join(" ")
    .replace(/\bSP Z OO\b/g, "")
    .split(" ")
    .filter((word) => word !== "" && !legalForms.has(word))
    .join(" ");
}

/** True when `inner`'s words appear, in order and next to each other, among `outer`'s. */
export function containsWords(outer: string, inner: string): boolean {
  return outer !== inner && ` ${outer} `.includes(` ${inner} `);
}
