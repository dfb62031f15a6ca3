/**
 * Corpus topics: recurring duty and requirement subjects mined from real listings (data/concepts/topics.json,
 * built by scripts/build-topics.ts), with curated merges of mined topics that are one subject
 * (data/concepts/merged-topics.json), and the few an analyst names that the miner sets aside as generic or pitch
 * (data/concepts/named-topics.json, curated), and a literal matcher of their variants.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RoleprintError } from '../errors.ts';
import { type Token, tokenize } from './tokenize.ts';

/** One corpus topic. */
export interface Topic {
  /** `topic:<slug>`. */
  id: string;
  /** The most common surface form ("A/B testing"). */
  label: string;
  /** Verb + object, from the verb that most often governs the phrase ("Run A/B testing"). */
  description: string;
  /** Lower-case surface forms the matcher finds (plurals, hyphens and spacing are tolerated on top). */
  variants: string[];
  /** Distinct listings whose duties or requirements name it (mined topics; a named topic has no count). */
  listings?: number;
  /** Distinct employers among those listings (mined topics). */
  employers?: number;
}

/** One topic found in a text: UTF-16 offsets of the matched words. */
export interface TopicMatch {
  id: string;
  start: number;
  end: number;
}

/** Default location of the compiled topics: data/concepts/ in the project (never ../shared). */
export const DEFAULT_TOPICS_PATH = fileURLToPath(new URL('../../data/concepts/topics.json', import.meta.url));
/** The curated named topics beside them. */
export const NAMED_TOPICS_PATH = fileURLToPath(
  new URL('../../data/concepts/named-topics.json', import.meta.url),
);
/** Curated merges of mined topics that are one subject. */
export const MERGED_TOPICS_PATH = fileURLToPath(
  new URL('../../data/concepts/merged-topics.json', import.meta.url),
);

/** A curated merge: one topic standing for several mined ones (data/concepts/merged-topics.json). */
export interface MergedTopic extends Topic {
  /** The mined topics it replaces: their labels and variants become its variants. */
  from: string[];
}

// Variants compare as their word stems glued together, so "on-call" = "on call" = "oncall" and "tests" = "testing".
const squash = (tokens: readonly Token[]): string => tokens.map((t) => t.stem).join('');

/**
 * The key a topic variant and a listing phrase share: word stems, lower-cased, glued without separators.
 * @example
 * assert.equal(topicKey('On-call rotations'), topicKey('on call rotation'));
 * assert.equal(topicKey('A/B tests'), topicKey('AB testing'));
 */
export function topicKey(text: string): string {
  return squash(tokenize(text));
}

/** Topics compiled for matching. */
export interface Compiled {
  topics: Topic[];
  /** Full key → topic id, and which of its words are acronyms that must be written in capitals. */
  keys: Map<string, { id: string; caps: boolean[] }>;
  /** Every key prefix that ends at a word boundary, so a scan stops as soon as no key can follow. */
  prefixes: Set<string>;
  /** Ids of the named (curated) topics. */
  named: Set<string>;
}

let cached: Compiled | undefined;

/** A short acronym as written in a label ("NICE", "OKRs", "CI" of "CI/CD"); single letters ("A/B") are not. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}s?$/;
/** A word written in capitals in a text ("NICE", "KPIs"), which is all an acronym variant matches. */
const CAPITALS = /^[A-Z][A-Z0-9]*s?$/;

/**
 * Word stems of a topic that must be written in capitals to match: the short acronyms of its label, so "NICE
 * guidelines" never matches "Nice to haves" and "GP" never matches "gp".
 * @example
 * assert.deepEqual([...acronymStems('NICE guidelines')], ['nice']);
 * assert.deepEqual([...acronymStems('A/B testing')], []);
 */
export function acronymStems(label: string): Set<string> {
  const out = new Set<string>();
  for (const word of label.split(/[\s/&-]+/))
    if (ACRONYM.test(word)) for (const t of tokenize(word)) out.add(t.stem);
  return out;
}

/**
 * Compiles topics for {@link matchTopicsWith}; {@link matchTopics} uses the shipped topics.
 * @example
 * const m = compileTopics([{ id: 'topic:kpis', label: 'KPIs', description: 'Track KPIs', variants: ['kpis'], listings: 9, employers: 5 }]);
 * assert.equal(matchTopicsWith(m, 'Track KPIs').length, 1);
 */
export function compileTopics(topics: Topic[]): Compiled {
  const keys = new Map<string, { id: string; caps: boolean[] }>();
  const prefixes = new Set<string>();
  for (const topic of topics) {
    const acronyms = acronymStems(topic.label);
    for (const variant of [topic.label, ...topic.variants]) {
      const tokens = tokenize(variant);
      const key = squash(tokens);
      if (key === '' || keys.has(key)) continue;
      keys.set(key, { id: topic.id, caps: tokens.map((t) => acronyms.has(t.stem)) });
      let acc = '';
      for (const t of tokens) {
        acc += t.stem;
        prefixes.add(acc);
      }
    }
  }
  return { topics, keys, prefixes, named: new Set() };
}

function readTopics<T extends Topic = Topic>(path: string, fix: string): T[] {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as T[] | { topics: T[] };
    return Array.isArray(data) ? data : data.topics;
  } catch (e) {
    throw new RoleprintError('DATA', `Cannot read the topics at ${path}: ${(e as Error).message}; ${fix}`, {
      cause: e,
    });
  }
}

/**
 * Replaces mined topics by the curated merges that stand for them (each merge's own variants first, then the label
 * and variants of every topic it replaces); a merge naming a topic that is not mined is an error, so a rebuilt
 * topics file cannot silently leave a merge matching nothing of what it was made for.
 * @example
 * const t = (id: string, variants: string[]) => ({ id, label: variants[0] ?? '', description: '', variants });
 * const merged = mergeTopics([t('topic:a', ['a/b tests']), t('topic:b', ['bees'])], [{ ...t('topic:ab', ['experiments']), from: ['topic:a'] }]);
 * assert.deepEqual(merged.map((x) => [x.id, x.variants]), [['topic:b', ['bees']], ['topic:ab', ['experiments', 'a/b tests']]]);
 */
export function mergeTopics(mined: readonly Topic[], merges: readonly MergedTopic[]): Topic[] {
  const byId = new Map(mined.map((t) => [t.id, t]));
  const replaced = new Set<string>();
  const out: Topic[] = [];
  for (const { from, ...merge } of merges) {
    const variants = [...merge.variants];
    for (const id of from) {
      const t = byId.get(id);
      if (!t)
        throw new RoleprintError(
          'DATA',
          `The merged topic ${merge.id} replaces ${id}, which is no mined topic`,
        );
      replaced.add(id);
      variants.push(t.label, ...t.variants);
    }
    out.push({ ...merge, variants: [...new Set(variants)] });
  }
  return [...mined.filter((t) => !replaced.has(t.id)), ...out];
}

function compile(path: string, namedPath: string, mergedPath: string): Compiled {
  const merges = readTopics<MergedTopic>(mergedPath, 'restore it from git');
  const mined = mergeTopics(readTopics(path, 'run npm run build:topics'), merges);
  const ids = new Set(mined.map((t) => t.id));
  const named = readTopics(namedPath, 'restore it from git').filter((t) => !ids.has(t.id));
  const all = [...mined, ...named].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...compileTopics(all), named: new Set(named.map((t) => t.id)) };
}

// The shipped topics, compiled on first use.
function shipped(): Compiled {
  cached ??= compile(DEFAULT_TOPICS_PATH, NAMED_TOPICS_PATH, MERGED_TOPICS_PATH);
  return cached;
}

/**
 * Whether a concept is a named topic (data/concepts/named-topics.json): a subject most roles share in their own words
 * ("cross-functional collaboration", "team culture"), which a profile shows in its themes but never as distinctive.
 * @example
 * assert.equal(isNamedTopic('topic:cross-functional-collaboration'), true);
 * assert.equal(isNamedTopic('topic:experiments'), false);
 */
export function isNamedTopic(id: string): boolean {
  return shipped().named.has(id);
}

/**
 * Reads data/concepts/topics.json and named-topics.json once (later calls are free) and returns the topics, sorted
 * by id.
 * @example
 * const topics = loadTopics();
 * assert.ok(topics.some((t) => t.id === 'topic:clinical-supervision'));
 */
export function loadTopics(): readonly Topic[] {
  return shipped().topics;
}

/**
 * Finds topic variants in a text: whole words, case-insensitive, plural-, hyphen- and spacing-tolerant, never across
 * phrase-ending punctuation; leftmost-longest and non-overlapping, sorted by start, except that a named topic is
 * also found inside a longer topic holding its words.
 * @example
 * const [m] = matchTopics('You will join the on-call rota.');
 * assert.deepEqual(m, { id: 'topic:on-call-rota', start: 18, end: 30 });
 */
export function matchTopics(text: string): TopicMatch[] {
  return matchTopicsWith(shipped(), text);
}

/**
 * {@link matchTopics} with compiled topics of one's own; `all` returns every match, overlapping ones included
 * ("on-call rota" and "rota" inside it), for how often a topic is part of a longer one.
 * @example
 * const m = compileTopics([{ id: 'topic:rota', label: 'rota', description: 'Staff a rota', variants: ['rota'], listings: 9, employers: 5 }]);
 * assert.equal(matchTopicsWith(m, 'the rota', true)[0]?.start, 4);
 */
export function matchTopicsWith(compiled: Compiled, text: string, all = false): TopicMatch[] {
  const { keys, prefixes, named } = compiled;
  const tokens = tokenize(text);
  const out: TopicMatch[] = [];
  const span = (from: number, last: number, id: string): TopicMatch => ({
    id,
    start: (tokens[from] as Token).start,
    end: (tokens[last] as Token).end,
  });
  // Leftmost-longest over all topics; a named topic is also found inside a longer topic that holds its words
  // ("backend services" says backend development), leftmost-longest among the named ones.
  let covered = -1;
  let namedCovered = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i <= covered && i <= namedCovered) continue;
    let acc = '';
    let hit: { id: string; last: number } | undefined;
    let namedHit: { id: string; last: number } | undefined;
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.breakBefore) break;
      acc += t.stem;
      const k = keys.get(acc);
      if (k?.caps.every((c, x) => !c || CAPITALS.test(tokens[i + x]?.surface ?? ''))) {
        hit = { id: k.id, last: j };
        if (named.has(k.id)) namedHit = hit;
        if (all) out.push(span(i, j, k.id));
      }
      if (!prefixes.has(acc)) break;
    }
    if (all) continue;
    if (hit && i > covered) {
      out.push(span(i, hit.last, hit.id));
      covered = hit.last;
      if (hit === namedHit) namedCovered = hit.last;
    }
    if (namedHit && i > namedCovered) {
      out.push(span(i, namedHit.last, namedHit.id));
      namedCovered = namedHit.last;
    }
  }
  return out;
}
