/**
 * The sparse linear (softmax) skill classifier: features, scoring and training.
 * @module
 */
import type { LinearSkillModel } from './model.ts';

/**
 * Feature strings of a term sequence: each term and each adjacent pair.
 * @example
 * assert.deepEqual(linearFeatures(['cloud', 'deploy']), ['cloud', 'deploy', 'cloud deploy']);
 */
export function linearFeatures(terms: string[]): string[] {
  const out = [...terms];
  for (let i = 0; i + 1 < terms.length; i++) out.push(`${terms[i]} ${terms[i + 1]}`);
  return out;
}

const lookups = new WeakMap<LinearSkillModel, Map<string, number>>();

function featureIndex(model: LinearSkillModel): Map<string, number> {
  let m = lookups.get(model);
  if (m === undefined) {
    m = new Map(model.features.map((f, i) => [f, i]));
    lookups.set(model, m);
  }
  return m;
}

/**
 * Writes the classifier's softmax probability for each of its classes into `out` (indexed by skill).
 * @example
 * const model = trainLinear([{ terms: ['python'], labels: [0] }, { terms: ['excel'], labels: [1] }], { epochs: 20, learningRate: 0.5, l2: 0, minCount: 1, prune: 0 });
 * const out = new Float32Array(2);
 * scoreLinear(model, ['python'], out);
 * assert.ok(out[0] > out[1]);
 */
export function scoreLinear(model: LinearSkillModel, terms: string[], out: Float32Array): void {
  const index = featureIndex(model);
  const logits = Float64Array.from(model.bias);
  const seen = new Set<number>();
  for (const f of linearFeatures(terms)) {
    const i = index.get(f);
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    const row = model.rows[i] as number[];
    for (let j = 0; j < row.length; j += 2) {
      const c = row[j] as number;
      logits[c] = (logits[c] as number) + (row[j + 1] as number);
    }
  }
  let max = -Infinity;
  for (const v of logits) if (v > max) max = v;
  let z = 0;
  for (let j = 0; j < logits.length; j++) {
    logits[j] = Math.exp((logits[j] as number) - max);
    z += logits[j] as number;
  }
  for (let j = 0; j < logits.length; j++) out[model.classes[j] as number] = (logits[j] as number) / z;
}

/** A training example: terms and the skill indices it is labelled with. */
export interface LinearExample {
  terms: string[];
  labels: number[];
}

/** Training settings. */
export interface LinearTrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  /** Weights with a smaller magnitude are pruned from the saved model. */
  prune: number;
}

/**
 * Trains a softmax classifier (targets spread evenly over an example's labels) with deterministic SGD.
 * @example
 * const m = trainLinear([{ terms: ['python'], labels: [7] }, { terms: ['excel'], labels: [9] }], { epochs: 20, learningRate: 0.5, l2: 0, minCount: 1, prune: 0 });
 */
export function trainLinear(examples: LinearExample[], o: LinearTrainOptions): LinearSkillModel {
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(linearFeatures(e.terms))) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= o.minCount).sort();
  const fIndex = new Map(features.map((f, i) => [f, i]));
  const classes = [...new Set(examples.flatMap((e) => e.labels))].sort((a, b) => a - b);
  const cIndex = new Map(classes.map((c, i) => [c, i]));
  const C = classes.length;
  const W = new Float32Array(features.length * C);
  const bias = new Float64Array(C);
  const data = examples.map((e) => ({
    x: [
      ...new Set(
        linearFeatures(e.terms)
          .map((f) => fIndex.get(f))
          .filter((i) => i !== undefined),
      ),
    ],
    y: e.labels.map((l) => cIndex.get(l) as number),
  }));
  const order = data.map((_, i) => i);
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const lr = o.learningRate / (1 + epoch * 0.5);
    for (const idx of order) {
      const { x, y } = data[idx] as { x: number[]; y: number[] };
      if (y.length === 0) continue;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = bias[c] as number;
        for (const f of x) s += W[f * C + c] as number;
        p[c] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let c = 0; c < C; c++) {
        p[c] = Math.exp((p[c] as number) - max);
        z += p[c] as number;
      }
      for (let c = 0; c < C; c++) p[c] = (p[c] as number) / z;
      for (const c of y) p[c] = (p[c] as number) - 1 / y.length;
      for (let c = 0; c < C; c++) {
        const g = p[c] as number;
        bias[c] = (bias[c] as number) - lr * g;
        for (const f of x) {
          const k = f * C + c;
          W[k] = (W[k] as number) - lr * (g + o.l2 * (W[k] as number));
        }
      }
    }
  }
  const rows = features.map((_, f) => {
    const row: number[] = [];
    for (let c = 0; c < C; c++) {
      const w = W[f * C + c] as number;
      if (Math.abs(w) >= o.prune) row.push(c, Math.round(w * 1000) / 1000);
    }
    return row;
  });
  return { features, classes, bias: [...bias].map((b) => Math.round(b * 1000) / 1000), rows };
}
