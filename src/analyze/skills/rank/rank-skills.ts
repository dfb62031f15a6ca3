/**
 * Ranks ESCO skills for a sentence by combining BM25F, whole-label phrase hits, a SkillSkape-trained linear model
 * and a prior, then maps the combined score to a calibrated probability.
 * @module
 */
import { type Bm25Index, buildBm25Index, type SkillFields, scoreBm25 } from './bm25f.ts';
import { applyCalibration } from './calibrate.ts';
import { scoreLinear } from './linear.ts';
import type { SkillRankerModel } from './model.ts';
import { buildPhraseIndex, compound, matchPhrases } from './phrase-index.ts';
import { rankTerms } from './terms.ts';

/** One ranked skill. */
export interface RankedSkill {
  uri: string;
  /** ESCO preferred label. */
  label: string;
  type: string;
  /** Calibrated probability that the sentence asks for this skill. */
  score: number;
  /** The uncalibrated combined score (comparable within one model version only). */
  raw: number;
}

/** The per-skill signals for one sentence, before combination (exposed for tuning). */
export interface SkillFeatures {
  bm25: Float32Array;
  /** BM25F of the sentence's term neighbours (paraphrase reach), normalized like bm25. */
  expand: Float32Array;
  phrase: Float32Array;
  linear: Float32Array;
  /** Cosine of the sentence's and the skill label's concept-encoder vectors (meaning beyond shared words). */
  concept: Float32Array;
}

/** A ranker bound to one loaded model. */
export interface SkillRanker {
  /** Top-k skills for the sentence, best first (ties broken by skill order, so output is deterministic). */
  rank(sentence: string, k: number): RankedSkill[];
  /** The raw signals for a sentence (for tuning the combiner). */
  features(sentence: string): SkillFeatures;
  /** The signals of one skill, in {@link FEATURE_NAMES} order (for fitting the combiner). */
  featureValues(f: SkillFeatures, skill: number): number[];
  /** Combines signals with the given weights into raw scores. */
  combine(f: SkillFeatures, weights: Record<string, number>): Float32Array;
  readonly model: SkillRankerModel;
}

/**
 * The BM25F fields of every skill; alt labels also carry their one-word compounds so "teamwork" finds "team-working".
 * @example
 * import { loadSkillRankerModel } from './model.ts';
 * const docs = skillDocs(loadSkillRankerModel());
 * assert.equal(docs[0]?.label, loadSkillRankerModel().skills.label[0]);
 */
export function skillDocs(model: SkillRankerModel): SkillFields[] {
  return model.skills.label.map((label, i) => {
    const alt = model.skills.alt[i] ?? '';
    const compounds = [label, ...alt.split('\n')].map(compound).filter((c): c is string => c !== null);
    return { label, alt: `${alt}\n${compounds.join('\n')}`, description: model.skills.description[i] ?? '' };
  });
}

const LOG1P_1000 = Math.log1p(1000);

/** Candidates per sentence (the best by the other signals) that `rank` re-ranks with the concept signal added. */
export const CONCEPT_POOL = 50;

/** The combined signals, in the order {@link SkillRanker.featureValues} returns them; weights are keyed by these. */
export const FEATURE_NAMES = [
  'bm25',
  'expand',
  'phrase',
  'linear',
  'concept',
  'prior',
  'occupations',
  'listings',
] as const;

/**
 * Indices of the k highest values (descending; equal values keep index order).
 * @example
 * assert.deepEqual(topK(Float32Array.from([1, 3, 2]), 2), [1, 2]);
 */
export function topK(scores: Float32Array, k: number): number[] {
  const heap: number[] = [];
  const worse = (a: number, b: number) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sa < sb || (sa === sb && a > b);
  };
  for (let i = 0; i < scores.length; i++) {
    if (heap.length < k) {
      heap.push(i);
      let c = heap.length - 1;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c] as number, heap[p] as number)) break;
        [heap[c], heap[p]] = [heap[p] as number, heap[c] as number];
        c = p;
      }
    } else if (
      k > 0 &&
      (scores[i] as number) >= (scores[heap[0] as number] as number) &&
      worse(heap[0] as number, i)
    ) {
      heap[0] = i;
      let p = 0;
      for (;;) {
        const l = 2 * p + 1;
        const r = l + 1;
        let m = p;
        if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
        if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r;
        if (m === p) break;
        [heap[m], heap[p]] = [heap[p] as number, heap[m] as number];
        p = m;
      }
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}

/**
 * Creates a ranker from a loaded model (builds the BM25F and phrase indexes once).
 * @example
 * import { loadSkillRankerModel } from './model.ts';
 * const ranker = createSkillRanker(loadSkillRankerModel());
 * assert.equal(ranker.rank('Experience with Python and Django', 5)[0]?.label, 'Python (computer programming)');
 */
export function createSkillRanker(model: SkillRankerModel, bm25?: Bm25Index): SkillRanker {
  const n = model.skills.uri.length;
  const { encoder } = model;
  const dim = encoder?.dim ?? 0;
  // Each skill's label vector, encoded once (~0.2 s); the sentence's vector is compared with them.
  const labelVecs = new Float32Array(n * dim);
  if (encoder)
    for (let i = 0; i < n; i++) labelVecs.set(encoder.encode(model.skills.label[i] as string), i * dim);
  const cosine = (q: Float32Array, skill: number): number => {
    let c = 0;
    const o = skill * dim;
    for (let d = 0; d < dim; d++) c += (q[d] as number) * (labelVecs[o + d] as number);
    return c;
  };
  const index = bm25 ?? buildBm25Index(skillDocs(model), model.combiner.bm25);
  const phrases = buildPhraseIndex(model.skills);
  // Skills many occupations need are more often asked for; a log count keeps the feature on the same scale as BM25.
  const occ = Float32Array.from(model.skills.occupations, (c) => Math.log1p(c) / Math.log1p(1000));

  /** Fills zeroed buffers with the raw signals; bm25 and expand are left unnormalized and their maxima returned. */
  const fill = (sentence: string, f: SkillFeatures): { maxBm25: number; maxExpand: number } => {
    const terms = rankTerms(sentence);
    scoreBm25(index, terms, f.bm25);
    const expanded = new Map<string, number>();
    for (const t of terms) {
      for (const [u, sim] of model.neighbours.get(t) ?? [])
        expanded.set(u, Math.max(expanded.get(u) ?? 0, sim));
    }
    scoreBm25(index, [...expanded.keys()], f.expand, expanded);
    matchPhrases(phrases, sentence, (skill, len) => {
      f.phrase[skill] = Math.max(f.phrase[skill] as number, Math.min(len, 3) / 3);
    });
    if (model.linear) {
      scoreLinear(model.linear, terms, f.linear);
      // Softmax probabilities are very peaked; a log scale lets a linear combiner use the runners-up too.
      for (const i of model.linear.classes)
        f.linear[i] = Math.log1p((f.linear[i] as number) * 1000) / LOG1P_1000;
    }
    let maxBm25 = 0;
    let maxExpand = 0;
    for (let i = 0; i < n; i++) {
      if ((f.bm25[i] as number) > maxBm25) maxBm25 = f.bm25[i] as number;
      if ((f.expand[i] as number) > maxExpand) maxExpand = f.expand[i] as number;
    }
    return { maxBm25, maxExpand };
  };

  const features = (sentence: string): SkillFeatures => {
    const f = {
      bm25: new Float32Array(n),
      expand: new Float32Array(n),
      phrase: new Float32Array(n),
      linear: new Float32Array(n),
      concept: new Float32Array(n),
    };
    const { maxBm25, maxExpand } = fill(sentence, f);
    if (encoder) {
      const q = encoder.encode(sentence);
      for (let i = 0; i < n; i++) f.concept[i] = cosine(q, i);
    }
    if (maxBm25 > 0) for (let i = 0; i < n; i++) f.bm25[i] = (f.bm25[i] as number) / maxBm25;
    if (maxExpand > 0) for (let i = 0; i < n; i++) f.expand[i] = (f.expand[i] as number) / maxExpand;
    return f;
  };

  // The per-skill part that does not depend on the sentence, computed once per weight set.
  const staticParts = new WeakMap<Record<string, number>, Float32Array>();
  const staticPart = (w: Record<string, number>): Float32Array => {
    let out = staticParts.get(w);
    if (out === undefined) {
      const wp = w.prior ?? 0;
      const wo = w.occupations ?? 0;
      const wli = w.listings ?? 0;
      out = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        out[i] =
          wp * (model.prior[i] as number) + wo * (occ[i] as number) + wli * (model.listingPrior[i] as number);
      }
      staticParts.set(w, out);
    }
    return out;
  };

  const combine = (f: SkillFeatures, w: Record<string, number>): Float32Array => {
    const out = Float32Array.from(staticPart(w));
    const wb = w.bm25 ?? 0;
    const wph = w.phrase ?? 0;
    const wl = w.linear ?? 0;
    const we = w.expand ?? 0;
    const wc = w.concept ?? 0;
    for (let i = 0; i < n; i++) {
      out[i] =
        (out[i] as number) +
        wb * (f.bm25[i] as number) +
        wph * (f.phrase[i] as number) +
        wl * (f.linear[i] as number) +
        we * (f.expand[i] as number) +
        wc * (f.concept[i] as number);
    }
    return out;
  };

  // rank() reuses these buffers (it is synchronous), so ranking allocates almost nothing per sentence.
  const scratch: SkillFeatures = {
    bm25: new Float32Array(n),
    expand: new Float32Array(n),
    phrase: new Float32Array(n),
    linear: new Float32Array(n),
    concept: new Float32Array(0),
  };
  const raw = new Float32Array(n);

  const rank = (sentence: string, k: number): RankedSkill[] => {
    const w = model.combiner.weights;
    for (const a of [scratch.bm25, scratch.expand, scratch.phrase, scratch.linear]) a.fill(0);
    const { maxBm25, maxExpand } = fill(sentence, scratch);
    const base = staticPart(w);
    const wb = w.bm25 ?? 0;
    const wph = w.phrase ?? 0;
    const wl = w.linear ?? 0;
    const we = w.expand ?? 0;
    const { bm25, expand, phrase, linear } = scratch;
    // Same arithmetic, in the same order and float32 rounding, as combine(features(sentence)); the concept signal
    // is added below, to the best CONCEPT_POOL only.
    for (let i = 0; i < n; i++) {
      const b = maxBm25 > 0 ? Math.fround((bm25[i] as number) / maxBm25) : 0;
      const e = maxExpand > 0 ? Math.fround((expand[i] as number) / maxExpand) : 0;
      raw[i] =
        (base[i] as number) + wb * b + wph * (phrase[i] as number) + wl * (linear[i] as number) + we * e;
    }
    // The concept cosine costs ~4 ms for every skill, so it re-ranks only the CONCEPT_POOL best by the other signals.
    const wc = w.concept ?? 0;
    let best = topK(raw, encoder && wc !== 0 ? Math.max(k, CONCEPT_POOL) : k);
    if (encoder && wc !== 0) {
      const q = encoder.encode(sentence);
      for (const i of best) raw[i] = Math.fround((raw[i] as number) + wc * cosine(q, i));
      best = best.sort((a, b) => (raw[b] as number) - (raw[a] as number) || a - b).slice(0, k);
    }
    return best.map((i) => ({
      uri: model.skills.uri[i] as string,
      label: model.skills.label[i] as string,
      type: model.skills.type[i] as string,
      score: applyCalibration(model.combiner.calibration, raw[i] as number),
      raw: raw[i] as number,
    }));
  };

  const featureValues = (f: SkillFeatures, i: number): number[] => [
    f.bm25[i] as number,
    f.expand[i] as number,
    f.phrase[i] as number,
    f.linear[i] as number,
    f.concept[i] as number,
    model.prior[i] as number,
    occ[i] as number,
    model.listingPrior[i] as number,
  ];

  return { rank, features, featureValues, combine, model };
}
