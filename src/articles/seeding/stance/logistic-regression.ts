/** One example for a sparse logistic regression: feature name → value, label ±1. */
export interface Example {
  features: Map<string, number>;
  label: 1 | -1;
}

export interface LinearWeights {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example; keeps rare words from dominating. */
  l2?: number;
}

/** Full-batch gradient descent on the L2-regularised logistic loss (deterministic: no shuffling). */
export function trainLogistic(examples: Example[], options: TrainOptions = {}): LinearWeights {
  const epochs = options.epochs ?? 300;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 0.01;
  const weights = new Map<string, number>();
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Map<string, number>();
    let biasGradient = 0;
    for (const e of examples) {
      const margin = e.label * score({ bias, weights }, e.features);
      const g = -e.label / (1 + Math.exp(margin));
      biasGradient += g;
      for (const [name, value] of e.features) {
        gradient.set(name, (gradient.get(name) ?? 0) + g * value);
      }
    }
    bias -= (rate * biasGradient) / n;
    for (const name of new Set([...gradient.keys(), ...weights.keys()])) {
      const w = weights.get(name) ?? 0;
      weights.set(name, w - rate * ((gradient.get(name) ?? 0) / n + l2 * w));
    }
  }
  return { bias, weights: Object.fromEntries(weights) };
}

/** The linear score (log-odds of the +1 label). */
export function score(
  model: { bias: number; weights: Map<string, number> | Record<string, number> },
  features: Map<string, number>,
): number {
  let s = model.bias;
  const get =
    model.weights instanceof Map
      ? (k: string) => (model.weights as Map<string, number>).get(k) ?? 0
      : (k: string) => (model.weights as Record<string, number>)[k] ?? 0;
  for (const [name, value] of features) s += get(name) * value;
  return s;
}
