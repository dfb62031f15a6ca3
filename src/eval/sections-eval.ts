/**
 * Measures section classification against hand-labelled listings: per-kind precision and recall, at segment
 * (line/sentence) level and at character level, plus overall accuracy.
 * @module
 */
import type { Section, SectionKind } from '../analyze/index.ts';
import { SECTION_KINDS, splitSections } from '../analyze/sections/index.ts';

/** One hand-labelled listing: its clean text and the gold kind of each labelled span (segment). */
export interface LabelledListing {
  key: string;
  split: 'dev' | 'heldout';
  text: string;
  title: string | null;
  company?: string | null;
  gold: { start: number; end: number; kind: SectionKind }[];
}

/** Scores of one kind: segment counts and character counts. */
export interface KindScore {
  kind: SectionKind;
  /** Gold segments of this kind. */
  support: number;
  /** Segments predicted as this kind. */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** The same, weighted by characters. */
  charPrecision: number;
  charRecall: number;
}

/** The result of one evaluation run. */
export interface SectionsEvaluation {
  listings: number;
  segments: number;
  /** Share of segments whose predicted kind (the kind covering most of it) equals the gold kind. */
  accuracy: number;
  /** Share of labelled characters whose predicted kind equals the gold kind. */
  charAccuracy: number;
  /** Mean F1 over the kinds that occur in the gold labels. */
  macroF1: number;
  perKind: KindScore[];
}

/** Predicts sections for a text; the default is the product's `splitSections`. */
export type SectionPredictor = (text: string, title: string | null, company: string | null) => Section[];

/**
 * Scores predicted sections against the gold labels of the given listings.
 * @example
 * const text = 'Requirements\n- 5 years of Go';
 * const e = evaluateSections([{ key: 'x', split: 'dev', text, title: null,
 *   gold: [{ start: 0, end: 12, kind: 'requirements' }, { start: 13, end: 27, kind: 'requirements' }] }]);
 * assert.equal(e.accuracy, 1);
 */
export function evaluateSections(
  listings: readonly LabelledListing[],
  predict: SectionPredictor = (text, title, company) => splitSections(text, { title, company }),
): SectionsEvaluation {
  const seg = new Map<SectionKind, { support: number; predicted: number; correct: number }>();
  const chr = new Map<SectionKind, { support: number; predicted: number; correct: number }>();
  for (const k of SECTION_KINDS) {
    seg.set(k, { support: 0, predicted: 0, correct: 0 });
    chr.set(k, { support: 0, predicted: 0, correct: 0 });
  }
  let segments = 0;
  let correctSegments = 0;
  let chars = 0;
  let correctChars = 0;
  for (const l of listings) {
    const sections = predict(l.text, l.title, l.company ?? null);
    for (const g of l.gold) {
      const counts = countKinds(sections, g.start, g.end);
      const predicted = majority(counts);
      segments++;
      (seg.get(g.kind) as { support: number }).support++;
      (seg.get(predicted) as { predicted: number }).predicted++;
      if (predicted === g.kind) {
        correctSegments++;
        (seg.get(g.kind) as { correct: number }).correct++;
      }
      const len = g.end - g.start;
      chars += len;
      (chr.get(g.kind) as { support: number }).support += len;
      for (const [k, n] of counts) {
        (chr.get(k) as { predicted: number }).predicted += n;
        if (k === g.kind) {
          correctChars += n;
          (chr.get(k) as { correct: number }).correct += n;
        }
      }
    }
  }
  const perKind: KindScore[] = SECTION_KINDS.map((kind) => {
    const s = seg.get(kind) as { support: number; predicted: number; correct: number };
    const c = chr.get(kind) as { support: number; predicted: number; correct: number };
    const precision = ratio(s.correct, s.predicted);
    const recall = ratio(s.correct, s.support);
    return {
      kind,
      support: s.support,
      predicted: s.predicted,
      correct: s.correct,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
      charPrecision: ratio(c.correct, c.predicted),
      charRecall: ratio(c.correct, c.support),
    };
  });
  const present = perKind.filter((k) => k.support > 0);
  return {
    listings: listings.length,
    segments,
    accuracy: ratio(correctSegments, segments),
    charAccuracy: ratio(correctChars, chars),
    macroF1: present.length === 0 ? 0 : present.reduce((a, k) => a + k.f1, 0) / present.length,
    perKind,
  };
}

/**
 * Renders an evaluation as a plain-text table (one row per kind, then the totals).
 * @example
 * assert.match(formatSectionsEvaluation(evaluateSections([])), /accuracy/);
 */
export function formatSectionsEvaluation(e: SectionsEvaluation, label = ''): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const lines = [
    `${label}${e.listings} listings, ${e.segments} segments`,
    `${'kind'.padEnd(17)}${'gold'.padStart(6)}${'pred'.padStart(6)}   precision  recall      F1  char-P  char-R`,
  ];
  for (const k of e.perKind) {
    lines.push(
      `${k.kind.padEnd(17)}${String(k.support).padStart(6)}${String(k.predicted).padStart(6)}   ${pct(k.precision)}  ${pct(k.recall)} ${pct(k.f1)} ${pct(k.charPrecision)} ${pct(k.charRecall)}`,
    );
  }
  lines.push(
    `segment accuracy ${pct(e.accuracy)}   char accuracy ${pct(e.charAccuracy)}   macro F1 ${pct(e.macroF1)}`,
  );
  return lines.join('\n');
}

// Characters of [start, end) per predicted kind; characters outside every section count as `other`.
function countKinds(sections: readonly Section[], start: number, end: number): Map<SectionKind, number> {
  const counts = new Map<SectionKind, number>();
  let covered = 0;
  for (const s of sections) {
    const a = Math.max(s.start, start);
    const b = Math.min(s.end, end);
    if (b > a) {
      counts.set(s.kind, (counts.get(s.kind) ?? 0) + (b - a));
      covered += b - a;
    }
  }
  if (covered < end - start) counts.set('other', (counts.get('other') ?? 0) + (end - start - covered));
  return counts;
}

function majority(counts: Map<SectionKind, number>): SectionKind {
  let best: SectionKind = 'other';
  let max = -1;
  // SECTION_KINDS order breaks ties, so the result never depends on Map insertion order.
  for (const k of SECTION_KINDS) {
    const n = counts.get(k) ?? 0;
    if (n > max) {
      max = n;
      best = k;
    }
  }
  return best;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
