/**
 * Streaming byte → text decoding for the encodings roleprint detects (UTF-8, Windows-1252, UTF-16),
 * remembering where invalid UTF-8 bytes were so readers can reject exactly the records that hold them.
 * @module
 */
import { isUtf8 } from 'node:buffer';

/** The encodings a source file may be decoded with. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** One invalid UTF-8 sequence, replaced by U+FFFD in the decoded text. */
export interface InvalidByte {
  /** Offset of the bad byte in the (decompressed) input. */
  byteOffset: number;
  /** UTF-16 index of its U+FFFD in the decoded text. */
  charOffset: number;
}

/** A stateful decoder: feed it buffers, get strings; `invalid` lists the bad UTF-8 bytes seen so far. */
export interface TextDecoderState {
  readonly encoding: TextEncoding;
  write(chunk: Buffer): string;
  end(): string;
  /** Invalid UTF-8 sequences in input order; readers consume them from the front. */
  readonly invalid: InvalidByte[];
}

// Bytes 0x80–0x9F of Windows-1252; Node's built-in 'windows-1252' decoder is Latin-1 without full ICU.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 bytes (each byte is one character, so no state is needed between chunks).
 * @example
 * assert.equal(decodeWindows1252(Buffer.from([0x92, 0xe9])), '\u2019é');
 */
export function decodeWindows1252(buf: Buffer): string {
  const latin1 = buf.toString('latin1');
  // Fast path: most chunks have no byte in 0x80–0x9F.
  if (!/[\x80-\x9f]/.test(latin1)) return latin1;
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Length of the UTF-8 sequence a lead byte announces (0 when it cannot start one). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Where an unfinished multi-byte sequence starts at the end of `buf` (buf.length when none). */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = sequenceLength(b);
    return need > back ? buf.length - back : buf.length;
  }
  return buf.length;
}

/** Whether bytes at `i` form one complete, valid UTF-8 sequence of length `n`. */
function validSequenceAt(buf: Buffer, i: number, n: number): boolean {
  if (i + n > buf.length) return false;
  const slice = buf.subarray(i, i + n);
  return isUtf8(slice);
}

/** UTF-8 decoder that replaces each invalid byte by U+FFFD and records its offsets. */
function createUtf8Decoder(startOffset: number, startChar = 0): TextDecoderState {
  const invalid: InvalidByte[] = [];
  let carry: Buffer | null = null;
  let bytesIn = startOffset; // input offset of the first byte of the current buffer
  let charsOut = startChar;
  const decodeBody = (body: Buffer): string => {
    if (isUtf8(body)) {
      const s = body.toString('utf8');
      bytesIn += body.length;
      charsOut += s.length;
      return s;
    }
    // Slow path, only for chunks holding bad bytes: walk the sequences one by one.
    const parts: string[] = [];
    let start = 0;
    let i = 0;
    while (i < body.length) {
      const n = sequenceLength(body[i] as number);
      if (n === 1 || (n > 1 && validSequenceAt(body, i, n))) {
        i += n;
        continue;
      }
      const good = body.subarray(start, i).toString('utf8');
      parts.push(good, '\ufffd');
      charsOut += good.length;
      invalid.push({ byteOffset: bytesIn + i, charOffset: charsOut });
      charsOut += 1;
      i += 1;
      start = i;
    }
    const rest = body.subarray(start).toString('utf8');
    parts.push(rest);
    charsOut += rest.length;
    bytesIn += body.length;
    return parts.join('');
  };
  return {
    encoding: 'utf-8',
    invalid,
    write(chunk) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      const cut = incompleteTail(buf);
      carry = cut < buf.length ? Buffer.from(buf.subarray(cut)) : null;
      return decodeBody(buf.subarray(0, cut));
    },
    end() {
      const rest = carry;
      carry = null;
      return rest ? decodeBody(rest) : '';
    },
  };
}

/**
 * Creates a streaming decoder for one file's encoding; `startOffset` is the input offset of the first byte
 * it will see (after a skipped BOM), so recorded byte offsets stay file offsets.
 * @example
 * const d = createTextDecoder('utf-8');
 * assert.equal(d.write(Buffer.from([0x61, 0xff, 0x62])) + d.end(), 'a\ufffdb');
 * assert.deepEqual(d.invalid, [{ byteOffset: 1, charOffset: 1 }]);
 */
export function createTextDecoder(encoding: TextEncoding, startOffset = 0): TextDecoderState {
  if (encoding === 'utf-8') return createUtf8Decoder(startOffset);
  if (encoding === 'windows-1252')
    return { encoding, invalid: [], write: (c) => decodeWindows1252(c), end: () => '' };
  const td = new TextDecoder(encoding);
  return {
    encoding,
    invalid: [],
    write: (c) => td.decode(c, { stream: true }),
    end: () => td.decode(),
  };
}

/** How many head bytes the BOM-less UTF-16 check looks at. */
const UTF16_PROBE = 8192;

/**
 * UTF-16 without a BOM, told by where its NUL bytes sit: text that is mostly Latin script has a NUL in the
 * high byte of most characters, so at odd offsets (little-endian) or even ones (big-endian), and almost
 * never at the other parity.
 * @example
 * assert.equal(utf16ByNulBytes(Buffer.from('id,title\n', 'utf16le')), 'utf-16le');
 * assert.equal(utf16ByNulBytes(Buffer.from('id,title\n')), null);
 */
export function utf16ByNulBytes(head: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, UTF16_PROBE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.4 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * Guesses a file's encoding from its first bytes: a BOM wins, then UTF-16 told by its NUL bytes; otherwise UTF-8 unless invalid sequences
 * outnumber valid multi-byte ones (Windows-1252 text almost never forms valid UTF-8 sequences). A head cut from a longer
 * input may end inside a UTF-8 character, so its last bytes are judged only when `complete` (the head is the whole input).
 * @example
 * assert.equal(detectEncoding(Buffer.from('café au lait', 'latin1')).encoding, 'windows-1252');
 * assert.equal(detectEncoding(Buffer.from('café au lait')).encoding, 'utf-8');
 * // A Windows-1252 "é" as the very last byte: undecided in a cut head, Windows-1252 in a whole one.
 * assert.equal(detectEncoding(Buffer.from('un café', 'latin1')).ascii, true);
 * assert.equal(detectEncoding(Buffer.from('un café', 'latin1'), true).encoding, 'windows-1252');
 */
export function detectEncoding(
  head: Buffer,
  complete = false,
): { encoding: TextEncoding; bomLength: number; ascii?: true } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16ByNulBytes(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  const body = complete ? head : head.subarray(0, incompleteTail(head));
  if (!body.some((b) => b >= 0x80)) return { encoding: 'utf-8', bomLength: 0, ascii: true };
  if (isUtf8(body)) return { encoding: 'utf-8', bomLength: 0 };
  let valid = 0;
  let bad = 0;
  for (let i = 0; i < body.length; ) {
    const b = body[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(b);
    if (n > 1 && validSequenceAt(body, i, n)) {
      valid++;
      i += n;
    } else {
      bad++;
      i++;
    }
  }
  return { encoding: bad > valid ? 'windows-1252' : 'utf-8', bomLength: 0 };
}

/**
 * A decoder for a file whose head was pure ASCII: it stays undecided until the first non-ASCII chunk, then
 * picks UTF-8 or Windows-1252 from that chunk (ASCII decodes the same in both, so nothing changes before). A chunk whose
 * only non-ASCII bytes may begin a UTF-8 character cut at its end keeps them for the next chunk, or for the end.
 * @example
 * const d = createDeferredDecoder(0);
 * assert.equal(d.write(Buffer.from('abc ')) + d.write(Buffer.from('café au lait', 'latin1')) + d.end(), 'abc café au lait');
 * assert.equal(d.encoding, 'windows-1252');
 * const last = createDeferredDecoder(0);
 * assert.equal(last.write(Buffer.from('un café', 'latin1')) + last.end(), 'un café');
 */
export function createDeferredDecoder(startOffset: number): TextDecoderState {
  let inner: TextDecoderState | null = null;
  let held: Buffer | null = null; // undecided bytes at the end of the last chunk
  let bytesIn = startOffset;
  let charsOut = 0;
  const invalid: InvalidByte[] = [];
  const decide = (buf: Buffer, complete: boolean): TextDecoderState =>
    detectEncoding(buf, complete).encoding === 'windows-1252'
      ? createTextDecoder('windows-1252')
      : createUtf8Decoder(bytesIn, charsOut);
  const pass = (s: string): string => {
    // The UTF-8 decoder fills its own list; hand its findings on in order.
    if (inner && inner.invalid !== invalid) invalid.push(...inner.invalid.splice(0));
    return s;
  };
  return {
    get encoding() {
      return inner?.encoding ?? 'utf-8';
    },
    invalid,
    write(input) {
      const chunk = held ? Buffer.concat([held, input]) : input;
      held = null;
      if (!inner) {
        const cut = incompleteTail(chunk);
        const body = chunk.subarray(0, cut);
        if (!body.some((b) => b >= 0x80)) {
          if (cut < chunk.length) held = Buffer.from(chunk.subarray(cut));
          bytesIn += body.length;
          charsOut += body.length;
          return body.toString('latin1');
        }
        inner = decide(chunk, false);
      }
      return pass(inner.write(chunk));
    },
    end() {
      if (!inner) {
        if (!held) return '';
        inner = decide(held, true);
      }
      const s = held ? inner.write(held) : '';
      held = null;
      return pass(s + inner.end());
    },
  };
}
