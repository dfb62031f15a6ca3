/**
 * The features the concept encoder reads from a text: stemmed words and adjacent pairs of content words.
 * @module
 */
import { isStopWord, stemCached, wordNorms } from '../tokenize.ts';

/** Plurals whose sense differs from the singular ("securities" are not "security"): kept apart from the stem. */
const PLURAL_SENSES: ReadonlySet<string> = new Set([
  'securities',
  'futures',
  'goods',
  'customs',
  'arms',
  'damages',
  'savings',
]);

/**
 * Distinct feature keys of a text: each non-stop stem (a few plurals of another sense kept as written), then `a b` for
 * adjacent stems once stop words are dropped.
 * @example
 * assert.deepEqual(conceptFeatures('Recruiting of engineers'), ['recruit', 'engineer', 'recruit engineer']);
 */
export function conceptFeatures(text: string): string[] {
  const stems: string[] = [];
  for (const norm of wordNorms(text)) {
    if (isStopWord(norm)) continue;
    stems.push(PLURAL_SENSES.has(norm) ? norm : stemCached(norm));
  }
  const out = new Set<string>(stems);
  for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]} ${stems[i + 1]}`);
  return [...out];
}
