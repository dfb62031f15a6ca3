/**
 * Number and label formatting shared by the comparison renderers, so every format says the same thing.
 * @module
 */
import type { ComparedLine, ComparedSide, LineDifference, RoleComparison } from '../profile/index.ts';
import { formatP, formatQ } from '../profile/index.ts';
import { percent } from './format.ts';

/** How lines are matched and tested, for the note under the sides. */
export const COMPARE_METHOD =
  'Lines are matched by concept: profile lines that share a concept are one line, counted on each side over the listings that say any of its concepts in any words. Differences: 95% Newcombe interval, two-proportion z-test, Benjamini–Hochberg q across every test; only q < 0.05 is called significant.';

/** Most distinctive lines per side that Markdown and HTML show (JSON and CSV hold them all). */
export const MAX_SHOWN = 20;

/**
 * The title: "Director of Engineering vs Data Scientist".
 * @example
 * assert.equal(comparisonTitle({ sides: [{ label: 'Tech leadership' }, { label: 'Data scientists' }] } as RoleComparison), 'Tech leadership vs Data scientists');
 */
export function comparisonTitle(c: Pick<RoleComparison, 'sides'>): string {
  return c.sides.map((s) => s.label).join(' vs ');
}

/**
 * A side's share of a line: "59% (37/63)".
 * @example
 * const c = { sides: [{ listings: { count: 63 } }] } as RoleComparison;
 * assert.equal(shareText({ shares: [{ count: 37, share: 37 / 63 }] } as ComparedLine, c, 0), '59% (37/63)');
 */
export function shareText(line: ComparedLine, c: Pick<RoleComparison, 'sides'>, side: number): string {
  const s = line.shares[side];
  const n = c.sides[side]?.listings.count ?? 0;
  return s ? `${percent(s.share)} (${s.count}/${n})` : '';
}

/**
 * A difference in percentage points with its interval: "+66 pts (95% CI +55 to +75)".
 * @example
 * assert.equal(differenceText({ difference: 0.6612, ci: [0.55, 0.75] }), '+66 pts (95% CI +55 to +75)');
 */
export function differenceText(d: Pick<LineDifference, 'difference' | 'ci'>): string {
  const unit = Math.abs(Math.round(d.difference * 100)) === 1 ? 'pt' : 'pts';
  return `${points(d.difference)} ${unit} (95% CI ${points(d.ci[0])} to ${points(d.ci[1])})`;
}

/**
 * A test's result: "p < 0.001, q < 0.001".
 * @example
 * assert.equal(testText({ p: 0.01, q: 0.02 }), 'p = 0.010, q = 0.020');
 */
export function testText(d: Pick<LineDifference, 'p' | 'q'>): string {
  return `${formatP(d.p)}, ${formatQ(d.q)}`;
}

/**
 * The one test of a line between two sides, turned to read as the first side minus the second; null when untested
 * or when there are more than two sides.
 * @example
 * const t = { side: 1, against: 0, difference: 0.4, ci: [0.3, 0.5], p: 0.001, q: 0.002 } as LineDifference; // side 1 has the higher share
 * const d = firstMinusSecond({ tests: [t] } as ComparedLine, { sides: [{ label: 'Tech leadership' }, { label: 'Data scientists' }] } as RoleComparison);
 * assert.deepEqual([d?.difference, d?.ci], [-0.4, [-0.5, -0.3]]);
 */
export function firstMinusSecond(
  line: ComparedLine,
  c: Pick<RoleComparison, 'sides'>,
): LineDifference | null {
  const t = line.tests[0];
  if (c.sides.length !== 2 || !t) return null;
  if (t.side === 0) return t;
  return { ...t, side: 0, against: 1, difference: -t.difference, ci: [-t.ci[1], -t.ci[0]] };
}

/**
 * The test that puts a line among a side's distinctive lines.
 * @example
 * const t = { side: 1, against: 0, difference: 0.4, ci: [0.3, 0.5], p: 0.001, q: 0.002 } as LineDifference;
 * assert.equal(sideTest({ text: 'SQL', tests: [t] } as ComparedLine, 1), t);
 * assert.throws(() => sideTest({ text: 'SQL', tests: [t] } as ComparedLine, 0), /Cannot find the test of "SQL" for side 0/);
 */
export function sideTest(line: ComparedLine, side: number): LineDifference {
  const t = line.tests.find((x) => x.side === side && x.difference > 0);
  if (!t) throw new RangeError(`Cannot find the test of "${line.text}" for side ${side}`);
  return t;
}

/**
 * What a side is compared against in its distinctive list: the other side, or "the others".
 * @example
 * assert.equal(againstLabel({ sides: [{ label: 'Tech leadership' }, { label: 'Data scientists' }] } as RoleComparison, { against: 1 } as LineDifference), 'Data scientists');
 * assert.equal(againstLabel({ sides: [{ label: 'Tech leadership' }, { label: 'Data scientists' }] } as RoleComparison, { against: null } as LineDifference), 'the others');
 */
export function againstLabel(c: Pick<RoleComparison, 'sides'>, t: LineDifference): string {
  return t.against === null ? 'the others' : (c.sides[t.against]?.label ?? '');
}

/**
 * A side's dates: "2018-06 – 2025-02", or "undated".
 * @example
 * assert.equal(sideDates({ listings: { dateRange: { from: null, to: null } } } as ComparedSide), 'undated');
 */
export function sideDates(side: Pick<ComparedSide, 'listings'>): string {
  const { from, to } = side.listings.dateRange;
  if (!from || !to) return 'undated';
  const [a, b] = [from.slice(0, 7), to.slice(0, 7)];
  return a === b ? a : `${a} – ${b}`;
}

/**
 * A side's sources with counts: "tech-leadership/postings.jsonl 63".
 * @example
 * assert.equal(sideSources({ listings: { sources: [{ source: 'a.csv', count: 3 }] } } as ComparedSide), 'a.csv 3');
 */
export function sideSources(side: Pick<ComparedSide, 'listings'>): string {
  return side.listings.sources.map((s) => `${s.source} ${s.count}`).join(', ');
}

/**
 * The note when listings belong to more than one selection; null when none do.
 * @example
 * assert.equal(overlapNote({ overlap: 0 }), null);
 */
export function overlapNote(c: Pick<RoleComparison, 'overlap'>): string | null {
  if (c.overlap === 0) return null;
  return `${c.overlap} listing${c.overlap === 1 ? ' is' : 's are'} in more than one selection: the tests assume separate listings, so read their p and q as rough.`;
}

function points(x: number): string {
  const v = Math.round(x * 100);
  return v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0';
}
