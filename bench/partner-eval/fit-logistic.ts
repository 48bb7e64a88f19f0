/** One query's candidates: their features and whether each is a true partner. */
export interface RankedGroup {
  rows: number[][];
  labels: number[];
}

/** A conditional logit model: one weight per feature; a query's candidates compete in a softmax. */
export interface ConditionalLogitModel {
  weights: number[];
  /** Mean negative log-likelihood of the true partners among their query's candidates. */
  logLoss: number;
}

/**
 * Fits a conditional (multinomial) logit: within each query, P(candidate i is a true partner) =
 * exp(w·xᵢ) / Σⱼ exp(w·xⱼ), maximised over every true partner with an L2 penalty, by full-batch
 * gradient descent with Adam steps. Unlike a logistic regression over all candidates pooled, it
 * learns only what separates candidates of the same query: a ranking, which is what the finder
 * is asked for.
 */
export function fitConditionalLogit(
  groups: RankedGroup[],
  options = { l2: 1e-3, iterations: 400 },
): ConditionalLogitModel {
  const useful = groups.filter((group) => group.labels.includes(1) && group.labels.includes(0));
  const width = useful[0]?.rows[0]?.length ?? 0;
  const weights = new Array<number>(width).fill(0);
  const m = new Array<number>(width).fill(0);
  const v = new Array<number>(width).fill(0);
  const [rate, beta1, beta2, epsilon] = [0.05, 0.9, 0.999, 1e-8];
  let logLoss = 0;
  for (let step = 1; step <= options.iterations; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let positives = 0;
    logLoss = 0;
    for (const { rows, labels } of useful) {
      const scores = rows.map((x) => x.reduce((sum, value, j) => sum + value * weights[j], 0));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const expected = new Array<number>(width).fill(0);
      rows.forEach((x, i) => x.forEach((value, j) => (expected[j] += (exps[i] / total) * value)));
      labels.forEach((label, i) => {
        if (label !== 1) return;
        positives += 1;
        logLoss -= scores[i] - top - Math.log(total);
        rows[i].forEach((value, j) => (gradient[j] -= value - expected[j]));
      });
    }
    for (let j = 0; j < width; j += 1) {
      const g = gradient[j] / Math.max(1, positives) + options.l2 * weights[j];
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      weights[j] -= (rate * (m[j] / (1 - beta1 ** step))) / (Math.sqrt(v[j] / (1 - beta2 ** step)) + epsilon);
    }
    logLoss /= Math.max(1, positives);
  }
  return { weights, logLoss };
}
