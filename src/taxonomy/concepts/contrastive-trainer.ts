/**
 * Trains the encoder's embedding table with an in-batch-negatives contrastive loss (symmetric InfoNCE, lazy Adam).
 * @module
 */
import { seededRandom } from '../../seeded-random.ts';

/** Seeded uniform generator, re-exported for the trainer's callers. */
export { seededRandom };

/** What to train on: texts as feature rows, and positive (query, target) pairs of text indices. */
export interface ContrastiveData {
  /** Feature rows of each text (an empty array encodes to zero and is never a pair member). */
  texts: Int32Array[];
  queries: Int32Array;
  targets: Int32Array;
  /** Initial norm of each feature row (e.g. its IDF). */
  rowNorms: Float32Array;
}

/** Training settings. */
export interface ContrastiveOptions {
  dim: number;
  epochs: number;
  /** @default 256 */
  batch?: number;
  /** @default 0.05 */
  temperature?: number;
  /** @default 0.003 */
  learningRate?: number;
  /** Share of a query's features left out at random in each batch (word dropout). @default 0 */
  dropout?: number;
  seed: number;
  onEpoch?: (epoch: number, meanLoss: number) => void;
}

/**
 * Returns the trained table (rows × dim): texts encode as the normalized sum of their rows, and each query is pulled
 * towards its target and away from the other targets of its batch (pairs sharing a query or target are not negatives).
 * @example
 * const t = trainContrastive({ texts: [Int32Array.of(0), Int32Array.of(1)], queries: Int32Array.of(0), targets: Int32Array.of(1), rowNorms: Float32Array.of(1, 1) }, { dim: 4, epochs: 1, seed: 1 });
 * assert.equal(t.length, 8);
 */
export function trainContrastive(data: ContrastiveData, options: ContrastiveOptions): Float32Array {
  const { dim, epochs, seed } = options;
  const B = options.batch ?? 256;
  const tau = options.temperature ?? 0.05;
  const lr = options.learningRate ?? 0.003;
  const dropout = options.dropout ?? 0;
  const rows = data.rowNorms.length;
  const rand = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const table = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    const s = (data.rowNorms[r] as number) / Math.sqrt(dim);
    for (let j = 0; j < dim; j++) table[r * dim + j] = gauss() * s;
  }
  const m = new Float32Array(rows * dim);
  const v = new Float32Array(rows * dim);
  const grad = new Float32Array(rows * dim);
  const touched = new Uint8Array(rows);
  const lastStep = new Int32Array(rows);
  const n = data.queries.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const positives = new Set<number>();
  for (let i = 0; i < n; i++)
    positives.add((data.queries[i] as number) * 4194304 + (data.targets[i] as number));
  const U = new Float32Array(2 * B * dim);
  const dU = new Float32Array(2 * B * dim);
  const norms = new Float32Array(2 * B);
  const S = new Float32Array(B * B);
  const G = new Float32Array(B * B);
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(rand() * (i + 1));
      const t = order[i] as number;
      order[i] = order[k] as number;
      order[k] = t;
    }
    let lossSum = 0;
    let batches = 0;
    for (let b0 = 0; b0 + B <= n; b0 += B) {
      // Queries lose a random share of their features (never all), so single words learn to carry the meaning.
      const slotRows: Int32Array[] = [];
      for (let slot = 0; slot < 2 * B; slot++) {
        const p = order[b0 + (slot % B)] as number;
        const rows = data.texts[(slot < B ? data.queries[p] : data.targets[p]) as number] as Int32Array;
        if (slot >= B || dropout === 0 || rows.length < 2) slotRows.push(rows);
        else {
          const kept = rows.filter(() => rand() >= dropout);
          slotRows.push(kept.length > 0 ? kept : rows);
        }
      }
      const textOf = (slot: number): Int32Array => slotRows[slot] as Int32Array;
      // Forward: unit vectors of the B queries (slots 0..B-1) and B targets (slots B..2B-1).
      U.fill(0);
      for (let s = 0; s < 2 * B; s++) {
        const o = s * dim;
        for (const r of textOf(s))
          for (let j = 0; j < dim; j++) U[o + j] = (U[o + j] as number) + (table[r * dim + j] as number);
        let q = 0;
        for (let j = 0; j < dim; j++) q += (U[o + j] as number) ** 2;
        const nn = Math.sqrt(q) || 1;
        norms[s] = nn;
        for (let j = 0; j < dim; j++) U[o + j] = (U[o + j] as number) / nn;
      }
      for (let a = 0; a < B; a++) {
        const pa = order[b0 + a] as number;
        const qa = data.queries[pa] as number;
        for (let c = 0; c < B; c++) {
          const pc = order[b0 + c] as number;
          const masked = a !== c && positives.has(qa * 4194304 + (data.targets[pc] as number));
          let dot = 0;
          if (!masked) {
            const oa = a * dim;
            const oc = (B + c) * dim;
            for (let j = 0; j < dim; j++) dot += (U[oa + j] as number) * (U[oc + j] as number);
          }
          S[a * B + c] = masked ? Number.NEGATIVE_INFINITY : dot / tau;
        }
      }
      // Symmetric cross-entropy: rows (query → its target) and columns (target → its query).
      G.fill(0);
      let loss = 0;
      for (let a = 0; a < B; a++) {
        let max = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < B; c++) max = Math.max(max, S[a * B + c] as number);
        let z = 0;
        for (let c = 0; c < B; c++) z += Math.exp((S[a * B + c] as number) - max);
        loss += max + Math.log(z) - (S[a * B + a] as number);
        for (let c = 0; c < B; c++)
          G[a * B + c] = (G[a * B + c] as number) + Math.exp((S[a * B + c] as number) - max) / z;
        G[a * B + a] = (G[a * B + a] as number) - 1;
      }
      for (let c = 0; c < B; c++) {
        let max = Number.NEGATIVE_INFINITY;
        for (let a = 0; a < B; a++) max = Math.max(max, S[a * B + c] as number);
        let z = 0;
        for (let a = 0; a < B; a++) z += Math.exp((S[a * B + c] as number) - max);
        loss += max + Math.log(z) - (S[c * B + c] as number);
        for (let a = 0; a < B; a++)
          G[a * B + c] = (G[a * B + c] as number) + Math.exp((S[a * B + c] as number) - max) / z;
        G[c * B + c] = (G[c * B + c] as number) - 1;
      }
      lossSum += loss / (2 * B);
      batches++;
      // Backward to the unit vectors, then through the normalization to the summed rows.
      dU.fill(0);
      const k = 1 / (2 * B * tau);
      for (let a = 0; a < B; a++) {
        const oa = a * dim;
        for (let c = 0; c < B; c++) {
          const g = (G[a * B + c] as number) * k;
          if (g === 0) continue;
          const oc = (B + c) * dim;
          for (let j = 0; j < dim; j++) {
            dU[oa + j] = (dU[oa + j] as number) + g * (U[oc + j] as number);
            dU[oc + j] = (dU[oc + j] as number) + g * (U[oa + j] as number);
          }
        }
      }
      const touchedRows: number[] = [];
      for (let s = 0; s < 2 * B; s++) {
        const o = s * dim;
        let proj = 0;
        for (let j = 0; j < dim; j++) proj += (dU[o + j] as number) * (U[o + j] as number);
        const inv = 1 / (norms[s] as number);
        for (let j = 0; j < dim; j++) dU[o + j] = ((dU[o + j] as number) - proj * (U[o + j] as number)) * inv;
        for (const r of textOf(s)) {
          if (!touched[r]) {
            touched[r] = 1;
            touchedRows.push(r);
          }
          const or = r * dim;
          for (let j = 0; j < dim; j++) grad[or + j] = (grad[or + j] as number) + (dU[o + j] as number);
        }
      }
      step++;
      adamRows(touchedRows, { table, grad, m, v, lastStep, touched, dim, lr, step });
    }
    options.onEpoch?.(epoch, lossSum / Math.max(1, batches));
  }
  return table;
}

/** Lazy Adam on the rows a batch touched: the moments decay for the steps a row sat out, then update once. */
function adamRows(
  touchedRows: number[],
  s: {
    table: Float32Array;
    grad: Float32Array;
    m: Float32Array;
    v: Float32Array;
    lastStep: Int32Array;
    touched: Uint8Array;
    dim: number;
    lr: number;
    step: number;
  },
): void {
  const b1 = 0.9;
  const b2 = 0.999;
  const c1 = 1 - b1 ** s.step;
  const c2 = 1 - b2 ** s.step;
  for (const r of touchedRows) {
    const skipped = s.step - (s.lastStep[r] as number) - 1;
    const d1 = skipped > 0 ? b1 ** skipped : 1;
    const d2 = skipped > 0 ? b2 ** skipped : 1;
    s.lastStep[r] = s.step;
    s.touched[r] = 0;
    const o = r * s.dim;
    for (let j = 0; j < s.dim; j++) {
      const g = s.grad[o + j] as number;
      s.grad[o + j] = 0;
      const mj = (s.m[o + j] as number) * d1 * b1 + (1 - b1) * g;
      const vj = (s.v[o + j] as number) * d2 * b2 + (1 - b2) * g * g;
      s.m[o + j] = mj;
      s.v[o + j] = vj;
      s.table[o + j] = (s.table[o + j] as number) - (s.lr * (mj / c1)) / (Math.sqrt(vj / c2) + 1e-8);
    }
  }
}
