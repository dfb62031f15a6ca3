/**
 * Trends: how often each item appears in an earlier and a later period, with a two-proportion z-test per item and a
 * Benjamini–Hochberg correction across them all, so that a report testing dozens of items does not pass the few that
 * moved by chance.
 * @module
 */
import { cmp } from './evidence.ts';
import type { ProfileListing } from './profile-listing.ts';
import type { TrendItem, Trends } from './role-profile.ts';
import { benjaminiHochberg, round4, twoProportionP } from './stats.ts';

/** Something whose prevalence can change: its text and the listings (indices) that say it. */
export interface Trackable {
  text: string;
  listings: readonly number[];
}

/** An explicit period: dates compared as strings, inclusive, `YYYY-MM-DD` or shorter prefixes. */
export interface DateRange {
  from: string;
  to: string;
  label?: string;
}

/** Options for computeTrends. */
export interface TrendOptions {
  by?: 'quarter' | 'year';
  /** Two explicit ranges to compare instead of periods. */
  ranges?: [DateRange, DateRange];
  /**
   * Fewest listings a side needs.
   * @default 15
   */
  minListings?: number;
  /**
   * Of periods chosen from the dates (not given as ranges), the least the smaller side may hold as a share of the
   * larger: 28 listings left over from 2019 in a 2020 snapshot of 4,171 tell how a board kept old posts, not how the
   * role changed.
   * @default 0.1
   */
  minBalance?: number;
  /**
   * False discovery rate: an item is kept when its Benjamini–Hochberg q-value is below it.
   * @default 0.05
   */
  alpha?: number;
  /**
   * Fewest listings an item needs, under no change, on each side (pooled share × side size), and likewise for the
   * listings without it; below that the z-test's normal approximation does not hold and the item is not tested.
   * @default 5
   */
  minExpected?: number;
  /**
   * Fewest listings that say the item on its larger side for it to be tested.
   * @default 5
   */
  minCount?: number;
  /**
   * Most items returned per direction.
   * @default 8
   */
  limit?: number;
}

/**
 * The period label of an ISO date: `2024` or `2024-Q1`.
 * @example
 * assert.equal(periodOf('2024-05-02', 'quarter'), '2024-Q2');
 */
export function periodOf(date: string, by: 'quarter' | 'year'): string {
  const year = date.slice(0, 4);
  if (by === 'year') return year;
  const month = Number(date.slice(5, 7)) || 1;
  return `${year}-Q${Math.ceil(month / 3)}`;
}

/**
 * Compares two periods (the two latest with enough listings each, else the dated listings split into earlier and later
 * halves at a period boundary, or two explicit ranges); null when the listings carry too few dates. Only items with
 * enough listings for the z-test are tested, and only those whose Benjamini–Hochberg q-value (across every item
 * tested, both directions) is below alpha are returned, most significant first.
 * @example
 * import { fixtureListing } from './testing.ts';
 * // 20 listings of 2024 and 20 of 2025; Kubernetes is said by 2 of the first and 18 of the second.
 * const listings = Array.from({ length: 40 }, (_, i) => fixtureListing(`l${i}`, [i < 20 ? '2024-03-01' : '2025-03-01'], []));
 * const k8s = { text: 'Kubernetes', listings: [0, 1, ...Array.from({ length: 18 }, (_, i) => 20 + i)] };
 * const trends = computeTrends(listings, [k8s], { by: 'year' });
 * assert.deepEqual(trends?.compared, { from: { period: '2024', count: 20 }, to: { period: '2025', count: 20 } });
 * assert.deepEqual(trends?.rising.map((t) => [t.text, t.from.share, t.to.share]), [['Kubernetes', 0.1, 0.9]]);
 */
export function computeTrends(
  listings: readonly ProfileListing[],
  items: readonly Trackable[],
  options: TrendOptions = {},
): Trends | null {
  const minListings = options.minListings ?? 15;
  const minBalance = options.minBalance ?? 0.1;
  const alpha = options.alpha ?? 0.05;
  const minExpected = options.minExpected ?? 5;
  const minCount = options.minCount ?? 5;
  const by = options.by ?? 'year';
  const side = new Int8Array(listings.length).fill(-1);
  let fromLabel: string;
  let toLabel: string;
  const periodCounts = new Map<string, number>();
  let undated = 0;
  if (options.ranges) {
    const [a, b] = options.ranges;
    fromLabel = a.label ?? `${a.from} – ${a.to}`;
    toLabel = b.label ?? `${b.from} – ${b.to}`;
    listings.forEach((l, i) => {
      const d = l.postedAt;
      if (!d) {
        undated++;
        return;
      }
      if (inRange(d, a)) side[i] = 0;
      else if (inRange(d, b)) side[i] = 1;
    });
    periodCounts.set(fromLabel, countSide(side, 0));
    periodCounts.set(toLabel, countSide(side, 1));
  } else {
    const periodOfListing = listings.map((l) => (l.postedAt ? periodOf(l.postedAt, by) : null));
    for (const p of periodOfListing) {
      if (p === null) undated++;
      else periodCounts.set(p, (periodCounts.get(p) ?? 0) + 1);
    }
    const periods = [...periodCounts.keys()].sort(cmp);
    const split = splitPeriods(periods, periodCounts, minListings, minBalance);
    if (!split) return null;
    [fromLabel, toLabel] = split.labels;
    periodOfListing.forEach((p, i) => {
      if (p === null) return;
      if (split.before.has(p)) side[i] = 0;
      else if (split.after.has(p)) side[i] = 1;
    });
  }
  const n0 = countSide(side, 0);
  const n1 = countSide(side, 1);
  if (n0 < minListings || n1 < minListings) return null;
  if (!options.ranges && Math.min(n0, n1) < minBalance * Math.max(n0, n1)) return null;
  const note = sourceNote(listings, side);
  const tested: Omit<TrendItem, 'q'>[] = [];
  for (const item of items) {
    let k0 = 0;
    let k1 = 0;
    for (const l of item.listings) {
      if (side[l] === 0) k0++;
      else if (side[l] === 1) k1++;
    }
    if (!testable(k0, n0, k1, n1, minExpected, minCount)) continue;
    tested.push({
      text: item.text,
      from: { period: fromLabel, count: k0, share: round4(k0 / n0) },
      to: { period: toLabel, count: k1, share: round4(k1 / n1) },
      p: twoProportionP(k0, n0, k1, n1),
      direction: k1 / n1 > k0 / n0 ? 'rising' : 'falling',
    });
  }
  // The family is every item tested here, rising and falling alike: correcting each direction apart would halve m.
  const q = benjaminiHochberg(tested.map((t) => t.p));
  const changes: TrendItem[] = tested.map((t, i) => ({ ...t, q: q[i] ?? 1 })).filter((t) => t.q < alpha);
  const order = (a: TrendItem, b: TrendItem) =>
    a.q - b.q ||
    Math.abs(b.to.share - b.from.share) - Math.abs(a.to.share - a.from.share) ||
    cmp(a.text, b.text);
  const limit = options.limit ?? 8;
  return {
    by: options.ranges ? 'range' : by,
    periods: [...periodCounts.entries()]
      .sort((a, b) => cmp(a[0], b[0]))
      .map(([period, count]) => ({ period, count })),
    compared: { from: { period: fromLabel, count: n0 }, to: { period: toLabel, count: n1 } },
    undated,
    note,
    rising: changes
      .filter((c) => c.direction === 'rising')
      .sort(order)
      .slice(0, limit),
    falling: changes
      .filter((c) => c.direction === 'falling')
      .sort(order)
      .slice(0, limit),
  };
}

// The pooled z-test leans on the normal approximation, which needs enough expected listings with and without the
// item on each side; an item too rare to test is left out of the family rather than tested and dropped.
function testable(
  k0: number,
  n0: number,
  k1: number,
  n1: number,
  minExpected: number,
  minCount: number,
): boolean {
  if (Math.max(k0, k1) < minCount) return false;
  const pooled = (k0 + k1) / (n0 + n1);
  return Math.min(pooled, 1 - pooled) * Math.min(n0, n1) >= minExpected;
}

function inRange(date: string, r: DateRange): boolean {
  return date >= r.from && date.slice(0, r.to.length) <= r.to;
}

function countSide(side: Int8Array, s: number): number {
  let n = 0;
  for (const v of side) if (v === s) n++;
  return n;
}

// The two latest periods with enough listings each, when neither is under minBalance of the other; otherwise the
// boundary that best balances earlier and later (2020 – 2024 against 2026, not 36 listings of 2024 against 726).
function splitPeriods(
  periods: string[],
  counts: Map<string, number>,
  minListings: number,
  minBalance: number,
): { before: Set<string>; after: Set<string>; labels: [string, string] } | null {
  if (periods.length < 2) return null;
  // The two latest periods big enough to stand alone (a stray later listing should not decide the comparison).
  const big = periods.filter((p) => (counts.get(p) ?? 0) >= minListings);
  const last = big.at(-1);
  const prev = big.at(-2);
  const [a, b] = [counts.get(prev ?? '') ?? 0, counts.get(last ?? '') ?? 0];
  if (last && prev && Math.min(a, b) >= minBalance * Math.max(a, b))
    return { before: new Set([prev]), after: new Set([last]), labels: [prev, last] };
  const total = periods.reduce((s, p) => s + (counts.get(p) ?? 0), 0);
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  let running = 0;
  for (let k = 0; k < periods.length - 1; k++) {
    running += counts.get(periods[k] ?? '') ?? 0;
    const gap = Math.abs(total - 2 * running);
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  const before = periods.slice(0, best + 1);
  const after = periods.slice(best + 1);
  const label = (ps: string[]) => (ps.length === 1 ? (ps[0] ?? '') : `${ps[0]} – ${ps.at(-1)}`);
  return { before: new Set(before), after: new Set(after), labels: [label(before), label(after)] };
}

// Periods drawn from different sources compare the sources as much as the times; say so when most listings of
// each side come from sources the other side lacks.
function sourceNote(listings: readonly ProfileListing[], side: Int8Array): string | null {
  const bySide = [new Map<string, number>(), new Map<string, number>()];
  listings.forEach((l, i) => {
    const s = side[i];
    if (s !== 0 && s !== 1) return;
    const m = bySide[s] as Map<string, number>;
    const dir = l.source.split('/')[0] ?? l.source;
    m.set(dir, (m.get(dir) ?? 0) + 1);
  });
  const [a, b] = bySide as [Map<string, number>, Map<string, number>];
  const sharedShare = (m: Map<string, number>, other: Map<string, number>) => {
    let shared = 0;
    let total = 0;
    for (const [k, v] of m) {
      total += v;
      if (other.has(k)) shared += v;
    }
    return total === 0 ? 1 : shared / total;
  };
  if (sharedShare(a, b) >= 0.5 && sharedShare(b, a) >= 0.5) return null;
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))
      .slice(0, 2)
      .map(([k]) => k)
      .join(', ');
  return `The two periods come mostly from different sources (${top(a)} against ${top(b)}), so a change may reflect the sources as much as time.`;
}
