/**
 * Finds skill phrases in text: literal label matches through the token trie (exact words or shared stems),
 * ambiguous short names kept only in context, then 2–3-word labels written in another word order.
 * @module
 */
import type { Taxonomy, Token } from '../../taxonomy/index.ts';
import { isStopWord, stemCached, tokenize } from '../../taxonomy/index.ts';
import { sentenceAround } from '../sentences.ts';
import { AMBIGUOUS_NAMES, TECH_CUES } from './ambiguous-names.ts';
import { LOW_INFORMATION_LABELS } from './low-information.ts';
import {
  bagKey,
  type IndexedLabel,
  LABEL_KINDS,
  type LabelKind,
  matcherIndex,
  mayBeBag,
} from './matcher-index.ts';
import { keepSense, SENSE_RULES } from './sense-rules.ts';
import { namesDepartment, namesParty, praisedFor } from './who-does.ts';

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
 * import { loadTaxonomy } from '../../taxonomy/index.ts';
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
  for (let i = 0; i < tokens.length; i++) ids[i] = index.stemIds.get((tokens[i] as Token).stem) ?? -1;
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
      const labels = index.terminals[node];
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
        !namesTitle(m, text, tokens) &&
        !namedPlace(m, tokens, ids, index.tech) &&
        keepAmbiguous(m, text, tokens, line, found, index.tech) &&
        meantAsSkill(m, text, tokens, taxonomy, index.tech),
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
      // A capital after a lower-case word mid-phrase is a lost sentence break ("Infrastructure products Manage
      // technical debt", tech-leadership#f8617528f54ebdf8): a reordered phrase does not cross it.
      if (j > i && /^[A-Z][a-z]/.test(t.surface) && /^[a-z]/.test((tokens[j - 1] as Token).surface)) break;
      if (isStopWord(t.norm)) {
        // Only "of"/"the" may sit inside a reordered phrase ("development of software"), not "for", "a", "to" or "and".
        if (!BAG_GAP.has(t.norm)) break;
        continue;
      }
      const id = ids[j] as number;
      if (id < 0 || index.bagWord[id] !== 1) break;
      content.push(id);
      if (content.length >= 2) {
        const labels = mayBeBag(index, content) ? index.bags.get(bagKey(content)) : undefined;
        const m = labels && pick(labels, tokens, i, j + 1, 'bag');
        // "Team lead", "project manager": a job title ends the phrase, not a skill written in another order.
        if (
          m &&
          !TITLE_NOUNS.has(t.stem) &&
          !TITLE_NOUNS.has(t.norm) &&
          !inName(m, tokens) &&
          !namesUnit(m, tokens) &&
          !namesTitle(m, text, tokens) &&
          meantAsSkill(m, text, tokens, taxonomy, index.tech)
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
  if (participleAdjective(best, tokens, first)) return null;
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

// Words before a past participle that keep it a verb: "has managed budgets", "who prescribed".
const AUXILIARIES = new Set(
  'have has had having been be was were is are who previously successfully already'.split(' '),
);

/**
 * A verb-first label matched through a past participle used as an adjective: "the effects of prescribed
 * medication" (nhs 916250629) is the medicine, not prescribing; "offered mentorship", "assigned projects" likewise.
 * The text's first word ends in -ed where the label's does not, and no auxiliary makes it a verb.
 */
function participleAdjective(label: IndexedLabel, tokens: Token[], first: number): boolean {
  const t = tokens[first] as Token;
  const labelWord = label.norm.split(' ')[0] as string;
  // Only the label's own verb in -ed form: "disordered eating" is "eating disorders" reordered, not a participle.
  if (label.words < 2 || !/[^e]ed$/.test(t.norm) || /ed$/.test(labelWord) || t.stem !== stemCached(labelWord))
    return false;
  // "evidenced based care": a misspelt compound, not a participle.
  if (tokens[first + 1]?.norm === 'based') return false;
  // An auxiliary a few words back keeps it a verb: "you have built and managed teams".
  for (let k = first - 1, prev = t; k >= Math.max(0, first - 3) && !prev.breakBefore; k--) {
    prev = tokens[k] as Token;
    if (AUXILIARIES.has(prev.norm)) return false;
  }
  return true;
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

// Capitalised nouns that close an organisation's or a law's name: "Health Education England", "Rehabilitation
// Network", "Rehabilitation of Offenders Act" (nhs 916258043).
const NAME_ENDS = new Set(
  'england scotland wales network trust centre center department unit foundation group institute service services team ward board council hospital clinic society association programme partnership school college university academy act regulations directive'.split(
    ' ',
  ),
);
// Capitalised nouns that open an organisation's name with "of"/"for": "Division of Surgery" (nhs), "School of …".
const NAME_HEADS = new Set(
  'division department directorate school faculty institute college centre center ministry society association academy office board royal'.split(
    ' ',
  ),
);
// Small words inside a name: "Rehabilitation of Offenders Act", "Centre for Mental Health".
const NAME_GLUE = new Set(['of', 'for', 'and', '&']);

/**
 * A capitalised phrase inside an organisation's or a law's name: followed (over "of"/"for" and capitalised words)
 * by a name-ending noun, or preceded by a name head and "of"/"for".
 */
function inName(m: PhraseMatch, tokens: Token[]): boolean {
  const first = tokens[m.first] as Token;
  if (!/^[A-Z][a-z]/.test(first.surface)) return false;
  // Plural too: "City Primary Care Networks", "Rehabilitation Units" (nhs 916255207, 916250141).
  for (let k = m.last; k < Math.min(tokens.length, m.last + 5); k++) {
    const t = tokens[k] as Token;
    if (t.breakBefore) break;
    if (/^[A-Z]/.test(t.surface) && (NAME_ENDS.has(t.norm) || NAME_ENDS.has(t.norm.replace(/s$/, ''))))
      return true;
    if (!/^[A-Z]/.test(t.surface) && !NAME_GLUE.has(t.norm)) break;
  }
  const glue = tokens[m.first - 1];
  const head = tokens[m.first - 2];
  return (
    glue !== undefined &&
    head !== undefined &&
    !first.breakBefore &&
    !glue.breakBefore &&
    (glue.norm === 'of' || glue.norm === 'for') &&
    /^[A-Z]/.test(head.surface) &&
    NAME_HEADS.has(head.norm)
  );
}

/**
 * A capitalised one-word mention right after a capitalised word no label knows is the end of a proper name: "Kingsway
 * Surgery is looking for …" (nhs 916219571) is a GP practice. Technology is left alone ("Apache Spark").
 */
function namedPlace(m: PhraseMatch, tokens: Token[], ids: Int32Array, tech: Uint8Array): boolean {
  if (m.last - m.first !== 1 || tech[m.concept] === 1) return false;
  const t = tokens[m.first] as Token;
  const before = tokens[m.first - 1];
  return (
    before !== undefined &&
    !t.breakBefore &&
    /^[A-Z][a-z]/.test(t.surface) &&
    /^[A-Z][a-z]+$/.test(before.surface) &&
    // Adjectives are not names: "Colorectal Surgery", "Compassionate Leadership".
    !/(al|ic|ar|ary|ate|ive|ous|ed|ing|ful|ent|ant)$/.test(before.norm) &&
    (ids[m.first - 1] as number) < 0
  );
}

// Job titles after the phrase: "report to the Software Development Manager" (ectj#33), "Scrum masters" (tech-
// leadership#db1fe04722b84de3) name a person, not a skill asked. Singular "master" is left: "Scrum Master" may be
// the hire's own certification.
const TITLE_AFTER = new Set(
  'manager director officer officers owner owners masters coordinator coordinators administrator administrators'.split(
    ' ',
  ),
);

/**
 * The phrase is the first part of someone else's job title: followed, after a space, by a title noun (not "Master's
 * degree"), unless the line names the post itself ("Job title: Liaison Psychiatry Manager").
 */
function namesTitle(m: PhraseMatch, text: string, tokens: Token[]): boolean {
  const next = tokens[m.last];
  const end = (tokens[m.last - 1] as Token).end;
  if (!next || next.breakBefore || !TITLE_AFTER.has(next.norm) || !/^\s+$/.test(text.slice(end, next.start)))
    return false;
  if (/^\s*(['’]s?\b|degree|programme|program|in\b|of\b)/i.test(text.slice(next.end, next.end + 12)))
    return false;
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  return !/\b(job title|title|role|position|post|vacancy)\s*:/i.test(text.slice(lineStart, m.start));
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

/**
 * The mention is meant as the concept's skill: its sense rule holds (cue words, no ruling-out neighbours), and, for
 * activities other than technology, it does not name the people the hire works with or helps.
 */
function meantAsSkill(
  m: PhraseMatch,
  text: string,
  tokens: Token[],
  taxonomy: Taxonomy,
  tech: Uint8Array,
): boolean {
  const concept = taxonomy.concepts[m.concept];
  if (!concept) return true;
  const rule = SENSE_RULES.get(concept.uri);
  if (rule) {
    const span = tokens
      .slice(m.first, m.last)
      .map((t) => t.norm)
      .join(' ');
    const s = sentenceAround(text, (tokens[m.first] as Token).start, (tokens[m.last - 1] as Token).end);
    let from = m.first;
    while (from > 0 && (tokens[from - 1] as Token).start >= s.start) from--;
    let to = m.last;
    while (to < tokens.length && (tokens[to] as Token).end <= s.end) to++;
    if (!keepSense(rule, span === concept.label.toLowerCase(), text, tokens, m.first, m.last, [from, to]))
      return false;
  }
  if (praisedFor(text, m.start)) return false;
  if (tech[m.concept] === 1) return !namesDepartment(text, tokens, m.first, m.last);
  return concept.type !== 'skill/competence' || !namesParty(text, tokens, m.first, m.last);
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
