import { mulberry32 } from "../seeded-random.js";

/** The metrics of one ranked list against the true partners. */
export interface QueryMetrics {
  recall10: number;
  recall20: number;
  mrr: number;
  ndcg20: number;
}

export const metricNames = ["recall10", "recall20", "mrr", "ndcg20"] as const;

/** Recall@10/20 (share of the true partners in the top k), reciprocal rank of the first hit, nDCG@20 (binary gains). */
export function measureRanking(ranked: string[], truth: Set<string>): QueryMetrics {
  const hitsAt = (k: number) => ranked.slice(0, k).filter((id) => truth.has(id)).length;
  const first = ranked.findIndex((id) => truth.has(id));
  let dcg = 0;
  ranked.slice(0, 20).forEach((id, index) => {
    if (truth.has(id)) dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(20, truth.size); index += 1) ideal += 1 / Math.log2(index + 2);
  return {
    recall10: truth.size === 0 ? 0 : hitsAt(10) / truth.size,
    recall20: truth.size === 0 ? 0 : hitsAt(20) / truth.size,
    mrr: first < 0 ? 0 : 1 / (first + 1),
    ndcg20: ideal === 0 ? 0 : dcg / ideal,
  };
}

export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length);

/** The mean with a percentile bootstrap 95 % interval over queries (seeded, 1,000 resamples). */
export function bootstrap(values: number[], seed = 1, resamples = 1000): Estimate {
  const random = mulberry32(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    let sum = 0;
    for (let i = 0; i < values.length; i += 1) sum += values[Math.floor(random() * values.length)];
    means.push(sum / values.length);
  }
  means.sort((a, b) => a - b);
  return {
    mean: mean(values),
    low: means[Math.floor(0.025 * resamples)],
    high: means[Math.ceil(0.975 * resamples) - 1],
  };
}
