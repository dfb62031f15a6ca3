/**
 * The trained sentence encoder: a sum of learned feature embeddings (words and word pairs), L2-normalized.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../errors.ts';
import { conceptFeatures } from './concept-features.ts';

/** Bumped whenever the on-disk layout changes; the loader refuses other versions. */
export const ENCODER_VERSION = 1;

/** The vocabulary file: feature keys in row order and each row's int8 scale. */
export interface EncoderVocab {
  format: 'roleprint-concept-encoder';
  version: number;
  dim: number;
  features: string[];
  scales: number[];
}

/** Maps text to a unit vector (all zeros when no word of the text is known). */
export interface ConceptEncoder {
  readonly dim: number;
  /** Number of features (rows). */
  readonly size: number;
  encode(text: string): Float32Array;
  /** Row of each known feature of the text (unknown ones left out). */
  featureRows(text: string): number[];
}

/**
 * An encoder over an in-memory embedding table (row i = feature i), as used by training and the loader.
 * @example
 * const enc = encoderFromTable(['lead', 'team'], new Float32Array([1, 0, 0, 1]), 2);
 * assert.deepEqual([...enc.encode('Lead')], [1, 0]);
 */
export function encoderFromTable(
  features: readonly string[],
  table: Float32Array,
  dim: number,
): ConceptEncoder {
  return encoderOver(features, dim, (v, r) => {
    const o = r * dim;
    for (let j = 0; j < dim; j++) v[j] = (v[j] as number) + (table[o + j] as number);
  });
}

/**
 * An encoder over int8 rows with one scale per row, as stored: each row is expanded only when a text uses it, to the
 * same floats {@link dequantizeRows} gives (so encodings are bit-identical), sparing the load a 4× larger table.
 * @example
 * const enc = encoderFromQuantized(['lead', 'team'], new Int8Array([127, 0, 0, 127]), [1 / 127, 1 / 127], 2);
 * assert.deepEqual([...enc.encode('lead team')].map((x) => x.toFixed(4)), ['0.7071', '0.7071']);
 */
export function encoderFromQuantized(
  features: readonly string[],
  bytes: Int8Array,
  scales: readonly number[],
  dim: number,
): ConceptEncoder {
  return encoderOver(features, dim, (v, r) => {
    const o = r * dim;
    const s = scales[r] as number;
    // fround: the value a Float32Array table would hold, so the sum rounds as it did over the expanded table.
    for (let j = 0; j < dim; j++) v[j] = (v[j] as number) + Math.fround((bytes[o + j] as number) * s);
  });
}

/** The encoder's shared part: feature lookup, the sum of the text's rows (added by `addRow`), and the unit scaling. */
function encoderOver(
  features: readonly string[],
  dim: number,
  addRow: (v: Float32Array, row: number) => void,
): ConceptEncoder {
  const index = new Map<string, number>();
  features.forEach((f, i) => {
    index.set(f, i);
  });
  const featureRows = (text: string): number[] => {
    const rows: number[] = [];
    for (const f of conceptFeatures(text)) {
      const r = index.get(f);
      if (r !== undefined) rows.push(r);
    }
    return rows;
  };
  return {
    dim,
    size: features.length,
    featureRows,
    encode(text) {
      const v = new Float32Array(dim);
      for (const r of featureRows(text)) addRow(v, r);
      return normalizeInPlace(v);
    },
  };
}

/**
 * Scales a vector to unit length in place (a zero vector stays zero) and returns it.
 * @example
 * assert.deepEqual([...normalizeInPlace(new Float32Array([3, 4]))], [0.6000000238418579, 0.800000011920929]);
 */
export function normalizeInPlace(v: Float32Array): Float32Array {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += (v[j] as number) * (v[j] as number);
  if (s > 0) {
    const k = 1 / Math.sqrt(s);
    for (let j = 0; j < v.length; j++) v[j] = (v[j] as number) * k;
  }
  return v;
}

/**
 * Quantizes a float table to int8 rows with one scale per row (max |value| / 127, kept to 6 significant digits so
 * the stored model reads the same on every platform).
 * @example
 * const q = quantizeRows(new Float32Array([0.5, -1]), 2);
 * assert.deepEqual([[...q.bytes], q.scales], [[64, -127], [0.00787402]]);
 */
export function quantizeRows(table: Float32Array, dim: number): { bytes: Int8Array; scales: number[] } {
  const rows = table.length / dim;
  const bytes = new Int8Array(table.length);
  const scales: number[] = [];
  for (let r = 0; r < rows; r++) {
    let max = 0;
    for (let j = 0; j < dim; j++) max = Math.max(max, Math.abs(table[r * dim + j] as number));
    const scale = max > 0 ? max / 127 : 1;
    scales.push(Number(scale.toPrecision(6)));
    for (let j = 0; j < dim; j++) bytes[r * dim + j] = Math.round((table[r * dim + j] as number) / scale);
  }
  return { bytes, scales };
}

/**
 * Expands int8 rows back to floats with their per-row scales.
 * @example
 * assert.deepEqual([...dequantizeRows(new Int8Array([64, -127]), [1 / 127], 2)].map((x) => x.toFixed(2)), ['0.50', '-1.00']);
 */
export function dequantizeRows(bytes: Int8Array, scales: readonly number[], dim: number): Float32Array {
  const out = new Float32Array(bytes.length);
  for (let r = 0; r < scales.length; r++) {
    const s = scales[r] as number;
    for (let j = 0; j < dim; j++) out[r * dim + j] = (bytes[r * dim + j] as number) * s;
  }
  return out;
}

// The skill ranker and the concept catalog share one encoder (read once per folder).
const encoders = new Map<string, ConceptEncoder>();

/**
 * Reads the encoder from a model folder (`vocab.json.gz` + `embeddings.i8.gz`); cached per folder, so later calls are free.
 * @example
 * import { DEFAULT_CONCEPTS_DIR } from './load-concepts.ts';
 * const enc = readEncoder(DEFAULT_CONCEPTS_DIR);
 * assert.equal(enc.encode('hire engineers').length, enc.dim);
 */
export function readEncoder(dir: string): ConceptEncoder {
  const hit = encoders.get(dir);
  if (hit) return hit;
  let vocab: EncoderVocab;
  let bytes: Buffer;
  try {
    vocab = JSON.parse(gunzipSync(readFileSync(join(dir, 'vocab.json.gz'))).toString('utf8')) as EncoderVocab;
    bytes = gunzipSync(readFileSync(join(dir, 'embeddings.i8.gz')));
  } catch (cause) {
    throw new RoleprintError(
      'DATA',
      `Cannot load the concept encoder from ${dir}: ${(cause as Error).message}; rebuild it with "npm run train:concepts"`,
      { cause },
    );
  }
  if (vocab.format !== 'roleprint-concept-encoder' || vocab.version !== ENCODER_VERSION)
    throw new RoleprintError(
      'DATA',
      `Cannot load the concept encoder from ${dir}: format v${vocab.version}, expected v${ENCODER_VERSION}; rebuild it with "npm run train:concepts"`,
    );
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoder = encoderFromQuantized(vocab.features, int8, vocab.scales, vocab.dim);
  encoders.set(dir, encoder);
  return encoder;
}
