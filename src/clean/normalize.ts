/**
 * Unicode and whitespace normalization that keeps the line structure of a text.
 * @module
 */

// Spaces that are not \n: NBSP, the U+2000 block, narrow NBSP, ideographic space, tabs, form feeds.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
// What is dropped, in one pass: zero-width characters and the BOM, which carry no text; soft hyphens, which only mark
// optional breaks; C0/C1 controls except \t and \n (\r is folded into \n before this runs).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const DROPPED = /[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// What the two space folds below would change in a line: one of SPACES, or a run of spaces.
const FOLDABLE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| {2}/;
const LINE_SEPARATORS = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * Normalizes text to NFC, drops control and zero-width characters, folds space runs, trims lines and keeps at most one blank line in a row.
 * @example
 * assert.equal(normalizeText('Caf\u0065\u0301\u00a0 bar \r\n\n\n\nnext\u200b line  '), 'Café bar\n\nnext line');
 */
export function normalizeText(s: string): string {
  const lines = s.replace(LINE_SEPARATORS, '\n').normalize('NFC').replace(DROPPED, '').split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    const line = (FOLDABLE.test(raw) ? raw.replace(SPACES, ' ').replace(/ {2,}/g, ' ') : raw).trim();
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
