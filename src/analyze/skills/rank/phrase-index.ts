/**
 * Whole-label phrase hits: which ESCO skills have a preferred or alternative label written out in a text
 * (stemmed, case-insensitive, stop words kept so "use of tools" stays a phrase).
 * @module
 */
import type { EscoSkillTable } from './model.ts';
import { phraseTerms, stemWord, wordTokens } from './terms.ts';

/** Longest label, in words, that is matched as a phrase. */
export const MAX_PHRASE = 6;

/** Phrase key (stemmed words joined by a space) → skill indices. */
export type PhraseIndex = Map<string, number[]>;

/**
 * A two-word label written as one word ("team working" → "teamwork"), stemmed; null for other lengths.
 * @example
 * import { stemWord } from './terms.ts';
 * assert.equal(compound('team working'), stemWord('teamwork'));
 */
export function compound(text: string): string | null {
  const words = wordTokens(text);
  return words.length === 2 ? stemWord(words.join('')) : null;
}

/**
 * Indexes every preferred and alternative label (and its one-word compound) of every skill.
 * @example
 * const index = buildPhraseIndex({ label: ['team working'], alt: ['teamwork'] });
 * assert.ok(index.size > 0);
 */
export function buildPhraseIndex(skills: Pick<EscoSkillTable, 'label' | 'alt'>): PhraseIndex {
  const index: PhraseIndex = new Map();
  const { label, alt } = skills;
  for (let i = 0; i < label.length; i++) {
    for (const text of [label[i] ?? '', ...(alt[i] ?? '').split('\n')]) {
      const terms = phraseTerms(text);
      if (terms.length === 0 || terms.length > MAX_PHRASE) continue;
      const keys = [terms.join(' ')];
      const joined = compound(text);
      if (joined !== null) keys.push(joined);
      for (const key of keys) {
        const list = index.get(key);
        if (list === undefined) index.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  }
  return index;
}

/**
 * Calls `hit(skill, words)` for every label phrase found in the text (a skill may be reported more than once).
 * @example
 * const index = buildPhraseIndex({ label: ['SQL', 'team working'], alt: ['', ''] });
 * const hits: number[] = [];
 * matchPhrases(index, 'Strong teamwork and SQL', (skill) => hits.push(skill));
 * assert.deepEqual(hits.sort(), [0, 1]);
 */
export function matchPhrases(
  index: PhraseIndex,
  text: string,
  hit: (skill: number, words: number) => void,
): void {
  const toks = phraseTerms(text);
  for (let s = 0; s < toks.length; s++) {
    let key = '';
    for (let len = 1; len <= MAX_PHRASE && s + len <= toks.length; len++) {
      key = len === 1 ? (toks[s] as string) : `${key} ${toks[s + len - 1]}`;
      const hits = index.get(key);
      if (hits) for (const h of hits) hit(h, len);
    }
  }
}
