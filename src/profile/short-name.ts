/**
 * Short analyst names for concepts ("Recruit personnel" → "Recruiting", "Manage budgets" → "Budget management"),
 * from which themes and distinctive duties are named.
 * @module
 */

import { memoizeString } from '../memoize.ts';
import { loadLexicon } from '../taxonomy/lexicon.ts';

// Words skipped inside an object ("a", "the"; the "or" of "computer or information systems"), and the
// prepositions that end it ("develop strategies | for …", "relationships | between departments").
const FILLER = new Set(['a', 'an', 'the', 'and', 'or', 'new', 'other', 'various']);
const ENDS = new Set(
  'of to for with in on between across within among about from by at into through using during including'.split(
    ' ',
  ),
);

/**
 * The short name of a concept label: an activity becomes the noun of its verb (with a short object when the object
 * carries meaning); a noun label stays as it is, without qualifiers.
 * @example
 * assert.equal(shortName('Recruit personnel.'), 'Recruiting');
 * assert.equal(shortName('manage budgets'), 'Budget management');
 * assert.equal(shortName('Python (computer programming)'), 'Python');
 * assert.equal(shortName('perform quality audits'), 'Quality audits');
 * assert.equal(shortName('conduct ICT code review'), 'ICT code review');
 */
// Profiling asks for the same few hundred labels millions of times while it merges lines: computed once each.
export const shortName: (label: string) => string = memoizeString(computeShortName, 50_000);

function computeShortName(label: string): string {
  const clean = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.;]+$/, '')
    .trim();
  const words = clean.split(/\s+/);
  const verb = (words[0] ?? '').toLowerCase();
  const { verbs, people } = loadLexicon();
  const noun = verbs.get(verb);
  if (noun === undefined) return capitalizeFirst(clean);
  // The object up to its first preposition or comma: "develop strategies for …" → "strategies".
  const object: string[] = [];
  for (const w of words.slice(1)) {
    const bare = w.toLowerCase().replace(/[,;:]$/, '');
    if (object.length > 0 && (ENDS.has(bare) || /[,;:]$/.test(w))) {
      if (/[,;:]$/.test(w) && !ENDS.has(bare) && !FILLER.has(bare))
        object.push(keepAcronym(w.replace(/[,;:]$/, '')));
      break;
    }
    // "organizational policies | or programs": a coordination after a whole object ends it; after one word it joins
    // two modifiers of the head still to come ("computer or information | systems").
    if ((bare === 'or' || bare === 'and') && object.length >= 2) break;
    if (FILLER.has(bare) || ENDS.has(bare)) continue;
    object.push(keepAcronym(w.replace(/[,;:]$/, '')));
  }
  const head = object.at(-1) ?? '';
  if (noun && (object.length === 0 || people.has(head))) return capitalizeFirst(noun);
  if (object.length === 0) return capitalizeFirst(clean);
  const shortObject = object.slice(-2).map((w, i, all) => (i === all.length - 1 && noun ? singular(w) : w));
  return capitalizeFirst(noun ? `${shortObject.join(' ')} ${noun}` : object.slice(-3).join(' '));
}

// Acronyms keep their capitals ("conduct ICT code review" → "ICT code review"); other words are lower-cased.
function keepAcronym(w: string): string {
  return /[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase();
}

/** A short name and whether it is a proper name (a language, a tool) that keeps its capital inside a title. */
export interface ShortName {
  name: string;
  proper: boolean;
}

/**
 * Joins two short names into a theme name: "Recruiting & mentoring"; a name that repeats an earlier one, or holds
 * it or is held by it ("machine learning models" after "machine learning"), gives way to the next.
 * @example
 * assert.equal(themeName([{ name: 'Recruiting', proper: false }, { name: 'Mentoring', proper: false }]), 'Recruiting & mentoring');
 * assert.equal(themeName([{ name: 'Python', proper: true }, { name: 'SQL', proper: true }]), 'Python & SQL');
 * const ml = [{ name: 'Machine learning', proper: false }, { name: 'machine learning models', proper: false }];
 * assert.equal(themeName([...ml, { name: 'Algorithms', proper: false }]), 'Machine learning & algorithms');
 * const agile = [{ name: 'Agile development', proper: false }, { name: 'agile methodologies', proper: false }];
 * assert.equal(themeName(agile), 'Agile development & methodologies');
 */
export function themeName(names: readonly ShortName[]): string {
  const unique: ShortName[] = [];
  const repeats = (a: string, b: string) => {
    const [x, y] = [` ${a.toLowerCase()} `, ` ${b.toLowerCase()} `];
    return x.includes(y) || y.includes(x);
  };
  for (const n of names) if (n.name && !unique.some((u) => repeats(u.name, n.name))) unique.push(n);
  const [a, b] = unique;
  if (!a) return 'Other';
  const first = a.name.charAt(0).toUpperCase() + a.name.slice(1);
  if (!b || a.name.length + b.name.length > 44) return first;
  const second =
    b.proper || /^[A-Z]{2,}/.test(b.name) ? b.name : b.name.charAt(0).toLowerCase() + b.name.slice(1);
  // "Agile development & agile methodologies" says its qualifier once: "Agile development & methodologies".
  const [qa, ...ra] = a.name.split(' ');
  const [qb, ...rb] = second.split(' ');
  if (ra.length > 0 && rb.length > 0 && !b.proper && qa?.toLowerCase() === qb?.toLowerCase())
    return `${first} & ${rb.join(' ')}`;
  return `${first} & ${second}`;
}

// "Budgets" → "budget" before a noun ("budget management"); "analysis", "business", "status" keep their s.
function singular(w: string): string {
  if (/(ss|us|is|ics|ws)$/.test(w) || w.length < 4) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Lower-cases a leading capital unless the first word looks like a name or acronym (SQL, JavaScript, iOS).
 * @example
 * assert.equal(lowerFirst('Lead the team'), 'lead the team');
 * assert.equal(lowerFirst('SQL and Python'), 'SQL and Python');
 */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]+\b/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}
