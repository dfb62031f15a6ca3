/**
 * Word tokens for comparing statements: lowercased, inflections stripped, function words and filler dropped.
 * @module
 */

// Function words plus the filler every listing uses ("strong", "ability", "experience") that says nothing about
// what the statement is about; leaving them in would make unrelated statements look alike.
const STOP = new Set(
  `a an the and or but nor of to in on at by for with from into onto over under about as than then so such this that
these those it its our your their his her we you they them us i me my be is are was were been being am do does did
done have has had having will would shall should can could may might must not no yes all any each every both either
neither other others own same some more most very much many few also well just only too via per etc eg ie e.g i.e
who whom whose which what when where why how while whilst including include includes included within across through
throughout up down out off again further once here there able ability abilities strong excellent good great solid
proven demonstrated demonstrable track record strongly highly deep extensive hands-on relevant related equivalent
preferred required plus bonus ideally preferably year years yr yrs experience experienced experiences skill skills
knowledge understanding familiarity proficiency proficient expertise background work working new etc. e.g.`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Strips English inflections only (plural, -ing, -ed, possessive) so "leading", "leads" and "lead" compare equal,
 * while "management" stays apart from "manage". Deliberately lighter than the taxonomy's `stemToken`, which also
 * folds -ment/-ation nouns into their verbs: on the tech-leadership listings, clustering duties with it put "staff
 * performance management" under "Manage our environments and infrastructure for … performance" and split the
 * leadership requirements into overlapping groups.
 * The skill ranker's Porter `stemWord` (analyze/skills/rank/terms.ts) is a third, model-bound stemmer.
 * @example
 * assert.equal(stripInflection('teams'), 'team');
 * assert.equal(stripInflection('leading'), 'lead');
 */
export function stripInflection(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.length <= 4) return w;
  if (w.endsWith('ies') && w.length > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/**
 * The distinct content tokens of a text, in first-seen order.
 * @example
 * assert.deepEqual(contentTokens('Lead and grow the engineering teams'), ['lead', 'grow', 'engineer', 'team']);
 */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  // A hand-written scanner (words start with a letter or digit and may carry + # & . ' ’ - inside): the profile
  // tokenizes every stored statement for the background, and a Unicode regex was the slowest part of a report.
  while (i < n) {
    if (!isWordStart(lower.charCodeAt(i), lower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordInner(lower.charCodeAt(j), lower, j)) j++;
    let end = j;
    while (end > i + 1 && isTrailing(lower.charCodeAt(end - 1))) end--;
    const word = lower.slice(i, end);
    i = j;
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOP.has(word)) continue;
    const t = stripInflection(word);
    if (STOP.has(t) || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordStart(c: number, s: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  return LETTER_OR_DIGIT.test(s[i] ?? '');
}

function isWordInner(c: number, s: string, i: number): boolean {
  // + # & . ' ’ -
  return (
    c === 43 || c === 35 || c === 38 || c === 46 || c === 39 || c === 8217 || c === 45 || isWordStart(c, s, i)
  );
}

function isTrailing(c: number): boolean {
  return c === 46 || c === 39 || c === 8217 || c === 45;
}

/**
 * Jaccard similarity of two token sets.
 * @example
 * assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

// Words listings use interchangeably for one duty; generic English, not tied to a role.
const SYNONYMS: Record<string, string> = Object.fromEntries(
  Object.entries({
    hire: 'hire recruit attract hiring recruiting recruitment staff',
    retain: 'retain retention',
    mentor: 'mentor coach mentorship coaching',
    lead: 'lead manage oversee direct head supervise run guide',
    build: 'build create establish',
    team: 'team org organization organisation department',
    strategy: 'strategy strategic',
    vision: 'vision direction',
    collaborate: 'collaborate partner cooperate liaise',
    stakeholder: 'stakeholder stakeholders',
    ensure: 'ensure maintain',
    scale: 'scale scalable scalability',
    architecture: 'architecture architectural architect',
  }).flatMap(([to, from]) => from.split(' ').map((w) => [stripInflection(w), to])),
);

/**
 * Content tokens with synonyms folded together ("recruit" and "hire" become one), for clustering duties.
 * @example
 * assert.deepEqual(conceptTokens('Recruit and coach engineers'), ['hire', 'mentor', 'engineer']);
 */
export function conceptTokens(text: string): string[] {
  const hit = CONCEPT_CACHE.get(text);
  if (hit) return hit;
  const tokens = [...new Set(contentTokens(text).map((t) => SYNONYMS[t] ?? t))];
  // Listings repeat statements (boilerplate, reposts), and the background tokenizes every stored statement.
  if (CONCEPT_CACHE.size >= 500_000) CONCEPT_CACHE.clear();
  CONCEPT_CACHE.set(text, tokens);
  return tokens;
}

const CONCEPT_CACHE = new Map<string, string[]>();

/**
 * Jaccard similarity with each token weighted (shared weight over union weight).
 * @example
 * assert.equal(weightedJaccard(new Set(['a', 'b']), new Set(['a']), () => 1), 0.5);
 */
export function weightedJaccard(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (token: string) => number,
): number {
  let shared = 0;
  let union = 0;
  for (const t of a) {
    const w = weight(t);
    union += w;
    if (b.has(t)) shared += w;
  }
  for (const t of b) if (!a.has(t)) union += weight(t);
  return union === 0 ? 0 : shared / union;
}
