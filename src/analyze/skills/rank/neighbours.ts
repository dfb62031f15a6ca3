/**
 * Term neighbours learned from a corpus: PPMI co-occurrence reduced by a randomized SVD, then nearest terms by cosine.
 * Training-time code (scripts/train-skill-corpus.ts); the ranker only reads the resulting lists.
 * @module
 */

/** Settings for {@link learnNeighbours}. */
export interface NeighbourOptions {
  /** Neighbours must be in this set (the ranker's index vocabulary). */
  keep: Set<string>;
  vocabSize?: number;
  minCount?: number;
  window?: number;
  dim?: number;
  top?: number;
  minSimilarity?: number;
}

/** Term → its nearest terms with cosine similarity (2 decimals), most similar first. */
export type Neighbours = Record<string, [string, number][]>;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

/** Sparse rows (CSR) times a dense n×k matrix (row-major). */
function mulSparse(
  rowPtr: Int32Array,
  cols: Int32Array,
  vals: Float32Array,
  x: Float64Array,
  k: number,
): Float64Array {
  const n = rowPtr.length - 1;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const o = i * k;
    for (let p = rowPtr[i] as number; p < (rowPtr[i + 1] as number); p++) {
      const v = vals[p] as number;
      const c = (cols[p] as number) * k;
      for (let j = 0; j < k; j++) out[o + j] = (out[o + j] as number) + v * (x[c + j] as number);
    }
  }
  return out;
}

/** Orthonormalizes the k columns of an n×k row-major matrix in place (modified Gram–Schmidt). */
function orthonormalize(m: Float64Array, n: number, k: number): void {
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += (m[i * k + a] as number) * (m[i * k + b] as number);
      for (let i = 0; i < n; i++) m[i * k + a] = (m[i * k + a] as number) - dot * (m[i * k + b] as number);
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (m[i * k + a] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) m[i * k + a] = (m[i * k + a] as number) / norm;
  }
}

/** Eigen-decomposition of a symmetric k×k matrix by cyclic Jacobi rotations: values and column eigenvectors. */
function jacobiEigen(a: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += (a[p * k + q] as number) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q] as number;
        if (Math.abs(apq) < 1e-15) continue;
        const theta = ((a[q * k + q] as number) - (a[p * k + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p] as number;
          const arq = a[r * k + q] as number;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r] as number;
          const aqr = a[q * k + r] as number;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p] as number;
          const vrq = v[r * k + q] as number;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i] as number;
  return { values, vectors: v };
}

/**
 * Learns term neighbours from tokenized sentences (deterministic: fixed seed, sorted vocabulary).
 * @example
 * const sentences = [['monitor', 'uptim'], ['monitor', 'uptim'], ['perform', 'audit'], ['perform', 'audit']];
 * const nb = learnNeighbours(sentences, { keep: new Set(['monitor', 'perform']), minCount: 1, dim: 2 });
 * assert.equal(nb.uptim?.[0]?.[0], 'monitor');
 */
export function learnNeighbours(sentences: string[][], o: NeighbourOptions): Neighbours {
  const vocabSize = o.vocabSize ?? 20000;
  const window = o.window ?? 5;
  const dim = o.dim ?? 100;
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([, c]) => c >= (o.minCount ?? 5))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, vocabSize)
    .map(([t]) => t);
  const id = new Map(vocab.map((t, i) => [t, i]));
  const V = vocab.length;
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of sentences) {
    const ids = s.map((t) => id.get(t) ?? -1);
    for (let i = 0; i < ids.length; i++) {
      const a = ids[i] as number;
      if (a < 0) continue;
      for (let j = i + 1; j <= i + window && j < ids.length; j++) {
        const b = ids[j] as number;
        if (b < 0 || b === a) continue;
        const w = 1 / (j - i);
        const ra = rows[a] as Map<number, number>;
        const rb = rows[b] as Map<number, number>;
        ra.set(b, (ra.get(b) ?? 0) + w);
        rb.set(a, (rb.get(a) ?? 0) + w);
      }
    }
  }
  // PPMI with context-distribution smoothing (α = 0.75).
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(V);
  let total = 0;
  rows.forEach((r, i) => {
    for (const [j, c] of r) {
      rowSum[i] = (rowSum[i] as number) + c;
      colSum[j] = (colSum[j] as number) + c;
      total += c;
    }
  });
  let colNorm = 0;
  for (let j = 0; j < V; j++) colNorm += (colSum[j] as number) ** 0.75;
  const rowPtr = new Int32Array(V + 1);
  const colsList: number[] = [];
  const valsList: number[] = [];
  rows.forEach((r, i) => {
    const entries = [...r.entries()].sort((a, b) => a[0] - b[0]);
    for (const [j, c] of entries) {
      const pmi = Math.log(
        c / total / (((rowSum[i] as number) / total) * ((colSum[j] as number) ** 0.75 / colNorm)),
      );
      if (pmi > 0) {
        colsList.push(j);
        valsList.push(pmi);
      }
    }
    rowPtr[i + 1] = colsList.length;
  });
  const cols = Int32Array.from(colsList);
  const vals = Float32Array.from(valsList);
  // Randomized SVD: the PPMI matrix is symmetric up to smoothing, so A·A is used for power iterations.
  const k = dim + 10;
  const rand = seeded(42);
  let y: Float64Array = new Float64Array(V * k);
  for (let i = 0; i < y.length; i++) y[i] = rand();
  y = mulSparse(rowPtr, cols, vals, y, k);
  for (let it = 0; it < 2; it++) {
    orthonormalize(y, V, k);
    y = mulSparse(rowPtr, cols, vals, mulSparse(rowPtr, cols, vals, y, k), k);
  }
  orthonormalize(y, V, k);
  const b = mulSparse(rowPtr, cols, vals, y, k); // A·Q (V×k); Qᵀ·A·Q is its projection.
  const small = new Float64Array(k * k);
  for (let p = 0; p < k; p++)
    for (let q = 0; q < k; q++) {
      let s = 0;
      for (let i = 0; i < V; i++) s += (y[i * k + p] as number) * (b[i * k + q] as number);
      small[p * k + q] = s;
    }
  for (let p = 0; p < k; p++)
    for (let q = p + 1; q < k; q++) {
      const m = ((small[p * k + q] as number) + (small[q * k + p] as number)) / 2;
      small[p * k + q] = m;
      small[q * k + p] = m;
    }
  const { values, vectors } = jacobiEigen(small, k);
  const order = [...values.keys()].sort(
    (a, c) => Math.abs(values[c] as number) - Math.abs(values[a] as number),
  );
  const top = order.slice(0, dim);
  // Word vectors: Q·U scaled by sqrt(|λ|), rows normalized.
  const vec = new Float32Array(V * dim);
  for (let i = 0; i < V; i++) {
    let norm = 0;
    top.forEach((e, d) => {
      let s = 0;
      for (let p = 0; p < k; p++) s += (y[i * k + p] as number) * (vectors[p * k + e] as number);
      const v = s * Math.sqrt(Math.abs(values[e] as number));
      vec[i * dim + d] = v;
      norm += v * v;
    });
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) vec[i * dim + d] = (vec[i * dim + d] as number) / norm;
  }
  const candidates = vocab.map((t, i) => (o.keep.has(t) ? i : -1)).filter((i) => i >= 0);
  const out: Neighbours = {};
  const want = o.top ?? 5;
  const minSim = o.minSimilarity ?? 0.45;
  for (let i = 0; i < V; i++) {
    const best: [number, number][] = [];
    for (const j of candidates) {
      if (j === i) continue;
      let s = 0;
      for (let d = 0; d < dim; d++) s += (vec[i * dim + d] as number) * (vec[j * dim + d] as number);
      if (s < minSim) continue;
      if (best.length < want) best.push([j, s]);
      else if (s > (best[want - 1] as [number, number])[1]) best[want - 1] = [j, s];
      else continue;
      best.sort((a, c) => c[1] - a[1] || a[0] - c[0]);
    }
    if (best.length > 0)
      out[vocab[i] as string] = best.map(([j, s]) => [vocab[j] as string, Math.round(s * 100) / 100]);
  }
  return out;
}
