/**
 * Distinctive duties: duty concepts far more common in the role's listings than in other roles (the shipped
 * background, plus the store's other listings), said by several employers, and stable under bootstrap resampling.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import { type ConceptBackground, type ConceptStat, dutyShare } from './concept-stats.ts';
import { cmp } from './evidence.ts';
import { type Line, memberLabel, writeLine } from './profile-lines.ts';
import type { UniqueDuty } from './role-profile.ts';
import { shortName } from './short-name.ts';
import { round4, seededRandom } from './stats.ts';

/** Concept counts over the store's other listings (those outside the selection). */
export interface StoreBackground {
  listings: number;
  concepts: ReadonlyMap<string, number>;
}

/** What distinctive duties are measured against, and their thresholds (defaults in brackets). */
export interface DistinctiveOptions {
  background?: ConceptBackground;
  /** Role slugs of the selection: their listings are left out of the shipped background. */
  roles?: readonly string[];
  store?: StoreBackground;
  /** [3] */
  minLift?: number;
  /** [3] */
  minCount?: number;
  /** [3] */
  minEmployers?: number;
  /** Above this share a duty is core, not rare [0.3]. */
  maxShare?: number;
  /** [200] resamples; [0.7] the share they must survive. */
  resamples?: number;
  stability?: number;
  /** [8] */
  limit?: number;
  /** Writes a line's text (the listings' common wording); a topic's description or the concept label otherwise. */
  text?: (line: Line) => string | null;
}

/**
 * The background count and total for one concept: the shipped corpus without the selection's roles, plus the store.
 * @example
 * const bg = backgroundOf('onet:dwa/x', { background, roles: ['cto'] });
 * assert.ok(bg.count <= bg.total);
 */
export function backgroundOf(id: string, options: DistinctiveOptions): { count: number; total: number } {
  let count = 0;
  let total = 0;
  const bg = options.background;
  if (bg) {
    total += bg.listings;
    const c = bg.concepts[id];
    count += c?.listings ?? 0;
    for (const r of options.roles ?? []) {
      total -= bg.roles[r] ?? 0;
      count -= c?.roles[r] ?? 0;
    }
  }
  if (options.store) {
    total += options.store.listings;
    count += options.store.concepts.get(id) ?? 0;
  }
  return { count: Math.max(0, count), total: Math.max(0, total) };
}

/**
 * Finds the distinctive duties among the duty lines (near-duplicate concepts already merged, so one duty is one
 * entry); empty without any background. A line's background count is the sum of its members' (an upper bound of
 * their union), so its lift errs low.
 * @example
 * const duties = findDistinctiveDuties(lines, listings, { background });
 * assert.ok(duties.every((d) => d.lift >= 3 && d.employers >= 3));
 */
export function findDistinctiveDuties(
  lines: readonly Line[],
  listings: readonly AnalyzedListing[],
  options: DistinctiveOptions,
): { line: Line; duty: UniqueDuty }[] {
  const n = listings.length;
  const minLift = options.minLift ?? 3;
  const minCount = options.minCount ?? 3;
  const minEmployers = options.minEmployers ?? 3;
  const maxShare = options.maxShare ?? 0.3;
  if (n === 0 || (!options.background && !options.store)) return [];
  const candidates: { line: Line; bg: { count: number; total: number }; lift: number; employers: number }[] =
    [];
  for (const line of lines) {
    if (line.kind !== 'duty' || line.members.some((m) => dutyShare(m) < 0.5)) continue;
    const count = line.listings.length;
    if (count < minCount || count / n > maxShare) continue;
    const employers = new Set(
      line.listings.map((i) => (listings[i]?.company ?? '').trim().toLowerCase()).filter(Boolean),
    ).size;
    if (employers < minEmployers) continue;
    const parts = line.members.map((m) => backgroundOf(m.id, options));
    const bg = { count: parts.reduce((t, p) => t + p.count, 0), total: parts[0]?.total ?? 0 };
    if (bg.total === 0) continue;
    const lift = count / n / ((bg.count + 1) / (bg.total + 1));
    if (lift >= minLift) candidates.push({ line, bg, lift, employers });
  }
  if (candidates.length === 0) return [];
  // Bootstrap: n listings drawn with replacement; a duty survives a draw when it still clears count and lift.
  const resamples = options.resamples ?? 200;
  const random = seededRandom(0x5eed + n);
  const survived = new Array<number>(candidates.length).fill(0);
  const weight = new Array<number>(n).fill(0);
  for (let r = 0; r < resamples; r++) {
    weight.fill(0);
    for (let i = 0; i < n; i++) {
      const w = Math.floor(random() * n);
      weight[w] = (weight[w] ?? 0) + 1;
    }
    candidates.forEach((c, ci) => {
      let k = 0;
      for (const li of c.line.listings) k += weight[li] ?? 0;
      const lift = k / n / ((c.bg.count + 1) / (c.bg.total + 1));
      if (k >= minCount && lift >= minLift) survived[ci] = (survived[ci] ?? 0) + 1;
    });
  }
  const stability = options.stability ?? 0.7;
  return candidates
    .map((c, ci) => ({ ...c, stability: (survived[ci] ?? 0) / resamples }))
    .filter((c) => c.stability >= stability)
    .sort(
      (a, b) =>
        b.line.listings.length * Math.log(b.lift) - a.line.listings.length * Math.log(a.lift) ||
        cmp(a.line.members[0]?.id ?? '', b.line.members[0]?.id ?? ''),
    )
    .slice(0, options.limit ?? 8)
    .map((c) => {
      const head = c.line.members[0] as ConceptStat;
      const info = head.info;
      const item = writeLine(c.line, listings, '');
      const text = options.text?.(c.line) ?? info.description ?? memberLabel(head);
      return {
        line: c.line,
        duty: {
          name: capitalize(info.kind === 'topic' ? info.label : shortName(info.label)),
          text: text.charAt(0).toLowerCase() + text.slice(1),
          count: item.count,
          share: item.share,
          employers: c.employers,
          lift: round4(c.lift),
          background: c.bg,
          stability: round4(c.stability),
          concepts: item.concepts,
          evidence: item.evidence,
        },
      };
    });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
