/**
 * BM25F over ESCO skills: preferred label, alternative labels and description as separately normalized fields.
 * @module
 */
import { rankTerms } from './terms.ts';

/** Field weights and BM25 constants. */
export interface Bm25Params {
  k1: number;
  label: number;
  alt: number;
  description: number;
  /** Length-normalization strength per field. */
  bLabel: number;
  bAlt: number;
  bDescription: number;
}

/** Defaults chosen on the TECH validation half (see scripts/train-skill-combiner.ts). */
export const DEFAULT_BM25: Bm25Params = {
  k1: 1.2,
  label: 3,
  alt: 1.5,
  description: 0.6,
  bLabel: 0.5,
  bAlt: 0.75,
  bDescription: 0.75,
};

/** An inverted index: per term, the skills it occurs in with their precomputed BM25F contribution. */
export interface Bm25Index {
  size: number;
  postings: Map<string, { docs: Uint32Array; weights: Float32Array }>;
}

/** The text fields of one skill. */
export interface SkillFields {
  label: string;
  alt: string;
  description: string;
}

function termCounts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/**
 * Builds the BM25F index; each posting stores idf·tf̃/(k1+tf̃) so a query only sums.
 * @example
 * const index = buildBm25Index([{ label: 'Python', alt: '', description: 'a language' }], DEFAULT_BM25);
 * assert.ok(index.postings.has('python'));
 */
export function buildBm25Index(docs: SkillFields[], p: Bm25Params): Bm25Index {
  const fields = docs.map((d) => [rankTerms(d.label), rankTerms(d.alt), rankTerms(d.description)] as const);
  const avg = [0, 1, 2].map(
    (f) => fields.reduce((s, x) => s + (x[f]?.length ?? 0), 0) / Math.max(1, docs.length),
  );
  const weight = [p.label, p.alt, p.description];
  const b = [p.bLabel, p.bAlt, p.bDescription];
  const perTerm = new Map<string, { docs: number[]; tf: number[] }>();
  fields.forEach((f, doc) => {
    const tf = new Map<string, number>();
    for (let i = 0; i < 3; i++) {
      const terms = f[i] ?? [];
      const norm = 1 - (b[i] ?? 0) + ((b[i] ?? 0) * terms.length) / Math.max(1e-9, avg[i] ?? 1);
      for (const [t, c] of termCounts(terms)) tf.set(t, (tf.get(t) ?? 0) + ((weight[i] ?? 0) * c) / norm);
    }
    for (const [t, v] of tf) {
      let e = perTerm.get(t);
      if (e === undefined) {
        e = { docs: [], tf: [] };
        perTerm.set(t, e);
      }
      e.docs.push(doc);
      e.tf.push(v);
    }
  });
  const n = docs.length;
  const postings = new Map<string, { docs: Uint32Array; weights: Float32Array }>();
  for (const [t, e] of perTerm) {
    const df = e.docs.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    postings.set(t, {
      docs: Uint32Array.from(e.docs),
      weights: Float32Array.from(e.tf, (v) => (idf * v) / (p.k1 + v)),
    });
  }
  return { size: n, postings };
}

/**
 * Adds each skill's BM25F score for the query terms into `out` (unique terms; repeats do not count twice),
 * each term scaled by its weight in `termWeights` when given.
 * @example
 * const index = buildBm25Index([{ label: 'Python', alt: '', description: 'a language' }, { label: 'SQL', alt: '', description: 'a query language' }], DEFAULT_BM25);
 * const out = new Float32Array(index.size);
 * scoreBm25(index, ['python'], out);
 * assert.ok(out[0] > 0 && out[1] === 0);
 */
export function scoreBm25(
  index: Bm25Index,
  terms: string[],
  out: Float32Array,
  termWeights?: Map<string, number>,
): void {
  const seen = new Set<string>();
  for (const t of terms) {
    if (seen.has(t)) continue;
    seen.add(t);
    const p = index.postings.get(t);
    if (p === undefined) continue;
    const { docs, weights } = p;
    const tw = termWeights?.get(t) ?? 1;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i] as number;
      out[d] = (out[d] as number) + tw * (weights[i] as number);
    }
  }
}
