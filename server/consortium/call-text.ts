import { countSignificantWords } from "./parse-topic.js";

/** A call's words that say what it is about, each with its weight (tf × idf over all calls). */
export type CallTerms = Map<string, number>;

/** Words of a call counted for its profile: the most telling ones, by tf × idf. */
export const maxCallTerms = 30;
/** A call's title says more than a sentence of its description: its words count this many times. */
const titleWeight = 3;

/** Counts of a text's significant folded words (English and Swedish function words left out). */
export function countWords(text: string): Map<string, number> {
  return countSignificantWords(text);
}

/** The words of a call: its title's words weigh {@link titleWeight} times. */
export function callWordCounts(call: { title: string; description?: string | null }): Map<string, number> {
  const counts = countWords(call.description ?? "");
  for (const [word, count] of countWords(call.title)) counts.set(word, (counts.get(word) ?? 0) + titleWeight * count);
  return counts;
}

/** Inverse document frequency over the calls: log(N / df), so a word in every call weighs nothing. */
export function inverseFrequencies(documents: Array<Map<string, number>>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const document of documents)
    for (const word of document.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return new Map([...frequency].map(([word, df]) => [word, Math.log(documents.length / df)]));
}

/** A call's profile: its {@link maxCallTerms} words of highest tf × idf (ties by word). */
export function callTerms(counts: Map<string, number>, idf: Map<string, number>): CallTerms {
  return new Map(
    [...counts]
      .map(([word, count]): [string, number] => [word, Math.log(1 + count) * (idf.get(word) ?? 0)])
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, maxCallTerms),
  );
}

/** How much of a call's profile a text's words cover (0..1), and the shared words, heaviest first. */
export function coverage(terms: CallTerms, words: Set<string>): { share: number; shared: string[] } {
  let total = 0;
  let covered = 0;
  const shared: Array<[string, number]> = [];
  for (const [word, weight] of terms) {
    total += weight;
    if (words.has(word)) {
      covered += weight;
      shared.push([word, weight]);
    }
  }
  return { share: total === 0 ? 0 : covered / total, shared: shared.map(([word]) => word) };
}

/** Which of some texts hold each word: the texts' positions, by word. */
export function indexWords(texts: Array<Set<string>>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  texts.forEach((words, position) => {
    for (const word of words) {
      const list = postings.get(word);
      if (list) list.push(position);
      else postings.set(word, [position]);
    }
  });
  return postings;
}

/**
 * {@link coverage} of a call's profile by every indexed text at once: the share of the profile's
 * weight each text covers, by position. Only the texts that hold a word of the profile are visited.
 */
export function coverageByText(terms: CallTerms, postings: Map<string, number[]>, texts: number): Float64Array {
  const shares = new Float64Array(texts);
  let total = 0;
  for (const [word, weight] of terms) {
    total += weight;
    for (const position of postings.get(word) ?? []) shares[position] += weight;
  }
  if (total > 0) for (let position = 0; position < texts; position += 1) shares[position] /= total;
  return shares;
}
