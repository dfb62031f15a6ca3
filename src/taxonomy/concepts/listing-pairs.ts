/**
 * In-domain distant supervision for the concept encoder: listing statements that write out a concept, with the words
 * that name it removed, paired with the concept's label. Removing the label forces the encoder to learn the context
 * that signals the concept ("retain a team of engineers" → recruiting) instead of the literal label.
 * @module
 */
import { createHash } from 'node:crypto';
import { isStopWord, scanWords, stemCached, wordNorms } from '../tokenize.ts';
import type { OnetDwa } from './read-onet-activities.ts';

/** One listing statement with the skill mentions found in it (offsets relative to the statement). */
export interface ListingStatement {
  text: string;
  /** [concept URI, start, end] of each skill span inside the statement. */
  mentions: [string, number, number][];
}

/** A (statement without the label words, label) pair. */
export interface ListingPair {
  query: string;
  target: string;
  source: 'listing-skill' | 'listing-dwa';
}

/** Settings of {@link listingPairs}. */
export interface ListingPairOptions {
  /** Label of a skill concept URI, or undefined to skip it (tools, concepts outside the catalog). */
  labelOf: (uri: string) => string | undefined;
  /** O*NET DWAs matched by their title's content words (2 to 4 of them, all present in order). */
  dwas?: readonly OnetDwa[];
  /** Pairs per concept, at most (a stable hash of the text picks which). @default 30 */
  perConcept?: number;
  /** Content words a query must keep once the label is removed. @default 3 */
  minWords?: number;
  /** Longest statement used, in content words (longer ones are usually unsplit lists). @default 30 */
  maxWords?: number;
  /** Statements never used (e.g. the evaluation's gold sentences), compared lower-cased and trimmed. */
  exclude?: ReadonlySet<string>;
}

const hashOf = (s: string): string => createHash('sha1').update(s).digest('hex');
const contentStems = (text: string): string[] =>
  wordNorms(text)
    .filter((w) => !isStopWord(w))
    .map((w) => stemCached(w));

/**
 * Removes the character ranges from a text (ranges may overlap) and squeezes the spaces left behind.
 * @example
 * assert.equal(removeRanges('Hire and retain engineers', [[9, 15]]), 'Hire and engineers');
 */
export function removeRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  const cut = new Uint8Array(text.length);
  for (const [a, b] of ranges) cut.fill(1, Math.max(0, a), Math.min(text.length, b));
  let out = '';
  for (let i = 0; i < text.length; i++) if (!cut[i]) out += text[i];
  return out.replace(/\s+/g, ' ').trim();
}

/** Word ranges [start, end) of a text with each word's stem (stop words left out). */
function stemRanges(text: string): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  scanWords(text, (start, end) => {
    const w = text.slice(start, end);
    const norm = w === '&' ? 'and' : w.toLowerCase();
    if (!isStopWord(norm)) out.push({ stem: stemCached(norm), start, end });
  });
  return out;
}

/**
 * Pairs, in a fixed order (by concept, then by a hash of the query): each statement that names a skill (a matcher
 * span) or every content word of a short DWA title (in order), with those words removed → the label; at most
 * `perConcept` per concept and one per (query, concept).
 * @example
 * const p = listingPairs([{ text: 'Recruit and retain top engineering talent', mentions: [['u', 0, 7]] }], { labelOf: () => 'recruit employees', minWords: 2 });
 * assert.deepEqual(p, [{ query: 'and retain top engineering talent', target: 'recruit employees', source: 'listing-skill' }]);
 */
export function listingPairs(
  statements: readonly ListingStatement[],
  options: ListingPairOptions,
): ListingPair[] {
  const perConcept = options.perConcept ?? 30;
  const minWords = options.minWords ?? 3;
  const maxWords = options.maxWords ?? 30;
  const byConcept = new Map<string, Map<string, ListingPair>>();
  const add = (key: string, pair: ListingPair): void => {
    if (contentStems(pair.query).length < minWords) return;
    let m = byConcept.get(key);
    if (!m) {
      m = new Map();
      byConcept.set(key, m);
    }
    m.set(pair.query, pair);
  };
  const dwaStems = (options.dwas ?? [])
    .map((d) => ({ d, stems: contentStems(d.title) }))
    .filter((x) => x.stems.length >= 2 && x.stems.length <= 4);
  const byFirst = new Map<string, typeof dwaStems>();
  for (const x of dwaStems) {
    const k = x.stems[0] as string;
    byFirst.set(k, [...(byFirst.get(k) ?? []), x]);
  }
  for (const s of statements) {
    if (options.exclude?.has(s.text.trim().toLowerCase())) continue;
    const words = stemRanges(s.text);
    if (words.length > maxWords) continue;
    const spans = new Map<string, [number, number][]>();
    for (const [uri, a, b] of s.mentions) spans.set(uri, [...(spans.get(uri) ?? []), [a, b]]);
    for (const [uri, ranges] of spans) {
      const label = options.labelOf(uri);
      if (label) add(uri, { query: removeRanges(s.text, ranges), target: label, source: 'listing-skill' });
    }
    if (dwaStems.length === 0) continue;
    for (let i = 0; i < words.length; i++) {
      for (const x of byFirst.get((words[i] as { stem: string }).stem) ?? []) {
        const hit: [number, number][] = [];
        let k = 0;
        // The title's words in order, within a window of two extra words ("manage the workforce of … employees").
        for (let j = i; j < Math.min(words.length, i + x.stems.length + 2) && k < x.stems.length; j++) {
          const w = words[j] as { stem: string; start: number; end: number };
          if (w.stem === x.stems[k]) {
            hit.push([w.start, w.end]);
            k++;
          }
        }
        if (k === x.stems.length)
          add(x.d.id, { query: removeRanges(s.text, hit), target: x.d.title, source: 'listing-dwa' });
      }
    }
  }
  const out: ListingPair[] = [];
  for (const key of [...byConcept.keys()].sort()) {
    const pairs = [...(byConcept.get(key) as Map<string, ListingPair>).values()];
    const keyed = pairs.map((p) => [hashOf(p.query), p] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [, p] of keyed.slice(0, perConcept)) out.push(p);
  }
  return out;
}
