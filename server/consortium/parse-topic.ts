import type { ActionType } from "../generated/resolvers-types.js";
import { badInput } from "../model/errors.js";
import { foldTerm } from "../model/fold-term.js";

/** What a topic text asks for: call topic codes and the words that carry its meaning. */
export interface TopicQuery {
  /** Call topic codes (or their prefixes), upper case: `HORIZON-CL5-2021-D3-01-01`. */
  codes: string[];
  /** Distinct folded words, the most frequent in the text first, at most {@link maxTopicWords}. */
  words: string[];
  /** Every significant folded word of the text with its count: what the text match weighs. */
  terms: Map<string, number>;
  /** True when the text was longer than {@link maxTopicLength} and only its start was read. */
  truncated: boolean;
  /** When the topic names a call of the graph: the call, whose families and type of action count too. */
  call?: TopicCall;
}

/** A call of the graph that a topic names by its id. */
export interface TopicCall {
  id: string;
  title: string;
  /** Its type of action; null when its rule is not known. */
  actionType: ActionType | null;
  /** Its call and destination families: their earlier projects match the topic too. */
  families: string[];
}

export const maxTopicLength = 4000;
export const maxTopicWords = 40;
const maxCodes = 10;

/**
 * A call topic code: hyphen-joined segments, the first starting with a letter, one a year
 * (`HORIZON-CL5-2021-D3-01-01`, `ERC-2021-STG`, `MG-2.3-2014`, `HORIZON-CL6-2024-CircBio-01-3`).
 * The year keeps ordinary hyphenated words (`covid-19-related`) out.
 */
const codePattern =
  /(?<![\p{L}\p{N}.-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*){2,}(?![\p{L}\p{N}-])/gu;
const yearSegment = /^(19|20)\d\d$/;
const isTopicCode = (candidate: string) => candidate.split("-").some((segment) => yearSegment.test(segment));

/** Words too common to say what a topic is about: English and Swedish function words, proposal boilerplate. */
const stopWords = new Set(
  `
  a about above across after again against all almost also although always am among an and another any are
  around as at be because been before being below between both but by can cannot could did do does doing done
  down during each either else etc even ever every for from further had has have having he her here hers him
  his how however i if in into is it its itself just least less like made make many may me might more most
  much must my near need needs neither no nor not now of off often on once one only or other others our ours
  out over own per rather same shall she should since so some such than that the their theirs them then there
  these they this those though through thus to too under until up upon us use used uses using very via was we
  well were what when where whether which while who whom whose why will with within without would yet you your
  aim aims aimed approach based develop developed developing development objective objectives overall project
  projects proposal proposals new key main results result activities action actions support ensure including
  och att det som en ett för med av på till är om de inte vi kan ska har den detta dessa eller men när vid
  från under hur där vilka vilken samt också även genom mot utan efter inom mellan sina sin sitt våra vår
`
    .trim()
    .split(/\s+/),
);

function isSignificant(word: string): boolean {
  return word.length >= 2 && !/^\d+$/.test(word) && !stopWords.has(word);
}

/** The call topic codes in a text, upper case, in order of appearance. */
export function findTopicCodes(text: string): string[] {
  const codes = (text.match(codePattern) ?? []).filter(isTopicCode).map((code) => code.toUpperCase());
  return [...new Set(codes)].slice(0, maxCodes);
}

/** Counts of a text's significant folded words, in order of first appearance. */
export function countSignificantWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldTerm)) {
    if (isSignificant(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The words of counts, the most frequent first (ties: first seen first), at most `max`. */
function mostFrequent(counts: Map<string, number>, max: number): string[] {
  // Map keeps insertion order and sort is stable, so equal counts stay in order of appearance.
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([word]) => word);
}

/** The significant folded words of a text, the most frequent first (ties: first seen first), at most `max`. */
export function significantWords(text: string, max = maxTopicWords): string[] {
  return mostFrequent(countSignificantWords(text), max);
}

/**
 * Reads a free-text topic (a call topic's title and description, keywords, or topic codes).
 * Long texts are read up to {@link maxTopicLength} characters, so a pasted call text answers
 * rather than fails; a blank topic, or one without a word or code, is a BAD_USER_INPUT.
 */
export function parseTopic(topic: string, argument = "topic"): TopicQuery {
  if (topic.trim() === "") throw badInput(`${argument} must not be empty`, argument);
  const text = topic.slice(0, maxTopicLength);
  const codes = findTopicCodes(text);
  const terms = countSignificantWords(text.replace(codePattern, (match) => (isTopicCode(match) ? " " : match)));
  const words = mostFrequent(terms, maxTopicWords);
  if (codes.length === 0 && words.length === 0) {
    throw badInput(`${argument} must contain a word or a call topic code`, argument);
  }
  return { codes, words, terms, truncated: topic.length > maxTopicLength };
}

/**
 * The Lucene query for a topic's words: any of them may match (BM25 ranks projects that match
 * more, and rarer, words higher). Words hold only letters and digits, so nothing can be injected.
 */
export function toTopicLuceneQuery(words: string[]): string {
  return words.join(" OR ");
}
