/**
 * Distinctive duties: duty concepts far more common in the role's listings than in other roles (the shipped
 * background, plus the store's other listings), said by several employers, and stable under bootstrap resampling.
 * @module
 */
import { isNamedTopic } from '../taxonomy/index.ts';
import { type ConceptBackground, type ConceptStat, dutyShare } from './concept-stats.ts';
import { cmp, quoteAround } from './evidence.ts';
import { isGeneric } from './generic-lines.ts';
import { saidModifier } from './line-wording.ts';
import { type Line, memberLabel, writeLine } from './profile-lines.ts';
import type { ProfileListing } from './profile-listing.ts';
import type { UniqueDuty } from './role-profile.ts';
import { capitalizeFirst, shortName } from './short-name.ts';
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
  /**
   * Role slugs of the selection's neighbours in the shipped background (its O*NET major group: a data scientist's
   * software and machine learning engineers): a duty must be telling against them too, where they are many.
   */
  kin?: readonly string[];
  store?: StoreBackground;
  /**
   * [5]: at 3× the duties found were the role's everyday work said a little more often than by neighbouring roles
   * ("support nurses" 3.2×, "examine patients" 3.8× for a registered nurse, "mentor individuals" 3.8× for a CTO).
   */
  minLift?: number;
  /** [3] */
  minCount?: number;
  /** [3] */
  minEmployers?: number;
  /**
   * Above this share a duty is core, not rare [0.2]; where fewer listings cannot say a duty stably (minCount of 19 is
   * 16%), minCount + 2 is the cap.
   */
  maxShare?: number;
  /** Most of a duty's listings one employer may hold: more, and it is that employer's wording repeated [0.5]. */
  maxEmployerShare?: number;
  /** The profile's common lines: a duty whose concept is part of a core one (above maxShare) is core too. */
  core?: readonly Line[];
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
 * // 30 of 1,000 shipped listings say it, 25 of them among the 100 CTO listings.
 * const background = { listings: 1000, roles: { cto: 100 }, concepts: { 'dwa:x': { listings: 30, employers: 20, roles: { cto: 25 } } } };
 * assert.deepEqual(backgroundOf('dwa:x', { background, roles: ['cto'] }), { count: 5, total: 900 });
 * const store = { listings: 50, concepts: new Map([['dwa:x', 2]]) };
 * assert.deepEqual(backgroundOf('dwa:x', { background, roles: ['cto'], store }), { count: 7, total: 950 });
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

/** Listings the neighbouring roles need for a duty to be measured against them. */
const MIN_KIN = 200;
/** How many times more often than its neighbouring roles the role must say a distinctive duty. */
const MIN_KIN_LIFT = 2;

// The neighbouring roles' listings that say a line: the sum of its members', as backgroundOf.
function kinCount(line: Line, options: DistinctiveOptions): number {
  let count = 0;
  for (const m of line.members)
    for (const r of options.kin ?? []) count += options.background?.concepts[m.id]?.roles[r] ?? 0;
  return count;
}

/**
 * Finds the distinctive duties among the duty lines (near-duplicate concepts already merged, so one duty is one
 * entry); empty without any background. A line's background count is the sum of its members' (an upper bound of
 * their union), so its lift errs low.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { buildLines } from './profile-lines.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const dd = { id: 'topic:dd', kind: 'topic', label: 'Due diligence', description: 'Lead technical due diligence' } as const;
 * const lookup = fixtureLookup([dd]);
 * // 5 of 40 CTO listings, from 5 employers, lead due diligence; 10 of 10,000 other listings do.
 * const part = { duty: 'Lead due diligence', concepts: [dd.id] };
 * const listings = Array.from({ length: 40 }, (_, i) => fixtureListing(`c${i}`, [null, 'cto', undefined, `Co ${i}`], i < 5 ? [part] : []));
 * const background = { listings: 10_000, roles: {}, concepts: { [dd.id]: { listings: 10, employers: 10, roles: {} } } };
 * const lines = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * const [found] = findDistinctiveDuties(lines, listings, { background });
 * assert.deepEqual([found?.duty.text, found?.duty.share, found?.duty.employers], ['lead technical due diligence', 0.125, 5]);
 * assert.ok((found?.duty.lift ?? 0) > 100); // 12.5% here against 0.1% elsewhere
 */
export function findDistinctiveDuties(
  lines: readonly Line[],
  listings: readonly ProfileListing[],
  options: DistinctiveOptions,
): { line: Line; duty: UniqueDuty }[] {
  const n = listings.length;
  const minLift = options.minLift ?? 5;
  const minCount = options.minCount ?? 3;
  const minEmployers = options.minEmployers ?? 3;
  // A duty said by just minCount listings rarely survives resampling: a small selection (19 CTO listings) leaves room
  // for two more than that, or no duty could be both rare and stable.
  const maxShare = Math.max(options.maxShare ?? 0.2, (minCount + STABLE_MARGIN) / Math.max(1, n));
  const maxEmployerShare = options.maxEmployerShare ?? 0.5;
  if (n === 0 || (!options.background && !options.store)) return [];
  // Concepts of the common lines said by more than maxShare: core work, however rare one of its wordings is.
  const core = new Set(
    (options.core ?? [])
      .filter((l) => l.listings.length / n > maxShare)
      .flatMap((l) => l.members.map((m) => m.id)),
  );
  // Several employers saying a duty is what makes it the role's and not one company's. Where most listings name no
  // company (a scraped board that dropped the field), the employer count would be the few that do: distinct
  // wordings stand in for employers instead, a listing keyed by its company when it names one and by the sentence
  // that says the duty otherwise, so reposts and one employer's template count once, and more of them are needed.
  const named = listings.filter((l) => (l.company ?? '').trim() !== '').length;
  const rule: DiversityRule = named * 2 >= n ? 'employers' : 'distinct-wordings';
  const minDistinct = rule === 'employers' ? minEmployers : Math.max(minEmployers, MIN_WORDINGS);
  // The neighbouring roles' listings, against which a duty is measured where they are many.
  let kinTotal = 0;
  for (const r of options.kin ?? []) kinTotal += options.background?.roles[r] ?? 0;
  const candidates: {
    line: Line;
    bg: { count: number; total: number };
    lift: number;
    employers: number;
    distinct: number;
  }[] = [];
  for (const line of lines) {
    // A named topic ("cross-functional collaboration") is work most roles share in their own words: a theme line.
    if (
      line.kind !== 'duty' ||
      line.members.some((m) => dutyShare(m) < 0.5 || core.has(m.id) || isNamedTopic(m.id))
    )
      continue;
    const count = line.listings.length;
    if (count < minCount || count / n > maxShare) continue;
    const employers = employerCounts(line, listings);
    const groups = rule === 'employers' ? employers : wordingCounts(line, listings);
    if (groups.size < minDistinct || Math.max(...groups.values()) > maxEmployerShare * count) continue;
    // Said as often by most roles ("collaborate with others"): true of the role, but it tells nothing.
    if (isGeneric(line, n, options.background, options.roles ? { roles: options.roles } : {})) continue;
    const parts = line.members.map((m) => backgroundOf(m.id, options));
    const bg = { count: parts.reduce((t, p) => t + p.count, 0), total: parts[0]?.total ?? 0 };
    if (bg.total === 0) continue;
    const lift = count / n / ((bg.count + 1) / (bg.total + 1));
    // A data scientist's "build automation" is 9× other roles, nurses' and carers' above all, but software engineers
    // say it nearly as often: what the role shares with its neighbours does not set it apart.
    if (kinTotal >= MIN_KIN && count / n / ((kinCount(line, options) + 1) / (kinTotal + 1)) < MIN_KIN_LIFT)
      continue;
    if (lift >= minLift)
      candidates.push({ line, bg, lift, employers: employers.size, distinct: groups.size });
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
  return (
    candidates
      .map((c, ci) => ({ ...c, stability: (survived[ci] ?? 0) / resamples }))
      .filter((c) => c.stability >= stability)
      .sort(
        (a, b) =>
          b.line.listings.length * Math.log(b.lift) - a.line.listings.length * Math.log(a.lift) ||
          cmp(a.line.members[0]?.id ?? '', b.line.members[0]?.id ?? ''),
      )
      .map((c) => {
        const head = c.line.members[0] as ConceptStat;
        const text = options.text?.(c.line) ?? head.info.description ?? memberLabel(head);
        const noun = saidModifier(c.line, listings);
        const bare = !/\s/.test(text.trim()) || text.toLowerCase() === noun;
        return { ...c, text, bare: head.info.kind === 'topic' && bare };
      })
      // A topic named by one bare word, or with the word its listings put before it ("Timelines", "Product roadmap":
      // no verb its listings say with it), tells a reader no duty.
      .filter((c) => !c.bare)
      .slice(0, options.limit ?? 8)
      .map((c) => {
        const head = c.line.members[0] as ConceptStat;
        const info = head.info;
        const item = writeLine(c.line, listings, '');
        return {
          line: c.line,
          duty: {
            name: dutyName(info, c.text),
            text: c.text.charAt(0).toLowerCase() + c.text.slice(1),
            count: item.count,
            share: item.share,
            employers: c.employers,
            diversity: { rule, count: c.distinct },
            lift: round4(c.lift),
            background: c.bg,
            stability: round4(c.stability),
            concepts: item.concepts,
            evidence: item.evidence,
          },
        };
      })
  );
}

// A topic by its label; other work by its short name less the label's words its text dropped as unsaid ("Goal
// development" for "develop goals", not "Organizational goal development"), unless that leaves a bare noun of the
// verb, which drops what the duty is about ("Management" for "manage occupational therapy students"): then the text.
function dutyName(info: ConceptStat['info'], text: string): string {
  if (info.kind === 'topic') return capitalizeFirst(info.label);
  const key = (w: string) => w.toLowerCase().replace(/s$/, '');
  const words = (t: string) => new Set((t.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(key));
  const [inLabel, inText] = [words(info.label), words(text)];
  const short = shortName(info.label)
    .split(' ')
    .filter((w) => !inLabel.has(key(w)) || inText.has(key(w)))
    .join(' ');
  return /\s/.test(short) || !/\s/.test(text.trim()) ? capitalizeFirst(short) : capitalizeFirst(text);
}

/**
 * Listings of the line per employer (listings that name none are left out).
 * @example
 * const listings = ['Acme', 'Acme', ' acme ', undefined, 'Beta'].map((company) => ({ company }) as ProfileListing);
 * const line = { kind: 'duty', members: [], listings: [0, 1, 2, 3, 4] } as const;
 * assert.deepEqual([...employerCounts(line, listings)], [['acme', 3], ['beta', 1]]);
 */
export function employerCounts(line: Line, listings: readonly ProfileListing[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of line.listings) {
    const name = (listings[i]?.company ?? '').trim().toLowerCase();
    if (name) out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}

/** Which count stands for "said by several employers" (see UniqueDuty.diversity). */
export type DiversityRule = 'employers' | 'distinct-wordings';

/** Listings beyond minCount a small selection's cap leaves a duty, so that it can survive resampling. */
const STABLE_MARGIN = 2;

/** Distinct wordings a duty needs where employers are mostly unknown. */
const MIN_WORDINGS = 5;

// Listings of the line per employer, or, where a listing names none, per wording of the sentence that says the duty
// (letters and digits only, lower-cased): the same sentence in two listings is one employer's template or a repost.
function wordingCounts(line: Line, listings: readonly ProfileListing[]): Map<string, number> {
  const out = new Map<string, number>();
  const inLine = new Set(line.listings);
  const seen = new Set<number>();
  for (const m of line.members)
    for (const { listing, link } of m.links) {
      if (!inLine.has(listing) || seen.has(listing)) continue;
      seen.add(listing);
      const l = listings[listing];
      const company = (l?.company ?? '').trim().toLowerCase();
      const key = company
        ? `company:${company}`
        : `said:${(l ? quoteAround(l.text, link.start, link.end) : '').toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  return out;
}
