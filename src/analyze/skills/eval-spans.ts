/**
 * Span evaluation against SkillSpan (Zhang et al. 2022): how much of what annotators tagged as SKILL or KNOWLEDGE
 * the extractor's evidence spans find, by exact and by overlapping token spans.
 * Run: node --import tsx src/analyze/skills/eval-spans.ts [../shared/data/benchmarks/skillspan/json/dev.json]
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RoleprintError } from '../../errors.ts';
import { loadTaxonomy, type Taxonomy } from '../../taxonomy/index.ts';
import { literalTokenSpans } from './span-tagger.ts';

/** One SkillSpan sentence: tokens with BIO tags for SKILL and KNOWLEDGE. */
export interface SpanSentence {
  tokens: string[];
  tagsSkill: string[];
  tagsKnowledge: string[];
  source: string;
}

/** Precision, recall and F1 for one matching rule. */
export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/** What {@link evaluateSpans} measured. */
export interface SpanReport {
  sentences: number;
  gold: number;
  predicted: number;
  exact: PRF;
  overlap: PRF;
  /** Recall by gold tag type (overlap match). */
  recallByType: { SKILL: number; KNOWLEDGE: number };
  /** Overlap scores by SkillSpan source (`tech`, `house`). */
  bySource: Record<string, PRF & { gold: number; predicted: number }>;
}

/** A span of token positions [start, end). */
type TokenSpan = { start: number; end: number; type?: 'SKILL' | 'KNOWLEDGE' };

/**
 * Reads SkillSpan JSONL (`{tokens, tags_skill, tags_knowledge, source}` per line).
 * @example
 * const s = readSkillSpan('../shared/data/benchmarks/skillspan/json/dev.json');
 * assert.equal(s.length, 3174);
 */
export function readSkillSpan(path: string): SpanSentence[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new RoleprintError(
      'INPUT',
      `Cannot read ${path}: ${(cause as Error).message}; pass a SkillSpan JSON file`,
      {
        cause,
      },
    );
  }
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = JSON.parse(l) as {
        tokens?: string[];
        tags_skill?: string[];
        tags_knowledge?: string[];
        source?: string;
      };
      if (!Array.isArray(r.tokens) || !Array.isArray(r.tags_skill) || !Array.isArray(r.tags_knowledge))
        throw new RoleprintError(
          'INPUT',
          `Cannot read ${path} line ${i + 1}: expected tokens, tags_skill, tags_knowledge`,
        );
      return {
        tokens: r.tokens,
        tagsSkill: r.tags_skill,
        tagsKnowledge: r.tags_knowledge,
        source: r.source ?? '',
      };
    });
}

/**
 * Token spans of a BIO tag sequence (an I- without a B- opens a span too).
 * @example
 * assert.deepEqual(bioSpans(['O', 'B', 'I', 'O', 'I']), [{ start: 1, end: 3 }, { start: 4, end: 5 }]);
 */
export function bioSpans(tags: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  tags.forEach((t, i) => {
    const tag = t.charAt(0);
    if (open >= 0 && tag !== 'I') {
      out.push({ start: open, end: i });
      open = -1;
    }
    if (tag === 'B' || (tag === 'I' && open < 0)) open = i;
  });
  if (open >= 0) out.push({ start: open, end: tags.length });
  return out;
}

const prf = (matchedPred: number, pred: number, matchedGold: number, gold: number): PRF => {
  const precision = pred === 0 ? 0 : matchedPred / pred;
  const recall = gold === 0 ? 0 : matchedGold / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return { precision: r(precision), recall: r(recall), f1: r(f1) };
};

/** Options of {@link evaluateSpans}. */
export interface EvaluateSpansOptions {
  taxonomy: Taxonomy;
  /** Literal matches scoring below this are not predicted (default 0). */
  minScore?: number;
  /** Predicts the token spans of a sentence (default: the literal matcher's evidence spans). */
  predict?: (tokens: readonly string[]) => { start: number; end: number }[];
}

/**
 * Runs the extractor on each sentence (tokens joined by spaces) and scores its evidence spans against the gold spans.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const tokens = ['Experience', 'with', 'Python', '.'];
 * const gold = { tokens, tagsSkill: ['O', 'O', 'O', 'O'], tagsKnowledge: ['O', 'O', 'B', 'O'], source: 'tech' };
 * const report = evaluateSpans([gold], { taxonomy: loadTaxonomy() });
 * assert.equal(report.overlap.recall, 1);
 */
export function evaluateSpans(sentences: readonly SpanSentence[], options: EvaluateSpansOptions): SpanReport {
  const count = { gold: 0, pred: 0, exactPred: 0, exactGold: 0, overPred: 0, overGold: 0 };
  const byType = { SKILL: [0, 0], KNOWLEDGE: [0, 0] };
  const bySource = new Map<string, { gold: number; pred: number; p: number; g: number }>();
  for (const s of sentences) {
    const gold: TokenSpan[] = [
      ...bioSpans(s.tagsSkill).map((g) => ({ ...g, type: 'SKILL' as const })),
      ...bioSpans(s.tagsKnowledge).map((g) => ({ ...g, type: 'KNOWLEDGE' as const })),
    ];
    const pred: TokenSpan[] = options.predict
      ? options.predict(s.tokens)
      : literalTokenSpans(s.tokens, { taxonomy: options.taxonomy, minScore: options.minScore });
    const same = (a: TokenSpan, b: TokenSpan): boolean => a.start === b.start && a.end === b.end;
    const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;
    count.gold += gold.length;
    count.pred += pred.length;
    count.exactPred += pred.filter((p) => gold.some((g) => same(p, g))).length;
    count.exactGold += gold.filter((g) => pred.some((p) => same(p, g))).length;
    const op = pred.filter((p) => gold.some((g) => overlaps(p, g))).length;
    const og = gold.filter((g) => pred.some((p) => overlaps(p, g)));
    count.overPred += op;
    count.overGold += og.length;
    for (const g of gold) {
      const t = byType[g.type ?? 'SKILL'];
      t[1] = (t[1] ?? 0) + 1;
      if (og.includes(g)) t[0] = (t[0] ?? 0) + 1;
    }
    const src = bySource.get(s.source) ?? { gold: 0, pred: 0, p: 0, g: 0 };
    src.gold += gold.length;
    src.pred += pred.length;
    src.p += op;
    src.g += og.length;
    bySource.set(s.source, src);
  }
  const ratio = (a: number[]): number => Math.round(((a[0] ?? 0) / Math.max(1, a[1] ?? 0)) * 10000) / 10000;
  return {
    sentences: sentences.length,
    gold: count.gold,
    predicted: count.pred,
    exact: prf(count.exactPred, count.pred, count.exactGold, count.gold),
    overlap: prf(count.overPred, count.pred, count.overGold, count.gold),
    recallByType: { SKILL: ratio(byType.SKILL), KNOWLEDGE: ratio(byType.KNOWLEDGE) },
    bySource: Object.fromEntries(
      [...bySource.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([k, v]) => [k, { ...prf(v.p, v.pred, v.g, v.gold), gold: v.gold, predicted: v.pred }]),
    ),
  };
}

/**
 * The report as a few plain-text lines.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const gold = { tokens: ['Python'], tagsSkill: ['O'], tagsKnowledge: ['B'], source: 'tech' };
 * assert.match(formatSpanReport(evaluateSpans([gold], { taxonomy: loadTaxonomy() })), /overlap/);
 */
export function formatSpanReport(r: SpanReport): string {
  const row = (name: string, x: PRF): string =>
    `${name.padEnd(9)} P ${x.precision.toFixed(3)}  R ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
  return [
    `SkillSpan spans: ${r.sentences} sentences, ${r.gold} gold spans, ${r.predicted} predicted`,
    row('exact', r.exact),
    row('overlap', r.overlap),
    `recall (overlap) by gold type: SKILL ${r.recallByType.SKILL.toFixed(3)}  KNOWLEDGE ${r.recallByType.KNOWLEDGE.toFixed(3)}`,
    ...Object.entries(r.bySource).map(
      ([k, v]) => `${row(`${k}`, v)}  (overlap; ${v.gold} gold, ${v.predicted} predicted)`,
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path =
    process.argv[2] ??
    fileURLToPath(new URL('../../../../shared/data/benchmarks/skillspan/json/dev.json', import.meta.url));
  process.stdout.write(
    `${formatSpanReport(evaluateSpans(readSkillSpan(path), { taxonomy: loadTaxonomy() }))}\n`,
  );
}
