/**
 * MinHash signatures of word shingles, and their Jaccard estimate.
 * @module
 */
import { fmix32 } from '../compact.ts';
import { MINHASH_WASM } from './minhash-wasm.ts';

/** Number of hash functions in a signature; the Jaccard estimate's standard error is ≤ 0.5/√128 ≈ 0.044. */
export const SIGNATURE_LENGTH = 128;
/** Words per shingle: 5 makes a one-word edit touch at most 5 shingles, and shared boilerplate count for little. */
export const SHINGLE_WORDS = 5;

// Fixed multipliers (odd) and offsets from a 32-bit LCG, so signatures are identical across runs, machines and versions.
const MULTIPLIERS = new Uint32Array(SIGNATURE_LENGTH);
const OFFSETS = new Uint32Array(SIGNATURE_LENGTH);
{
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    MULTIPLIERS[i] = (x | 1) >>> 0;
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    OFFSETS[i] = x;
  }
}

// The word hashes of the text being shingled: one buffer, grown when a text has more words, reused by every call.
let wordBuffer = new Uint32Array(4096);

function pushWord(n: number, h: number): number {
  if (n === wordBuffer.length) {
    const grown = new Uint32Array(n * 2);
    grown.set(wordBuffer);
    wordBuffer = grown;
  }
  wordBuffer[n] = h >>> 0;
  return n + 1;
}

/** Hashes the words of a text (runs of letters and digits, lower-cased) into wordBuffer, in order; returns how many. */
function wordHashes(text: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // ASCII letters and digits, or any letter beyond ASCII except the general-punctuation block: fast and close
    // enough to \p{L}\p{N} for shingling.
    const isWord =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f));
    if (isWord) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      n = pushWord(n, h);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) n = pushWord(n, h);
  return n;
}

/** The hashes of every shingle of a text, in text order, repeats kept; a text shorter than one shingle is one shingle. */
function allShingleHashes(text: string): Uint32Array {
  const count = wordHashes(text);
  const words = wordBuffer;
  const n = Math.max(1, count - SHINGLE_WORDS + 1);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(i + SHINGLE_WORDS, count);
    for (let k = i; k < end; k++) h = Math.imul(h ^ (words[k] as number), 0x01000193);
    all[i] = fmix32(h);
  }
  return all;
}

/**
 * Splits text into lower-cased word shingles, hashed to 32 bits, sorted and deduplicated; a text shorter than one shingle is one shingle.
 * @example
 * assert.equal(shingleHashes('a b c d e f').length, 2);
 * assert.equal(shingleHashes('A b. c d e').length, shingleHashes('a b c d e').length);
 */
export function shingleHashes(text: string): Uint32Array {
  const all = allShingleHashes(text);
  all.sort();
  let u = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[u++] = all[i] as number;
  return all.slice(0, u);
}

/**
 * Computes the MinHash signature of a text: for each of SIGNATURE_LENGTH hash functions, the minimum over its shingles.
 * The functions are `a·x + b mod 2^32` (a odd) over well-mixed shingle hashes: a bijection each. The minima are taken
 * by the WebAssembly SIMD kernel (minhash.wat, four functions per instruction), else in JavaScript; the same values.
 * @example
 * const a = computeSignature('We are hiring a senior nurse for our busy ward in Leeds');
 * assert.equal(estimateJaccard(a, computeSignature('We are hiring a senior nurse for our busy ward in Leeds')), 1);
 */
export function computeSignature(text: string): Uint32Array {
  // A minimum is the same over the shingle set and over the shingles with repeats, in any order: no sort needed.
  const shingles = allShingleHashes(text);
  const simd = simdMinima();
  return simd ? simd(shingles) : scalarMinima(shingles);
}

/**
 * computeSignature in JavaScript only, as where WebAssembly SIMD is unavailable (exported for the test that the two agree).
 * @example
 * const text = 'We are hiring a senior nurse for our busy ward in Leeds';
 * assert.deepEqual(computeSignatureInJs(text), computeSignature(text));
 */
export function computeSignatureInJs(text: string): Uint32Array {
  return scalarMinima(allShingleHashes(text));
}

function scalarMinima(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_LENGTH);
  const n = shingles.length;
  // Four hash functions per pass over the shingles: a quarter of the loads and loop overhead.
  for (let i = 0; i < SIGNATURE_LENGTH; i += 4) {
    const a0 = MULTIPLIERS[i] as number;
    const a1 = MULTIPLIERS[i + 1] as number;
    const a2 = MULTIPLIERS[i + 2] as number;
    const a3 = MULTIPLIERS[i + 3] as number;
    const b0 = OFFSETS[i] as number;
    const b1 = OFFSETS[i + 1] as number;
    const b2 = OFFSETS[i + 2] as number;
    const b3 = OFFSETS[i + 3] as number;
    let m0 = 0xffffffff;
    let m1 = 0xffffffff;
    let m2 = 0xffffffff;
    let m3 = 0xffffffff;
    for (let s = 0; s < n; s++) {
      const x = shingles[s] as number;
      const h0 = (Math.imul(x, a0) + b0) >>> 0;
      const h1 = (Math.imul(x, a1) + b1) >>> 0;
      const h2 = (Math.imul(x, a2) + b2) >>> 0;
      const h3 = (Math.imul(x, a3) + b3) >>> 0;
      if (h0 < m0) m0 = h0;
      if (h1 < m1) m1 = h1;
      if (h2 < m2) m2 = h2;
      if (h3 < m3) m3 = h3;
    }
    sig[i] = m0;
    sig[i + 1] = m1;
    sig[i + 2] = m2;
    sig[i + 3] = m3;
  }
  return sig;
}

// The kernel of this thread: undefined until first asked for, null where WebAssembly SIMD is unavailable.
let simdKernel: ((shingles: Uint32Array) => Uint32Array) | null | undefined;

/** The WebAssembly SIMD signature kernel, made once per thread, or null. */
function simdMinima(): ((shingles: Uint32Array) => Uint32Array) | null {
  if (simdKernel !== undefined) return simdKernel;
  try {
    const module = new WebAssembly.Module(Buffer.from(MINHASH_WASM, 'base64'));
    const { exports } = new WebAssembly.Instance(module);
    const memory = exports.memory as WebAssembly.Memory;
    const signature = exports.signature as (n: number) => void;
    // The layout of minhash.wat: multipliers, offsets, the signature, then the shingles.
    new Uint32Array(memory.buffer, 0, SIGNATURE_LENGTH).set(MULTIPLIERS);
    new Uint32Array(memory.buffer, 4 * SIGNATURE_LENGTH, SIGNATURE_LENGTH).set(OFFSETS);
    const sigAt = 8 * SIGNATURE_LENGTH;
    const shinglesAt = 12 * SIGNATURE_LENGTH;
    simdKernel = (shingles) => {
      const bytes = shinglesAt + 4 * shingles.length;
      if (bytes > memory.buffer.byteLength)
        memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
      new Uint32Array(memory.buffer, shinglesAt, shingles.length).set(shingles);
      signature(shingles.length);
      return new Uint32Array(memory.buffer, sigAt, SIGNATURE_LENGTH).slice();
    };
  } catch {
    simdKernel = null;
  }
  return simdKernel;
}

/**
 * Estimates the Jaccard similarity of two shingle sets from their signatures: the share of equal positions.
 * @example
 * assert.equal(estimateJaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 0, 0)), 0.5);
 */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}
