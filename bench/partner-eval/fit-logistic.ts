/** A logistic regression fitted by full-batch gradient descent with Adam steps and an L2 penalty. */
export interface LogisticModel {
  weights: number[];
  intercept: number;
  logLoss: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits P(y = 1 | x) = σ(w·x + b) on rows x (features from 0 to 1) and labels y. Positives are
 * weighted so that both classes weigh the same: the fit ranks, it does not calibrate.
 */
export function fitLogistic(
  rows: number[][],
  labels: number[],
  options = { l2: 1e-3, iterations: 3000 },
): LogisticModel {
  const width = rows[0]?.length ?? 0;
  const positives = labels.filter((y) => y === 1).length;
  const positiveWeight = (labels.length - positives) / Math.max(1, positives);
  const sampleWeight = labels.map((y) => (y === 1 ? positiveWeight : 1));
  const total = sampleWeight.reduce((a, b) => a + b, 0);
  const params = new Array<number>(width + 1).fill(0);
  const m = new Array<number>(width + 1).fill(0);
  const v = new Array<number>(width + 1).fill(0);
  const [rate, beta1, beta2, epsilon] = [0.05, 0.9, 0.999, 1e-8];
  let logLoss = 0;
  for (let step = 1; step <= options.iterations; step += 1) {
    const gradient = new Array<number>(width + 1).fill(0);
    logLoss = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const x = rows[i];
      let z = params[width];
      for (let j = 0; j < width; j += 1) z += params[j] * x[j];
      const p = sigmoid(z);
      const error = (p - labels[i]) * sampleWeight[i];
      for (let j = 0; j < width; j += 1) gradient[j] += error * x[j];
      gradient[width] += error;
      logLoss -= sampleWeight[i] * (labels[i] === 1 ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
    }
    for (let j = 0; j <= width; j += 1) {
      const g = gradient[j] / total + (j < width ? options.l2 * params[j] : 0);
      m[j] = beta1 * m[j] + (1 - beta1) * g;
      v[j] = beta2 * v[j] + (1 - beta2) * g * g;
      params[j] -= (rate * (m[j] / (1 - beta1 ** step))) / (Math.sqrt(v[j] / (1 - beta2 ** step)) + epsilon);
    }
  }
  return { weights: params.slice(0, width), intercept: params[width], logLoss: logLoss / total };
}
