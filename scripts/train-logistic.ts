/**
 * Logistic regression over sparse string features, trained by SGD with L2 decay in a fixed pseudo-random
 * order per epoch (reproducible), as the coreference models use it; weights rounded for the model files.
 */
export interface LogisticExample {
  features: string[];
  label: number;
}

export function trainLogistic(
  examples: readonly LogisticExample[],
  options: {
    epochs: number;
    rate: number;
    l2: number;
    onEpoch?: (epoch: number, meanLoss: number) => void;
    /** Return the mean of the weights at the end of each epoch from this one on (steadier than the last). */
    averageFrom?: number;
  },
): Record<string, number> {
  const { epochs, rate, l2 } = options;
  const weights: Record<string, number> = {};
  const sum: Record<string, number> = {};
  let averaged = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let loss = 0;
    const order = examples
      .map((_, i) => i)
      .sort((a, b) => ((a * 7919 + epoch * 104729) % 1000003) - ((b * 7919 + epoch * 104729) % 1000003));
    for (const k of order) {
      const { features, label } = examples[k]!;
      let z = 0;
      for (const f of features) z += weights[f] ?? 0;
      const prob = 1 / (1 + Math.exp(-z));
      loss -= label ? Math.log(prob + 1e-12) : Math.log(1 - prob + 1e-12);
      const gradient = prob - label;
      for (const f of features) weights[f] = (weights[f] ?? 0) * (1 - rate * l2) - rate * gradient;
    }
    options.onEpoch?.(epoch, loss / examples.length);
    if (options.averageFrom !== undefined && epoch >= options.averageFrom) {
      for (const [f, w] of Object.entries(weights)) sum[f] = (sum[f] ?? 0) + w;
      averaged++;
    }
  }
  if (averaged === 0) return weights;
  return Object.fromEntries(Object.entries(sum).map(([f, w]) => [f, w / averaged]));
}

/** Weights above 1e-4 in absolute value, rounded to 4 decimals, sorted by feature: what a model file keeps. */
export function roundedWeights(weights: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(weights)
      .filter(([, w]) => Math.abs(w) > 1e-4)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([f, w]) => [f, Math.round(w * 1e4) / 1e4]),
  );
}
