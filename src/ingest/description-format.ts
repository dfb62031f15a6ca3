/**
 * Tells whether a published description is HTML, Markdown or plain text, so cleaning knows what to parse.
 * @module
 */
import type { DescriptionFormat } from './listing.ts';

// Every unbounded run stops at the next character that could start another match ("<", "[", "*"), so hostile text
// ("<p<p<p…", "[[[…", 100,000 times) is scanned in linear time, not once per start.
const HTML_TAG = /<\/?(p|br|li|ul|ol|div|h[1-6]|strong|b|em|i|span|a|table|tr|td)\b[^<>]*>/i;
const ESCAPED_HTML_TAG = /&lt;\/?(p|br|li|ul|ol|div|h[1-6]|strong|b|em|span|a)\b/i;
// Lists alone are not enough: plain-text listings use `- ` and `1. ` too; headings, bold and links are markdown.
const MARKDOWN = /(^|\n) {0,3}#{1,6} \S|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^[\]\n]+\]\([^)[\]\s]+\)/;

/**
 * Guesses the format of a description from its markup.
 * @example
 * assert.equal(guessDescriptionFormat('<p>Hi</p>'), 'html');
 * assert.equal(guessDescriptionFormat('&lt;p&gt;Hi&lt;/p&gt;'), 'html');
 * assert.equal(guessDescriptionFormat('## Role\n- build things'), 'markdown');
 * assert.equal(guessDescriptionFormat('Duties:\n1. Lead\n- Build'), 'text');
 * assert.equal(guessDescriptionFormat('We build things.'), 'text');
 */
export function guessDescriptionFormat(description: string): DescriptionFormat {
  if (HTML_TAG.test(description) || ESCAPED_HTML_TAG.test(description)) return 'html';
  if (MARKDOWN.test(description)) return 'markdown';
  return 'text';
}
