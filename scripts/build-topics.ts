/**
 * Mines corpus topics (recurring duty and requirement subjects that ESCO and O*NET do not name well) from the shared
 * real listings and writes data/concepts/topics.json. Only short phrases and counts are kept, never listing text.
 * Run: `npm run build:topics [-- --shared ../shared] [-- --limit 3000]`.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzeDoc } from '../src/analyze/component.ts';
import { titleKey } from '../src/analyze/roles/title-key.ts';
import { sectionsComponent } from '../src/analyze/sections/index.ts';
import { statementsComponent, toBaseVerb } from '../src/analyze/statements/index.ts';
import { cleanListing, normalizeName } from '../src/clean/index.ts';
import { readInputs } from '../src/ingest/index.ts';
import { isStopWord, loadTaxonomy, stemToken, type Token, tokenize } from '../src/taxonomy/index.ts';
import {
  ACRONYM_OK,
  BAD_VERBS,
  BODY_ACRONYMS,
  BOILERPLATE,
  ELIGIBILITY,
  EQUIVALENT,
  FUNCTION_WORDS,
  GENERIC,
  GENERIC_HEAD,
  GENERIC_QUALITY,
  GENERIC_SINGLE,
  INNER_STOP,
  NOUN_OK,
  OFFICE_TOOLS,
  PREP_VERBS,
  TRAILING,
  WEAK_VERBS,
} from '../src/taxonomy/topics/topic-rules.ts';
import {
  acronymStems,
  compileTopics,
  matchTopicsWith,
  type Topic,
  topicKey,
} from '../src/taxonomy/topics.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const shared = arg('--shared') ?? process.env.ROLEPRINT_SHARED ?? join(root, '..', 'shared');
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const outFile = join(root, 'data/concepts/topics.json');

const MIN_LISTINGS = 8;
const MIN_EMPLOYERS = 5;
const MAX_UNITS = 4;
const KEEP = 300;

/** A word, or words glued by "-", "/" or "&" ("on-call", "A/B", "P&L"), which n-grams never split. */
interface Unit {
  start: number;
  end: number;
  key: string;
  norm: string;
  single: boolean;
  breakBefore: boolean;
}

/** A short acronym as written ("NICE", "KPIs"): it keys apart from the same letters in lower case ("Nice to haves"). */
const CAPS = /^[A-Z][A-Z0-9]{1,5}s?$/;
const unitKey = (t: Token): string => (CAPS.test(t.surface) ? t.stem.toUpperCase() : t.stem);
function unitsOf(text: string): Unit[] {
  const tokens = tokenize(text);
  const units: Unit[] = [];
  let prev: Token | undefined;
  for (const t of tokens) {
    const gap = prev ? text.slice(prev.end, t.start) : ' ';
    const last = units[units.length - 1];
    if (last && !t.breakBefore && (gap === '-' || gap === '/' || gap === '')) {
      last.end = t.end;
      last.key += unitKey(t);
      last.norm += gap + t.norm;
      last.single = false;
    } else
      units.push({
        start: t.start,
        end: t.end,
        key: unitKey(t),
        norm: t.norm,
        single: true,
        breakBefore: t.breakBefore,
      });
    prev = t;
  }
  return units;
}

/** Pitch, benefit or eligibility words, alone or inside a glued unit ("post-registration", "work/life"). */
const isBoilerplate = (u: Unit): boolean =>
  BOILERPLATE.has(u.norm) || (!u.single && u.norm.split(/[-/&]/).some((w) => BOILERPLATE.has(w)));
const isStopUnit = (u: Unit): boolean => u.single && (isStopWord(u.norm) || FUNCTION_WORDS.has(u.norm));
const isNumber = (u: Unit): boolean => /^[\d.,%+]+$/.test(u.norm);
// Adverbs ("work closely") mark verb phrases; a few common -ly nouns are not adverbs.
const LY_NOUNS = new Set([
  'family',
  'quality',
  'assembly',
  'anomaly',
  'supply',
  'monopoly',
  'reply',
  'early',
  'italy',
]);
const isAdverb = (u: Unit): boolean =>
  u.single && u.norm.length > 4 && u.norm.endsWith('ly') && !LY_NOUNS.has(u.norm);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'your',
  'their',
  'its',
  'this',
  'these',
  'my',
  'his',
  'her',
]);
/** Per word: [occurrences, occurrences after a determiner], to tell nouns ("a review") from verbs ("provide"). */
const wordUse = new Map<string, [number, number]>();
function countWordUse(units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    if (!u.single) continue;
    let c = wordUse.get(u.norm);
    if (!c) {
      c = [0, 0];
      wordUse.set(u.norm, c);
    }
    c[0]++;
    const p = units[i - 1];
    if (p && !u.breakBefore && DETERMINERS.has(p.norm)) c[1]++;
  }
}
/** A verb rarely seen after a determiner: a phrase it opens is a verb phrase ("provide support"), not a subject. */
function isVerbUnit(u: Unit): boolean {
  if (!u.single || toBaseVerb(u.norm) === null) return false;
  const c = wordUse.get(u.norm);
  return !c || c[1] < 0.1 * c[0];
}

/** Calls `emit(i, j)` for every n-gram units[i..j] that may name a subject. */
function forEachGram(units: Unit[], emit: (i: number, j: number) => void): void {
  for (let i = 0; i < units.length; i++) {
    const first = units[i] as Unit;
    if (isStopUnit(first) || isNumber(first) || isBoilerplate(first) || isVerbUnit(first)) continue;
    // A statement's first word is usually its imperative verb ("Manage budgets"), never part of the subject.
    if (first.breakBefore && first.single && toBaseVerb(first.norm) !== null) continue;
    let inner = 0;
    for (let j = i; j < units.length && j < i + MAX_UNITS + inner; j++) {
      const u = units[j] as Unit;
      if (j > i && u.breakBefore) break;
      if (isBoilerplate(u) || FUNCTION_WORDS.has(u.norm) || isAdverb(u)) break;
      if (!u.single && u.norm.split(/[-/]/).every((w) => isStopWord(w) || FUNCTION_WORDS.has(w))) break;
      // "team providing": a verb after a generic noun starts a clause; "record keeping" stays a subject.
      if (j > i && isVerbUnit(u) && (!u.norm.endsWith('ing') || GENERIC.has((units[j - 1] as Unit).norm)))
        break;
      if (u.single && isStopWord(u.norm)) {
        if (!INNER_STOP.has(u.norm) || inner > 0 || j === i) break;
        inner++;
        continue;
      }
      if (isNumber(u) && !(j > i && /^[A-Z]/.test(text(units, j - 1)))) break;
      emit(i, j);
    }
  }
}
let currentText = '';
const text = (units: Unit[], k: number): string =>
  currentText.slice((units[k] as Unit).start, (units[k] as Unit).end);

const gramKey = (units: Unit[], i: number, j: number): string => {
  let k = '';
  for (let x = i; x <= j; x++) k += (units[x] as Unit).key;
  return k;
};

// ---- read the corpus: duty and requirement statements of distinct listings ----
interface Doc {
  employer: string;
  nhs: boolean;
  /** titleKey of the listing's title, for how concentrated a word is in the roles that use it. */
  title: string;
  /** Statement text as written. */
  statements: string[];
  /** The same statements canonicalized: a bare imperative verb first when they are duties. */
  canonical: string[];
  /** About, benefits, compensation, legal and apply sections: pitch, perks, eligibility and boilerplate. */
  pitch: string;
  /** Every other non-statement section (title and location lines, unsectioned text). */
  other: string;
}
const PITCH_KINDS = new Set(['about', 'benefits', 'compensation', 'legal', 'apply']);
const t0 = performance.now();
const sections = sectionsComponent();
const statementsOf = statementsComponent();
const docs: Doc[] = [];
const seen = new Set<string>();
const companies = new Set<string>();
// --cache FILE keeps the split corpus between runs while the rules are tuned (reading takes about a minute).
const cacheFile = arg('--cache');
if (cacheFile && existsSync(cacheFile)) {
  const cachedDocs = JSON.parse(readFileSync(cacheFile, 'utf8')) as Doc[];
  docs.push(...cachedDocs);
  for (const d of docs) if (d.employer) companies.add(d.employer);
} else
  for await (const e of readInputs([join(shared, 'data/listings')])) {
    if (e.type !== 'item' || e.item.kind !== 'listing') continue;
    const clean = cleanListing(e.item.listing);
    if (!('text' in clean) || seen.has(clean.contentHash)) continue;
    seen.add(clean.contentHash);
    const doc = clean as AnalyzeDoc;
    const { sections: secs } = sections.run(doc);
    const { statements } = statementsOf.run({ ...doc, sections: secs });
    const employer = normalizeName(clean.company, true);
    if (employer) companies.add(employer);
    let pitch = '';
    let other = '';
    for (const s of secs) {
      if (s.kind === 'responsibilities' || s.kind === 'requirements' || s.kind === 'preferred') continue;
      if (PITCH_KINDS.has(s.kind)) pitch += `${clean.text.slice(s.start, s.end)}\n`;
      else other += `${clean.text.slice(s.start, s.end)}\n`;
    }
    docs.push({
      employer,
      nhs: clean.source.startsWith('nhs-'),
      title: clean.title ? titleKey(clean.title) : '',
      statements: statements.map((s) => s.text),
      canonical: statements.map((s) => s.canonical),
      pitch,
      other,
    });
    if (docs.length >= limit) break;
  }
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(docs));
const tRead = performance.now();
console.log(`${docs.length} distinct listings read and split in ${((tRead - t0) / 1000).toFixed(1)} s`);

// ---- pass 1: listings per n-gram key ----
for (const doc of docs) for (const s of doc.statements) countWordUse(unitsOf(s));
const VERB_BEFORE = new Set(['will', 'must', 'can', 'may', 'should', 'would', 'could', 'shall']);
const ABLE_TO = new Set([
  'able',
  'ability',
  'abilities',
  'required',
  'need',
  'expected',
  'willing',
  'capacity',
  'how',
]);
/** Per word, in canonical statements: [occurrences, as the statement's opening verb]. "Deputise for the manager". */
const firstUse = new Map<string, [number, number]>();
/** Per word, in statements: [occurrences, followed by a content word]: adjectives and modifiers ("unsupervised"). */
const modUse = new Map<string, [number, number]>();
for (const doc of docs) {
  for (const c of doc.canonical) {
    const tokens = tokenize(c);
    tokens.forEach((t, k) => {
      let u = firstUse.get(t.norm);
      if (!u) {
        u = [0, 0];
        firstUse.set(t.norm, u);
      }
      u[0]++;
      const prev = tokens[k - 1];
      const gap = prev ? c.slice(prev.end, t.start) : '';
      // Verb positions: the opening word, a verb coordinated with it ("Design and refine"), after a modal or "able to".
      if (
        (k === 0 && /^[A-Z][a-z]/.test(t.surface)) ||
        (prev && k <= 3 && (['and', 'or'].includes(prev.norm) || gap.includes(','))) ||
        (prev && VERB_BEFORE.has(prev.norm)) ||
        (prev?.norm === 'to' && k >= 2 && ABLE_TO.has((tokens[k - 2] as Token).norm))
      )
        u[1]++;
    });
  }
  for (const s of doc.statements) {
    const units = unitsOf(s);
    units.forEach((u, k) => {
      if (!u.single) return;
      let m = modUse.get(u.norm);
      if (!m) {
        m = [0, 0];
        modUse.set(u.norm, m);
      }
      m[0]++;
      const next = units[k + 1];
      if (next && !next.breakBefore && !isStopUnit(next) && !isNumber(next)) m[1]++;
    });
  }
}
/** Share of a word's canonical uses that open a statement as its imperative verb. */
const firstVerbShare = (w: string): number => {
  const [n, f] = firstUse.get(w) ?? [0, 0];
  return n === 0 ? 0 : f / n;
};
/** A word mostly seen before another content word: an adjective or modifier, not a subject's head. */
const isModifierWord = (w: string): boolean => {
  const [n, m] = modUse.get(w) ?? [0, 0];
  return n >= 20 && m >= 0.7 * n;
};
if (process.env.TOPICS_DEBUG)
  for (const w of (process.env.TOPICS_DEBUG_WORDS ?? '').split(',').filter(Boolean))
    console.log(
      `word ${w}: first=${JSON.stringify(firstUse.get(w))} mod=${JSON.stringify(modUse.get(w))} det=${JSON.stringify(wordUse.get(w))}`,
    );
const ADJECTIVE = /(?:ed|ive|ous|ful|less|able|ible|ic|ical|ary|ent|ant)$/;
const df = new Map<string, number>();
for (const doc of docs) {
  const keys = new Set<string>();
  for (const s of doc.statements) {
    currentText = s;
    const units = unitsOf(s);
    forEachGram(units, (i, j) => keys.add(gramKey(units, i, j)));
  }
  for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
}
for (const [k, n] of df) if (n < MIN_LISTINGS) df.delete(k);
console.log(`${df.size} n-gram keys in >= ${MIN_LISTINGS} listings`);

// ---- pass 2: employers, surfaces, governing verbs of frequent keys ----
interface Stat {
  key: string;
  /** Unit keys, space-separated: for containment between candidates. */
  spaced: string;
  units: number;
  listings: number;
  nhsListings: number;
  employers: Set<string>;
  /** Lower-case surface → count. */
  surfaces: Map<string, number>;
  /** Surface as written, not at a statement's start → count (for the label's casing). */
  cased: Map<string, number>;
  verbs: Map<string, number>;
  inOwnName: number;
  /** Occurrences followed by another content word in the same clause: the phrase modifies a longer subject. */
  modifier: number;
  occurrences: number;
}
const stats = new Map<string, Stat>();
const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};
const PREPOSITIONS = new Set(['in', 'to', 'for', 'on', 'with', 'into', 'across', 'through']);
for (const doc of docs) {
  const inDoc = new Set<Stat>();
  for (const s of doc.statements) {
    currentText = s;
    const units = unitsOf(s);
    forEachGram(units, (i, j) => {
      const key = gramKey(units, i, j);
      if (!df.has(key)) return;
      let st = stats.get(key);
      if (!st) {
        st = {
          key,
          spaced: units
            .slice(i, j + 1)
            .map((u) => u.key)
            .join(' '),
          units: j - i + 1,
          listings: 0,
          nhsListings: 0,
          employers: new Set(),
          surfaces: new Map(),
          cased: new Map(),
          verbs: new Map(),
          inOwnName: 0,
          modifier: 0,
          occurrences: 0,
        };
        stats.set(key, st);
      }
      const surface = s.slice((units[i] as Unit).start, (units[j] as Unit).end).replace(/\s+/g, ' ');
      bump(st.surfaces, surface.toLowerCase());
      st.occurrences++;
      const next = units[j + 1];
      if (next && !next.breakBefore && !isNumber(next) && (!isStopUnit(next) || GENERIC_HEAD.has(next.norm)))
        st.modifier++;
      if (!(units[i] as Unit).breakBefore) bump(st.cased, surface);
      // The verb governing the phrase: the nearest verb before it with only function words between, plus the
      // preposition that follows the verb ("participate in").
      let prep = '';
      for (let v = i - 1; v >= Math.max(0, i - 4); v--) {
        const u = units[v] as Unit;
        if (isVerbUnit(u)) {
          bump(st.verbs, prep ? `${toBaseVerb(u.norm)} ${prep}` : (toBaseVerb(u.norm) as string));
          break;
        }
        if (!isStopUnit(u) || (units[v + 1] as Unit).breakBefore) break;
        if (PREPOSITIONS.has(u.norm)) prep = u.norm;
      }
      if (!inDoc.has(st)) {
        inDoc.add(st);
        st.listings++;
        if (doc.nhs) st.nhsListings++;
        if (doc.employer) {
          st.employers.add(doc.employer);
          if (` ${doc.employer} `.includes(` ${normalizeName(surface)} `)) st.inOwnName++;
        }
      }
    });
  }
}
console.log(`${stats.size} keys with statistics in ${((performance.now() - tRead) / 1000).toFixed(1)} s`);

// ---- filter candidates ----
const taxonomy = loadTaxonomy();
const occupationTitles = new Set(
  Object.keys(
    (
      JSON.parse(readFileSync(join(root, 'data/roles/titles.json'), 'utf8')) as {
        titles: Record<string, unknown>;
      }
    ).titles,
  ),
);
// Words that end many occupation titles ("nurse", "therapist", "engineer"): a phrase ending in one names people.
const headCount = new Map<string, number>();
for (const t of occupationTitles) bump(headCount, stemToken(t.split(' ').pop() as string));
const occupationHeads = new Set([...headCount].filter(([, n]) => n >= 40).map(([w]) => w));
console.log(`${occupationHeads.size} occupation head words`);
const top = (m: Map<string, number>): string =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
const why = new Map<string, number>();
const reject = (reason: string): false => {
  bump(why, reason);
  return false;
};
// Acronyms used mostly in about, benefits and legal text name countries, bodies and laws ("UK", "NHS"), not duties.
const acronymUse = new Map<string, [number, number]>();
for (const doc of docs) {
  const inDuty = new Set<string>();
  const inPitch = new Set<string>();
  for (const s of doc.statements) for (const t of tokenize(s)) if (CAPS.test(t.surface)) inDuty.add(t.stem);
  for (const t of tokenize(doc.pitch)) if (CAPS.test(t.surface)) inPitch.add(t.stem);
  for (const w of new Set([...inDuty, ...inPitch])) {
    let c = acronymUse.get(w);
    if (!c) {
      c = [0, 0];
      acronymUse.set(w, c);
    }
    if (inDuty.has(w)) c[0]++;
    if (inPitch.has(w)) c[1]++;
  }
}
const isBodyAcronym = (word: string): boolean => {
  if (!CAPS.test(word)) return false;
  const stem = stemToken(word.toLowerCase());
  if (BODY_ACRONYMS.has(stem) || BODY_ACRONYMS.has(word.toLowerCase())) return true;
  const [duty, pitch] = acronymUse.get(stem) ?? [0, 0];
  return pitch >= 0.5 * duty && !ACRONYM_OK.has(stem);
};
function acceptable(st: Stat): boolean {
  if (st.listings < MIN_LISTINGS) return reject('listings');
  if (st.employers.size < MIN_EMPLOYERS) return reject('employers');
  const surface = top(st.surfaces);
  const words = surface.split(/[\s]+/);
  const content = words.filter((w) => !isStopWord(w));
  if (content.every((w) => GENERIC.has(w) || GENERIC_SINGLE.has(w))) return reject('generic');
  if (GENERIC_HEAD.has(words[words.length - 1] as string)) return reject('generic head');
  // "decisions based", "issues relating", "features end": a clause cut short, not a subject.
  if (TRAILING.has(words[words.length - 1] as string)) return reject('cut short');
  // "years of industry", "range of services": the subject is what follows "of", if anything.
  const of = words.indexOf('of');
  if (
    of > 0 &&
    words.slice(0, of).every((w) => GENERIC.has(w) || GENERIC_HEAD.has(w) || FUNCTION_WORDS.has(w))
  )
    return reject('generic of');
  // Subjects are headed by a generic quality noun ("clinical expertise", "project milestones") too.
  if (content.some((w) => GENERIC_QUALITY.has(w))) return reject('generic quality');
  // "English and Maths", "literacy and numeracy": school subjects and eligibility, not duties.
  if (content.every((w) => ELIGIBILITY.has(w) || GENERIC.has(w))) return reject('eligibility');
  // "Word and Excel": every conjunct a tool or skill ESCO/O*NET already names.
  const conjuncts = surface.split(/\s+(?:and|or|&)\s+|\s*[/,]\s*/).filter((w) => w.length > 0);
  if (
    conjuncts.length > 1 &&
    conjuncts.every(
      (w) =>
        OFFICE_TOOLS.has(w) ||
        taxonomy.byLabel(w).length > 0 ||
        taxonomy.byLabel(`microsoft ${w}`).length > 0,
    )
  )
    return reject('esco label');
  // The statement's opening verb most of the time ("deputise", "command", "lift"): a duty's verb, not its subject.
  if (firstVerbShare(words[0] as string) >= 0.35) return reject('first verb');
  // Adjectives only ("unsupervised", "frontend and backend"): the head word mostly modifies another noun.
  const head = words[of > 0 ? of - 1 : words.length - 1] as string;
  if (
    content.every((w) => isModifierWord(w) || (ADJECTIVE.test(w) && !NOUN_OK.has(w)) || GENERIC.has(w)) &&
    isModifierWord(head)
  )
    return reject('adjectives');
  if (st.units === 1 && !acceptSingle(st, surface)) return reject('single');
  if (st.modifier > 0.6 * st.occurrences) return reject('modifier');
  if (
    occupationTitles.has(titleKey(surface)) ||
    occupationHeads.has(stemToken(words[words.length - 1] as string))
  )
    return reject('occupation title');
  if (st.inOwnName >= 0.2 * st.listings || companies.has(normalizeName(surface, true)))
    return reject('employer name');
  const cased = top(st.cased) || surface;
  if (cased.split(/[\s/&-]+/).some(isBodyAcronym)) return reject('body acronym');
  // Title Case mid-sentence almost everywhere: a product, programme or organization name.
  let capital = 0;
  let total = 0;
  for (const [form, n] of st.cased) {
    total += n;
    if (/^[A-Z][a-z]/.test(form) && form.split(' ').every((w) => !/^[a-z]/.test(w))) capital += n;
  }
  if (total >= 5 && capital >= 0.6 * total && !/^[A-Z0-9&/-]+$/.test(cased.split(' ')[0] ?? ''))
    return reject('proper name');
  for (const [form] of [...st.surfaces].sort((a, b) => b[1] - a[1]).slice(0, 5))
    if (taxonomy.byLabel(form).length > 0) return reject('esco label');
  return true;
}
function acceptSingle(st: Stat, surface: string): boolean {
  if (
    GENERIC_SINGLE.has(surface) ||
    GENERIC.has(surface) ||
    GENERIC_HEAD.has(surface) ||
    OFFICE_TOOLS.has(surface)
  )
    return false;
  const unit = { norm: surface, single: true } as Unit;
  // A word mostly used as a verb ("interact", "refine") opens a duty, it is not its subject.
  if (FUNCTION_WORDS.has(surface) || isAdverb(unit)) return false;
  if (isVerbUnit(unit) && !(surface.endsWith('ing') && firstVerbShare(surface) < 0.05)) return false;
  // Never after a determiner and sometimes a verb ("refine", "interact"): a verb, whatever else it may be.
  const [n, det] = wordUse.get(surface) ?? [0, 0];
  if (det < 0.02 * n && firstVerbShare(surface) >= 0.1) return false;
  // Adjectives alone ("unsupervised", "auditory"): never a subject by themselves.
  if ((ADJECTIVE.test(surface) && !NOUN_OK.has(surface)) || isModifierWord(surface)) return false;
  if (/[-/&]/.test(surface))
    return !surface.split(/[-/&\s]+/).some((w) => isStopWord(w) || FUNCTION_WORDS.has(w) || /\d|ly$/.test(w));
  const cased = top(st.cased);
  if (CAPS.test(cased)) return ACRONYM_OK.has(stemToken(cased.toLowerCase()));
  // Plain single words go on to the specificity test below (duty share and concentration in some roles).
  return /^[a-z]{4,}$/.test(surface);
}

const candidates = [...stats.values()].filter(acceptable);
if (process.env.TOPICS_DEBUG)
  for (const w of (process.env.TOPICS_DEBUG_WORDS ?? '').split(',').filter(Boolean)) {
    const st = stats.get(topicKey(w));
    const before = new Map(why);
    const ok = st ? acceptable(st) : 'no stat';
    const reason = [...why].find(([k, n]) => n !== (before.get(k) ?? 0))?.[0];
    console.log(`candidate ${w}: ${ok} ${reason ?? ''}`);
  }
console.log(`${candidates.length} candidates;`, Object.fromEntries([...why].sort((a, b) => b[1] - a[1])));

// ---- merge variants: stop-word-free keys, known equivalences ----
const parent = new Map<Stat, Stat>();
const find = (s: Stat): Stat => {
  let p = parent.get(s) ?? s;
  while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
  parent.set(s, p);
  return p;
};
const union = (a: Stat, b: Stat): void => {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) parent.set(ra.listings >= rb.listings ? rb : ra, ra.listings >= rb.listings ? ra : rb);
};
const byLowerKey = new Map<string, Stat[]>();
for (const s of candidates)
  byLowerKey.set(s.key.toLowerCase(), [...(byLowerKey.get(s.key.toLowerCase()) ?? []), s]);
const stopless = new Map<string, Stat>();
for (const s of candidates) {
  const k =
    (/[A-Z]/.test(s.key) ? 'A:' : '') +
    topicKey(
      top(s.surfaces)
        .split(/\s+/)
        .filter((w) => !isStopWord(w))
        .join(' '),
    );
  const other = stopless.get(k);
  if (other) union(other, s);
  else stopless.set(k, s);
}
for (const group of EQUIVALENT) {
  const members = group.flatMap((v) => byLowerKey.get(topicKey(v)) ?? []);
  for (const m of members.slice(1)) union(members[0] as Stat, m);
}
const groups = new Map<Stat, Stat[]>();
for (const s of candidates) {
  const r = find(s);
  groups.set(r, [...(groups.get(r) ?? []), s]);
}

// ---- draft topics, then measure each on the whole corpus with the matcher the reports use ----
const nhsShare = docs.filter((d) => d.nhs).length / docs.length;
interface Draft extends Required<Topic> {
  head: Stat;
  balanced: number;
}
const drafts: Draft[] = [];
for (const [head, members] of groups) {
  const surfaces = new Map<string, number>();
  const cased = new Map<string, number>();
  const employers = new Set<string>();
  for (const m of members) {
    for (const [k, n] of m.surfaces) surfaces.set(k, (surfaces.get(k) ?? 0) + n);
    for (const [k, n] of m.cased) cased.set(k, (cased.get(k) ?? 0) + n);
    for (const e of m.employers) employers.add(e);
  }
  const lower = top(head.surfaces);
  const casedForms = new Map([...cased].filter(([k]) => k.toLowerCase() === lower));
  const label = casedForms.size > 0 ? top(casedForms) : lower;
  const listings = Math.max(...members.map((m) => m.listings));
  const nhsListings = Math.max(...members.map((m) => m.nhsListings));
  // NHS listings are most of the corpus; weighing them down keeps tech and leadership subjects in the ranking.
  const balanced = nhsListings * ((1 - nhsShare) / nhsShare) + (listings - nhsListings);
  const variants = [...surfaces.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 12)
    .map(([k]) => k);
  for (const group of EQUIVALENT)
    if (group.some((v) => members.some((m) => m.key.toLowerCase() === topicKey(v))))
      for (const v of group) if (!variants.includes(v)) variants.push(v);
  drafts.push({
    id: `topic:${slug(label)}`,
    label,
    description: '',
    variants: variants.sort(),
    listings,
    employers: employers.size,
    head,
    balanced,
  });
}
{
  const ids = new Set<string>();
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as Draft;
    if (ids.has(d.id)) d.id = `${d.id}-${i}`;
    ids.add(d.id);
  }
}
console.log(`${drafts.length} draft topics`);

// Role groups for concentration: a title seen often enough, else its head word ("nurse", "engineer").
const titleDocs = new Map<string, number>();
for (const d of docs) bump(titleDocs, d.title);
const headDocs = new Map<string, number>();
for (const d of docs) bump(headDocs, d.title.split(' ').pop() ?? '');
const groupOf = (d: Doc): string =>
  d.title && (titleDocs.get(d.title) ?? 0) >= 15
    ? d.title
    : (headDocs.get(d.title.split(' ').pop() ?? '') ?? 0) >= 15
      ? `*${d.title.split(' ').pop()}`
      : '';
const groupSize = new Map<string, number>();
const groupNhsCount = new Map<string, number>();
for (const d of docs) {
  bump(groupSize, groupOf(d));
  if (d.nhs) bump(groupNhsCount, groupOf(d));
}
const groupNhs = new Map([...groupSize].map(([g, n]) => [g, (groupNhsCount.get(g) ?? 0) > n / 2]));
const nhsDocs = docs.filter((d) => d.nhs).length;

interface Measure {
  duty: Set<number>;
  pitch: Set<number>;
  other: Set<number>;
  occurrences: number;
  /** Occurrences inside a longer topic's match ("call rota" inside "on call rota"). */
  inside: Map<string, number>;
  /** Canonical statements: occurrences governed by a verb ("Manage budgets"). */
  governed: number;
  inCanonical: number;
  /** "verb|prep" → listings, employers and the surfaces it governs. */
  verbs: Map<string, { listings: Set<number>; employers: Set<string>; surfaces: Map<string, number> }>;
  groups: Map<string, number>;
}
const matcher = compileTopics(drafts);
const byId = new Map(drafts.map((d) => [d.id, d]));
const measures = new Map<string, Measure>(
  drafts.map((d) => [
    d.id,
    {
      duty: new Set(),
      pitch: new Set(),
      other: new Set(),
      occurrences: 0,
      inside: new Map(),
      governed: 0,
      inCanonical: 0,
      verbs: new Map(),
      groups: new Map(),
    },
  ]),
);
const DESCRIPTION_PREPOSITIONS = new Set(['in', 'to', 'for', 'on', 'with', 'into', 'across', 'through']);
const isVerbToken = (t: Token): boolean => isVerbUnit({ norm: t.norm, single: true } as Unit);
const tMeasure = performance.now();
docs.forEach((doc, di) => {
  const g = groupOf(doc);
  const seenHere = new Set<string>();
  for (const s of doc.statements) {
    const ms = matchTopicsWith(matcher, s, true);
    for (const m of ms) {
      const me = measures.get(m.id) as Measure;
      me.occurrences++;
      me.duty.add(di);
      if (!seenHere.has(m.id)) {
        seenHere.add(m.id);
        bump(me.groups, g);
      }
      const outer = ms.find(
        (o) => o.id !== m.id && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      );
      if (outer) bump(me.inside, outer.id);
    }
  }
  for (const c of doc.canonical) {
    const tokens = tokenize(c);
    const first = tokens[0];
    const firstVerb = first && /^[A-Z]/.test(first.surface) ? toBaseVerb(first.norm) : null;
    for (const m of matchTopicsWith(matcher, c)) {
      const me = measures.get(m.id) as Measure;
      me.inCanonical++;
      const at = tokens.findIndex((t) => t.start === m.start);
      if (at <= 0) continue;
      // The governing verb: the statement's first verb, or a verb coordinated with it ("Plan, deliver and
      // evaluate interventions"), with at most three function words before the subject.
      let v = -1;
      for (let k = at - 1; k >= 1 && at - k <= 4; k--) {
        const t = tokens[k] as Token;
        const before = tokens[k - 1] as Token;
        const coordinated =
          ['and', 'or', 'to'].includes(before.norm) || c.slice(before.end, t.start).includes(',');
        if (coordinated && isVerbToken(t) && toBaseVerb(t.norm) !== null) {
          v = k;
          break;
        }
      }
      if (v < 0 && firstVerb) v = 0;
      const lead = tokens.slice(Math.max(0, at - 4), at);
      // A noun phrase in argument position: after a verb or a preposition, with only function words between.
      if (lead.some((t) => PREPOSITIONS.has(t.norm)) && v < 0) me.governed++;
      if (v < 0) continue;
      const gap = tokens.slice(v + 1, at);
      if (gap.length > 3 || gap.some((t) => !(isStopWord(t.norm) || FUNCTION_WORDS.has(t.norm)))) {
        if (lead.some((t) => PREPOSITIONS.has(t.norm) || t.norm === 'of')) me.governed++;
        continue;
      }
      if (gap.some((t) => t.breakBefore) || (tokens[at] as Token).breakBefore) continue;
      me.governed++;
      let verb = toBaseVerb((tokens[v] as Token).norm) as string;
      // "Design and run A/B tests": two verbs sharing the subject.
      if (v === 2 && (tokens[1] as Token).norm === 'and' && firstVerb && firstVerb !== verb)
        verb = `${firstVerb} and ${verb}`;
      const prep = gap.find((t) => DESCRIPTION_PREPOSITIONS.has(t.norm))?.norm ?? '';
      const key = `${verb}|${prep}`;
      let vr = me.verbs.get(key);
      if (!vr) {
        vr = { listings: new Set(), employers: new Set(), surfaces: new Map() };
        me.verbs.set(key, vr);
      }
      vr.listings.add(di);
      // Listings without an employer name count as their own source.
      vr.employers.add(doc.employer || `#${di}`);
      bump(vr.surfaces, c.slice(m.start, m.end));
    }
  }
  for (const m of matchTopicsWith(matcher, doc.pitch)) (measures.get(m.id) as Measure).pitch.add(di);
  for (const m of matchTopicsWith(matcher, doc.other)) (measures.get(m.id) as Measure).other.add(di);
});
console.log(`measured in ${((performance.now() - tMeasure) / 1000).toFixed(1)} s`);

/** Σ over role groups of p(group | topic) · lift: 1 when a word is spread like any other, higher when a few roles own it. */
function concentration(me: Measure): number {
  const n = me.duty.size;
  if (n === 0) return 0;
  // Rates within each source family (NHS or not), so a word is not "concentrated" merely for being tech vocabulary.
  let nhsUse = 0;
  for (const di of me.duty) if ((docs[di] as Doc).nhs) nhsUse++;
  const familyRate = (nhs: boolean): number =>
    Math.max(1, nhs ? nhsUse : n - nhsUse) / (nhs ? nhsDocs : docs.length - nhsDocs);
  let c = 0;
  for (const [g, k] of me.groups) {
    const size = groupSize.get(g) as number;
    c += g === '' ? k / n : (k / n) * (k / size / familyRate(groupNhs.get(g) ?? false));
  }
  return c;
}
/** Sources (employers, or listings without one) whose duties govern the topic with a verb that is not weak. */
function strongVerbSources(me: Measure): number {
  const sources = new Set<string>();
  for (const [k, v] of me.verbs)
    if (!(k.split('|')[0] as string).split(' and ').every((x) => WEAK_VERBS.has(x)))
      for (const e of v.employers) sources.add(e);
  return sources.size;
}
/** {@link concentration} over one source family's listings and role groups only. */
function familyConcentration(me: Measure, nhs: boolean): number {
  const inFamily = [...me.duty].filter((di) => (docs[di] as Doc).nhs === nhs);
  const n = inFamily.length;
  if (n < MIN_LISTINGS) return 0;
  const familyDocs = nhs ? nhsDocs : docs.length - nhsDocs;
  const rate = n / familyDocs;
  const byGroup = new Map<string, number>();
  for (const di of inFamily) bump(byGroup, groupOf(docs[di] as Doc));
  let c = 0;
  for (const [g, k] of byGroup) {
    const size = nhs ? (groupNhsCount.get(g) ?? 0) : (groupSize.get(g) ?? 0) - (groupNhsCount.get(g) ?? 0);
    c += g === '' || size === 0 ? k / n : (k / n) * (k / size / rate);
  }
  return c;
}
const dropped = new Map<string, string[]>();
const debugWords = new Set((process.env.TOPICS_DEBUG_WORDS ?? '').split(','));
const drop = (why: string, d: Draft): false => {
  if (debugWords.has(d.label.toLowerCase())) console.log(`drop ${d.label}: ${why}`);
  dropped.set(why, [...(dropped.get(why) ?? []), d.label]);
  return false;
};
interface Built extends Required<Topic> {
  score: number;
}
const built: Built[] = [];
for (const d of drafts) {
  const me = measures.get(d.id) as Measure;
  const all = new Set([...me.duty, ...me.pitch, ...me.other]).size;
  const dutyShare = me.duty.size / Math.max(1, all);
  const pitchShare = me.pitch.size / Math.max(1, all);
  const single = d.head.units === 1;
  if (me.duty.size < MIN_LISTINGS) {
    drop('few matches', d);
    continue;
  }
  if (debugWords.has(d.label.toLowerCase()))
    console.log(
      `measure ${d.label}: duty=${me.duty.size} pitch=${me.pitch.size} other=${me.other.size} gov=${me.governed}/${me.inCanonical}`,
      [...me.verbs].map(([k, v]) => `${k}:${v.listings.size}/${v.employers.size}`).join(' '),
    );
  const objectShare = me.governed / Math.max(1, me.inCanonical);
  // NHS pitch names "safeguarding" in every listing; many listings also make it a duty's object.
  const dutyToo = me.duty.size >= 150 && objectShare >= 0.45 && strongVerbSources(me) >= 5;
  if ((dutyShare < 0.6 || pitchShare > 0.3) && !dutyToo) {
    drop('pitch', d);
    continue;
  }
  let inside = 0;
  for (const [outer, n] of me.inside) if ((byId.get(outer) as Draft).head.units >= d.head.units) inside += n;
  if (inside >= 0.5 * me.occurrences) {
    drop('fragment', d);
    continue;
  }
  const conc = concentration(me);
  // Within NHS and non-NHS listings apart: "caseload" and "safeguarding" are spread over all NHS roles, yet NHS only.
  const familyConc = Math.max(familyConcentration(me, true), familyConcentration(me, false));
  if (single && process.env.TOPICS_DEBUG)
    console.log(
      `single ${d.label} conc=${conc.toFixed(2)} fam=${familyConc.toFixed(2)} duty=${dutyShare.toFixed(2)} obj=${objectShare.toFixed(2)} n=${me.duty.size}`,
    );
  if (
    single &&
    !(
      (conc >= 4 && dutyShare >= 0.75) ||
      (familyConc >= 1.9 && dutyShare >= 0.9 && objectShare >= 0.45) ||
      (dutyToo && familyConc >= 8)
    )
  ) {
    drop('single not specific', d);
    continue;
  }
  // Objects of duties, not modifiers, adjectives or eligibility: governed by a verb or preposition often enough.
  if (objectShare < 0.3) {
    drop('not an object of duties', d);
    continue;
  }
  // A first word that often is a verb ("refine", "lift") must be seen as an object most of the time.
  const firstWord = d.label.toLowerCase().split(/\s+/)[0] as string;
  if (firstVerbShare(firstWord) >= 0.15 && objectShare < 0.5) {
    drop('verb-like first word', d);
    continue;
  }
  const description = describe(d, me);
  if (!description) {
    drop('no good verb', d);
    continue;
  }
  const specificity = single ? 0.4 : d.head.units === 2 ? 1 : 1.2;
  built.push({
    id: d.id,
    label: d.label,
    description,
    variants: d.variants,
    listings: me.duty.size,
    employers: d.employers,
    score: d.balanced * Math.min(1, d.employers / 20) * specificity * dutyShare ** 2 * Math.min(1, conc / 2),
  });
}
for (const [w, labels] of dropped)
  console.log(`dropped (${w}): ${labels.length}: ${labels.slice(0, 30).join('; ')}`);

function describe(d: Draft, me: Measure): string {
  const pairs = [...me.verbs.entries()]
    .map(([k, v]) => ({ verb: k.split('|')[0] as string, prep: k.split('|')[1] as string, ...v }))
    .sort((a, b) => b.listings.size - a.listings.size || (a.verb < b.verb ? -1 : 1));
  // Verbs by listings over all their prepositions; two employers at least; weak verbs only when nothing else is.
  const byVerb = new Map<string, { listings: number; employers: Set<string> }>();
  // "Develop in X" reads wrong: a preposition stays only after verbs that take it ("Participate in", "Comply with").
  for (const p of pairs) {
    if (p.prep && !PREP_VERBS.has(`${p.verb} ${p.prep}`)) continue;
    const v = byVerb.get(p.verb) ?? { listings: 0, employers: new Set<string>() };
    v.listings += p.listings.size;
    for (const e of p.employers) v.employers.add(e);
    byVerb.set(p.verb, v);
  }
  const weak = (verb: string): boolean => verb.split(' and ').every((v) => WEAK_VERBS.has(v));
  const ranked = [...byVerb.entries()]
    .filter(([, v]) => v.employers.size >= 2)
    .sort((a, b) => Number(weak(a[0])) - Number(weak(b[0])) || b[1].listings - a[1].listings);
  // A weak verb only when no stronger verb has two employers; no verb with two employers: no description.
  const verb = ranked[0]?.[0];
  if (!verb || BAD_VERBS.has(verb)) return '';
  const forVerb = pairs.filter((p) => p.verb === verb && (!p.prep || PREP_VERBS.has(`${p.verb} ${p.prep}`)));
  const prep = forVerb[0]?.prep ?? '';
  const surfaces = new Map<string, number>();
  for (const p of forVerb) for (const [k, n] of p.surfaces) surfaces.set(k, (surfaces.get(k) ?? 0) + n);
  // The label as the statements write it after this verb: plural when they mostly say it in the plural.
  const written = top(surfaces);
  const plural =
    written.toLowerCase() === `${d.label.toLowerCase()}s` ||
    written.toLowerCase() === `${d.label.toLowerCase()}es`;
  let object = plural ? d.label + written.slice(d.label.length) : d.label;
  if (!acronymStems(object).size && /^[A-Z][a-z]/.test(object) && !/^[A-Z][a-z]+[A-Z]/.test(object))
    object = object.charAt(0).toLowerCase() + object.slice(1);
  return `${cap(verb)} ${prep ? `${prep} ` : ''}${object}`;
}

// ---- rank and write ----
// ---- merge near-duplicates: one head word, and the same listings or only generic words apart ----
{
  const contentStems = (label: string): string[] =>
    label
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !isStopWord(w))
      .map((w) => stemToken(w));
  // The head word: before "of" ("caseload of patients"), else the last word not a kind-of-thing word ("data
  // visualization tools"); coordinations ("supervision and training") have none.
  const HEAD_FILLER = new Set(
    [
      ...GENERIC_HEAD,
      ...GENERIC_QUALITY,
      'tools',
      'tool',
      'techniques',
      'methods',
      'frameworks',
      'platforms',
    ].map((w) => stemToken(w)),
  );
  const headStem = (label: string): string => {
    const ws = label.toLowerCase().split(/\s+/);
    if (ws.includes('and') || ws.includes('or')) return '';
    const of = ws.indexOf('of');
    const stems = (of > 0 ? ws.slice(0, of) : ws).map((w) => stemToken(w));
    while (stems.length > 1 && HEAD_FILLER.has(stems[stems.length - 1] as string)) stems.pop();
    return stems[stems.length - 1] as string;
  };
  const fillerStems = new Set([...GENERIC, ...GENERIC_HEAD, ...GENERIC_QUALITY].map((w) => stemToken(w)));
  const filler = (stem: string): boolean => fillerStems.has(stem);
  const order = [...built].sort((a, b) => b.listings - a.listings || (a.id < b.id ? -1 : 1));
  const gone = new Set<Built>();
  for (const a of order) {
    if (gone.has(a)) continue;
    const aSet = measures.get(a.id)?.duty as Set<number>;
    const aStems = contentStems(a.label);
    for (const b of order) {
      if (b === a || gone.has(b) || b.listings > a.listings) continue;
      const bSet = measures.get(b.id)?.duty as Set<number>;
      const bStems = contentStems(b.label);
      const head = headStem(a.label);
      if (!head || head !== headStem(b.label)) continue;
      const [small, large] = aStems.length <= bStems.length ? [aStems, bStems] : [bStems, aStems];
      if (!small.every((x) => large.includes(x))) continue;
      let overlap = 0;
      for (const di of bSet) if (aSet.has(di)) overlap++;
      const extras = large.filter((x) => !small.includes(x));
      if (!(extras.every(filler) || (overlap >= 0.6 * bSet.size && small.length > 1))) continue;
      gone.add(b);
      for (const di of bSet) aSet.add(di);
      a.variants = [...new Set([...a.variants, ...b.variants])].sort();
      a.listings = aSet.size;
      a.employers = new Set([...aSet].map((di) => (docs[di] as Doc).employer || `#${di}`)).size;
      if (process.env.TOPICS_DEBUG) console.log(`merged ${b.label} into ${a.label}`);
    }
  }
  for (let i = built.length - 1; i >= 0; i--) if (gone.has(built[i] as Built)) built.splice(i, 1);
}
built.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
const chosen = built.slice(0, KEEP);
const out: Topic[] = chosen.map(({ score: _score, ...t }) => t).sort((a, b) => (a.id < b.id ? -1 : 1));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `[\n${out.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`);
console.log(
  `wrote ${out.length} topics to ${outFile} in ${((performance.now() - t0) / 1000).toFixed(1)} s; top:`,
  chosen
    .slice(0, 40)
    .map((t) => `${t.label} | ${t.description} | ${t.listings}`)
    .join('\n'),
);

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
