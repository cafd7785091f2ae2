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

/**
 * The same model fitted to convergence: the weights that minimise the summed log loss plus l2/2 · |w|²,
 * found by L-BFGS over the whole training set at once. SGD in a fixed order depends on where each example
 * stands in the list, so that adding six examples of 13,000 moved the coreference singleton filter by
 * 0.3 on GUM dev; the optimum here moves with the data only as much as the data moves.
 */
export function fitLogistic(
  examples: readonly LogisticExample[],
  options: {
    l2: number;
    maxIterations?: number;
    onIteration?: (iteration: number, meanLoss: number) => void;
  },
): Record<string, number> {
  const index = new Map<string, number>();
  const rows = examples.map(({ features }) =>
    Int32Array.from(features, (f) => {
      let k = index.get(f);
      if (k === undefined) {
        k = index.size;
        index.set(f, k);
      }
      return k;
    }),
  );
  const n = index.size;
  const lossAndGradient = (w: Float64Array, gradient: Float64Array): number => {
    let loss = 0;
    for (let k = 0; k < n; k++) {
      loss += 0.5 * options.l2 * w[k]! * w[k]!;
      gradient[k] = options.l2 * w[k]!;
    }
    rows.forEach((row, i) => {
      let z = 0;
      for (const k of row) z += w[k]!;
      const label = examples[i]!.label;
      // log(1 + e^-margin), without overflow for large margins of either sign.
      const margin = label ? z : -z;
      loss += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
      const slope = 1 / (1 + Math.exp(-z)) - label;
      for (const k of row) gradient[k]! += slope;
    });
    return loss;
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += a[k]! * b[k]!;
    return s;
  };
  const MEMORY = 10;
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  let w = new Float64Array(n);
  let gradient = new Float64Array(n);
  let loss = lossAndGradient(w, gradient);
  for (let iteration = 0; iteration < (options.maxIterations ?? 500); iteration++) {
    // The search direction from the last MEMORY steps (two-loop recursion).
    const direction = Float64Array.from(gradient, (g) => -g);
    const alphas: number[] = [];
    for (let m = steps.length - 1; m >= 0; m--) {
      alphas[m] = dot(steps[m]!, direction) / dot(changes[m]!, steps[m]!);
      for (let k = 0; k < n; k++) direction[k]! -= alphas[m]! * changes[m]![k]!;
    }
    const last = steps.length - 1;
    if (last >= 0) {
      const scale = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
      for (let k = 0; k < n; k++) direction[k]! *= scale;
    }
    for (let m = 0; m < steps.length; m++) {
      const beta = dot(changes[m]!, direction) / dot(changes[m]!, steps[m]!);
      for (let k = 0; k < n; k++) direction[k]! += (alphas[m]! - beta) * steps[m]![k]!;
    }
    // Backtracking line search until the loss falls enough (Armijo).
    const descent = dot(gradient, direction);
    let size = last < 0 ? 1 / Math.sqrt(dot(gradient, gradient)) : 1;
    const next = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextLoss = loss;
    for (let tries = 0; tries < 40; tries++) {
      for (let k = 0; k < n; k++) next[k] = w[k]! + size * direction[k]!;
      nextLoss = lossAndGradient(next, nextGradient);
      if (nextLoss <= loss + 1e-4 * size * descent) break;
      size /= 2;
    }
    const step = Float64Array.from(next, (x, k) => x - w[k]!);
    const change = Float64Array.from(nextGradient, (g, k) => g - gradient[k]!);
    if (dot(step, change) > 1e-12) {
      steps.push(step);
      changes.push(change);
      if (steps.length > MEMORY) {
        steps.shift();
        changes.shift();
      }
    }
    const improvement = loss - nextLoss;
    [w, gradient, loss] = [next, nextGradient, nextLoss];
    options.onIteration?.(iteration, loss / examples.length);
    if (improvement >= 0 && improvement < 1e-9 * Math.max(1, loss)) break;
  }
  return Object.fromEntries([...index].map(([f, k]) => [f, w[k]!]));
}
