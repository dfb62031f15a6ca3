/**
 * Splits a top-level JSON array into the text of its elements as the file streams, so a large JSON array
 * is read one record at a time (bounded memory) and one malformed element does not cost the others.
 * @module
 */

/** One element of the array: its JSON text and where it sits in the decoded text. */
export interface JsonArrayElement {
  /** 1-based position in the array. */
  index: number;
  text: string;
  charStart: number;
  charEnd: number;
}

/** What the splitter reports: an element, or a structural problem (it stops there). */
export type JsonArrayEvent =
  | { kind: 'element'; element: JsonArrayElement }
  | { kind: 'error'; charOffset: number; reason: string };

/**
 * Yields the elements of a JSON text that is one top-level array (`[ {...}, {...} ]`). Only the structure
 * (brackets, braces, strings) is tracked here; each element is parsed by the caller.
 * @example
 * async function* text() { yield '[{"a":1},'; yield ' {"b":"]"}]'; }
 * const out = [];
 * for await (const e of splitJsonArray(text())) if (e.kind === 'element') out.push(e.element.text);
 * assert.deepEqual(out, ['{"a":1}', '{"b":"]"}']);
 */
export async function* splitJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<JsonArrayEvent> {
  let depth = 0; // 0 before the array, 1 inside it between elements
  let inString = false;
  let escaped = false;
  let ended = false;
  let parts: string[] = [];
  let start = -1; // char offset where the current element started
  let index = 0;
  let base = 0;
  for await (const chunk of chunks) {
    let from = 0; // start of the current element's slice in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (ended) {
        if (c > 0x20) {
          yield { kind: 'error', charOffset: base + i, reason: 'text after the end of the top-level array' };
          return;
        }
        continue;
      }
      if (depth === 0) {
        if (c === 0x5b) depth = 1;
        else if (c > 0x20 && c !== 0xfeff) {
          yield { kind: 'error', charOffset: base + i, reason: 'not a JSON array' };
          return;
        }
        continue;
      }
      if (depth === 1 && start < 0) {
        if (c <= 0x20 || c === 0x2c) continue;
        if (c === 0x5d) {
          ended = true;
          continue;
        }
        start = base + i;
        from = i;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d || c === 0x2c) {
        if (depth === 1) {
          // The element ends before this ',' or the array's closing ']'.
          parts.push(chunk.slice(from, i));
          index++;
          yield {
            kind: 'element',
            element: { index, text: parts.join('').trim(), charStart: start, charEnd: base + i },
          };
          parts = [];
          start = -1;
          if (c === 0x5d) ended = true;
        } else if (c !== 0x2c) depth--;
      }
    }
    if (start >= 0) parts.push(chunk.slice(from));
    base += chunk.length;
  }
  if (!ended)
    yield { kind: 'error', charOffset: base, reason: 'the top-level array never closes (file cut short?)' };
}
