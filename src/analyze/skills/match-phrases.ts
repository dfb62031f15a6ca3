/**
 * Finds skill phrases in text: literal label matches through the token trie (exact words or shared stems),
 * ambiguous short names kept only in context, then 2–3-word labels written in another word order.
 * @module
 */
import type { Taxonomy, Token } from '../../taxonomy/index.ts';
import { isStopWord, tokenize } from '../../taxonomy/index.ts';
import { AMBIGUOUS_NAMES, TECH_CUES } from './ambiguous-names.ts';
import { LOW_INFORMATION_LABELS } from './low-information.ts';
import { bagKey, type IndexedLabel, LABEL_KINDS, type LabelKind, matcherIndex } from './matcher-index.ts';

/** How the words matched the label. */
export type MatchHow = 'exact' | 'stem' | 'bag';

/** One phrase of the text linked to one concept. */
export interface PhraseMatch {
  concept: number;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** Token positions [first, last + 1). */
  first: number;
  last: number;
  how: MatchHow;
  kind: LabelKind;
  /** Words in the matched label. */
  words: number;
  /** Other concepts whose labels matched the same words just as well. */
  rivals: number;
  /** True when the phrase is an ambiguous short name that context confirmed. */
  ambiguous: boolean;
}

const TITLE_NOUNS = new Set([
  'lead',
  'leader',
  'manager',
  'engineer',
  'director',
  'head',
  'officer',
  'developer',
  // Matched by the word itself: "critical care nurses" is a job, not "nursing care" reordered.
  'nurse',
  'nurses',
]);
const BAG_GAP = new Set(['of', 'the']);
const rank = (l: IndexedLabel, exact: boolean): number => (exact ? 10 : 0) + LABEL_KINDS.indexOf(l.kind);

/**
 * Every skill phrase in `text`, left to right, non-overlapping (longest first), each linked to its best concept.
 * @example
 * const m = matchPhrases('Experience with Postgres and K8s', loadTaxonomy());
 * assert.deepEqual(m.map((x) => x.how), ['exact', 'exact']);
 */
export function matchPhrases(
  text: string,
  taxonomy: Taxonomy,
  tokens: Token[] = tokenize(text),
): PhraseMatch[] {
  const index = matcherIndex(taxonomy);
  const line = lineNumbers(text, tokens);
  const found: PhraseMatch[] = [];
  const ids = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    ids[i] = index.stemIds.get(t.stem) ?? -1;
  });
  for (let i = 0; i < tokens.length; i++) {
    let node = 0;
    for (let j = i; j < tokens.length && j - i < index.maxWords; j++) {
      const t = tokens[j] as Token;
      if (j > i && t.breakBefore) break;
      const stem = ids[j] as number;
      if (stem < 0) break;
      const next = index.edges.get(node, stem);
      if (next === -1) break;
      node = next;
      const labels = index.terminals.get(node);
      if (labels) {
        const m = pick(labels, tokens, i, j + 1, 'stem');
        if (m) found.push(m);
      }
    }
  }
  const literal = select(
    found.filter(
      (m) =>
        !inName(m, tokens) &&
        !namesUnit(m, tokens) &&
        keepAmbiguous(m, text, tokens, line, found, index.tech),
    ),
  );
  const covered = new Uint8Array(tokens.length);
  for (const m of literal) covered.fill(1, m.first, m.last);
  const bags: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || (ids[i] as number) < 0 || index.bagWord[ids[i] as number] !== 1) continue;
    const content: number[] = [];
    for (let j = i; j < tokens.length && j - i < 5; j++) {
      const t = tokens[j] as Token;
      if (covered[j] || (j > i && t.breakBefore)) break;
      if (isStopWord(t.norm)) {
        // Only "of"/"the" may sit inside a reordered phrase ("development of software"), not "for", "a", "to" or "and".
        if (!BAG_GAP.has(t.norm)) break;
        continue;
      }
      const id = ids[j] as number;
      if (id < 0 || index.bagWord[id] !== 1) break;
      content.push(id);
      if (content.length >= 2) {
        const labels = index.bags.get(bagKey(content));
        const m = labels && pick(labels, tokens, i, j + 1, 'bag');
        // "Team lead", "project manager": a job title ends the phrase, not a skill written in another order.
        if (
          m &&
          !TITLE_NOUNS.has(t.stem) &&
          !TITLE_NOUNS.has(t.norm) &&
          !inName(m, tokens) &&
          !namesUnit(m, tokens)
        )
          bags.push(m);
      }
      if (content.length === 3) break;
    }
  }
  return [...literal, ...select(bags)].sort((a, b) => a.start - b.start || a.end - b.end);
}

function pick(
  labels: IndexedLabel[],
  tokens: Token[],
  first: number,
  last: number,
  how: MatchHow,
): PhraseMatch | null {
  const norm = tokens
    .slice(first, last)
    .map((t) => t.norm)
    .join(' ');
  // Everyday phrases are no evidence whichever label they happen to match ("management team" ~ "managing teams").
  if (LOW_INFORMATION_LABELS.has(norm)) return null;
  let best: IndexedLabel | null = null;
  let bestRank = -1;
  const tied = new Set<number>();
  for (const l of labels) {
    if (l.spelling !== undefined && (last - first !== 1 || (tokens[first] as Token).surface !== l.spelling))
      continue;
    const r = rank(l, how !== 'bag' && l.norm === norm);
    if (r > bestRank || (r === bestRank && best && l.concept < best.concept)) {
      if (r > bestRank) tied.clear();
      best = l;
      bestRank = r;
    }
    if (r === bestRank) tied.add(l.concept);
  }
  if (!best) return null;
  // One-word labels must match the word itself or, for common nouns, its plural: stems alone conflate "accounts"
  // and "accounting", and names take no plural ("canvas" is not Canva).
  if (
    best.words === 1 &&
    how !== 'bag' &&
    norm !== best.norm &&
    !(best.plural && (norm === `${best.norm}s` || norm === `${best.norm}es`))
  )
    return null;
  return {
    concept: best.concept,
    start: (tokens[first] as Token).start,
    end: (tokens[last - 1] as Token).end,
    first,
    last,
    how: how === 'bag' ? 'bag' : best.norm === norm ? 'exact' : 'stem',
    kind: best.kind,
    words: best.words,
    rivals: tied.size - 1,
    ambiguous: false,
  };
}

/** Longest first, then leftmost; drops matches overlapping a kept one. */
function select(matches: PhraseMatch[]): PhraseMatch[] {
  const sorted = [...matches].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.concept - b.concept,
  );
  const end = sorted.reduce((x, m) => Math.max(x, m.last), 0);
  const used = new Uint8Array(end);
  const taken: PhraseMatch[] = [];
  for (const m of sorted) {
    if (used.subarray(m.first, m.last).some((u) => u === 1)) continue;
    used.fill(1, m.first, m.last);
    taken.push(m);
  }
  return taken;
}

// Capitalised nouns that close an organisation's name: "Health Education England", "Rehabilitation Network".
const NAME_ENDS = new Set(
  'england scotland wales network trust centre center department unit foundation group institute service services team ward board council hospital clinic society association programme partnership school college university academy'.split(
    ' ',
  ),
);

/** A capitalised phrase followed by a capitalised name-ending noun is part of an organisation's name. */
function inName(m: PhraseMatch, tokens: Token[]): boolean {
  const first = tokens[m.first] as Token;
  const next = tokens[m.last];
  if (!next || next.breakBefore || !/^[A-Z][a-z]/.test(first.surface)) return false;
  return /^[A-Z]/.test(next.surface) && NAME_ENDS.has(next.norm);
}

// Nouns that make the phrase before them the name of a group of people or of their job: "our software development
// team", "leading software development managers" say whom the hire joins or leads, not what they must know.
const UNIT_NOUNS = new Set(
  'team teams department departments function functions organisation organization organisations organizations squad squads engineers managers leaders directors developers'.split(
    ' ',
  ),
);

/** A multi-word phrase directly followed by a unit noun ("software development team") names a group. */
function namesUnit(m: PhraseMatch, tokens: Token[]): boolean {
  const next = tokens[m.last];
  return m.last - m.first >= 2 && next !== undefined && !next.breakBefore && UNIT_NOUNS.has(next.norm);
}

function lineNumbers(text: string, tokens: Token[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  let next = text.indexOf('\n');
  tokens.forEach((t, i) => {
    while (next !== -1 && next < t.start) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    out[i] = line;
  });
  return out;
}

/** Single-word ambiguous names survive only with the right spelling, no ruling-out neighbours, and context. */
function keepAmbiguous(
  m: PhraseMatch,
  text: string,
  tokens: Token[],
  line: Int32Array,
  all: PhraseMatch[],
  tech: Uint8Array,
): boolean {
  if (m.last - m.first !== 1) return true;
  const tok = tokens[m.first] as Token;
  const rule = AMBIGUOUS_NAMES.get(tok.norm);
  if (!rule) return true;
  if (!rule.spellings.includes(tok.surface)) return false;
  if (rule.notFollowedBy?.test(text.slice(tok.end, tok.end + 30))) return false;
  if (rule.notPrecededBy?.test(text.slice(Math.max(0, tok.start - 30), tok.start))) return false;
  m.ambiguous = true;
  if (!rule.needsContext) return true;
  const here = line[m.first];
  for (let k = Math.max(0, m.first - 8); k < Math.min(tokens.length, m.first + 9); k++) {
    if (k === m.first || line[k] !== here) continue;
    const norm = (tokens[k] as Token).norm;
    if (rule.cues?.includes(norm) || (!rule.onlyCues && TECH_CUES.has(norm))) return true;
  }
  if (rule.onlyCues) return false;
  // Another technology mention on the same line ("Python, R and SQL"); an ambiguous one counts only when it is a
  // different name spelled as a name ("Go, Rust").
  return all.some((o) => {
    if (o === m || line[o.first] !== here || Math.abs(o.first - m.first) > 12 || tech[o.concept] !== 1)
      return false;
    if (o.last - o.first !== 1) return true;
    const other = tokens[o.first] as Token;
    const rule2 = AMBIGUOUS_NAMES.get(other.norm);
    return !rule2 || (other.norm !== tok.norm && rule2.spellings.includes(other.surface));
  });
}
