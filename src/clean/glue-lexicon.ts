/**
 * The word lists behind restoreLineBreaks: words that end lines and words whose capitalized form starts them.
 * @module
 */
import { readFileSync } from 'node:fs';

interface GlueLexicon {
  enders: string;
  commonEnders: string;
  starters: string;
}

// Derived from well-formatted listings by build-glue-lexicon.ts and committed, so run time never reads ../shared.
const lexicon = JSON.parse(
  readFileSync(new URL('./glue-lexicon.json', import.meta.url), 'utf8'),
) as GlueLexicon;
const ENDERS = new Set(lexicon.enders.split(' '));
const STARTERS = new Set(lexicon.starters.split(' '));
const COMMON_ENDERS = new Set(lexicon.commonEnders.split(' '));

/**
 * Tells whether a word often ends a line, sentence or heading in well-formatted listings (`skills`, `Description`).
 * @example
 * assert.equal(canEndLine('skills'), true);
 * assert.equal(canEndLine('Power'), false);
 */
export function canEndLine(word: string): boolean {
  return ENDERS.has(word.toLowerCase());
}

/**
 * Tells whether a word is frequent and often ends a line (`Insurance`, `Qualifications`); brand halves such as `Git`, `Zoom` are not.
 * @example
 * assert.equal(isCommonLineEnd('Insurance'), true);
 * assert.equal(isCommonLineEnd('Zoom'), false);
 */
export function isCommonLineEnd(word: string): boolean {
  return COMMON_ENDERS.has(word.toLowerCase());
}

/**
 * Tells whether a capitalized word mostly appears at the start of a line or sentence (`Ability`, `We`).
 * @example
 * assert.equal(canStartLine('Ability'), true);
 * assert.equal(canStartLine('Script'), false);
 */
export function canStartLine(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}
