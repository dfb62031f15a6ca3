/**
 * Profile lines: concepts common enough to report, near-duplicates merged (the same sentences carry them, or they
 * mean the same), each line counted over the union of its members' listings.
 * @module
 */
import { memoizeString } from '../memoize.ts';
import { loadTopics } from '../taxonomy/index.ts';
import { loadLexicon } from '../taxonomy/lexicon.ts';
import { isStopWord } from '../taxonomy/tokenize.ts';
import { GENERIC } from '../taxonomy/topics/topic-rules.ts';
import { type ConceptLookup, type ConceptStat, dutyShare, unionSorted } from './concept-stats.ts';
import { displayLabel } from './display-label.ts';
import { cmp, type EvidenceCandidate, MAX_QUOTE, pickEvidence, quoteAround, SpanQuote } from './evidence.ts';
import {
  analystLabel,
  commonWording,
  headSentences,
  saidModifier,
  topicWording,
  verbShare,
} from './line-wording.ts';
import type { ProfileListing } from './profile-listing.ts';
import type { ConceptRef, LineMember, ProfileItem } from './role-profile.ts';
import { capitalizeFirst, shortName } from './short-name.ts';
import { round4, wilsonInterval } from './stats.ts';

const ASKED: ReadonlySet<string> = new Set(['responsibilities', 'requirements', 'preferred']);

/** A line before it is written out: its members (most listings first) and the listings any of them has. */
export interface Line {
  kind: 'skill' | 'duty';
  members: ConceptStat[];
  listings: number[];
}

/** Thresholds for merging concepts into one line (defaults in brackets). */
export interface LineOptions {
  /** Fewest listings a concept needs to be a line. */
  minCount: number;
  /** Share of the smaller concept's sentences that must also carry the other for the two to merge [0.5]. */
  coLinked?: number;
  /** Closeness in meaning above which two concepts of the same kind merge [0.86]. */
  sameMeaning?: number;
  /** Most members a line takes [5]. */
  maxMembers?: number;
  /** Listings counted, for how often two concepts go together [the highest listing index + 1]. */
  listings?: number;
}

/**
 * The kind of line a concept makes: a duty when it is an activity or topic, or a competence listings put among
 * responsibilities; a skill otherwise.
 * @example
 * assert.equal(lineKind({ info: { kind: 'activity' }, sections: {} } as ConceptStat), 'duty');
 */
export function lineKind(stat: Pick<ConceptStat, 'info' | 'sections'>): 'skill' | 'duty' {
  if (stat.info.kind !== 'skill') return 'duty';
  if (stat.info.skillType === 'knowledge' || stat.info.skillType === 'tool') return 'skill';
  return dutyShare(stat) >= 0.5 ? 'duty' : 'skill';
}

/**
 * Merges the common concepts into lines, most listings first.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([
 *   { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
 *   { id: 'esco:recruit', kind: 'skill', label: 'recruit employees', skillType: 'skill/competence' },
 *   { id: 'dwa:budget', kind: 'activity', label: 'Prepare operational budgets.' },
 * ], (a, b) => (a.includes('recruit') && b.includes('recruit') ? 0.7 : 0.1));
 * // Two close concepts of one duty, linked from the same sentences, make one line; a duty said twice is too rare alone.
 * const parts = [{ duty: 'Hire engineers', concepts: ['dwa:recruit', 'esco:recruit'] }];
 * const listings = ['a', 'b', 'c'].map((id, i) => fixtureListing(id, [null], i === 0 ? parts : [...parts, { duty: 'Own the budget', concepts: ['dwa:budget'] }]));
 * const lines = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * assert.deepEqual(lines.map((l) => l.members.map((m) => m.id)), [['dwa:recruit', 'esco:recruit']]);
 */
export function buildLines(
  stats: readonly ConceptStat[],
  lookup: ConceptLookup,
  options: LineOptions,
): Line[] {
  const coLinked = options.coLinked ?? 0.5;
  const sameMeaning = options.sameMeaning ?? 0.86;
  const maxMembers = options.maxMembers ?? 5;
  const n = options.listings ?? Math.max(0, ...stats.map((st) => (st.listings.at(-1) ?? -1) + 1));
  const lines: Line[] = [];
  const subjectKeys = new Map<string, string | undefined>();
  const keyOf = (id: string) => {
    if (!subjectKeys.has(id)) subjectKeys.set(id, subjectKey(lookup.subject?.(id)));
    return subjectKeys.get(id);
  };
  // Concepts too rare to be a line alone still count towards one: security said as "cyber security" by some listings
  // and "information security policies" by others is one common line. A third of the line threshold bounds the work.
  const minMember = Math.max(2, Math.ceil(options.minCount / 3));
  for (const stat of stats) {
    // A rarer wording of a line's topic ("holistic assessment" beside "clinical assessment") still counts towards it.
    if (
      stat.listings.length < minMember &&
      !(stat.listings.length >= MIN_VARIANT && lines.some((l) => variantWording(l, stat, lookup, keyOf)))
    )
      continue;
    const kind = lineKind(stat);
    // A rare concept joins a line by meaning only: its few sentences share words with too much by chance.
    const rare = stat.listings.length < options.minCount;
    // A duty and a competence an analyst calls by one name ("lead others", "lead a team": Leadership) are one line,
    // whichever kind each was counted as.
    const fit = (line: Line): Fit => {
      const head = line.members[0];
      if (!head) return null;
      // A member must be about what the line's head is about: one linked by shared sentences or a shared family but
      // far from the head in meaning ("abreast" in "Identify industry trends") would count listings the line's name
      // does not describe.
      const toHead = lookup.similarity(head.id, stat.id);
      const nearHead = toHead >= NEAR_HEAD;
      // Two wordings of one thing about one subject ("administer medicines", "Administer medications or
      // treatments") are one line however many wordings the catalog has: they may fill a line twice the usual size.
      if (line.members.length < 2 * maxMembers && sameSubjectNear(head, stat, lookup, keyOf)) return 'same';
      if (
        line.members.length < 2 * maxMembers &&
        (variantWording(line, stat, lookup, keyOf) || narrowerWording(line, stat))
      )
        return 'variant';
      // One idea named two ways, whichever kind each was counted as: the work and its noun ("lead others",
      // "direction and leadership"), or one field in two wordings ("Agile development", "agile methodologies"). Only
      // the head's names count: through a member's, "cloud technologies" took "deploy cloud resource" and then
      // "customer deployments".
      if (toHead >= ONE_IDEA && line.members.length < maxMembers && oneIdea(head, stat, lookup, keyOf))
        return 'alias';
      if (line.members.length < maxMembers && sameCounterpart(head, stat, lookup)) return 'same';
      const same =
        nearHead &&
        (line.kind === kind
          ? line.members.some((m) =>
              sameThing(m, stat, lookup, rare ? 1.01 : coLinked, sameMeaning, !rare, head.id),
            )
          : line.members.some((m) => sameName(m, stat) || (!rare && sameAcrossKinds(m, stat, lookup))));
      if (same && line.members.length < maxMembers) return 'same';
      // A competency area's members all share its subject with its field, so it may take more without drifting.
      if (line.members.length < 2 * maxMembers && joinsArea(line, stat, lookup, n)) return 'subject';
      return null;
    };
    // The line it is the same thing as, before one it shares a subject with; then the closest in meaning ("build
    // predictive models" goes with "predictive models", not the more common "machine learning models").
    // Closeness is measured only for the lines it fits: most lines fit none, and each measure asks every member.
    const homes: { line: Line; by: Fit; close: number }[] = [];
    for (const line of lines) {
      const by = fit(line);
      if (by !== null) homes.push({ line, by, close: closeness(line, stat, lookup) });
    }
    homes.sort((a, b) => FIT_ORDER[b.by ?? 'null'] - FIT_ORDER[a.by ?? 'null'] || b.close - a.close);
    const home = homes[0]?.line;
    if (home) {
      home.members.push(stat);
      home.listings = unionSorted([home.listings, stat.listings]);
      // A concept that is the same thing as two lines joins them ("Recruit personnel." is hiring and recruiting); one
      // that only shares a subject with them does not.
      for (const { line: other, by } of homes.slice(1)) {
        if (by !== 'same' || homes[0]?.by !== 'same') continue;
        if (home.members.length + other.members.length > maxMembers) continue;
        home.members.push(...other.members);
        home.listings = unionSorted([home.listings, other.listings]);
        lines.splice(lines.indexOf(other), 1);
      }
      home.members.sort((x, y) => y.listings.length - x.listings.length || cmp(x.id, y.id));
    } else lines.push({ kind, members: [stat], listings: [...stat.listings] });
  }
  return mergeSameSubject(lines, lookup, 2 * maxMembers)
    .filter((l) => l.listings.length >= options.minCount)
    .sort((a, b) => b.listings.length - a.listings.length || cmp(headId(a), headId(b)));
}

/**
 * Drops the members the listings do not say: a member whose label's own words (beyond the line head's, its verb,
 * and words naming people or nothing in particular: "theories", "physical", "phenomena" in "Develop theories or
 * models of physical phenomena"; "vendor" in "vendor relationships" beside "Develop business relationships") appear
 * in under one in twenty of the sentences linked to it was linked by its other words alone, and counting it would
 * claim what the listings do not say. Named tools and knowledge areas are named, never paraphrased, and stay. The
 * line is then counted over the members left; lines that fall below minCount go.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([
 *   { id: 'dwa:models', kind: 'activity', label: 'Develop scientific or mathematical models.' },
 *   { id: 'dwa:phenomena', kind: 'activity', label: 'Develop theories or models of physical phenomena.' },
 * ], () => 0.9);
 * const part = { duty: 'Develop statistical models', concepts: ['dwa:models', 'dwa:phenomena'] };
 * const listings = ['a', 'b', 'c'].map((id) => fixtureListing(id, [null], [part]));
 * const lines = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * assert.deepEqual(lines[0]?.members.map((m) => m.id), ['dwa:models', 'dwa:phenomena']);
 * const said = dropUnsaid(lines, listings, 3);
 * assert.deepEqual(said[0]?.members.map((m) => m.id), ['dwa:models']);
 */
export function dropUnsaid(
  lines: readonly Line[],
  listings: readonly ProfileListing[],
  minCount: number,
): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const head = line.members[0];
    if (!head) continue;
    const headWords = new Set(contentWords(head.info.label).map(stem));
    const members = line.members.filter((m, i) => {
      if (i === 0 || m.info.skillType === 'knowledge' || m.info.skillType === 'tool') return true;
      // What the member adds to the head: the words of its label as shown, past its verb, less the head's and those
      // naming people or nothing in particular ("Hire personnel" is hiring whoever the listings name).
      const own = contentWords(memberLabel(m))
        .slice(isWork(m) ? 1 : 0)
        .filter((w) => !GENERIC.has(w) && !loadLexicon().people.has(w) && !loadLexicon().generic.has(w))
        .map(stem)
        .filter((w) => !headWords.has(w));
      const links = m.links.slice(0, UNSAID_SAMPLE);
      if (own.length === 0) {
        // Work that adds nothing to a corpus topic but its verb is its verb's: never said, the topic's words are
        // meant in another sense ("repair pipelines" beside a seller's "build pipeline"). Beside a taxonomy concept it
        // is that concept in other words ("hire personnel" beside "recruit employees").
        const verb =
          head.info.kind === 'topic' && isWork(m)
            ? verbStem(memberLabel(m).split(' ')[0]?.toLowerCase() ?? '')
            : undefined;
        if (verb === undefined || !/^[a-z]+$/.test(verb)) return true;
        const says = new RegExp(`\\b${verb}`, 'i');
        return links.some(({ listing, link }) => {
          const text = listings[listing]?.text;
          return !!text && says.test(quoteAround(text, link.start, link.end));
        });
      }
      const says = links.filter(({ listing, link }) => {
        const text = listings[listing]?.text;
        if (!text) return false;
        const said = contentWords(quoteAround(text, link.start, link.end)).map(stem);
        return own.some((w) => said.includes(w));
      }).length;
      return says >= UNSAID_MEMBER * links.length && says > 0;
    });
    if (members.length === line.members.length) {
      out.push(line);
      continue;
    }
    const listingsOf = unionSorted(members.map((m) => m.listings));
    if (listingsOf.length >= minCount) out.push({ ...line, members, listings: listingsOf });
  }
  return out.sort((a, b) => b.listings.length - a.listings.length || cmp(headId(a), headId(b)));
}

/** Links of a member read to tell whether its own words are said. */
const UNSAID_SAMPLE = 100;
/** Share of those links that must say one of its own words. */
const UNSAID_MEMBER = 0.05;

/**
 * Whether a skill line's evidence says the kind its label names: false when a modifier of its label ("technical" in
 * "apply technical communication skills") is said by fewer than one in twenty of the sentences linked to it by meaning
 * while the word it modifies is said by most ("Strong communication skills"): the link was the encoder reading the shared words, and
 * the line would count what the broader concept's line already does.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'esco:tc', kind: 'skill', label: 'apply technical communication skills', skillType: 'skill/competence' }]);
 * const line = (says: string) => {
 *   const listings = ['a', 'b', 'c'].map((id) => fixtureListing(id, [null], [{ requirement: says, concepts: ['esco:tc'] }]));
 *   return { line: { kind: 'skill', members: countConcepts(listings, lookup), listings: [0, 1, 2] } as Line, listings };
 * };
 * const broad = line('Strong communication skills');
 * assert.equal(saysItsKind(broad.line, broad.listings), false);
 * const own = line('Technical communication with engineers');
 * assert.equal(saysItsKind(own.line, own.listings), true);
 * // Named by a curated alias that leaves the modifier out, the concept is said: "security" for "cyber security".
 * const part = { requirement: 'Strong communication skills', concepts: [{ id: 'esco:tc', score: 0.9, by: 'phrase' as const }] };
 * const named = ['a', 'b', 'c'].map((id) => fixtureListing(id, [null], [part]));
 * assert.equal(saysItsKind({ kind: 'skill', members: countConcepts(named, lookup), listings: [0, 1, 2] } as Line, named), true);
 */
export function saysItsKind(line: Line, listings: readonly ProfileListing[], limit = 200): boolean {
  const head = line.members[0];
  if (head?.info.kind !== 'skill') return true;
  // A competence is named by its verb first ("show commitment"): its kind is in the words after the verb.
  // A parenthesis says which sense, not which kind: "Java (computer programming)".
  const words = contentWords(head.info.label.replace(/\([^)]*\)/g, ' '))
    .slice(head.info.skillType === 'skill/competence' ? 1 : 0)
    .map(stem);
  // Only links by meaning: a phrase link names the concept by its label or a curated alias ("security" for "cyber
  // security"), whichever of the label's words it leaves out.
  const sentences = headSentences(line, listings, limit, 'meaning');
  if (words.length < 2 || sentences.length === 0) return true;
  const said = words.map(() => 0);
  for (const sentence of sentences) {
    const have = new Set(contentWords(sentence).map(stem));
    words.forEach((w, i) => {
      if (have.has(w)) said[i] = (said[i] ?? 0) + 1;
    });
  }
  const share = (i: number) => (said[i] ?? 0) / sentences.length;
  for (let i = 0; i + 1 < words.length; i++) if (share(i) < 0.05 && share(i + 1) >= 0.5) return false;
  return true;
}

// The words of a label or sentence that carry meaning, lower-cased, in order.
function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z-]+/g) ?? []).filter((w) => w.length >= 4 && !isStopWord(w));
}

// A crude stem, enough to match "phenomena"/"phenomenon", "policies"/"policy", "models"/"modelling".
function stem(w: string): string {
  return w.slice(0, 5);
}

/**
 * How a concept fits a line: the same thing, another name of its head's idea, another corpus wording of one of its
 * topics, work on its subject, or not at all. Only a concept that is the same thing as two lines joins them: a
 * wording of a topic ("mental health assessments" of "clinical assessment") does not make the line it is said with
 * ("mental health presentations") the same as that topic's, nor does a name ("deploy cloud resource" names the work
 * of "customer deployments", and is the same thing as "cloud technologies").
 */
type Fit = 'same' | 'alias' | 'variant' | 'subject' | null;
const FIT_ORDER = { same: 4, alias: 3, variant: 2, subject: 1, null: 0 } as const;

/** Closeness to the line's head a member needs (two wordings of one subject need SAME_SUBJECT). */
const NEAR_HEAD = 0.45;
/** Closeness to the line's head a concept joining by shared sentences needs. */
const CO_LINKED_NEAR_HEAD = 0.6;
/** Closeness two concepts about the same subject need to be one line. */
const SAME_SUBJECT = 0.7;

// Two concepts about the same subject word that mean nearly the same: one thing said in two wordings. Named tools and
// technologies keep their own lines ("Python" and "Python libraries" are two asks).
function sameSubjectNear(
  a: ConceptStat,
  b: ConceptStat,
  lookup: ConceptLookup,
  keyOf: (id: string) => string | undefined = (id) => subjectKey(lookup.subject?.(id)),
): boolean {
  if (isNamedTech(a) || isNamedTech(b)) return false;
  const subject = keyOf(a.id);
  return subject !== undefined && keyOf(b.id) === subject && lookup.similarity(a.id, b.id) >= SAME_SUBJECT;
}

/** Closeness two kinds of work with the same people need to be one relation (see sameCounterpart). */
const SAME_COUNTERPART = 0.5;
// The people or things a work label's action is done with: "stakeholders" in "negotiate with stakeholders" and
// "Coordinate operational activities with external stakeholders".
const WITH_OBJECT = /\bwith (?:the |other |external |internal |key )?([a-z-]+)\.?$/;

// Work with the same people, said with different verbs ("communicate with stakeholders", "negotiate with
// stakeholders", "manage relationships with stakeholders"), is one relation to a reader when the two mean much the
// same: each alone is under a tenth of a tech leader's listings, together a fifth.
function sameCounterpart(a: ConceptStat, b: ConceptStat, lookup: ConceptLookup): boolean {
  const x = counterpart(a);
  return x !== undefined && x === counterpart(b) && lookup.similarity(a.id, b.id) >= SAME_COUNTERPART;
}

function counterpart(s: Pick<ConceptStat, 'info'>): string | undefined {
  const word = counterpartWord(s);
  return word === undefined ? undefined : subjectKey(word);
}

function counterpartWord(s: Pick<ConceptStat, 'info'>): string | undefined {
  if (!isWork(s)) return undefined;
  return WITH_OBJECT.exec(s.info.label.trim().toLowerCase())?.[1];
}

/**
 * The text of a line of work with the same people said with several verbs ("Work with stakeholders" for
 * "negotiate with stakeholders", "communicate with stakeholders", …): no one verb speaks for the others. Null for
 * any other line.
 * @example
 * const m = (label: string) => ({ info: { kind: 'skill', skillType: 'skill/competence', label } });
 * assert.equal(relationText({ members: [m('negotiate with stakeholders'), m('engage with stakeholders')] } as unknown as Line), 'Work with stakeholders');
 * assert.equal(relationText({ members: [m('negotiate with stakeholders')] } as unknown as Line), null);
 */
export function relationText(line: Pick<Line, 'members'>): string | null {
  const [head, ...rest] = line.members;
  const word = head ? counterpartWord(head) : undefined;
  if (!head || !word || rest.length === 0) return null;
  return rest.every((m) => counterpart(m) === counterpart(head)) ? `Work with ${word}` : null;
}

/** Closeness two corpus wordings of one subject need to be variants of one thing (see variantWording). */
const VARIANT = 0.45;
/** Closeness enough where one wording only adds words to the other ("discharge", "safe discharge"). */
const VARIANT_SUBSET = 0.38;
/** Closeness the words two wordings differ by need ("clinical" and "patient" 0.27; "cloud" and "data" 0.13). */
const VARIANT_WORDS = 0.2;
/** Fewest listings a rare wording of a line's topic needs to count towards it. */
const MIN_VARIANT = 3;

// Corpus topics are phrases mined from the listings, and one thing is often said in several wordings ("clinical
// assessment", "patient assessments"; "discharge", "safe discharge"): the encoder, reading two words, puts them only
// loosely together, under the closeness two catalog concepts need. A topic about the subject of one of the line's
// topics is another wording of it when it only adds words to it, or when both are close and so are the words they
// differ by ("clinical" and "patient", not "cloud" and "data": cloud and data infrastructure are two things).
function variantWording(
  line: Line,
  stat: ConceptStat,
  lookup: ConceptLookup,
  keyOf: (id: string) => string | undefined,
): boolean {
  if (stat.info.kind !== 'topic') return false;
  const subject = keyOf(stat.id);
  if (subject === undefined) return false;
  return line.members.some((m) => {
    if (m.info.kind !== 'topic' || keyOf(m.id) !== subject) return false;
    const close = lookup.similarity(m.id, stat.id);
    if (close < VARIANT_SUBSET) return false;
    const [onlyA, onlyB] = wordsApart(m.info.label, stat.info.label);
    if (onlyA === '' || onlyB === '') return true;
    return close >= VARIANT && (lookup.textSimilarity?.(onlyA, onlyB) ?? 0) >= VARIANT_WORDS;
  });
}

/** Share of a narrower topic's sentences that must say the line's topic too (see narrowerWording). */
const NARROWER_SHARED = 0.75;

// A corpus topic whose name holds a wording of one of the line's topics ("multi-disciplinary team meetings" holds
// "multi-disciplinary team", a wording of MDT), and whose sentences mostly say that topic too, is that topic said
// more narrowly: one line to a reader. The encoder, reading an abbreviation, puts the two far apart (0.35).
function narrowerWording(line: Line, stat: ConceptStat): boolean {
  if (stat.info.kind !== 'topic') return false;
  const name = ` ${lowerWords(stat.info.label).join(' ')} `;
  return line.members.some((m) => {
    if (m.info.kind !== 'topic' || m.id === stat.id) return false;
    if (!topicWordings(m.id).some((w) => name.includes(` ${w} `))) return false;
    let shared = 0;
    for (const s of stat.sentences) if (m.sentences.has(s)) shared++;
    return shared >= NARROWER_SHARED * stat.sentences.size;
  });
}

// A corpus topic's wordings as lower-cased words joined by spaces (none for a concept that is no corpus topic).
const topicWordings = (id: string): readonly string[] => {
  if (!wordingsById) {
    wordingsById = new Map();
    for (const t of loadTopics())
      wordingsById.set(
        t.id,
        t.variants.map((v) => lowerWords(v).join(' ')),
      );
  }
  return wordingsById.get(id) ?? [];
};
let wordingsById: Map<string, readonly string[]> | undefined;

// The words each label has that the other lacks (plurals aside), in order.
function wordsApart(a: string, b: string): [string, string] {
  // A noun and its adjective are one word here ("architecture decisions", "architectural decisions": 0.42 apart to
  // the encoder; "organisational change", "organisation change").
  const key = (w: string) => (subjectKey(w) as string).replace(/(ur|ion)al$/, '$1').replace(/ure$/, 'ur');
  const [wa, wb] = [lowerWords(a), lowerWords(b)];
  const [ka, kb] = [new Set(wa.map(key)), new Set(wb.map(key))];
  return [wa.filter((w) => !kb.has(key(w))).join(' '), wb.filter((w) => !ka.has(key(w))).join(' ')];
}

/**
 * A subject word without its plural ("medications" and "medication" are one subject).
 * @example
 * assert.equal(subjectKey('medications'), 'medication');
 * assert.equal(subjectKey('policies'), 'policy');
 * assert.equal(subjectKey('business'), 'business');
 */
export function subjectKey(subject: string | undefined): string | undefined {
  if (subject === undefined) return undefined;
  if (subject.endsWith('ies') && subject.length > 4) return `${subject.slice(0, -3)}y`;
  return /[^su]s$/.test(subject) ? subject.slice(0, -1) : subject;
}

/** Closeness two names of one idea need besides what their words share (see oneIdea). */
const ONE_IDEA = 0.6;

/**
 * Two concepts an analyst names as one idea, though neither their subjects nor their kinds match, and close in
 * meaning too: the work and its noun (a concept whose subject derives from an activity's or competence's verb: "lead
 * others" and "direction and leadership"); one work said with two verbs ("develop predictive models", "build
 * predictive models"); or a knowledge field and a corpus topic about a word of its name ("Agile development",
 * "agile methodologies"), where that word is not one every field shares ("data"). A topic about a thing made with a
 * field ("machine learning models", "cloud infrastructure") is about its own word, not the field's. Named tools keep
 * their own lines.
 * @example
 * import { fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([
 *   { id: 'esco:lead', kind: 'skill', label: 'lead others', skillType: 'skill/competence' },
 *   { id: 'topic:leadership', kind: 'topic', label: 'direction and leadership' },
 *   { id: 'topic:leads', kind: 'topic', label: 'sales leads' },
 *   { id: 'esco:agile', kind: 'skill', label: 'Agile development', skillType: 'knowledge' },
 *   { id: 'topic:agile', kind: 'topic', label: 'agile methodologies' },
 *   { id: 'esco:develop', kind: 'skill', label: 'develop predictive models', skillType: 'skill/competence' },
 *   { id: 'esco:build', kind: 'skill', label: 'build predictive models', skillType: 'skill/competence' },
 * ], () => 0.65, { 'topic:leadership': 'leadership', 'topic:leads': 'leads', 'esco:agile': 'development', 'topic:agile': 'agile' });
 * const stat = (id: string) => ({ id, info: lookup.get(id) }) as ConceptStat;
 * assert.equal(oneIdea(stat('esco:lead'), stat('topic:leadership'), lookup), true);
 * assert.equal(oneIdea(stat('topic:agile'), stat('esco:agile'), lookup), true);
 * assert.equal(oneIdea(stat('esco:develop'), stat('esco:build'), lookup), true);
 * // "sales leads" are a thing of their own, not the work of leading
 * assert.equal(oneIdea(stat('esco:lead'), stat('topic:leads'), lookup), false);
 */
export function oneIdea(
  a: ConceptStat,
  b: ConceptStat,
  lookup: ConceptLookup,
  keyOf: (id: string) => string | undefined = (id) => subjectKey(lookup.subject?.(id)),
): boolean {
  if (a.info.skillType === 'tool' || b.info.skillType === 'tool') return false;
  // Closeness first: one dot product rules out most pairs for less than reading their words (measured).
  if (lookup.similarity(a.id, b.id) < ONE_IDEA) return false;
  return twoVerbs(a, b) || namesIdea(a, b, keyOf) || namesIdea(b, a, keyOf);
}

// Whether y's subject is x's work as a noun, or a word of x's field's name (see oneIdea).
function namesIdea(x: ConceptStat, y: ConceptStat, keyOf: (id: string) => string | undefined): boolean {
  const subject = keyOf(y.id);
  if (subject === undefined) return false;
  const keys = labelKeys(x.info.label);
  // The noun of the work, about what the work is about, or about nothing else: "customer deployments" are not
  // "deploy cloud resource".
  if (isWork(x)) {
    const verb = keys[0];
    return (
      verb !== undefined &&
      verbNoun(verb, subject) &&
      sameObject(lowerWords(x.info.label).slice(1), labelKeys(y.info.label), subject)
    );
  }
  return (
    x.info.skillType === 'knowledge' &&
    y.info.kind === 'topic' &&
    !GENERIC.has(subject) &&
    keys.includes(subject)
  );
}

/** An activity or competence: a verb and its object. */
export function isWork(x: Pick<ConceptStat, 'info'>): boolean {
  return x.info.kind === 'activity' || x.info.skillType === 'skill/competence';
}

// One work said with two verbs: the same object after each ("develop predictive models", "build predictive models"),
// where the object says what the work is. Of a general object the verb says it: leading a team is not managing one,
// nor is processing data managing it.
function twoVerbs(a: ConceptStat, b: ConceptStat): boolean {
  const object = specificObject(a);
  return object !== null && object === specificObject(b);
}

// The object of an activity's or competence's label when it names something in particular ("predictive models"),
// else null ("a team", "data"); the same answer for every label, so computed once each.
const specificObject = (s: ConceptStat): string | null => (isWork(s) ? objectOf(s.info.label) : null);
const objectOf = memoizeString((label: string): string | null => {
  const words = lowerWords(label).slice(1);
  return words.some((w) => w.length > 2 && !isStopWord(w) && !GENERIC.has(w)) ? words.join(' ') : null;
}, 50_000);

// Whether a verb's object and the words a noun phrase adds to its subject name the same thing, or the object names
// nothing in particular ("lead others"). A word generic as a subject still tells a phrase apart ("customer").
// The object's words are as written (GENERIC lists "others", not "other"); the phrase's have their plurals dropped.
function sameObject(object: readonly string[], phrase: readonly string[], subject: string): boolean {
  const content = (w: string) => w !== subject && w.length > 2 && !isStopWord(w);
  const a = object.filter((w) => content(w) && !GENERIC.has(w)).map((w) => subjectKey(w) as string);
  const b = phrase.filter(content);
  return a.length === 0 || b.length === 0 || a.some((w) => b.includes(w));
}

// A label's words, lower-cased. Merging asks for the same few hundred labels many times: each is split once.
const lowerWords: (label: string) => readonly string[] = memoizeString(
  (label) =>
    label
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  50_000,
);

// A label's words as subject keys: lower-cased, plurals dropped ("Agile development" → agile, development).
const labelKeys: (label: string) => readonly string[] = memoizeString(
  (label) => lowerWords(label).map((w) => subjectKey(w) as string),
  50_000,
);

// Whether a noun names the doing of a verb: the noun starts with the verb less a final "e" and goes on as a noun
// suffix does ("lead" → leadership, "manage" → management, "analyse" → analysis, "plan" → planning), not as another
// word ("sales leads" are not the work of leading; a "manager" is a person, not the managing).
function verbNoun(verb: string, noun: string): boolean {
  const stem = verbStem(verb);
  if (stem === undefined || !noun.startsWith(stem)) return false;
  return /^(?:e?ment|ership|ship|is|ion|ation|ance|ence|ing|ning|ry|y)$/.test(noun.slice(stem.length));
}

// A verb less a final "e" ("manage" → manag), the start of the nouns made from it; undefined when too short to tell.
function verbStem(verb: string): string | undefined {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return stem.length < 3 ? undefined : stem;
}

/**
 * A tool or a named technology (ESCO writes other labels lower-case): "Python", "Node.js", not "cloud technologies".
 * Bundles read such lines as one.
 */
export function isNamedTech(s: Pick<ConceptStat, 'info'>): boolean {
  return s.info.skillType === 'tool' || (s.info.skillType === 'knowledge' && /^[A-Z]/.test(s.info.label));
}

/** A skill line of named tools only ("Python", "PostgreSQL or MySQL"): what a theme's bundle takes. */
export function isNamedLine(line: Pick<Line, 'kind' | 'members'>): boolean {
  return line.kind === 'skill' && line.members.every(isNamedTech);
}

// Lines whose heads are one subject in near-identical words merge after the fact too: a concept seen before its twin
// had a line of its own may have started a line of its own. The merged line keeps every member with its own count.
function mergeSameSubject(lines: Line[], lookup: ConceptLookup, maxMembers: number): Line[] {
  const out = [...lines].sort((a, b) => b.listings.length - a.listings.length || cmp(headId(a), headId(b)));
  const words = headWords(lookup);
  for (let i = 0; i < out.length; i++) {
    const a = out[i] as Line;
    for (let j = i + 1; j < out.length; j++) {
      const b = out[j] as Line;
      const [ha, hb] = [a.members[0], b.members[0]];
      if (!ha || !hb || a.members.length + b.members.length > maxMembers) continue;
      // A line that is another verb for a member's work joins that member's line too ("develop predictive models"
      // beside "build predictive models" in the machine-learning-models line).
      const object = specificObject(hb);
      const twin =
        object !== null &&
        a.members.some((m) => specificObject(m) === object && lookup.similarity(m.id, hb.id) >= ONE_IDEA);
      // Only heads whose words could make them one subject or one idea are compared by meaning: the lines are many,
      // and a prototype per pair was most of a profile's line merging.
      if (!twin && !mayBeOne(words(ha), words(hb))) continue;
      if (!twin && !sameSubjectNear(ha, hb, lookup) && !oneIdea(ha, hb, lookup)) continue;
      a.members.push(...b.members);
      a.members.sort((x, y) => y.listings.length - x.listings.length || cmp(x.id, y.id));
      a.listings = unionSorted([a.listings, b.listings]);
      out.splice(j, 1);
      j--;
    }
  }
  return out;
}

/**
 * Lines written as one work with two verbs and the same specific object, whose heads are close in meaning (cosine
 * ONE_IDEA or more), are one line: the rarer joins the commoner. Concept labels can differ where the listings' words
 * do not: ESCO's "create data models" and O*NET's "Develop models of information or communications systems", both
 * written "… data models" from the listings that say them.
 * @example
 * import { fixtureLookup } from './testing.ts';
 * const line = (id: string, label: string, listings: number[]) => ({ kind: 'duty', members: [{ id, info: { kind: 'activity', label }, listings }], listings }) as unknown as Line;
 * const create = line('a', 'create data models', [0, 1, 2]);
 * const develop = line('b', 'Develop models of information systems.', [2, 3]);
 * const texts = new Map([[create, 'Create data models'], [develop, 'Develop data models']]);
 * const merged = mergeSameWording([create, develop], (l) => texts.get(l) ?? '', fixtureLookup([], () => 0.64));
 * assert.deepEqual(merged.map((l) => [l.members.map((m) => m.id), l.listings]), [[['a', 'b'], [0, 1, 2, 3]]]);
 * // Not close in meaning, or a generic object ("Manage data", "Process data"): two lines.
 * assert.equal(mergeSameWording([create, develop], (l) => texts.get(l) ?? '', fixtureLookup([], () => 0.4)).length, 2);
 */
export function mergeSameWording(
  lines: readonly Line[],
  textOf: (line: Line) => string,
  lookup: ConceptLookup,
  maxMembers = 5,
): Line[] {
  // Only a line with a close work line needs its text: writing every line's is most of the cost.
  const work = lines.map((l) => l.members[0] !== undefined && isWork(l.members[0]));
  const near = lines.map(() => false);
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++)
      if (
        work[i] &&
        work[j] &&
        lookup.similarity(headId(lines[i] as Line), headId(lines[j] as Line)) >= ONE_IDEA
      )
        near[i] = near[j] = true;
  const objects = lines.map((l, i) => (near[i] ? objectOf(textOf(l)) : null));
  // Lines that merge with none stay the same objects (a caller may have cached their text).
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const [a, b] = [out[i] as Line, out[j] as Line];
      const object = objects[i];
      if (!object || object !== objects[j] || a.kind !== b.kind) continue;
      if (a.members.length + b.members.length > maxMembers) continue;
      if (lookup.similarity(headId(a), headId(b)) < ONE_IDEA) continue;
      const [big, small] = b.listings.length > a.listings.length ? [b, a] : [a, b];
      const members = [...big.members, ...small.members].sort(
        (x, y) => y.listings.length - x.listings.length || cmp(x.id, y.id),
      );
      out[i] = { ...big, members, listings: unionSorted([big.listings, small.listings]) };
      out.splice(j, 1);
      objects.splice(j, 1);
      j--;
    }
  }
  return out.sort((x, y) => y.listings.length - x.listings.length || cmp(headId(x), headId(y)));
}

/** What sameSubjectNear and oneIdea read of a concept's words, read once per concept. */
interface HeadWords {
  subject: string | undefined;
  /** The verb less a final "e", where its noun could derive from it (see verbNoun). */
  stem: string | undefined;
  object: string | null;
  keys: readonly string[];
  knowledge: boolean;
  topic: boolean;
}

function headWords(lookup: ConceptLookup): (s: ConceptStat) => HeadWords {
  const known = new Map<ConceptStat, HeadWords>();
  return (s) => {
    let w = known.get(s);
    if (!w) {
      const keys = labelKeys(s.info.label);
      w = {
        subject: subjectKey(lookup.subject?.(s.id)),
        stem: isWork(s) ? verbStem(keys[0] ?? '') : undefined,
        object: specificObject(s),
        keys,
        knowledge: s.info.skillType === 'knowledge',
        topic: s.info.kind === 'topic',
      };
      known.set(s, w);
    }
    return w;
  };
}

// Whether two heads' words allow them to be one subject (sameSubjectNear) or one idea (oneIdea): true whenever
// either can hold, so that testing this first changes no answer.
function mayBeOne(a: HeadWords, b: HeadWords): boolean {
  if (a.subject !== undefined && a.subject === b.subject) return true;
  if (a.object !== null && a.object === b.object) return true;
  return mayName(a, b) || mayName(b, a);
}

// Whether y's subject may be x's work as a noun (it starts with the verb's stem) or a word of x's field's name.
function mayName(x: HeadWords, y: HeadWords): boolean {
  if (y.subject === undefined) return false;
  if (x.stem !== undefined) return y.subject.startsWith(x.stem);
  return x.knowledge && y.topic && x.keys.includes(y.subject);
}

function closeness(line: Line, stat: ConceptStat, lookup: ConceptLookup): number {
  return Math.max(...line.members.map((m) => lookup.similarity(m.id, stat.id)));
}

function headId(line: Line): string {
  return line.members[0]?.id ?? '';
}

// Named tools and knowledge areas are distinct asks even when one sentence lists them together ("Python, R and
// SQL"): they merge only when they mean the same. Activities said by the same sentences are one duty said twice.
function sameThing(
  a: ConceptStat,
  b: ConceptStat,
  lookup: ConceptLookup,
  coLinked: number,
  sameMeaning: number,
  byFamily = true,
  head = a.id,
): boolean {
  const named = (s: ConceptStat) => s.info.skillType === 'knowledge' || s.info.skillType === 'tool';
  if (named(a) || named(b))
    return displayLabel(a.info.label).toLowerCase() === displayLabel(b.info.label).toLowerCase();
  if (lookup.similarity(a.id, b.id) >= sameMeaning) return true;
  if (sameName(a, b)) return true;
  // Activities of one O*NET family ("Recruit personnel", "Hire personnel") are one duty to a reader.
  // Activities of one O*NET family that also mean much the same ("Recruit personnel", "Hire personnel") are one duty
  // to a reader; a family alone is too broad ("Develop operational or technical procedures" holds security policy and
  // data management).
  if (
    byFamily &&
    a.info.kind === 'activity' &&
    b.info.kind === 'activity' &&
    a.info.broader &&
    a.info.broader.id === b.info.broader?.id &&
    lookup.similarity(a.id, b.id) >= 0.7
  )
    return true;
  let shared = 0;
  for (const s of b.sentences) if (a.sentences.has(s)) shared++;
  // Said by the same sentences and not unrelated in meaning: "datasets" and "counterparts" share sentences by chance.
  return (
    shared >= coLinked * Math.min(a.sentences.size, b.sentences.size) &&
    shared >= 2 &&
    lookup.similarity(a.id, b.id) >= 0.3 &&
    // The linker may tie a far concept to a line's sentences by one shared word ("Monitor swimming-pool
    // infrastructure" on "cloud infrastructure" sentences): it joins only when close to the line's head too.
    lookup.similarity(head, b.id) >= CO_LINKED_NEAR_HEAD
  );
}

// A field and the work on it are one competency area to a reader ("cyber security" with "Implement security
// measures…" and "Develop … security policies"): a line that holds a field (knowledge or topic) takes the activities
// and competences about the same word that are not unrelated to it, and another field only when it is nearly the
// same ("cloud infrastructure" with "cloud technologies"); a line of work without a field takes its field. Work
// never joins work by subject alone: where a word is the domain itself ("nursing", "data"), that would make one line
// of everything. Nor does a field take work its listings do not say more often than chance: where the subject is the
// role's own ("models" for a data scientist, "care" for a nurse), every listing says some of it, and "predictive
// models" would take "Create data models" and "Develop theories or models of physical phenomena" as one line.
function joinsArea(line: Line, stat: ConceptStat, lookup: ConceptLookup, n: number): boolean {
  if (stat.info.skillType === 'tool') return false;
  const field = line.members.find(isArea);
  const anchor = field ?? line.members[0];
  if (!anchor || anchor.info.skillType === 'tool') return false;
  const subject = lookup.subject?.(stat.id);
  if (!subject || lookup.subject?.(anchor.id) !== subject) return false;
  if (together(line, stat, n) < TOGETHER) return false;
  if (!field) return isArea(stat) && lookup.similarity(anchor.id, stat.id) >= WORK_ON_FIELD;
  return lookup.similarity(anchor.id, stat.id) >= (isArea(stat) ? SAME_FIELD : WORK_ON_FIELD);
}

/**
 * How many times more often than chance the listings that say the line also say the concept (their co-occurrence
 * lift): 1 when independent.
 * @example
 * const line = { kind: 'duty', members: [], listings: [0, 1] } as Line;
 * assert.equal(together(line, { listings: [1, 2] } as ConceptStat, 10), 2.5); // 1 listing, 0.4 expected
 */
export function together(
  line: Pick<Line, 'listings'>,
  stat: Pick<ConceptStat, 'listings'>,
  n: number,
): number {
  const inLine = new Set(line.listings);
  let both = 0;
  for (const x of stat.listings) if (inLine.has(x)) both++;
  const expected = (line.listings.length * stat.listings.length) / Math.max(1, n);
  return expected > 0 ? both / expected : 0;
}

/** Co-occurrence lift a concept needs with a line to join it by subject. */
const TOGETHER = 2;

/** Closeness a second field needs to the line's field to join it by subject. */
const SAME_FIELD = 0.65;
/** Closeness an activity or competence needs to a field it shares its subject with. */
const WORK_ON_FIELD = 0.4;

function isArea(s: ConceptStat): boolean {
  return s.info.kind === 'topic' || s.info.skillType === 'knowledge';
}

// A duty and a skill that the same sentences say and that mean nearly the same ("data visualization" and "deliver
// visual presentation of data") are one line; named tools and knowledge areas keep their own.
function sameAcrossKinds(a: ConceptStat, b: ConceptStat, lookup: ConceptLookup): boolean {
  const named = (s: ConceptStat) => s.info.skillType === 'knowledge' || s.info.skillType === 'tool';
  if (named(a) || named(b) || lookup.similarity(a.id, b.id) < ACROSS_KINDS.meaning) return false;
  let shared = 0;
  for (const s of b.sentences) if (a.sentences.has(s)) shared++;
  return shared >= 2 && shared >= ACROSS_KINDS.sentences * Math.min(a.sentences.size, b.sentences.size);
}

/** Closeness in meaning, and share of the smaller concept's sentences, a duty and a skill need to be one line. */
const ACROSS_KINDS = { meaning: 0.7, sentences: 0.75 };

// Two activities or competences an analyst calls by one name ("recruit employees", "Recruit personnel." →
// Recruiting) are one duty; named tools and knowledge areas are compared by their names elsewhere.
function sameName(a: ConceptStat, b: ConceptStat): boolean {
  const plain = (s: ConceptStat) =>
    s.info.kind !== 'topic' && s.info.skillType !== 'knowledge' && s.info.skillType !== 'tool';
  return plain(a) && plain(b) && shortName(a.info.label) === shortName(b.info.label);
}

/**
 * The line as the report shows it: text written for the concept, each member's own count, and quotes from the
 * listings whose links score highest.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([
 *   { id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' },
 *   { id: 'esco:recruit', kind: 'skill', label: 'recruit employees', skillType: 'skill/competence' },
 * ], () => 0.7);
 * const both = { duty: 'Hire engineers', concepts: ['dwa:recruit', 'esco:recruit'] };
 * const listings = ['a', 'b', 'c', 'd'].map((id) => fixtureListing(id, [null], [id === 'd' ? { duty: 'Grow the team', concepts: ['dwa:recruit'] } : both]));
 * const [line] = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * const item = writeLine(line, listings, 'Hire engineers');
 * assert.deepEqual([item.text, item.count, item.share], ['Hire engineers', 4, 1]);
 * assert.deepEqual(item.members.map((m) => [m.label, m.count]), [['Recruit personnel', 4], ['Recruit employees', 3]]);
 * assert.match(item.evidence[0]?.quote ?? '', /Hire engineers|Grow the team/);
 */
export function writeLine(line: Line, listings: readonly ProfileListing[], text: string): ProfileItem {
  const n = listings.length;
  const count = line.listings.length;
  // Concepts a reader cannot tell apart (ESCO "collaborate with others" and O*NET "Collaborate with others.", ESCO's
  // "person-centred care" and "person centred care") show as one member, named by the commoner, counted over both.
  const byLabel = new Map<string, { id: string; label: string; listings: number[][] }>();
  for (const m of line.members) {
    const label = memberLabel(m);
    const key = label.toLowerCase().replace(/[-\s]+/g, ' ');
    const e = byLabel.get(key);
    if (e) e.listings.push(m.listings);
    else byLabel.set(key, { id: m.id, label, listings: [m.listings] });
  }
  const members: LineMember[] = [...byLabel.values()]
    .map(({ label, ...e }) => {
      const count = unionSorted(e.listings).length;
      return { id: e.id, label, count, share: round4(count / n) };
    })
    .sort((a, b) => b.count - a.count || cmp(a.label, b.label));
  const concepts: ConceptRef[] = line.members.map((m) => ({
    id: m.id,
    label: m.info.label,
    kind: m.info.kind,
  }));
  const candidates: EvidenceCandidate[] = [];
  line.members.forEach((m, mi) => {
    for (const { listing, link } of m.links) {
      const l = listings[listing];
      // Sentences from what the job asks come first, then stronger links, then the line's own head concept; a
      // sentence too long to quote whole (a run-on list of twenty skills) is cut around its middle, where the line's
      // words may not be, and is the same quote for every line it names: it comes after the others.
      const rank =
        (ASKED.has(link.section) ? 0 : 100) +
        Math.round((1 - link.score) * 10) +
        mi +
        (link.end - link.start > MAX_QUOTE ? 20 : 0);
      candidates.push(
        l ? new SpanQuote(l.id, rank, l.text, link.start, link.end) : { listingId: '', rank, quote: '' },
      );
    }
  });
  return {
    text,
    count,
    share: round4(count / n),
    ci: wilsonInterval(count, n),
    kind: line.kind,
    concepts,
    members,
    evidence: pickEvidence(candidates, 3),
  };
}

/** Least share of a topic's evidence sentences that must say its description's verb for the description to be its text. */
const UNSAID_VERB = 0.1;

/**
 * A topic line's text: its description, unless the description's verb says nothing of the duty ("Work cloud
 * infrastructures"); then the verb + object its listings share, else its subject ("Cloud infrastructure").
 * @example
 * assert.equal(topicText({ kind: 'duty', members: [], listings: [] }, [], 'Work cloud infrastructures', 'cloud infrastructure'), 'Cloud infrastructure');
 */
export function topicText(
  line: Line,
  listings: readonly ProfileListing[],
  text: string,
  label: string,
): string {
  // A mined description whose verb fewer than one in ten of its sentences say is the miner's word, not the
  // listings' ("Educate prospects", 3%, for "develop prospects through cold calling"; "Build automation", 0%, for
  // sales listings; "Influence roadmap", 7%, for tech leaders, who develop and own it): the verb they write with the
  // topic, else the topic itself ("Prospects", "Roadmap").
  if (line.members[0]?.info.kind === 'topic' && !saysDescriptionVerb(line, listings, text)) {
    const said = topicWording(line, listings);
    return said ? analystLabel(said, label) : capitalizeFirst(saidModifier(line, listings) ?? label);
  }
  const cleaned = analystLabel(text, label);
  if (cleaned === analystLabel(text, label, true)) return cleaned;
  const shared = commonWording(line, listings);
  return shared && analystLabel(shared) === shared ? shared : cleaned;
}

/**
 * Whether at least one in ten of a line's evidence sentences say the first word of a description ("Educate
 * prospects": 3% say "educate"; "Influence roadmap": 7% of a tech leader's), or the description opens with no
 * verb-like word at all.
 * @example
 * assert.equal(saysDescriptionVerb({ kind: 'duty', members: [], listings: [] }, [], 'Build automation'), false);
 */
export function saysDescriptionVerb(line: Line, listings: readonly ProfileListing[], text: string): boolean {
  // Only a word can be a verb ("=SUM(A1) define …" is hostile text, written as given and escaped by the renderers).
  const first = text.split(/\s+/)[0] ?? '';
  if (!/^[A-Za-z][a-z-]*$/.test(first)) return true;
  return verbShare(line, listings, first) >= UNSAID_VERB;
}

/**
 * A member's name as shown in "Python 80% · SQL 61%": the label without qualifiers, written as an analyst writes a
 * line (analystLabel: "Perform data mining" → "Data mining"), capitalized like the others ("architecture" →
 * "Architecture"). `choose` may settle the taxonomy's label first (saidAlternative: the object its listings say).
 * @example
 * assert.equal(memberLabel({ info: { label: 'Recruit personnel.', kind: 'activity' } } as ConceptStat), 'Recruit personnel');
 * assert.equal(memberLabel({ info: { label: 'continuous improvement', kind: 'topic' } } as ConceptStat), 'Continuous improvement');
 * assert.equal(memberLabel({ info: { label: 'Develop software or computer applications.', kind: 'activity' } } as ConceptStat), 'Develop software applications');
 */
export function memberLabel(stat: Pick<ConceptStat, 'info'>, choose?: (label: string) => string): string {
  const label = conciseLabel(displayLabel(stat.info.label).replace(/\.$/, ''));
  return analystLabel(choose ? choose(label) : label);
}

/**
 * A long activity title cut before its purpose or setting ("Apply mathematical principles or statistical approaches
 * to solve problems in scientific or applied fields" → "Apply mathematical principles or statistical approaches").
 * @example
 * assert.equal(conciseLabel('Prepare operational budgets'), 'Prepare operational budgets');
 * assert.equal(
 *   conciseLabel('Develop collaborative relationships between departments or with external organizations.'),
 *   'Develop collaborative relationships between departments',
 * );
 */
export function conciseLabel(label: string, max = 60): string {
  if (label.length <= max) return label;
  const cut = / (to|in|for|with|that|from|during|using|such as|based on) /g;
  let m: RegExpExecArray | null = cut.exec(label);
  while (m && m.index < 20) m = cut.exec(label);
  // A cut inside a coordination leaves its conjunction behind ("between departments or | with …").
  return m ? label.slice(0, m.index).replace(/(?:[\s,;]+(?:or|and))+$|[\s,;]+$/, '') : label;
}
