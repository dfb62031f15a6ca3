/**
 * The phrase index the skill matcher walks: a token trie over stemmed label words, and a bag-of-words map for
 * 2–3-word labels written in another order ("software development" / "develop software").
 * @module
 */

import type { Taxonomy } from '../../taxonomy/index.ts';
import { isStopWord, SKILL_ALIASES, stemCached, wordNorms } from '../../taxonomy/index.ts';
import { EdgeTable } from './edge-table.ts';
import { LOW_INFORMATION_LABELS } from './low-information.ts';

/** Where a matched label came from; higher wins when labels of several concepts match the same words. */
export const LABEL_KINDS = ['hidden', 'alt', 'preferred', 'alias'] as const;
/** One of {@link LABEL_KINDS}. */
export type LabelKind = (typeof LABEL_KINDS)[number];

/** One label form of one concept, as stored at a trie node or under a bag key. */
export interface IndexedLabel {
  concept: number;
  kind: LabelKind;
  /** Lower-cased label words joined by spaces: a match is `exact` when the text's words are these. */
  norm: string;
  /** Number of words in the label. */
  words: number;
  /** Set for one-word acronym alternative labels ("IoT", "GIS"): the text must be spelled exactly so. */
  spelling?: string;
  /** True when a one-word label may match its plural: common nouns ("database"), not names ("Canva", "Docker"). */
  plural?: boolean;
}

/** The built index. */
export interface MatcherIndex {
  /** Stem → small integer id, so trie edges have numeric keys. */
  stemIds: Map<string, number>;
  /** Trie edges: (node, stem id) → child node; node 0 is the root. */
  edges: EdgeTable;
  /** Labels ending at a node, indexed by node (an array: the matcher reads it once per trie step). */
  terminals: (IndexedLabel[] | undefined)[];
  /** Content-word stem ids of 2–3-word labels, sorted and joined by {@link bagKey} → labels. */
  bags: Map<string, IndexedLabel[]>;
  /** 1 for stem ids that occur in some bag: other words cannot start or extend a reordered match. */
  bagWord: Uint8Array;
  /** A bit per {@link bagHash} of every bag key: a clear bit means no bag, without building the key. */
  bagFilter: Uint32Array;
  /** Concepts that are about ICT (ESCO ICT groups, software tools): context for ambiguous names. */
  tech: Uint8Array;
  /** Concepts that are O*NET physical tools ("Lawn mowers"): seldom what a listing asks for. */
  physical: Uint8Array;
  /** Longest label, in words. */
  maxWords: number;
}

const cache = new WeakMap<Taxonomy, MatcherIndex>();
const KIND_RANK: Record<LabelKind, number> = { hidden: 0, alt: 1, preferred: 2, alias: 3 };

/**
 * Builds (once per taxonomy, then cached) the matcher's index of preferred labels, alternative and hidden labels,
 * O*NET tool names and the curated aliases, leaving out low-information labels.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const index = matcherIndex(loadTaxonomy());
 * assert.ok(index.bags.size > 0);
 */
export function matcherIndex(taxonomy: Taxonomy): MatcherIndex {
  const hit = cache.get(taxonomy);
  if (hit) return hit;
  const index: MatcherIndex = {
    stemIds: new Map(),
    edges: new EdgeTable(1 << 18),
    terminals: [undefined],
    bags: new Map(),
    bagWord: new Uint8Array(0),
    bagFilter: new Uint32Array(1 << (BAG_FILTER_BITS - 5)),
    tech: new Uint8Array(taxonomy.concepts.length),
    physical: new Uint8Array(taxonomy.concepts.length),
    maxWords: 0,
  };
  let nodes = 1;
  const stemId = (stem: string): number => {
    let id = index.stemIds.get(stem);
    if (id === undefined) {
      id = index.stemIds.size;
      index.stemIds.set(stem, id);
    }
    return id;
  };
  const add = (concept: number, form: string, kind: LabelKind, fromEsco = false): void => {
    const words = wordNorms(form);
    if (words.length === 0 || words.length > 10) return;
    const norm = words.join(' ');
    if (kind !== 'alias') {
      if (LOW_INFORMATION_LABELS.has(norm)) return;
      // Single-word hidden labels are misspellings and loose synonyms ("care" → attend to detail); labels that open
      // or close on a function word ("and procedures") are fragments.
      if (kind === 'hidden' && words.length === 1) return;
      if (isStopWord(words[0] as string) || isStopWord(words[words.length - 1] as string)) return;
      // One-word alternative labels are mostly ordinary words ("space", "term", "current"); only names spelled
      // with inner capitals, digits or symbols ("IoT", "GIS", "OpenCV") are kept, and matched case-sensitively.
      if (kind === 'alt' && words.length === 1 && !(form.length >= 3 && /[A-Z].*[A-Z]|[0-9+#]/.test(form)))
        return;
    }
    const stems = words.map(stemCached);
    let node = 0;
    for (const s of stems) {
      const id = stemId(s);
      let next = index.edges.get(node, id);
      if (next === -1) {
        next = nodes++;
        index.edges.set(node, id, next);
        index.terminals.push(undefined);
      }
      node = next;
    }
    let list = index.terminals[node];
    const prior = list?.find((l) => l.concept === concept && l.norm === norm);
    if (prior) {
      if (KIND_RANK[kind] > KIND_RANK[prior.kind]) prior.kind = kind;
      // A curated alias or a tool name vouches for the word in any case ("python", "keras").
      if (!fromEsco) delete prior.spelling;
      return;
    }
    const label: IndexedLabel = { concept, kind, norm, words: words.length };
    if (words.length === 1 && form === form.toLowerCase()) label.plural = true;
    if (kind === 'alt' && words.length === 1) label.spelling = form.trim();
    // Capitalised one-word ESCO names (languages, products: "Polish", "Unity") are ordinary words in lower case.
    // Upper-case ESCO acronyms ("SAND", "SPARK") likewise: "Sands", "spark".
    if (
      kind === 'preferred' &&
      words.length === 1 &&
      fromEsco &&
      /^([A-Z][a-z]+|[A-Z]{2,}[0-9]?)$/.test(form.trim())
    )
      label.spelling = form.trim();
    if (!list) {
      list = [];
      index.terminals[node] = list;
    }
    list.push(label);
    if (words.length > index.maxWords) index.maxWords = words.length;
    const content = stems.filter((_, i) => !isStopWord(words[i] as string));
    // Reordered matches only for preferred labels and aliases: alternative labels reordered are too loose
    // ("development team" is not "team development").
    if (
      (kind === 'preferred' || kind === 'alias') &&
      content.length >= 2 &&
      content.length <= 3 &&
      words.length <= 5
    ) {
      const ids = content.map(stemId);
      const bag = bagKey(ids);
      const h = bagHash(ids);
      index.bagFilter[h >>> 5] = (index.bagFilter[h >>> 5] as number) | (1 << (h & 31));
      const bl = index.bags.get(bag);
      if (bl) bl.push(label);
      else index.bags.set(bag, [label]);
    }
  };
  for (const c of taxonomy.concepts) {
    if (c.type === 'tool') continue;
    add(c.index, c.label, 'preferred', true);
    const bare = c.label.replace(/\s*\([^)]*\)\s*$/, '');
    if (bare !== c.label) add(c.index, bare, 'preferred', true);
    for (const a of c.altLabels) add(c.index, a, 'alt');
    for (const h of c.hiddenLabels) add(c.index, h, 'hidden');
  }
  for (const t of taxonomy.tools) {
    // Single-word physical tools ("Pens", "Computers") are everyday words, not skill evidence.
    if (t.kind === 'physical' && wordNorms(t.name).length < 2) continue;
    add(t.concept.index, t.name, 'preferred');
    if (t.kind === 'software') index.tech[t.concept.index] = 1;
    else if (t.concept.type === 'tool') index.physical[t.concept.index] = 1;
  }
  for (const a of SKILL_ALIASES) {
    const c = taxonomy.byUri(a.uri);
    if (!c) continue;
    for (const f of a.forms) add(c.index, f, 'alias');
  }
  for (const c of taxonomy.concepts) {
    if (c.type === 'tool') continue;
    if (
      taxonomy.groupPath(c.uri).some((g) => /information and communication technolog|computer/i.test(g.label))
    )
      index.tech[c.index] = 1;
  }
  index.bagWord = new Uint8Array(index.stemIds.size);
  for (const key of index.bags.keys()) for (const id of key.split(',')) index.bagWord[Number(id)] = 1;
  cache.set(taxonomy, index);
  return index;
}

/**
 * True when the concept is about ICT (an ESCO ICT/computer group or an O*NET software tool).
 * Extract-skills reads the per-concept flags only through these named exports: a process that loads an
 * extract-skills.ts newer than this file (a checkout edited while it starts) then fails at load time, naming the
 * missing export, instead of throwing "Cannot read properties of undefined (reading '8326')" on some listing.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const t = loadTaxonomy();
 * assert.equal(isTechConcept(matcherIndex(t), t.byLabel('PostgreSQL')[0]?.index ?? -1), true);
 */
export function isTechConcept(index: MatcherIndex, concept: number): boolean {
  return index.tech[concept] === 1;
}

/**
 * True when the concept is an O*NET physical tool ("Lawn mowers"), seldom what a listing asks for.
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const t = loadTaxonomy();
 * assert.equal(isPhysicalTool(matcherIndex(t), t.byLabel('PostgreSQL')[0]?.index ?? -1), false);
 */
export function isPhysicalTool(index: MatcherIndex, concept: number): boolean {
  return index.physical[concept] === 1;
}

// 2^20 bits (128 KB): a few percent of the bits are set, so nearly every word pair of a text that is no bag is
// ruled out by one bit test, where a key string and a Map lookup would cost far more.
const BAG_FILTER_BITS = 20;

/**
 * An order-free hash of 2–3 stem ids into the bag filter's range.
 * @example
 * assert.equal(bagHash([7, 3]), bagHash([3, 7]));
 */
export function bagHash(ids: readonly number[]): number {
  // A sum is order-free; each id is scrambled first (murmur3's finalizer) so that equal sums of ids do not collide.
  let h = 0;
  for (const id of ids) {
    let x = Math.imul(id ^ (id >>> 16), 0x85ebca6b);
    x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
    h = (h + (x ^ (x >>> 16))) | 0;
  }
  return h >>> (32 - BAG_FILTER_BITS);
}

/**
 * True when some bag may have these stem ids (false: certainly none).
 * @example
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
 * const index = matcherIndex(loadTaxonomy());
 * const [key] = index.bags.keys();
 * assert.equal(mayBeBag(index, (key as string).split(',').map(Number)), true);
 */
export function mayBeBag(index: MatcherIndex, ids: readonly number[]): boolean {
  const h = bagHash(ids);
  return ((index.bagFilter[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}

/**
 * The order-free key of 2–3 stem ids.
 * @example
 * assert.equal(bagKey([7, 3]), bagKey([3, 7]));
 */
export function bagKey(ids: readonly number[]): string {
  // Pairs, the key matchPhrases builds most, without copying and sorting an array.
  if (ids.length === 2) {
    const a = ids[0] as number;
    const b = ids[1] as number;
    return a <= b ? `${a},${b}` : `${b},${a}`;
  }
  return [...ids].sort((a, b) => a - b).join(',');
}
