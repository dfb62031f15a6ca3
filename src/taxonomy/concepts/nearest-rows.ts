/**
 * Exhaustive top-k search by dot product over row-major vectors: the catalog's nearest-concept query. Where the rows
 * allow, a small WebAssembly SIMD kernel (dot-rows.wat) scores every row in f32 with a proven error bound, and only
 * the rows that may make the top k are scored exactly, in f64 in the order of the JavaScript loop below (`dotRow`),
 * so the scores and the top k are bit-identical to the exhaustive f64 search; this search was half of a listing's
 * analysis.
 * @module
 */
import { DOT_ROWS_WASM } from './dot-rows-wasm.ts';

/** One hit: a row and its dot product with the query. */
export interface RowScore {
  row: number;
  score: number;
}

/**
 * The k rows with the highest dot product with `vec`, best first (ties by lower row); `keep` filters rows.
 * @example
 * const rows = Float32Array.of(1, 0, 0, 1, 0.6, 0.8);
 * assert.deepEqual(nearestRows(Float32Array.of(0, 1), rows, 2, 2, null).map((r) => r.row), [1, 2]);
 */
export function nearestRows(
  vec: Float32Array,
  rows: Float32Array,
  dim: number,
  k: number,
  keep: ((row: number) => boolean) | null,
): RowScore[] {
  return nearestRowsBatch([vec], rows, dim, k, keep)[0] ?? [];
}

/**
 * {@link nearestRows} for several queries at once.
 * @example
 * const rows = Float32Array.of(1, 0, 0, 1);
 * assert.deepEqual(nearestRowsBatch([Float32Array.of(1, 0), Float32Array.of(0, 1)], rows, 2, 1, null).map((h) => h[0]?.row), [0, 1]);
 */
export function nearestRowsBatch(
  vecs: readonly Float32Array[],
  rows: Float32Array,
  dim: number,
  k: number,
  keep: ((row: number) => boolean) | null,
): RowScore[][] {
  const kernel = dim % 4 === 0 && vecs.every((v) => v.length === dim) ? kernelFor(rows, dim) : null;
  return kernel ? kernelTopK(kernel, vecs, rows, dim, k, keep) : nearestRowsJs(vecs, rows, dim, k, keep);
}

/** Queries the f32 pass scores at once: each row is read once for all of them (a third faster per query). */
const GROUP = 4;

/** The WebAssembly kernel over one table (views on its memory, valid until the next call) and the rows' norms. */
interface Kernel {
  /** Scores of one query against every row, in f64: the exact scores. */
  scores(vec: Float32Array): Float64Array;
  /**
   * Scores of up to {@link GROUP} queries against every row, in f32, each within {@link Kernel.slack} of the exact
   * ones; query i's are read by {@link Kernel.candidates} with slot i.
   */
  approx(vecs: readonly Float32Array[]): void;
  /**
   * The rows, ascending, that may make the top k (1 to the number of rows) of the query in `slot`, given the bound
   * `scale` on |approx - exact| per unit of |row|; only rows `keep` allows where `keep` was given to
   * {@link Kernel.mask}.
   */
  candidates(slot: number, scale: number, k: number, masked: boolean): Int32Array;
  /** Marks the rows `keep` allows, for {@link Kernel.candidates} with `masked`. */
  mask(keep: (row: number) => boolean): void;
  /** Number of rows. */
  n: number;
  /** Bound on |approx - exact| per unit of |query| * |row|. */
  slack: number;
}

let wasmModule: WebAssembly.Module | null | undefined;
const kernels = new WeakMap<Float32Array, Kernel>();

/** The kernel holding a copy of `rows`, made once per table; null where WebAssembly SIMD is unavailable. */
function kernelFor(rows: Float32Array, dim: number): Kernel | null {
  const known = kernels.get(rows);
  if (known) return known;
  if (wasmModule === undefined) {
    try {
      wasmModule = new WebAssembly.Module(Buffer.from(DOT_ROWS_WASM, 'base64'));
    } catch {
      wasmModule = null;
    }
  }
  if (!wasmModule) return null;
  const n = rows.length / dim;
  // Memory: rows (f32), the query as f64 (each f32 value widened exactly, so the kernel widens it once, not once per
  // row) and GROUP queries as f32, the exact scores (f64), GROUP runs of approximate ones (f32), then what
  // `candidates` reads and writes: the rows' norms, the k best lower bounds, the keep mask, the candidate rows and
  // their upper bounds. Offsets stay multiples of 16 as dim is of 4 (the mask is padded).
  const qAt = rows.byteLength;
  const q32At = qAt + dim * 8;
  const outAt = q32At + GROUP * dim * 4;
  const approxAt = outAt + n * 8;
  const normsAt = approxAt + GROUP * n * 4;
  const lowAt = normsAt + n * 8;
  const maskAt = lowAt + n * 8;
  const candAt = maskAt + Math.ceil(n / 16) * 16;
  const hisAt = candAt + n * 4;
  const bytes = hisAt + n * 8;
  const { exports } = new WebAssembly.Instance(wasmModule);
  const memory = exports.memory as WebAssembly.Memory;
  memory.grow(Math.max(0, Math.ceil(bytes / 65536) - memory.buffer.byteLength / 65536));
  new Float32Array(memory.buffer, 0, rows.length).set(rows);
  const query = new Float64Array(memory.buffer, qAt, dim);
  const queries32 = new Float32Array(memory.buffer, q32At, GROUP * dim);
  const out = new Float64Array(memory.buffer, outAt, n);
  const keepMask = new Uint8Array(memory.buffer, maskAt, n);
  const candRows = new Int32Array(memory.buffer, candAt, n);
  type Run = (q: number, rows: number, n: number, dim: number, out: number) => void;
  type Candidates = (
    approx: number,
    norms: number,
    n: number,
    scale: number,
    tiny: number,
    k: number,
    low: number,
    mask: number,
    masked: number,
    cand: number,
    his: number,
  ) => number;
  const scores = exports.scores as Run;
  const approx = exports.approx as Run;
  const approx4 = exports.approx4 as Run;
  const candidates = exports.candidates as Candidates;
  const norms = new Float64Array(memory.buffer, normsAt, n);
  for (let r = 0; r < n; r++) norms[r] = Math.sqrt(dotRow(rows, r * dim, rows, r * dim, dim));
  // f32 underflow's absolute error, far below any score that matters.
  const tiny = (dim + 8) * 2 ** -140;
  const kernel: Kernel = {
    scores(vec) {
      query.set(vec);
      scores(qAt, 0, n, dim, outAt);
      return out;
    },
    approx(vecs) {
      vecs.forEach((vec, i) => {
        queries32.set(vec, i * dim);
      });
      // Three queries cost about what four do in one pass; one or two go alone.
      if (vecs.length >= 3) approx4(q32At, 0, n, dim, approxAt);
      else
        vecs.forEach((_, i) => {
          approx(q32At + i * dim * 4, 0, n, dim, approxAt + i * n * 4);
        });
    },
    candidates(slot, scale, k, masked) {
      const at = approxAt + slot * n * 4;
      const count = candidates(at, normsAt, n, scale, tiny, k, lowAt, maskAt, masked ? 1 : 0, candAt, hisAt);
      return candRows.subarray(0, count);
    },
    mask(keep) {
      for (let r = 0; r < n; r++) keepMask[r] = keep(r) ? 1 : 0;
    },
    n,
    // An f32 sum of products rounds dim / 4 + 3 times along any path, each by at most 2^-24 of the sum of |products|
    // (at most |query| * |row|); twice (dim + 8) of those steps also covers the f64 score's own rounding.
    slack: (dim + 8) * 2 ** -23,
  };
  kernels.set(rows, kernel);
  return kernel;
}

/**
 * {@link topK} of each query over the exact scores, computing them only for rows that may make the top k: the f32
 * pass bounds each row's score within ±bound, rows whose upper bound is below the k-th best lower bound cannot make
 * it, and the few others are scored exactly, in row order, so the result is the same bit for bit. Queries go
 * {@link GROUP} to an f32 pass, and the bounds are kept in WebAssembly: half the time of one query at a time with the
 * bounds in JavaScript.
 */
function kernelTopK(
  kernel: Kernel,
  vecs: readonly Float32Array[],
  rows: Float32Array,
  dim: number,
  k: number,
  keep: ((row: number) => boolean) | null,
): RowScore[][] {
  const out: RowScore[][] = [];
  // Queries the bounds apply to, with their norms; the others are scored exactly against every row.
  const bounded: { at: number; vec: Float32Array; norm: number }[] = [];
  vecs.forEach((vec, at) => {
    const norm = Math.sqrt(dotRow(vec, 0, vec, 0, dim));
    if (k === 0 || kernel.n === 0 || !Number.isFinite(norm)) out[at] = topK(kernel.scores(vec), k, keep);
    else bounded.push({ at, vec, norm });
  });
  if (keep && bounded.length > 0) kernel.mask(keep);
  // With k past the rows, every kept row is a candidate, as with k equal to their number.
  const kBound = Math.min(k, kernel.n);
  for (let g = 0; g < bounded.length; g += GROUP) {
    const group = bounded.slice(g, g + GROUP);
    kernel.approx(group.map((q) => q.vec));
    group.forEach(({ at, vec, norm }, slot) => {
      const candidates = kernel.candidates(slot, kernel.slack * norm, kBound, keep !== null);
      const exact = Array.from(candidates, (r) => dotRow(vec, 0, rows, r * dim, dim));
      out[at] = topK(exact, k, null, candidates);
    });
  }
  return out;
}

/**
 * The k best of one query's scores among the rows `keep` allows, best first, ties by lower row. `rowIds` names the
 * row of each score, in ascending order, where the scores are of some rows only.
 */
function topK(
  scores: ArrayLike<number>,
  k: number,
  keep: ((row: number) => boolean) | null,
  rowIds: ArrayLike<number> | null = null,
): RowScore[] {
  const topRow = new Int32Array(k).fill(-1);
  const topScore = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (k === 0 || s <= (topScore[k - 1] as number)) continue;
    const r = rowIds ? (rowIds[i] as number) : i;
    if (keep && !keep(r)) continue;
    let p = k - 1;
    while (p > 0 && s > (topScore[p - 1] as number)) {
      topScore[p] = topScore[p - 1] as number;
      topRow[p] = topRow[p - 1] as number;
      p--;
    }
    topScore[p] = s;
    topRow[p] = r;
  }
  const out: RowScore[] = [];
  for (let i = 0; i < k; i++)
    if ((topRow[i] as number) >= 0) out.push({ row: topRow[i] as number, score: topScore[i] as number });
  return out;
}

/**
 * The dot product of dim values of x from xAt and of y from yAt in f64, as four strided partial sums (j mod 4) added
 * ((s0 + s1) + s2) + s3: the order of the WebAssembly kernel, so both give the same bits.
 * @example
 * assert.equal(dotRow(Float32Array.of(1, 2, 3), 0, Float32Array.of(0, 4, 5, 6), 1, 3), 32);
 */
export function dotRow(x: Float32Array, xAt: number, y: Float32Array, yAt: number, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < dim; j += 4) {
    s0 += (x[xAt + j] as number) * (y[yAt + j] as number);
    s1 += (x[xAt + j + 1] as number) * (y[yAt + j + 1] as number);
    s2 += (x[xAt + j + 2] as number) * (y[yAt + j + 2] as number);
    s3 += (x[xAt + j + 3] as number) * (y[yAt + j + 3] as number);
  }
  for (; j < dim; j++) s0 += (x[xAt + j] as number) * (y[yAt + j] as number);
  return s0 + s1 + s2 + s3;
}

/**
 * The JavaScript search, for dimensions the kernel does not take and where WebAssembly is missing.
 * @example
 * const rows = Float32Array.of(1, 0, 0, 1, 0.6, 0.8);
 * assert.deepEqual(nearestRowsJs([Float32Array.of(0, 1)], rows, 2, 2, null)[0]?.map((r) => r.row), [1, 2]);
 */
export function nearestRowsJs(
  vecs: readonly Float32Array[],
  rows: Float32Array,
  dim: number,
  k: number,
  keep: ((row: number) => boolean) | null,
): RowScore[][] {
  const n = rows.length / dim;
  const scores = new Float64Array(n);
  return vecs.map((vec) => {
    for (let r = 0; r < n; r++) scores[r] = dotRow(vec, 0, rows, r * dim, dim);
    return topK(scores, k, keep);
  });
}
