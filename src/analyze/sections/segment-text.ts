/**
 * Cuts clean listing text into the units sections are decided on: lines, and sentences within long lines.
 * @module
 */

/** One line or sentence of the clean text; offsets are UTF-16 code units, trimmed of surrounding space. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the text line (0-based, split on `\n`) the segment lies on. */
  line: number;
  /** Whether the segment is the first one on its line. */
  lineStart: boolean;
  /** Whether the line is a list item (`- `, `• `, `* `, `1. `, `a) `). */
  bullet: boolean;
}

const BULLET = /^(?:[-–—•·*▪◦●○■□➢➤►✓✔→»]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;

// Words that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'sr',
  'jr',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'no',
  'approx',
  'u.s',
  'u.k',
  'dept',
  'est',
  'incl',
  'min',
  'max',
  'yrs',
  'hrs',
  'ph.d',
  'b.s',
  'm.s',
  'b.a',
  'm.a',
  'j.d',
]);

/**
 * Splits text into segments: every non-blank line, and each sentence of a line that holds several.
 * @example
 * const segs = segmentText('About us\nWe build tools. We ship fast.');
 * assert.deepEqual(segs.map((s) => [s.start, s.end, s.line]), [[0, 8, 0], [9, 24, 1], [25, 38, 1]]);
 */
export function segmentText(text: string): Segment[] {
  const out: Segment[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const bullet = BULLET.test(line.trimStart());
    let first = true;
    for (const [s, e] of splitSentences(line)) {
      out.push({ start: pos + s, end: pos + e, line: lineNo, lineStart: first, bullet });
      first = false;
    }
    lineNo++;
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

/**
 * Measures the list marker a line starts with (`- `, `• `, `1. `, `a) `): its length, or 0 when there is none.
 * @example
 * assert.equal(bulletLength('- Lead'), 2);
 */
export function bulletLength(line: string): number {
  const m = BULLET.exec(line);
  return m ? m[0].length : 0;
}

/**
 * Returns [start, end) pairs of the sentences of one line, trimmed; blank lines give none.
 * @example
 * assert.deepEqual(splitSentences('Lead teams. Hire e.g. engineers.'), [[0, 11], [12, 32]]);
 */
export function splitSentences(line: string): [number, number][] {
  const out: [number, number][] = [];
  let start = skipSpace(line, 0);
  for (let i = start; i < line.length; i++) {
    // Compared as code units: most characters are none of . ! ? ; and need no one-character string.
    const code = line.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63 && code !== 59) continue;
    const ch = line[i] as string;
    const next = line[i + 1];
    const spaced = next === ' ' || next === '\t' || next === '\u00a0';
    const after = spaced ? line[skipSpace(line, i + 1)] : next;
    if (after === undefined) continue;
    if (ch === ';') {
      // Semicolons separate sentences only between long clauses; list-like runs are the statements stage's business.
      continue;
    }
    if (!/[\p{Lu}\d"“'(•\-–]/u.test(after)) continue;
    if (!spaced) {
      // Glued sentences ("the team.Experience with") split only between a lowercase word and a capitalised one,
      // never inside names like Node.js or U.S.
      if (!/\p{Ll}{2}$/u.test(line.slice(Math.max(0, i - 2), i)) || !/^\p{Lu}\p{Ll}/u.test(line.slice(i + 1)))
        continue;
    }
    if (ch === '.' && isAbbreviation(line, i)) continue;
    // "1. Senior Go Engineer: …" numbers a list item inside a line; it does not end a sentence.
    if (/^\(?(?:\d{1,2}|[a-z])$/i.test(line.slice(start, i))) continue;
    const end = i + 1;
    if (end - start >= 2) out.push([start, end]);
    start = skipSpace(line, end);
    i = start - 1;
  }
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1] as string)) end--;
  if (end > start) out.push([start, end]);
  return out;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i] as string)) i++;
  return i;
}

function isAbbreviation(line: string, dot: number): boolean {
  const m = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot));
  if (!m) return /\d$/.test(line.slice(0, dot)) && /^\d/.test(line.slice(dot + 1)); // 3.5
  const word = (m[1] as string).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("J. Smith", "U.S.") are initials.
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
