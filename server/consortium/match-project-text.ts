import type { Driver } from "neo4j-driver";
import { log } from "../log.js";
import { visibleNode } from "../model/visibility.js";
import { yieldToRequests } from "../model/yield-to-requests.js";
import { loadHistory, type History } from "./load-history.js";
import { countSignificantWords } from "./parse-topic.js";

/**
 * Every project's text (title, acronym, objective) as TF-IDF vectors, by term: for each term the
 * projects that hold it (history project numbers) and the term's weight in each project's vector,
 * (1 + log tf) × idf over the vector's length. About 2 million postings for all of Horizon Europe.
 */
export interface ProjectTextIndex {
  termNumber: Map<string, number>;
  /** Each term number's word. */
  words: string[];
  /** Terms of project p (history project number): termsOfProject from projectOffsets[p] to projectOffsets[p + 1]. */
  projectOffsets: Int32Array;
  termsOfProject: Int32Array;
  idf: Float64Array;
  /** Postings of term t: projects and weights from offsets[t] to offsets[t + 1]. */
  offsets: Int32Array;
  projects: Int32Array;
  weights: Float32Array;
}

const pageSize = 1000;
const readPage = `
MATCH (p:Project) WHERE p.id > $after AND ${visibleNode("p")}
RETURN p.id AS id, [x IN [p.title, p.acronym, p.objective] WHERE x IS NOT NULL] AS texts
ORDER BY p.id LIMIT toInteger($size)`;

/** Projects' term counts, gathered before the idf is known. */
export class ProjectTextBuilder {
  private readonly termNumber = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly documentFrequency: number[] = [];
  private readonly vectors = new Map<number, { terms: Int32Array; counts: Float32Array }>();

  /** Adds a project's text, by its history project number. */
  add(project: number, text: string): void {
    const counts = countSignificantWords(text);
    const terms = new Int32Array(counts.size);
    const values = new Float32Array(counts.size);
    let i = 0;
    for (const [word, count] of counts) {
      let term = this.termNumber.get(word);
      if (term === undefined) {
        term = this.documentFrequency.push(0) - 1;
        this.words.push(word);
        this.termNumber.set(word, term);
      }
      this.documentFrequency[term] += 1;
      terms[i] = term;
      values[i] = count;
      i += 1;
    }
    this.vectors.set(project, { terms, counts: values });
  }

  /** The index of projects numbered below `projectCount`: each project's vector normalised, laid out by term, and its terms by project. */
  build(projectCount: number): ProjectTextIndex {
    const { documentFrequency, termNumber, words } = this;
    const projectOffsets = new Int32Array(projectCount + 1);
    for (let project = 0; project < projectCount; project += 1)
      projectOffsets[project + 1] = projectOffsets[project] + (this.vectors.get(project)?.terms.length ?? 0);
    const termsOfProject = new Int32Array(projectOffsets[projectCount]);
    for (const [project, vector] of this.vectors) termsOfProject.set(vector.terms, projectOffsets[project]);
    const idf = Float64Array.from(documentFrequency, (df) => Math.log(Math.max(1, this.vectors.size) / df));
    const offsets = new Int32Array(documentFrequency.length + 1);
    for (let term = 0; term < documentFrequency.length; term += 1)
      offsets[term + 1] = offsets[term] + documentFrequency[term];
    const fill = offsets.slice(0, documentFrequency.length);
    const projects = new Int32Array(offsets[documentFrequency.length]);
    const weights = new Float32Array(offsets[documentFrequency.length]);
    for (const [project, vector] of this.vectors) {
      const raw = Array.from(vector.terms, (term, i) => (1 + Math.log(vector.counts[i])) * idf[term]);
      const length = Math.sqrt(raw.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
      vector.terms.forEach((term, i) => {
        projects[fill[term]] = project;
        weights[fill[term]] = raw[i] / length;
        fill[term] += 1;
      });
    }
    return { termNumber, words, projectOffsets, termsOfProject, idf, offsets, projects, weights };
  }
}

async function buildIndex(driver: Driver, database: string, history: History): Promise<ProjectTextIndex> {
  const started = Date.now();
  const builder = new ProjectTextBuilder();
  let after = "";
  let documents = 0;
  for (;;) {
    const page = await driver.executeQuery(readPage, { after, size: pageSize }, { database, routing: "READ" });
    if (page.records.length === 0) break;
    // Tokenising a page holds the event loop: other requests are served between batches of 100.
    for (const [n, record] of page.records.entries()) {
      const project = history.projectNumber.get(record.get("id") as string);
      if (project !== undefined) {
        builder.add(project, (record.get("texts") as string[]).join(" \n"));
        documents += 1;
      }
      if (n % 100 === 99) await yieldToRequests();
    }
    after = page.records[page.records.length - 1].get("id") as string;
  }
  const index = builder.build(history.projects.length);
  log.info(
    `Consortium finder: text of ${documents} projects indexed (${index.projects.length} postings) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return index;
}

const indexes = new WeakMap<History, Promise<ProjectTextIndex>>();

/** The text index of a history's projects, built once per history (a new graph version reads the texts again). */
export function loadProjectText(driver: Driver, database: string, history: History): Promise<ProjectTextIndex> {
  const known = indexes.get(history);
  if (known) return known;
  const building = buildIndex(driver, database, history);
  indexes.set(history, building);
  building.catch(() => indexes.delete(history));
  return building;
}

/** The significant words of a project's title, acronym and objective (by its history number). */
export function projectWords(index: ProjectTextIndex, project: number): Set<string> {
  const terms = index.termsOfProject.subarray(index.projectOffsets[project], index.projectOffsets[project + 1]);
  return new Set(Array.from(terms, (term) => index.words[term]));
}

/** A project that matches a topic's text: its history number and cosine similarity (0..1). */
export interface TextMatch {
  project: number;
  similarity: number;
}

/**
 * The projects in scope whose text is most like a topic's words (cosine of TF-IDF vectors, the
 * topic's words weighted (1 + log count) × idf), most similar first (ties by project number), at most `limit`.
 */
export function matchProjectText(
  index: ProjectTextIndex,
  terms: Map<string, number>,
  inScope: Uint8Array,
  limit: number,
): TextMatch[] {
  const scores = new Float64Array(inScope.length);
  const touched: number[] = [];
  let queryLength = 0;
  for (const [word, count] of terms) {
    const term = index.termNumber.get(word);
    if (term === undefined) continue;
    const weight = (1 + Math.log(count)) * index.idf[term];
    if (weight <= 0) continue;
    queryLength += weight * weight;
    for (let posting = index.offsets[term]; posting < index.offsets[term + 1]; posting += 1) {
      const project = index.projects[posting];
      if (inScope[project] !== 1) continue;
      if (scores[project] === 0) touched.push(project);
      scores[project] += weight * index.weights[posting];
    }
  }
  const length = Math.sqrt(queryLength) || 1;
  return touched
    .sort((a, b) => scores[b] - scores[a] || a - b)
    .slice(0, limit)
    .map((project) => ({ project, similarity: scores[project] / length }));
}

/**
 * Reads the history and indexes the projects' text in the background after start-up, so that the
 * first suggestion waits for neither.
 */
export function warmPartnerFinder(driver: Driver, database: string): Promise<void> {
  return loadHistory(driver, database)
    .then(async (history) => {
      await loadProjectText(driver, database, history);
    })
    .catch((error: unknown) => {
      log.warn(`consortium finder not preloaded: ${error instanceof Error ? error.message : String(error)}`);
    });
}
