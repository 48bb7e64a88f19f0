import type { EvalProject } from "./read-eval-history.js";

/** The history the baselines rank from, indexed once; each query then sees only its earlier projects. */
export interface BaselineIndex {
  projects: EvalProject[];
  /** Project indexes of each actor. */
  byActor: Map<string, number[]>;
  /** TF-IDF: for each term, the projects holding it with their normalised weight. */
  postings: Map<string, Array<[number, number]>>;
  idf: Map<string, number>;
}

export const baselineNames = ["popularity", "co-participation", "Adamic-Adar", "TF-IDF"] as const;
export type BaselineName = (typeof baselineNames)[number];

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2);

export function indexBaselines(projects: EvalProject[]): BaselineIndex {
  const byActor = new Map<string, number[]>();
  projects.forEach((project, index) => {
    for (const actor of project.participants) byActor.set(actor, [...(byActor.get(actor) ?? []), index]);
  });
  const documentFrequency = new Map<string, number>();
  const termCounts = projects.map((project) => {
    const counts = new Map<string, number>();
    for (const word of words(`${project.title} ${project.objective} ${project.topics.join(" ")}`))
      counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of counts.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
    return counts;
  });
  const idf = new Map([...documentFrequency].map(([word, df]) => [word, Math.log(projects.length / df)]));
  const postings = new Map<string, Array<[number, number]>>();
  termCounts.forEach((counts, index) => {
    const weights = [...counts].map(([word, count]) => [word, (1 + Math.log(count)) * (idf.get(word) ?? 0)] as const);
    const norm = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    for (const [word, weight] of weights) {
      const list = postings.get(word) ?? [];
      list.push([index, weight / norm]);
      postings.set(word, list);
    }
  });
  return { projects, byActor, postings, idf };
}

/** One query to the baselines: the history before `asOf` without the held-out project. */
export interface BaselineQuery {
  asOf: string;
  exclude: string;
  consortium: string[];
  topic: string;
}

/** Ranks actors by each baseline, best first, at most `limit`, never a consortium member; ties by popularity, then id. */
export function rankBaselines(
  index: BaselineIndex,
  query: BaselineQuery,
  limit: number,
): Record<BaselineName, string[]> {
  const earlier = (project: number) => {
    const p = index.projects[project];
    return p.start !== null && p.start < query.asOf && p.id !== query.exclude;
  };
  const earlierOf = (actor: string) => (index.byActor.get(actor) ?? []).filter(earlier);
  const popularity = new Map<string, number>();
  for (const [actor, projects] of index.byActor) {
    const count = projects.filter(earlier).length;
    if (count > 0) popularity.set(actor, count);
  }
  const members = new Set(query.consortium);
  const top = (scores: Map<string, number>) =>
    [...scores]
      .filter(([actor, score]) => score > 0 && !members.has(actor))
      .sort(
        (a, b) => b[1] - a[1] || (popularity.get(b[0]) ?? 0) - (popularity.get(a[0]) ?? 0) || a[0].localeCompare(b[0]),
      )
      .slice(0, limit)
      .map(([actor]) => actor);
  // Co-participation: earlier projects shared with a member.
  const coParticipation = new Map<string, number>();
  const partnersOf = (actor: string) => {
    const partners = new Map<string, number>();
    for (const project of earlierOf(actor))
      for (const other of index.projects[project].participants)
        if (other !== actor) partners.set(other, (partners.get(other) ?? 0) + 1);
    return partners;
  };
  for (const member of query.consortium)
    for (const [partner, shared] of partnersOf(member))
      coParticipation.set(partner, (coParticipation.get(partner) ?? 0) + shared);
  // Adamic-Adar over the co-participation graph; a partner's degree is its partnerships counted per project.
  const degree = (actor: string) =>
    earlierOf(actor).reduce((sum, project) => sum + index.projects[project].participants.length - 1, 0);
  const adamicAdar = new Map<string, number>();
  const neighbours = new Set<string>();
  for (const member of query.consortium) for (const partner of partnersOf(member).keys()) neighbours.add(partner);
  for (const partner of neighbours) {
    if (members.has(partner)) continue;
    const weight = 1 / Math.log(Math.max(2, degree(partner)));
    for (const other of partnersOf(partner).keys()) adamicAdar.set(other, (adamicAdar.get(other) ?? 0) + weight);
  }
  // TF-IDF: an actor scores the similarities of its projects among the 100 earlier projects most similar to the topic.
  const counts = new Map<string, number>();
  for (const word of words(query.topic)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const similarity = new Map<number, number>();
  for (const [word, count] of counts) {
    const weight = (1 + Math.log(count)) * (index.idf.get(word) ?? 0);
    for (const [project, documentWeight] of index.postings.get(word) ?? [])
      if (earlier(project)) similarity.set(project, (similarity.get(project) ?? 0) + weight * documentWeight);
  }
  const tfidf = new Map<string, number>();
  for (const [project, score] of [...similarity].sort((a, b) => b[1] - a[1]).slice(0, 100))
    for (const actor of index.projects[project].participants) tfidf.set(actor, (tfidf.get(actor) ?? 0) + score);
  return {
    popularity: top(popularity),
    "co-participation": top(coParticipation),
    "Adamic-Adar": top(adamicAdar),
    "TF-IDF": top(tfidf),
  };
}
