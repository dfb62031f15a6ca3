/**
 * Splits decoded text into lines as it streams, holding one line in memory at a time.
 * @module
 */
import type { InvalidByte } from './decode-text.ts';

/** One line of a text stream, without its line break. */
export interface TextLine {
  text: string;
  /** 1-based line number. */
  lineNo: number;
  /** UTF-16 offset of the line's first character in the whole decoded text. */
  charStart: number;
}

/**
 * Yields the lines of a chunked text (`\n` or `\r\n` breaks; a last line without a break included).
 * @example
 * async function* chunks() { yield 'a\nb'; yield 'c\r\nd'; }
 * const lines = [];
 * for await (const l of readLines(chunks())) lines.push(l.text);
 * assert.deepEqual(lines, ['a', 'bc', 'd']);
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<TextLine> {
  let parts: string[] = [];
  let lineNo = 1;
  let consumed = 0; // chars before the current chunk
  let lineStart = 0;
  for await (const chunk of chunks) {
    let at = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', at);
      if (nl < 0) break;
      parts.push(chunk.slice(at, nl));
      let line = parts.length === 1 ? (parts[0] as string) : parts.join('');
      if (line.endsWith('\r')) line = line.slice(0, -1);
      yield { text: line, lineNo, charStart: lineStart };
      parts = [];
      lineNo++;
      at = nl + 1;
      lineStart = consumed + at;
    }
    if (at < chunk.length) parts.push(chunk.slice(at));
    consumed += chunk.length;
  }
  const last = parts.join('');
  if (last.length > 0)
    yield { text: last.endsWith('\r') ? last.slice(0, -1) : last, lineNo, charStart: lineStart };
}

/**
 * Removes from the front of `invalid` the bad bytes lying before char offset `end`; returns the first one
 * at or after `start` (the record's own), if any.
 * @example
 * const q = [{ byteOffset: 5, charOffset: 5 }];
 * assert.equal(takeInvalidChars(q, 0, 10)?.byteOffset, 5);
 * assert.equal(q.length, 0);
 */
export function takeInvalidChars(invalid: InvalidByte[], start: number, end: number): InvalidByte | null {
  let first: InvalidByte | null = null;
  while (invalid.length > 0 && (invalid[0] as InvalidByte).charOffset < end) {
    const e = invalid.shift() as InvalidByte;
    if (!first && e.charOffset >= start) first = e;
  }
  return first;
}
