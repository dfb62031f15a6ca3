/**
 * Short analyst names for concepts ("Recruit personnel" → "Recruiting", "Manage budgets" → "Budget management"),
 * from which themes and distinctive duties are named.
 * @module
 */

import { memoizeString } from '../memoize.ts';
import { loadLexicon } from '../taxonomy/lexicon.ts';
import { analystLabel, OBJECT_ENDS as ENDS } from './line-wording.ts';
import { type CompetencyArea, competencyAreas, labelWords } from './wording-data.ts';

// Words skipped inside an object ("a", "the"; the "or" of "computer or information systems"); the prepositions that
// end it ("develop strategies | for …", "relationships | between departments") are ENDS.
const FILLER = new Set(['a', 'an', 'the', 'and', 'or', 'new', 'other', 'various']);
/**
 * The short name of a concept label: an activity becomes the noun of its verb (with a short object when the object
 * carries meaning); a noun label stays as it is, without qualifiers.
 * @example
 * assert.equal(shortName('Recruit personnel.'), 'Recruiting');
 * assert.equal(shortName('manage budgets'), 'Budget management');
 * assert.equal(shortName('Python (computer programming)'), 'Python');
 * assert.equal(shortName('perform quality audits'), 'Quality audits');
 * assert.equal(shortName('conduct ICT code review'), 'Code review');
 */
// Profiling asks for the same few hundred labels millions of times while it merges lines: computed once each.
export const shortName: (label: string) => string = memoizeString(computeShortName, 50_000);

function computeShortName(label: string): string {
  const clean = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.;]+$/, '')
    .trim();
  // Taxonomy qualifiers a reader does not say ("ICT code review" → "Code review").
  const all = clean.split(/\s+/);
  const kept = all.filter((w) => !labelWords().dropWords.has(w));
  const words = kept.length > 0 ? kept : all;
  const verb = (words[0] ?? '').toLowerCase();
  const { verbs, people } = loadLexicon();
  const noun = verbs.get(verb);
  if (noun === undefined) return capitalizeFirst(words.join(' '));
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
 * Names a theme from the short names of its first lines: by the competency area its dominant lines fall in
 * (data/wording/competency-areas.json: "Communication" and "technical communication" → "Communication &
 * stakeholders"), else by joining two short names: "Recruiting & onboarding"; a name that repeats an earlier one, or
 * holds it or is held by it ("machine learning models" after "machine learning"), gives way to the next.
 * @example
 * const n = (name: string, proper = false) => ({ name, proper });
 * assert.equal(themeName([n('Recruiting'), n('Mentoring')]), 'Leadership & hiring');
 * assert.equal(themeName([n('Leading'), n('Mentoring')]), 'Leadership & mentoring'); // no one hired
 * assert.equal(themeName([n('Communication'), n('technical communication skills')]), 'Communication & stakeholders');
 * assert.equal(themeName([n('Communication'), n('Data visualization')]), 'Communicating insight');
 * assert.equal(themeName([n('Onboarding'), n('Offboarding')]), 'Onboarding & offboarding');
 * assert.equal(themeName([n('Rust', true), n('Zig', true)]), 'Rust & Zig');
 * const ml = [n('Quantum sensing'), n('quantum sensing models')];
 * assert.equal(themeName([...ml, n('Optics')]), 'Quantum sensing & optics');
 * assert.equal(themeName([n('Agile development'), n('agile methodologies')]), 'Agile delivery');
 * assert.equal(themeName([n('Radiology'), n('Check quality of diagnostic images'), n('Imaging techniques')], []), 'Radiology & imaging techniques');
 */
export function themeName(
  names: readonly ShortName[],
  areas: readonly CompetencyArea[] = competencyAreas(),
): string {
  const area = competencyName(names, areas);
  if (area) return area;
  const unique: ShortName[] = [];
  const repeats = (a: string, b: string) => {
    const [x, y] = [` ${a.toLowerCase()} `, ` ${b.toLowerCase()} `];
    return x.includes(y) || y.includes(x);
  };
  for (const raw of names) {
    // Names written as an analyst writes a line: "Artificial intelligence", not "Principles of artificial intelligence".
    const n = { ...raw, name: raw.proper ? raw.name : analystLabel(raw.name) };
    if (n.name && !unique.some((u) => repeats(u.name, n.name))) unique.push(n);
  }
  // A short second name before a long one: "Radiology & imaging techniques", not "& check quality of diagnostic images".
  const [a, ...rest] = unique;
  const b = rest.find((u) => u.name.split(' ').length <= 3) ?? rest[0];
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

/**
 * The text with its first letter in upper case.
 * @example
 * assert.equal(capitalizeFirst('prospects'), 'Prospects');
 */
export function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Lower-cases a leading capital unless the first word looks like a name or acronym (SQL, JavaScript, iOS).
 * @example
 * assert.equal(lowerFirst('Lead the team'), 'lead the team');
 * assert.equal(lowerFirst('SQL and Python'), 'SQL and Python');
 * assert.equal(lowerFirst('A degree'), 'a degree');
 * assert.equal(lowerFirst('R'), 'R');
 */
export function lowerFirst(s: string): string {
  // "A degree" too; a lone capital before anything else is a name ("R", "C++").
  return (/^[A-Z][a-z]+\b/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s)) || /^A [a-z]/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

/**
 * The competency area a name falls in, the first in data order whose words it says, or null.
 * @example
 * assert.equal(areaOf('Palliative care')?.name, 'Clinical care');
 * assert.equal(areaOf('Career development'), null);
 */
export function areaOf(
  name: string,
  areas: readonly CompetencyArea[] = competencyAreas(),
): CompetencyArea | null {
  return areas.find((a) => a.words.some((w) => saysWord(name, w))) ?? null;
}

/**
 * Whether an analyst writes two competency areas beside each other in one theme: the same area, or one listed as near
 * the other (data/wording/competency-areas.json).
 * @example
 * assert.equal(areasNear('Communication & stakeholders', 'Teamwork & collaboration'), true);
 * assert.equal(areasNear('Communication & stakeholders', 'Clinical care'), false);
 * assert.equal(areasNear('Clinical care', null), false);
 */
export function areasNear(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a === b) return true;
  const near = (x: string, y: string) => competencyAreas().some((c) => c.name === x && c.near.includes(y));
  return near(a, b) || near(b, a);
}

// The dominant area's name, or its variant's when any line says one of the variant's words.
function competencyName(names: readonly ShortName[], areas: readonly CompetencyArea[]): string | null {
  const best = dominantArea(names, areas);
  if (!best) return null;
  // Not by the first line's area when the next two are of two other areas: "Security & compliance" over security,
  // automation and databases would name one line of three.
  const others = names
    .filter((n) => n.name)
    .slice(1, 3)
    .map((n) => areaOf(n.name, areas));
  if (others.length === 2 && others.every((a) => a !== null && a !== best) && others[0] !== others[1])
    return null;
  const said = names.map((n) => n.name).join(' · ');
  const variant = best.variants.find(
    (v) => v.words.some((w) => saysWord(said, w)) && !v.unless.some((w) => saysWord(said, w)),
  );
  return variant?.name ?? best.name;
}

/**
 * The competency area of a theme by the short names of its lines (most common first): the area most of the first
 * three fall in, the dominant line weighing one and a half, when it holds the dominant line or two others; else null.
 * @example
 * const n = (name: string) => ({ name, proper: false });
 * assert.equal(dominantArea([n('Leading'), n('Palliative care'), n('Wound care')])?.name, 'Clinical care');
 * assert.equal(dominantArea([n('Onboarding'), n('Palliative care')]), null);
 */
export function dominantArea(
  names: readonly ShortName[],
  areas: readonly CompetencyArea[] = competencyAreas(),
): CompetencyArea | null {
  const first = names.filter((n) => n.name).slice(0, 3);
  const weights = new Map<CompetencyArea, number>();
  first.forEach((n, i) => {
    const a = areaOf(n.name, areas);
    if (a) weights.set(a, (weights.get(a) ?? 0) + (i === 0 ? 1.5 : 1));
  });
  let best: CompetencyArea | null = null;
  let top = 0;
  for (const [a, w] of weights) if (w > top) [best, top] = [a, w];
  return best && top >= 1.5 ? best : null;
}

// Whether the text says the word (whole word, or its start from five letters) or the phrase.
function saysWord(text: string, w: string): boolean {
  const lower = text.toLowerCase();
  if (w.includes(' ')) return ` ${lower} `.includes(` ${w}`);
  return lower.split(/[^a-z0-9/+-]+/).some((t) => t === w || (w.length >= 5 && t.startsWith(w)));
}
