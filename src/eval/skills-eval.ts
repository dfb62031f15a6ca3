/**
 * Skill-linking evaluation on Decorte-format CSVs: R-Precision@K and MRR over ranked ESCO labels.
 * @module
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { RoleprintError } from '../errors.ts';
import { type SplitHalf, splitSentences } from './skills-split.ts';

/** Labels the benchmark uses for spans that have no usable ESCO skill; they are not gold. */
export const SKIPPED_LABELS: readonly string[] = ['LABEL NOT PRESENT', 'UNDERSPECIFIED'];

/** One benchmark sentence with its gold labels (normalized, deduplicated, sorted). */
export interface GoldSentence {
  sentence: string;
  gold: string[];
}

/** Anything that ranks ESCO preferred labels for a sentence, best first. */
export interface LabelRanker {
  rank(sentence: string, k: number): { label: string; score: number }[];
}

/** Per-file (and pooled) figures. */
export interface SkillEvalResult {
  file: string;
  /** Sentences scored (those with at least one gold label). */
  sentences: number;
  /** Sentences dropped because every label was skipped. */
  dropped: number;
  rp1: number;
  rp5: number;
  rp10: number;
  mrr: number;
}

/** Options for {@link evaluateSkillRanking}. */
export interface SkillEvalOptions {
  /** Keep only sentences for which this returns true. */
  filter?: (sentence: string) => boolean;
  /** Score only one half of the fixed split (see splitSentences in skills-split.ts); both when absent. */
  half?: SplitHalf;
}

/**
 * Normalizes a label for comparison: lower-case, punctuation removed, whitespace collapsed.
 * @example
 * assert.equal(normalizeLabel('Java (computer programming)'), 'java computer programming');
 */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads a Decorte-format CSV (`sentence,…,label`) and groups it by sentence, skipping non-gold labels.
 * @example
 * const { sentences } = readDecorteFile('../shared/data/benchmarks/decorte/tech_validation_annotations.csv');
 * assert.equal(sentences.length, 75);
 */
export function readDecorteFile(path: string): { sentences: GoldSentence[]; dropped: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${path}: ${(err as Error).message}; pass an existing CSV`,
      {
        cause: err,
      },
    );
  }
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const first = rows[0];
  if (first !== undefined && (!('sentence' in first) || !('label' in first))) {
    throw new RoleprintError(
      'INPUT',
      `Cannot evaluate ${path}: columns are ${Object.keys(first).join(',')}; expected sentence,label or sentence,span,sub_span,label`,
    );
  }
  const groups = new Map<string, Set<string>>();
  for (const row of rows) {
    const sentence = row.sentence ?? '';
    const label = (row.label ?? '').trim();
    let gold = groups.get(sentence);
    if (gold === undefined) {
      gold = new Set();
      groups.set(sentence, gold);
    }
    if (label !== '' && !SKIPPED_LABELS.includes(label)) gold.add(normalizeLabel(label));
  }
  const sentences: GoldSentence[] = [];
  let dropped = 0;
  for (const [sentence, gold] of groups) {
    if (gold.size === 0) dropped++;
    else sentences.push({ sentence, gold: [...gold].sort() });
  }
  return { sentences, dropped };
}

/**
 * Scores one ranked list against gold: per-K R-Precision terms and the reciprocal rank.
 * @example
 * assert.deepEqual(scoreRanking(['a', 'b'], ['b']), { rp1: 0, rp5: 1, rp10: 1, rr: 0.5 });
 */
export function scoreRanking(
  ranked: string[],
  gold: string[],
): { rp1: number; rp5: number; rp10: number; rr: number } {
  const goldSet = new Set(gold);
  const unique = [...new Set(ranked)];
  const rp = (k: number) => {
    let hits = 0;
    for (const l of unique.slice(0, k)) if (goldSet.has(l)) hits++;
    return hits / Math.min(k, goldSet.size);
  };
  const firstHit = unique.findIndex((l) => goldSet.has(l));
  return { rp1: rp(1), rp5: rp(5), rp10: rp(10), rr: firstHit < 0 ? 0 : 1 / (firstHit + 1) };
}

/**
 * Evaluates a ranker on gold sentences; reciprocal rank counts hits within the top 100.
 * @example
 * const r = evaluateSentences('x', [{ sentence: 's', gold: ['b'] }], { rank: () => [{ label: 'a', score: 1 }, { label: 'B', score: 0 }] });
 * assert.equal(r.mrr, 0.5);
 */
export function evaluateSentences(
  file: string,
  sentences: GoldSentence[],
  ranker: LabelRanker,
  dropped = 0,
): SkillEvalResult {
  let rp1 = 0;
  let rp5 = 0;
  let rp10 = 0;
  let mrr = 0;
  for (const { sentence, gold } of sentences) {
    const ranked = ranker.rank(sentence, 100).map((r) => normalizeLabel(r.label));
    const s = scoreRanking(ranked, gold);
    rp1 += s.rp1;
    rp5 += s.rp5;
    rp10 += s.rp10;
    mrr += s.rr;
  }
  const n = Math.max(1, sentences.length);
  return {
    file,
    sentences: sentences.length,
    dropped,
    rp1: rp1 / n,
    rp5: rp5 / n,
    rp10: rp10 / n,
    mrr: mrr / n,
  };
}

/**
 * Reads each Decorte-format file and evaluates the ranker on it; one result per file.
 * @example
 * import { loadRanker } from '../analyze/skills/rank/index.ts';
 * const [tech] = evaluateSkillRanking(['../shared/data/benchmarks/decorte/tech_validation_annotations.csv'], loadRanker());
 * assert.equal(tech?.sentences, 75);
 * assert.ok((tech?.rp5 ?? 0) > 0.5);
 */
export function evaluateSkillRanking(
  files: string[],
  ranker: LabelRanker,
  options: SkillEvalOptions = {},
): SkillEvalResult[] {
  return files.map((file) => {
    const { sentences, dropped } = readDecorteFile(file);
    let kept = options.filter ? sentences.filter((s) => options.filter?.(s.sentence)) : sentences;
    if (options.half) {
      const half = splitSentences(sentences);
      kept = kept.filter((s) => half.get(s.sentence) === options.half);
    }
    const name = options.half ? `${basename(file)} (${options.half} half)` : basename(file);
    return evaluateSentences(name, kept, ranker, dropped);
  });
}

/**
 * Formats results as an aligned plain-text table, one row per file.
 * @example
 * const table = formatSkillEval([{ file: 'tech.csv', sentences: 75, dropped: 26, rp1: 0.61, rp5: 0.74, rp10: 0.88, mrr: 0.73 }]);
 * assert.equal(table.split('\n')[1], 'tech.csv         75  0.610  0.740  0.880  0.730');
 */
export function formatSkillEval(results: SkillEvalResult[]): string {
  const head = ['file', 'sentences', 'RP@1', 'RP@5', 'RP@10', 'MRR'];
  const rows = results.map((r) => [
    r.file,
    String(r.sentences),
    r.rp1.toFixed(3),
    r.rp5.toFixed(3),
    r.rp10.toFixed(3),
    r.mrr.toFixed(3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/**
 * Calibration check: each sentence's top-k predictions as (calibrated score, was it gold) pairs, for a reliability
 * table (see reliabilityTable / formatReliability in src/analyze/skills/rank).
 * @example
 * import { loadRanker } from '../analyze/skills/rank/index.ts';
 * const { scores, outcomes } = skillPredictions(['../shared/data/benchmarks/decorte/tech_validation_annotations.csv'], loadRanker(), { half: 'held-out', k: 5 });
 * assert.equal(scores.length, outcomes.length);
 * assert.ok(outcomes.some((o) => o));
 */
export function skillPredictions(
  files: string[],
  ranker: LabelRanker,
  options: SkillEvalOptions & { k?: number } = {},
): { scores: number[]; outcomes: boolean[] } {
  const scores: number[] = [];
  const outcomes: boolean[] = [];
  for (const file of files) {
    const { sentences } = readDecorteFile(file);
    const half = options.half ? splitSentences(sentences) : null;
    for (const { sentence, gold } of sentences) {
      if (options.filter && !options.filter(sentence)) continue;
      if (half && half.get(sentence) !== options.half) continue;
      const goldSet = new Set(gold);
      for (const r of ranker.rank(sentence, options.k ?? 10)) {
        scores.push(r.score);
        outcomes.push(goldSet.has(normalizeLabel(r.label)));
      }
    }
  }
  return { scores, outcomes };
}
