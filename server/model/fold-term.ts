// Letters, digits and punctuation below U+0080: nothing there has an accent.
const ascii = /^[ -~]*$/;

/** Folds case and accents as the index's standard-folding analyzer does ("Södertörn" → "sodertorn"). */
export function foldTerm(term: string): string {
  // Most words are plain ASCII, which has no accents to take off.
  if (ascii.test(term)) return term.toLowerCase();
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
