/**
 * The listings' common wording of a duty line: the verb and object most of its listings use ("Hire and retain
 * engineers"), built from the canonical statements the line counts, never one listing's sentence.
 * @module
 */
import type { Statement } from '../analyze/index.ts';
import { labelHasVerb, verbClauses } from '../taxonomy/concepts/verb-clauses.ts';
import { cmp } from './evidence.ts';
import type { Line } from './profile-lines.ts';
import type { ProfileListing } from './profile-listing.ts';

/** How common a wording must be to name a line (defaults in brackets). */
export interface WordingOptions {
  /** Share of the line's listings the verb + object must reach [0.2]. */
  minShare?: number;
  /** Distinct employers using it [3]. */
  minEmployers?: number;
}

// Words that open or pad an object without naming it, and words that end it.
const SKIP = new Set([
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'all',
  'any',
  'this',
  'these',
  'new',
]);
const STOP = new Set([
  'and',
  'or',
  'to',
  'for',
  'with',
  'in',
  'on',
  'of',
  'across',
  'by',
  'from',
  'at',
  'as',
  'that',
  'which',
  'who',
  'while',
  'through',
  'within',
  'into',
  'including',
  'such',
  'using',
  'via',
  'so',
  'where',
  'when',
  'is',
  'are',
  'will',
]);
// Verbs that say nothing of the duty on their own: a line is not named "Ensure teams".
const LIGHT = new Set([
  'ensure',
  'work',
  'be',
  'have',
  'support',
  'help',
  'take',
  'provide',
  'make',
  'get',
  'do',
  'use',
  'play',
  'act',
  'serve',
  'join',
  'participate',
]);

interface Parsed {
  verb: string;
  second: string | null;
  object: string[];
}

/**
 * Parses a canonical statement ("Hire and retain world-class engineers across teams") into its verb, an optional
 * second verb joined by "and", and its object up to the first preposition.
 * @example
 * assert.deepEqual(parseDuty('Hire and retain world-class engineers across teams'), { verb: 'hire', second: 'retain', object: ['world-class', 'engineers'] });
 */
export function parseDuty(canonical: string): Parsed | null {
  const words = canonical
    .toLowerCase()
    .replace(/[“”"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "Hire, coach, and retain …": a verb list is split by verbClauses first; unsplit, its object is not known.
  if (/,$/.test(words[0] ?? '')) return null;
  const verb = words[0]?.replace(/[;:.]$/, '') ?? '';
  if (!/^[a-z][a-z-]+$/.test(verb)) return null;
  let i = 1;
  let second: string | null = null;
  if ((words[1] === 'and' || words[1] === '&') && words[2] && /^[a-z]+$/.test(words[2])) {
    second = words[2];
    i = 3;
  }
  const object: string[] = [];
  for (; i < words.length && object.length < 4; i++) {
    const raw = words[i] ?? '';
    const w = raw.replace(/[,;:.!?]+$/, '');
    if (object.length === 0 && SKIP.has(w)) continue;
    if (STOP.has(w) || !/^[a-z][a-z0-9/+&'-]*$/.test(w)) break;
    object.push(w);
    if (w !== raw) break;
  }
  return object.length > 0 ? { verb, second, object } : null;
}

/**
 * The common wording of a duty line, or null when its listings share none: the most used verb + object head among
 * its statements, with the second verb and the object's words when enough listings and employers share them too.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { buildLines } from './profile-lines.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }]);
 * const duties = ['Hire and retain engineers', 'Hire and retain senior engineers', 'Hire engineers', 'Grow the team'];
 * const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['dwa:recruit'] }]));
 * const [line] = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * assert.equal(commonWording(line, listings), 'Hire and retain engineers');
 * assert.equal(commonWording(line, listings, { minEmployers: 5 }), null); // four listings, four employers
 */
export function commonWording(
  line: Line,
  listings: readonly ProfileListing[],
  options: WordingOptions = {},
): string | null {
  const minShare = options.minShare ?? 0.15;
  const minEmployers = options.minEmployers ?? 3;
  const need = Math.max(3, Math.ceil(minShare * line.listings.length));
  // (listing, parsed) for each statement a member links to, one per listing and key.
  const byKey = new Map<string, { listings: Set<number>; employers: Set<string> }>();
  const add = (key: string, li: number) => {
    const e = byKey.get(key) ?? { listings: new Set<number>(), employers: new Set<string>() };
    e.listings.add(li);
    e.employers.add((listings[li]?.company ?? `#${li}`).trim().toLowerCase());
    byKey.set(key, e);
  };
  for (const m of line.members)
    for (const { listing } of m.links) {
      const l = listings[listing];
      if (!l) continue;
      for (const st of statementsOf(l, m.id)) {
        // "Hire, coach, and retain a team" says three duties on one object: each verb is parsed with it ("Hire and
        // retain engineers" parses as it is, keeping its verb pair).
        const whole = parseDuty(st.canonical);
        const parsed = whole ? [whole] : verbClauses(st.canonical).map(parseDuty);
        for (const p of parsed) {
          if (!p || LIGHT.has(p.verb)) continue;
          const head = p.object.at(-1) ?? '';
          add(`v:${p.verb} ${head}`, listing);
          add(`h:${p.verb}`, listing);
          if (p.second && !LIGHT.has(p.second)) add(`s:${p.verb} ${p.second} ${head}`, listing);
          add(`o:${p.verb} ${p.object.join(' ')}`, listing);
        }
      }
    }
  const ok = (key: string) => {
    const e = byKey.get(key);
    return e !== undefined && e.listings.size >= need && e.employers.size >= minEmployers;
  };
  const common = [...byKey.entries()].filter(([k]) => k.startsWith('v:') && ok(k));
  // A verb the line's concepts are named by ("mentor" for "mentor individuals") names it before a verb that only
  // shares its sentences ("Hire, mentor and retain engineers").
  const named = common.filter(([k]) =>
    line.members.some((m) => labelHasVerb(m.info.label, k.slice(2).split(' ')[0] ?? '')),
  );
  const bySize = (a: [string, { listings: Set<number> }], b: [string, { listings: Set<number> }]) =>
    b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]);
  let best = (named.length > 0 ? named : common).sort(bySize)[0];
  // Listings that use the line's own verb on varied objects ("hire engineers", "hire a team", "hire talent"): the verb
  // with its most common object.
  if (!best) {
    const verb = [...byKey.entries()]
      .filter(([k]) => k.startsWith('h:') && ok(k))
      .filter(([k]) => line.members.some((m) => labelHasVerb(m.info.label, k.slice(2))))
      .sort(bySize)[0]?.[0]
      .slice(2);
    const head = verb
      ? [...byKey.entries()].filter(([k]) => k.startsWith(`v:${verb} `)).sort(bySize)[0]
      : undefined;
    // The object too must be one several employers write, not one listing's adjective ("Develop aligned").
    if (head && head[1].listings.size * 3 >= need && head[1].employers.size >= 2) best = head;
  }
  if (!best) return null;
  const [verb, head] = best[0].slice(2).split(' ') as [string, string];
  // The fullest object most of them write, when two or more employers write it so.
  const object =
    [...byKey.entries()]
      .filter(
        ([k, e]) =>
          k.startsWith(`o:${verb} `) &&
          k.endsWith(` ${head}`) &&
          e.employers.size >= 2 &&
          e.listings.size * 2 >= need,
      )
      .sort((a, b) => b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]))[0]?.[0]
      .slice(verb.length + 3) ?? head;
  const pair = [...byKey.entries()]
    .filter(
      ([k, e]) =>
        k.startsWith(`s:${verb} `) &&
        k.endsWith(` ${head}`) &&
        e.employers.size >= 2 &&
        e.listings.size * 2 >= need,
    )
    .sort((a, b) => b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]))[0];
  const verbs = pair ? `${verb} and ${pair[0].split(' ')[1]}` : verb;
  return `${verbs.charAt(0).toUpperCase()}${verbs.slice(1)} ${object}`;
}

// The statements of a listing that carry a concept: those whose span a link of that concept starts at.
function statementsOf(listing: ProfileListing, id: string): Statement[] {
  const starts = new Set(listing.concepts.filter((c) => c.id === id).map((c) => c.start));
  return listing.statements.filter((s) => starts.has(s.start) && s.section === 'responsibilities');
}
