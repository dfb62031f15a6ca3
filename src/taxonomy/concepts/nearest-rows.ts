/**
 * Exhaustive top-k search by dot product over row-major vectors: the catalog's nearest-concept query. The dot
 * products run in a small WebAssembly SIMD kernel (dot-rows.wat) when the rows allow, with the same f64 arithmetic
 * in the same order as the JavaScript loop below, so both give bit-identical scores and the same top k (one `topK`); the kernel is about four
 * times as fast, and this search was half of a listing's analysis.
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
  return kernel
    ? vecs.map((vec) => topK(kernel.scores(vec), k, keep))
    : nearestRowsJs(vecs, rows, dim, k, keep);
}

/** Scores of one query against every row, from the WebAssembly kernel (a view on its memory, valid until the next call). */
interface Kernel {
  scores(vec: Float32Array): Float64Array;
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
  const qAt = rows.byteLength;
  const outAt = qAt + dim * 4 + ((qAt + dim * 4) % 8 === 0 ? 0 : 4);
  const bytes = outAt + n * 8;
  const { exports } = new WebAssembly.Instance(wasmModule);
  const memory = exports.memory as WebAssembly.Memory;
  memory.grow(Math.max(0, Math.ceil(bytes / 65536) - memory.buffer.byteLength / 65536));
  new Float32Array(memory.buffer, 0, rows.length).set(rows);
  const query = new Float32Array(memory.buffer, qAt, dim);
  const out = new Float64Array(memory.buffer, outAt, n);
  const run = exports.scores as (q: number, rows: number, n: number, dim: number, out: number) => void;
  const kernel: Kernel = {
    scores(vec) {
      query.set(vec);
      run(qAt, 0, n, dim, outAt);
      return out;
    },
  };
  kernels.set(rows, kernel);
  return kernel;
}

/** The k best of one query's scores among the rows `keep` allows, best first, ties by lower row. */
function topK(scores: Float64Array, k: number, keep: ((row: number) => boolean) | null): RowScore[] {
  const topRow = new Int32Array(k).fill(-1);
  const topScore = new Float64Array(k).fill(Number.NEGATIVE_INFINITY);
  for (let r = 0; r < scores.length; r++) {
    const s = scores[r] as number;
    if (k === 0 || s <= (topScore[k - 1] as number)) continue;
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
    for (let r = 0; r < n; r++) {
      const o = r * dim;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let j = 0;
      for (; j + 3 < dim; j += 4) {
        s0 += (vec[j] as number) * (rows[o + j] as number);
        s1 += (vec[j + 1] as number) * (rows[o + j + 1] as number);
        s2 += (vec[j + 2] as number) * (rows[o + j + 2] as number);
        s3 += (vec[j + 3] as number) * (rows[o + j + 3] as number);
      }
      for (; j < dim; j++) s0 += (vec[j] as number) * (rows[o + j] as number);
      scores[r] = s0 + s1 + s2 + s3;
    }
    return topK(scores, k, keep);
  });
}
