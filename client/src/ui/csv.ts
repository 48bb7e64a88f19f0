import { currentLanguage } from "../i18n/i18n.js";

/**
 * Rows as CSV the way a spreadsheet in the current language opens it: in English `,` between
 * cells and decimal points; in Swedish `;` and decimal commas (Swedish Excel splits on `;`),
 * after a byte-order mark so that Excel reads the file as UTF-8. Quoted where needed (RFC 4180),
 * CRLF line ends; a cell that a spreadsheet would run as a formula starts with `'`.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const swedish = currentLanguage() === "sv";
  const separator = swedish ? ";" : ",";
  const cell = (value: string) => {
    const guarded = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
    return guarded.includes(separator) || /["\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
  };
  const text = rows.map((cells) => cells.map(cell).join(separator)).join("\r\n") + "\r\n";
  return swedish ? `\uFEFF${text}` : text;
}

/** A number for a CSV cell: no grouping, the current language's decimal sign, `digits` decimals when given. */
export function csvNumber(value: number, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return currentLanguage() === "sv" ? text.replace(".", ",") : text;
}
