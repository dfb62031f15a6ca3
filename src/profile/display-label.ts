/**
 * Display names of ESCO skills and O*NET tools: the label as a reader expects it in a list.
 * @module
 */
import { memoizeString } from '../memoize.ts';

/**
 * The label without parenthetical qualifiers, trimmed.
 * @example
 * assert.equal(displayLabel('Python (computer programming)'), 'Python');
 * assert.equal(displayLabel('Rust programming language'), 'Rust');
 * assert.equal(displayLabel('Amazon Web Services AWS software'), 'AWS');
 * assert.equal(displayLabel('industrial software'), 'industrial software');
 */
// Asked for the same labels over and over while lines merge: computed once each.
export const displayLabel: (label: string) => string = memoizeString(computeDisplayLabel, 50_000);

function computeDisplayLabel(label: string): string {
  // O*NET names tools "Microsoft Azure software": the trailing word adds nothing in a list of tools. ESCO writes its
  // labels lower-case, and there the word is the meaning ("industrial software" is not "industrial").
  const stripped = label
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/^([A-Z].*?)\s+software$/, '$1')
    // "Rust programming language", "ICON programming language": the language's name is what a listing writes.
    .replace(/^([A-Z]\S*)\s+programming language$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (stripped.length === 0) return label.trim();
  // O*NET glues a long name and its acronym ("Amazon Web Services AWS"): one name reads, two stutter. Listings
  // write the acronym, so it stays.
  const words = stripped.split(' ');
  const last = words.at(-1) ?? '';
  return words.length >= 3 && /^[A-Z]{2,6}$/.test(last) && spellsAcronym(last, words.slice(0, -1))
    ? last
    : stripped;
}

// Whether the acronym's letters run through the words in order, starting each word it uses at its first letter
// ("AWS" in "Amazon Web Services", "XML" in "Extensible markup language", "JSON" in "JavaScript Object Notation").
function spellsAcronym(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  const first = (words[0] ?? '').toLowerCase();
  if (!first.startsWith(letters[0] ?? '') && letters[0] !== first.replace(/^e/, '')[0]) return false;
  const text = words.join(' ').toLowerCase();
  let at = 0;
  for (const ch of letters) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  // Every word after the first must contribute its initial, or the acronym names something else.
  return words.slice(1).every((w) => letters.includes((w[0] ?? '').toLowerCase()));
}
