/**
 * Unique responsibilities: duties rare in the role's listings yet distinctive against the background, kept only when
 * they survive bootstrap resampling of the role's listings.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import { isTaskVerb } from '../analyze/statements/index.ts';
import { isBoilerplate } from './boilerplate.ts';
import { type StatementCluster, spreadAcrossEmployers } from './cluster-statements.ts';
import { backgroundCounter, type CorpusStats } from './corpus-stats.ts';
import { cmp, pickEvidence } from './evidence.ts';
import type { UniqueDuty } from './role-profile.ts';
import { round4, seededRandom } from './stats.ts';
import { conceptTokens } from './tokens.ts';

/** Thresholds for unique duties (defaults in brackets). */
export interface UniqueOptions {
  /** Minimum lift against the background [3]. */
  minLift?: number;
  /** Maximum share of the role's listings: above it a duty is core, not unique [0.15]. */
  maxShare?: number;
  /** Minimum distinct listings [2]. */
  minCount?: number;
  /** Bootstrap resamples [200] and the share of them an item must survive [0.7]. */
  resamples?: number;
  stability?: number;
  /** Most items to return [8]. */
  limit?: number;
}

/**
 * Picks unique duties from the role's statement clusters; empty when there is no background to compare with.
 * @example
 * const unique = findUniqueDuties(clusters, listings, buildCorpusStats(store));
 * assert.ok(unique.every((u) => u.duty.lift >= 3));
 */
export function findUniqueDuties(
  clusters: readonly StatementCluster[],
  listings: readonly AnalyzedListing[],
  background: CorpusStats | undefined,
  options: UniqueOptions = {},
): { cluster: StatementCluster; duty: UniqueDuty }[] {
  if (!background) return [];
  const minLift = options.minLift ?? 3;
  const maxShare = options.maxShare ?? 0.15;
  const minCount = options.minCount ?? 2;
  const resamples = options.resamples ?? 200;
  const stability = options.stability ?? 0.7;
  const n = listings.length;
  const countBackground = backgroundCounter(background, new Set(listings.map((l) => l.id)));
  const candidates: {
    cluster: StatementCluster;
    lift: number;
    bgShare: number;
    bg: { count: number; total: number };
  }[] = [];
  for (const c of clusters) {
    // A duty is something to do: its phrasing opens with a task verb ("you're strong on…" is a trait, not a duty).
    if (c.section !== 'responsibilities' || !isDutyVerb(c.canonical.split(/\s+/)[0] ?? '')) continue;
    const count = c.listings.length;
    if (count < minCount || count / n > maxShare) continue;
    if (c.members.some((m) => isBoilerplate(m.statement.text))) continue;
    if (!spreadAcrossEmployers(c, listings)) continue;
    const bg = countBackground(c.tokens);
    if (bg.total === 0) return [];
    const bgShare = (bg.count + 1) / (bg.total + 1);
    const lift = count / n / bgShare;
    if (lift >= minLift) candidates.push({ cluster: c, lift, bgShare, bg });
  }
  if (candidates.length === 0) return [];
  // Bootstrap: draw n listings with replacement; an item survives a draw when it still clears count and lift.
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
      for (const l of c.cluster.listings) k += weight[l] ?? 0;
      if (k >= minCount && k / n / c.bgShare >= minLift) survived[ci] = (survived[ci] ?? 0) + 1;
    });
  }
  return candidates
    .filter((_, ci) => (survived[ci] ?? 0) / resamples >= stability)
    .sort(
      (a, b) =>
        b.lift - a.lift ||
        b.cluster.listings.length - a.cluster.listings.length ||
        cmp(a.cluster.canonical, b.cluster.canonical),
    )
    .slice(0, options.limit ?? 8)
    .map(({ cluster, lift, bg }) => ({
      cluster,
      duty: {
        ...nameDuty(cluster.canonical, cluster.tokens),
        count: cluster.listings.length,
        lift: round4(lift),
        background: bg,
        evidence: pickEvidence(
          cluster.members.map((m) => ({
            listingId: listings[m.listing]?.id ?? '',
            quote: m.statement.text,
            rank: m.statement.canonical === cluster.canonical ? 0 : 1,
          })),
          3,
        ),
      },
    }));
}

/**
 * Whether a word opens a duty: a task verb in its bare form. "Launched in 2013 by …" tells the company's story.
 * @example
 * assert.equal(isDutyVerb('Launched'), false);
 */
export function isDutyVerb(word: string): boolean {
  const w = word.toLowerCase();
  return isTaskVerb(word) && !(/[^e]ed$/.test(w) && !/^(embed|shed|shred|wed)$/.test(w));
}

const BOUNDARY = new Set([
  'for',
  'to',
  'with',
  'across',
  'in',
  'on',
  'and',
  'that',
  'which',
  'by',
  'through',
  'within',
  'while',
  'as',
  'from',
  'at',
  'into',
  'so',
  'including',
  'during',
  'of',
]);
const LEADING = new Set(['the', 'our', 'a', 'an', 'your', 'all', 'its', 'their', 'new', 'any']);

/**
 * Splits a canonical duty into a short name and the one-line description (the duty itself). The name is the phrase
 * around the cluster's two key words when they sit close together ("Scientific rigor"), else the verb's object.
 * @example
 * assert.deepEqual(nameDuty('Lead technology due diligence for acquisitions', ['due', 'diligence']),
 *   { name: 'Technology due diligence', text: 'lead technology due diligence for acquisitions' });
 */
export function nameDuty(canonical: string, tokens: readonly string[] = []): { name: string; text: string } {
  const words = canonical
    .replace(/[.;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0] ?? '';
  const lowerFirst =
    /^[A-Z][a-z]/.test(first) && !/^[A-Z][a-z]+[A-Z]/.test(first) ? first.toLowerCase() : first;
  const text = [lowerFirst, ...words.slice(1)].join(' ').replace(/[.;:,]+$/, '');
  const key = keyPhrase(words, tokens);
  // A key phrase that opens on a connective ("for the needs") names nothing: describe the activity instead.
  const nameWords =
    key && !BOUNDARY.has((key[0] ?? '').toLowerCase())
      ? tidy(key, words)
      : tidy(activityPhrase(words), words);
  // A key phrase that opens on the duty's second verb ("design and implement backend services") names an activity:
  // "Implementing backend services", like the other names.
  const lead = nameWords[0] ?? '';
  if (nameWords.length > 1 && isTaskVerb(lead) && !/ing$/i.test(lead)) nameWords[0] = gerund(lead);
  const name = nameWords.join(' ').replace(/[,;:]+$/, '');
  // Capitalize like a sentence, but leave iOS or eBay as written.
  const keep = /^[a-z]+[A-Z]/.test(name);
  return { name: keep ? name : name.charAt(0).toUpperCase() + name.slice(1), text };
}

// The words from the first to the last key word (at most five apart), with one qualifier before them.
function keyPhrase(words: string[], tokens: readonly string[]): string[] | null {
  if (tokens.length === 0) return null;
  const positions = tokens.map((t) => words.findIndex((w, i) => i > 0 && conceptTokens(w)[0] === t));
  if (positions.some((p) => p < 0)) return null;
  let from = Math.min(...positions);
  const to = Math.max(...positions);
  if (to - from > 4) return null;
  const before = (words[from - 1] ?? '').toLowerCase();
  if (from > 1 && !BOUNDARY.has(before) && !LEADING.has(before) && !/[,;:]$/.test(before)) from--;
  const phrase = words.slice(from, to + 1);
  if (phrase.some((w, i) => i < phrase.length - 1 && /[,;:]$/.test(w))) return null;
  // A phrase running through a connective ("care such as wound") or stopping on a modifier whose noun comes after a
  // comma ("ownership of high-impact,") is cut mid-thought: the activity names the duty better.
  if (phrase.some((w, i) => i > 0 && i < phrase.length - 1 && INTERIOR_STOP.has(w.toLowerCase())))
    return null;
  if (/-\w+,$/.test(phrase.at(-1) ?? '')) return null;
  return phrase;
}

const INTERIOR_STOP = new Set([
  'such',
  'as',
  'to',
  'with',
  'by',
  'through',
  'while',
  'that',
  'which',
  'including',
]);

// No name ends on a connective, and an adjective at the end takes the word it qualifies ("data-based recommendations").
function tidy(phrase: string[], words: string[]): string[] {
  // A dash ends the phrase ("first iOS app—from private beta…" names "First iOS app").
  const dash = phrase.findIndex((w) => /[—–]/.test(w));
  const out =
    dash < 0
      ? [...phrase]
      : [...phrase.slice(0, dash), (phrase[dash] ?? '').split(/[—–]/)[0] ?? ''].filter(Boolean);
  while (
    out.length > 1 &&
    (BOUNDARY.has((out.at(-1) ?? '').toLowerCase()) || LEADING.has((out.at(-1) ?? '').toLowerCase()))
  )
    out.pop();
  const last = out.at(-1) ?? '';
  const at = words.lastIndexOf(last);
  const next = words[at + 1];
  if (
    next &&
    !/[,;:]$/.test(last) &&
    /(-based|-driven|al|ive|ous|ic|ful)$/i.test(last) &&
    !BOUNDARY.has(next.toLowerCase())
  )
    out.push(next.replace(/[,;:.]+$/, ''));
  return out;
}

// "Advocate for the needs of the engineering team" → "Advocating for engineering team needs": the duty's verbs as
// gerunds, a particle that belongs to the verb, and the object's head words without determiners, at most five words.
function activityPhrase(words: string[]): string[] {
  const verbs: string[] = [];
  let i = 0;
  // Verb lists ("Build, lead, and maintain …", "Identify and address …") become gerunds; two verbs name it.
  // A second verb needs a conjunction or comma before it: "Improve code maintainability" has one verb, not two.
  let joined = true;
  while (i < words.length) {
    const raw = words[i] ?? '';
    const w = raw.replace(/[,;:]$/, '');
    if (verbs.length > 0 && /^(and|&|or)$/i.test(w)) {
      joined = true;
      i++;
      continue;
    }
    if (verbs.length > 0 && (!joined || !isTaskVerb(w))) break;
    verbs.push(gerund(w));
    joined = raw.endsWith(',');
    i++;
  }
  const head = verbs.length > 1 ? [verbs[0] ?? '', 'and', verbs[1] ?? ''] : [verbs[0] ?? ''];
  const particle: string[] = PARTICLES.has((words[i] ?? '').toLowerCase())
    ? [(words[i] ?? '').toLowerCase()]
    : [];
  i += particle.length;
  let object = objectHead(words, i);
  // "Work in a clinical environment …": with no direct object, the place or purpose after the verb names it.
  if (object.length === 0 && particle.length === 0 && BOUNDARY.has((words[i] ?? '').toLowerCase())) {
    particle.push((words[i] ?? '').toLowerCase());
    object = objectHead(words, i + 1);
  }
  const out = [...head, ...particle, ...object];
  // Five words at most: the particle goes first, then the object's last words.
  if (out.length > 5 && particle.length > 0) out.splice(head.length, 1);
  return out.slice(0, Math.max(5, head.length + 1));
}

const PARTICLES = new Set(['for', 'with', 'on', 'to', 'across', 'about']);
const DETERMINERS = new Set([
  ...LEADING,
  'our',
  'your',
  'their',
  'this',
  'these',
  'key',
  'various',
  'relevant',
]);

// The object's head words: determiners dropped, cut at the first connective or clause mark; "needs of the team"
// reads "team needs", the way an analyst shortens it.
function objectHead(words: string[], from: number): string[] {
  const out: string[] = [];
  let ofAt = -1;
  for (let i = from; i < words.length && out.length < 4; i++) {
    const w = words[i] ?? '';
    if (/^[([]/.test(w)) break;
    const bare = w.toLowerCase().replace(/[,;:.()]/g, '');
    if (DETERMINERS.has(bare)) continue;
    if (bare === 'of' && out.length > 0 && ofAt < 0) {
      ofAt = out.length;
      continue;
    }
    if (out.length > 0 && STOP_AT.has(bare)) break;
    if (bare === 'of' || BOUNDARY.has(bare)) break;
    out.push(w.replace(/[,;:.]+$/, ''));
    if (/[,;:.]$/.test(w)) break;
  }
  if (ofAt < 0) return out;
  const before = out.slice(0, ofAt);
  const after = out.slice(ofAt);
  // A head of two words or more stands alone ("clinical environment", not "clinical environment of no").
  if (after.length === 0 || before.length >= 2) return before;
  // "quality of code" → "code quality"; a longer head keeps its "of" ("design and delivery of APIs").
  return before.length === 1 && after.length <= 2
    ? [...after, ...before]
    : [...before, 'of', ...after].slice(0, 4);
}

const STOP_AT = new Set([
  'such',
  'to',
  'with',
  'across',
  'that',
  'which',
  'by',
  'through',
  'while',
  'as',
  'so',
  'including',
  'during',
  'from',
  'within',
  'into',
  'and',
]);

/**
 * The -ing form of an English verb ("manage" → "managing", "plan" → "planning", "lead" → "leading").
 * @example
 * assert.equal(gerund('Advocate'), 'Advocating');
 */
export function gerund(verb: string): string {
  const lower = verb.toLowerCase();
  let g: string;
  if (lower.endsWith('ie')) g = `${verb.slice(0, -2)}ying`;
  else if (/[^aeiouy]e$/.test(lower) || /[^e]ue$/.test(lower)) g = `${verb.slice(0, -1)}ing`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lower)) g = `${verb}${verb.slice(-1)}ing`;
  else g = `${verb}ing`;
  return g;
}
