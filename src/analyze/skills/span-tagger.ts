/**
 * A sequence tagger for skill spans: an averaged perceptron over token, shape, affix, context and gazetteer (literal
 * matcher) features, decoded left to right under BIO constraints. It finds the SKILL spans listings write as actions
 * ("keep services up under heavy load") that no taxonomy label matches word for word. Trained by
 * scripts/train-span-tagger.ts on SkillSpan train; weights in data/models/span-tagger/.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { RoleprintError } from '../../errors.ts';
import type { Taxonomy } from '../../taxonomy/index.ts';
import { extractSkills } from './extract-skills.ts';

/** The tags, in weight-vector order. */
export const SPAN_TAGS = ['O', 'B-SKILL', 'I-SKILL', 'B-KNOWLEDGE', 'I-KNOWLEDGE'] as const;

/** One of {@link SPAN_TAGS}. */
export type SpanTag = (typeof SPAN_TAGS)[number];

/** The trained weights: per feature string, one weight per tag (averaged). */
export interface SpanTaggerModel {
  version: 1;
  weights: Record<string, number[]>;
}

/** A tagged span of token positions [start, end). */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'SKILL' | 'KNOWLEDGE';
}

/** The folder the committed weights live in. */
export const SPAN_TAGGER_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/models/span-tagger',
);

const T = SPAN_TAGS.length;

function shape(w: string): string {
  return w
    .replace(/[A-Z]/g, 'X')
    .replace(/[a-z]/g, 'x')
    .replace(/[0-9]/g, 'd')
    .replace(/(.)\1+/g, '$1$1');
}

/**
 * The features of token i: the word, its affixes and shape, two words either side, and whether the literal
 * matcher's span covers it (`gazetteer`, one flag per token). The previous tag is added at decoding time.
 * @example
 * assert.ok(tokenFeatures(['Python', 'skills'], 0, [true, false]).includes('w=python'));
 */
export function tokenFeatures(tokens: readonly string[], i: number, gazetteer: readonly boolean[]): string[] {
  const w = tokens[i] ?? '';
  const lw = w.toLowerCase();
  const at = (j: number): string => (tokens[j] ?? (j < 0 ? '<s>' : '</s>')).toLowerCase();
  const g = (j: number): string => (gazetteer[j] ? '1' : '0');
  return [
    'bias',
    `w=${lw}`,
    `p3=${lw.slice(0, 3)}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `sh=${shape(w)}`,
    `w-1=${at(i - 1)}`,
    `w+1=${at(i + 1)}`,
    `w-2=${at(i - 2)}`,
    `w+2=${at(i + 2)}`,
    `w-1w=${at(i - 1)}|${lw}`,
    `ww+1=${lw}|${at(i + 1)}`,
    `s3-1=${at(i - 1).slice(-3)}`,
    `g=${g(i)}`,
    `g-1g+1=${g(i - 1)}${g(i)}${g(i + 1)}`,
  ];
}

/**
 * The literal matcher's evidence spans over a token sequence (tokens joined by single spaces), as token spans.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * assert.deepEqual(literalTokenSpans(['Experience', 'with', 'Python'], { taxonomy: loadTaxonomy() }), [{ start: 2, end: 3 }]);
 */
export function literalTokenSpans(
  tokens: readonly string[],
  options: { taxonomy: Taxonomy; minScore?: number },
): { start: number; end: number }[] {
  const starts: number[] = [];
  let at = 0;
  for (const t of tokens) {
    starts.push(at);
    at += t.length + 1;
  }
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const seen = new Set<string>();
  const out: { start: number; end: number }[] = [];
  for (const m of extractSkills(tokens.join(' '), options))
    for (const sp of m.spans) {
      const span = { start: tokenAt(sp.start), end: tokenAt(sp.end - 1) + 1 };
      const key = `${span.start}:${span.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(span);
      }
    }
  return out;
}

/**
 * Per token, whether a literal span covers it: the gazetteer feature of {@link tokenFeatures}.
 * @example
 * assert.deepEqual(gazetteerFlags(3, [{ start: 2, end: 3 }]), [false, false, true]);
 */
export function gazetteerFlags(length: number, spans: readonly { start: number; end: number }[]): boolean[] {
  const flags = new Array<boolean>(length).fill(false);
  for (const s of spans) for (let i = s.start; i < s.end; i++) flags[i] = true;
  return flags;
}

/** Tags allowed after `prev`: an I- only continues its own type. */
function allowed(prev: number, tag: number): boolean {
  const t = SPAN_TAGS[tag] as string;
  if (!t.startsWith('I-')) return true;
  const p = SPAN_TAGS[prev] as string;
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/**
 * Tags a token sequence greedily, left to right (each token's scores plus previous-tag features).
 * @example
 * const tags = tagTokens(loadSpanTagger(), ['Experience', 'with', 'Python'], [false, false, true]);
 * assert.equal(tags.length, 3);
 */
export function tagTokens(
  model: SpanTaggerModel,
  tokens: readonly string[],
  gazetteer: readonly boolean[],
): SpanTag[] {
  const out: SpanTag[] = [];
  let prev = 0;
  const scores = new Float64Array(T);
  for (let i = 0; i < tokens.length; i++) {
    scores.fill(0);
    const feats = tokenFeatures(tokens, i, gazetteer);
    feats.push(`t-1=${SPAN_TAGS[prev]}`, `t-1w=${SPAN_TAGS[prev]}|${(tokens[i] ?? '').toLowerCase()}`);
    for (const f of feats) {
      const w = model.weights[f];
      if (w) for (let t = 0; t < T; t++) scores[t] = (scores[t] as number) + (w[t] as number);
    }
    let best = 0;
    for (let t = 1; t < T; t++)
      if (allowed(prev, t) && (!allowed(prev, best) || (scores[t] as number) > (scores[best] as number)))
        best = t;
    out.push(SPAN_TAGS[best] as SpanTag);
    prev = best;
  }
  return out;
}

/**
 * The spans of a tag sequence, with their types.
 * @example
 * assert.deepEqual(taggedSpans(['O', 'B-SKILL', 'I-SKILL']), [{ start: 1, end: 3, type: 'SKILL' }]);
 */
export function taggedSpans(tags: readonly SpanTag[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  tags.forEach((t, i) => {
    if (t.startsWith('B-')) out.push({ start: i, end: i + 1, type: t.slice(2) as TaggedSpan['type'] });
    else if (t.startsWith('I-')) {
      const last = out[out.length - 1];
      if (last && last.end === i) last.end = i + 1;
    }
  });
  return out;
}

/** Options of {@link trainSpanTagger}. */
export interface TrainSpanTaggerOptions {
  /**
   * Passes over the data.
   * @default 8
   */
  epochs?: number;
  /**
   * Features whose averaged weights (rescaled so the largest is 100) are all smaller than this are left out.
   * @default 0.01
   */
  prune?: number;
}

/** A training sentence: tokens, gold tags and the gazetteer flags. */
export interface TaggedSentence {
  tokens: string[];
  tags: SpanTag[];
  gazetteer: boolean[];
}

/**
 * Trains an averaged perceptron (deterministic order: a fixed shuffle per epoch), decoding greedily with the
 * model's own previous tags as features.
 * @example
 * const m = trainSpanTagger([{ tokens: ['Python'], tags: ['B-KNOWLEDGE'], gazetteer: [true] }], { epochs: 2 });
 * assert.deepEqual(tagTokens(m, ['Python'], [true]), ['B-KNOWLEDGE']);
 */
export function trainSpanTagger(
  data: readonly TaggedSentence[],
  options: TrainSpanTaggerOptions = {},
): SpanTaggerModel {
  const epochs = options.epochs ?? 8;
  const prune = options.prune ?? 0.01;
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let clock = 0;
  const vec = (m: Map<string, Float64Array>, f: string): Float64Array => {
    let v = m.get(f);
    if (!v) {
      v = new Float64Array(T);
      m.set(f, v);
    }
    return v;
  };
  const update = (f: string, t: number, delta: number): void => {
    const wv = vec(w, f);
    const tv = vec(total, f);
    const sv = vec(stamp, f);
    tv[t] = (tv[t] as number) + (clock - (sv[t] as number)) * (wv[t] as number);
    sv[t] = clock;
    wv[t] = (wv[t] as number) + delta;
  };
  const order = data.map((_, i) => i);
  let seed = 20261205;
  const rand = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const scores = new Float64Array(T);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const idx of order) {
      const s = data[idx] as TaggedSentence;
      let prev = 0;
      for (let i = 0; i < s.tokens.length; i++) {
        clock++;
        const feats = tokenFeatures(s.tokens, i, s.gazetteer);
        feats.push(`t-1=${SPAN_TAGS[prev]}`, `t-1w=${SPAN_TAGS[prev]}|${(s.tokens[i] ?? '').toLowerCase()}`);
        scores.fill(0);
        for (const f of feats) {
          const v = w.get(f);
          if (v) for (let t = 0; t < T; t++) scores[t] = (scores[t] as number) + (v[t] as number);
        }
        let guess = 0;
        for (let t = 1; t < T; t++)
          if (
            allowed(prev, t) &&
            (!allowed(prev, guess) || (scores[t] as number) > (scores[guess] as number))
          )
            guess = t;
        const gold = SPAN_TAGS.indexOf(s.tags[i] ?? 'O');
        if (guess !== gold)
          for (const f of feats) {
            update(f, gold, 1);
            update(f, guess, -1);
          }
        prev = guess;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  const sums = new Map<string, number[]>();
  for (const f of [...w.keys()].sort()) {
    const wv = w.get(f) as Float64Array;
    const tv = total.get(f) as Float64Array;
    const sv = stamp.get(f) as Float64Array;
    sums.set(
      f,
      [...wv].map((x, t) => (tv[t] as number) + (clock - (sv[t] as number)) * x),
    );
  }
  // Averages are tiny (sums over every step / steps); rescaled so the largest is 100, which argmax ignores.
  let max = 0;
  for (const v of sums.values()) for (const x of v) max = Math.max(max, Math.abs(x));
  for (const [f, v] of sums) {
    const scaled = v.map((x) => Math.round((x / Math.max(1e-12, max)) * 10000) / 100);
    if (scaled.some((x) => Math.abs(x) >= prune)) weights[f] = scaled;
  }
  return { version: 1, weights };
}

/**
 * Skill spans of a token sequence: the literal matcher's evidence spans, plus the tagger's spans that overlap none
 * of them (the skills written as actions or in words no label has).
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const tokens = 'Experience with Python . You will keep our services up under heavy load .'.split(' ');
 * const spans = findSkillSpans(tokens, { taxonomy: loadTaxonomy(), tagger: loadSpanTagger() });
 * assert.ok(spans.some((s) => tokens.slice(s.start, s.end).join(' ') === 'Python'));
 */
export function findSkillSpans(
  tokens: readonly string[],
  options: { taxonomy: Taxonomy; tagger: SpanTaggerModel; minScore?: number },
): { start: number; end: number }[] {
  const literal = literalTokenSpans(tokens, options);
  const tagged = taggedSpans(tagTokens(options.tagger, tokens, gazetteerFlags(tokens.length, literal)));
  const free = tagged.filter((t) => !literal.some((l) => l.start < t.end && t.start < l.end));
  return [...literal, ...free.map((t) => ({ start: t.start, end: t.end }))];
}

let cached: SpanTaggerModel | null = null;

/**
 * Loads the committed tagger weights (memoized).
 * @example
 * assert.equal(loadSpanTagger().version, 1);
 */
export function loadSpanTagger(dir = SPAN_TAGGER_DIR): SpanTaggerModel {
  if (cached && dir === SPAN_TAGGER_DIR) return cached;
  const path = join(dir, 'weights.json.gz');
  if (!existsSync(path))
    throw new RoleprintError(
      'DATA',
      `Cannot load the span tagger: ${path} is missing; rebuild it with "node --import tsx scripts/train-span-tagger.ts"`,
    );
  const model = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SpanTaggerModel;
  if (dir === SPAN_TAGGER_DIR) cached = model;
  return model;
}
