/** Folds case and accents as the index's standard-folding analyzer does ("Södertörn" → "sodertorn"). */
export function foldTerm(term: string): string {
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
