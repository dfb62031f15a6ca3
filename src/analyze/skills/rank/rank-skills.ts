/**
 * Ranks ESCO skills for a sentence by combining BM25F, whole-label phrase hits, a SkillSkape-trained linear model
 * and a prior, then maps the combined score to a calibrated probability.
 * @module
 */
import { type Bm25Index, buildBm25Index, scoreBm25 } from './bm25f.ts';
import { applyCalibration } from './calibrate.ts';
import { scoreLinear } from './linear.ts';
import type { SkillRankerModel } from './model.ts';
import { phraseTerms, rankTerms } from './terms.ts';

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
  phrase: Float32Array;
  linear: Float32Array;
}

/** A ranker bound to one loaded model. */
export interface SkillRanker {
  /** Top-k skills for the sentence, best first (ties broken by skill order, so output is deterministic). */
  rank(sentence: string, k: number): RankedSkill[];
  /** The raw signals for a sentence (for tuning the combiner). */
  features(sentence: string): SkillFeatures;
  /** Combines signals with the given weights into raw scores. */
  combine(f: SkillFeatures, weights: Record<string, number>): Float32Array;
  readonly model: SkillRankerModel;
}

const MAX_PHRASE = 6;

function buildPhraseIndex(model: SkillRankerModel): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const { label, alt } = model.skills;
  for (let i = 0; i < label.length; i++) {
    for (const text of [label[i] ?? '', ...(alt[i] ?? '').split('\n')]) {
      const terms = phraseTerms(text);
      if (terms.length === 0 || terms.length > MAX_PHRASE) continue;
      const key = terms.join(' ');
      const list = index.get(key);
      if (list === undefined) index.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  return index;
}

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
    } else if (k > 0 && worse(heap[0] as number, i)) {
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
 * const ranker = createSkillRanker(loadSkillRankerModel());
 * ranker.rank('Experience with Python and Django', 5)[0].label; // 'Python (computer programming)'
 */
export function createSkillRanker(model: SkillRankerModel, bm25?: Bm25Index): SkillRanker {
  const n = model.skills.uri.length;
  const index =
    bm25 ??
    buildBm25Index(
      model.skills.label.map((label, i) => ({
        label,
        alt: model.skills.alt[i] ?? '',
        description: model.skills.description[i] ?? '',
      })),
      model.combiner.bm25,
    );
  const phrases = buildPhraseIndex(model);
  // Skills many occupations need are more often asked for; a log count keeps the feature on the same scale as BM25.
  const occ = Float32Array.from(model.skills.occupations, (c) => Math.log1p(c) / Math.log1p(1000));

  const features = (sentence: string): SkillFeatures => {
    const bm25 = new Float32Array(n);
    scoreBm25(index, rankTerms(sentence), bm25);
    let max = 0;
    for (let i = 0; i < n; i++) if ((bm25[i] as number) > max) max = bm25[i] as number;
    if (max > 0) for (let i = 0; i < n; i++) bm25[i] = (bm25[i] as number) / max;
    const phrase = new Float32Array(n);
    const toks = phraseTerms(sentence);
    for (let s = 0; s < toks.length; s++) {
      let key = '';
      for (let len = 1; len <= MAX_PHRASE && s + len <= toks.length; len++) {
        key = len === 1 ? (toks[s] as string) : `${key} ${toks[s + len - 1]}`;
        const hits = phrases.get(key);
        if (hits) for (const h of hits) phrase[h] = Math.max(phrase[h] as number, Math.min(len, 3) / 3);
      }
    }
    const linear = new Float32Array(n);
    if (model.linear) scoreLinear(model.linear, rankTerms(sentence), linear);
    return { bm25, phrase, linear };
  };

  const combine = (f: SkillFeatures, w: Record<string, number>): Float32Array => {
    const out = new Float32Array(n);
    const wb = w.bm25 ?? 1;
    const wph = w.phrase ?? 0;
    const wl = w.linear ?? 0;
    const wp = w.prior ?? 0;
    const wo = w.occupations ?? 0;
    for (let i = 0; i < n; i++) {
      out[i] =
        wb * (f.bm25[i] as number) +
        wph * (f.phrase[i] as number) +
        wl * (f.linear[i] as number) +
        wp * (model.prior[i] as number) +
        wo * (occ[i] as number);
    }
    return out;
  };

  const rank = (sentence: string, k: number): RankedSkill[] => {
    const raw = combine(features(sentence), model.combiner.weights);
    return topK(raw, k).map((i) => ({
      uri: model.skills.uri[i] as string,
      label: model.skills.label[i] as string,
      type: model.skills.type[i] as string,
      score: applyCalibration(model.combiner.calibration, raw[i] as number),
      raw: raw[i] as number,
    }));
  };

  return { rank, features, combine, model };
}
