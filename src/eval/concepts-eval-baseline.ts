/**
 * The baseline the concept encoder is measured against: hashed TF-IDF bag of the same features, L2-normalized.
 * @module
 */

import { normalizeInPlace } from '../taxonomy/concepts/concept-encoder.ts';
import { conceptFeatures } from '../taxonomy/concepts/concept-features.ts';

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * An encoder whose vectors are TF-IDF weights (IDF from `texts`) of the encoder's features, hashed into `dim` slots.
 * @example
 * const enc = tfidfEncoder(['hire staff', 'train staff'], 1024);
 * assert.ok(enc.encode('hire people')[0] !== undefined);
 */
export function tfidfEncoder(
  texts: readonly string[],
  dim = 16384,
): { dim: number; encode(text: string): Float32Array } {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const t of texts) {
    if (seen.has(t)) continue;
    seen.add(t);
    for (const f of conceptFeatures(t)) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const n = seen.size;
  return {
    dim,
    encode(text) {
      const v = new Float32Array(dim);
      for (const f of conceptFeatures(text)) {
        const d = df.get(f);
        if (d === undefined) continue;
        const slot = hash(f) % dim;
        v[slot] = (v[slot] as number) + Math.log(n / d);
      }
      return normalizeInPlace(v);
    },
  };
}
