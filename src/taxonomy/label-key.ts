/**
 * The case-, punctuation- and spacing-insensitive key of a label, for exact label lookups.
 * @module
 */
import { wordNorms } from './tokenize.ts';

/**
 * Lower-cased word tokens joined by single spaces ("Node.js" → "node.js", "CI/CD" → "ci cd").
 * @example
 * assert.equal(labelKey('  Front-End   Development '), 'front end development');
 */
export function labelKey(label: string): string {
  return wordNorms(label).join(' ');
}
