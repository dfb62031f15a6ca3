/**
 * A streaming CSV tokenizer that survives broken rows. csv-parse stops (or swallows the rest of the file)
 * after a bad closing quote and drops already-parsed rows when it errors, so roleprint tokenizes itself:
 * RFC 4180 quoting, `""` escapes, CRLF or LF, quotes inside unquoted fields kept literally, and
 * a row whose quoting is broken reported with its line so the rows after it are still read.
 * @module
 */

/** One parsed row and where it sits in the text. */
export interface CsvRow {
  fields: string[];
  /** Physical line (1-based) where the row starts / ends. */
  line: number;
  endLine: number;
  /** UTF-16 offsets of the row in the whole decoded text: [charStart, charEnd). */
  charStart: number;
  charEnd: number;
}

/**
 * What the tokenizer reports: a row; a broken one-line row it skipped; or a broken quoted field that ran
 * over several lines (`resync`: the row is skipped and parsing goes on from the line after the row's start,
 * because the lines the bad quote swallowed are most likely rows of their own; the tokenizer re-reads them from
 * what it holds, never from the file again).
 */
export type CsvParseEvent =
  | { kind: 'row'; row: CsvRow }
  | { kind: 'bad-row'; line: number; charStart: number; charEnd: number; reason: string }
  | { kind: 'resync'; line: number; charStart: number; reason: string };

/** Options for `parseCsv`. */
export interface ParseCsvOptions {
  delimiter: string;
  /** Rows longer than this many characters are reported as bad rows instead of being kept in memory. */
  maxRowChars?: number;
  /**
   * A quoted field running over several lines for longer than this many characters is taken as a quote that never
   * closes, and parsing resumes on the line after its row's start. It bounds the text held to re-read.
   */
  maxQuotedChars?: number;
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
const SKIP_LINE = 4;

/** Default row size limit: far above any real listing, far below V8's string limit. */
export const MAX_ROW_CHARS = 1 << 27;
/** Default run of a multi-line quoted field: 4× the default description limit (1,000,000 characters). */
export const MAX_QUOTED_CHARS = 4_000_000;

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Tokenizes CSV text arriving in chunks; yields events in file order.
 * @example
 * async function* text() { yield 'a,b\n1,"x\n'; yield 'y"\n2,"bad"q\n3,ok\n'; }
 * const kinds = [];
 * for await (const e of parseCsv(text(), { delimiter: ',' })) kinds.push(e.kind);
 * assert.deepEqual(kinds, ['row', 'row', 'bad-row', 'row']);
 */
export async function* parseCsv(
  chunks: AsyncIterable<string>,
  options: ParseCsvOptions,
): AsyncGenerator<CsvParseEvent> {
  const delim = options.delimiter;
  const maxChars = options.maxRowChars ?? MAX_ROW_CHARS;
  const maxQuoted = options.maxQuotedChars ?? MAX_QUOTED_CHARS;
  let line = 1;
  let charBase = 0;
  let state = FIELD_START;
  let fields: string[] = [];
  let parts: string[] = [];
  let rowChars = 0;
  let oversize = false;
  let inRow = false;
  let rowLine = 1;
  let rowStart = 0;
  let out: CsvParseEvent[] = [];

  const append = (s: string) => {
    if (s.length === 0) return;
    rowChars += s.length;
    if (rowChars > maxChars) {
      oversize = true;
      parts = [];
      return;
    }
    if (!oversize) parts.push(s);
  };
  const endField = (trimCr: boolean) => {
    let f = parts.length === 1 ? (parts[0] as string) : parts.join('');
    if (trimCr && f.endsWith('\r')) f = f.slice(0, -1);
    fields.push(f);
    parts = [];
  };
  const endRow = (end: number) => {
    const empty = fields.length === 1 && fields[0] === '';
    if (oversize)
      out.push({
        kind: 'bad-row',
        line: rowLine,
        charStart: rowStart,
        charEnd: end,
        reason: `row longer than ${maxChars} characters`,
      });
    else if (!empty)
      out.push({
        kind: 'row',
        row: { fields, line: rowLine, endLine: line, charStart: rowStart, charEnd: end },
      });
    fields = [];
    parts = [];
    rowChars = 0;
    oversize = false;
    inRow = false;
  };

  // The chunks that hold the current row (from its start), to re-read after a resync; and text to parse before
  // reading on.
  let held: { base: number; text: string }[] = [];
  const replay: string[] = [];
  // Skips the broken row from `rowStart` and queues everything after its first line, up to the end of the current
  // chunk, to be parsed again from a clean state.
  const resync = (reason: string, chunkEnd: number): void => {
    out.push({ kind: 'resync', line: rowLine, charStart: rowStart, reason });
    const text = held
      .map((h) => h.text)
      .join('')
      .slice(rowStart - (held[0]?.base ?? rowStart), chunkEnd - (held[0]?.base ?? 0));
    const nl = text.indexOf('\n');
    const again = nl < 0 ? '' : text.slice(nl + 1);
    line = rowLine + 1;
    charBase = chunkEnd - again.length;
    if (again.length > 0) replay.push(again);
    held = [];
    state = FIELD_START;
    fields = [];
    parts = [];
    rowChars = 0;
    oversize = false;
    inRow = false;
  };
  const source = chunks[Symbol.asyncIterator]();
  for (;;) {
    let chunk: string;
    const queued = replay.shift();
    if (queued !== undefined) chunk = queued;
    else {
      const next = await source.next();
      if (next.done) {
        // A quote still open at the end of the text never closes: skip its row and read on after its first line.
        if (state === QUOTED && line > rowLine) {
          resync(`broken quoting: quote opened on line ${rowLine} never closes`, charBase);
          yield* out;
          out = [];
          if (replay.length > 0) continue;
        }
        break;
      }
      chunk = next.value;
    }
    const n = chunk.length;
    let i = 0;
    held.push({ base: charBase, text: chunk });
    let resynced = false;
    // Cached next positions of the delimiter and newline, so unquoted scanning stays linear.
    let nextDelim = -2;
    let nextNl = -2;
    while (i < n) {
      if (!inRow) {
        inRow = true;
        rowLine = line;
        rowStart = charBase + i;
      }
      if (state === FIELD_START) {
        if (chunk[i] === '"') {
          state = QUOTED;
          i++;
        } else state = UNQUOTED;
      } else if (state === UNQUOTED) {
        if (nextDelim !== -1 && nextDelim < i) nextDelim = chunk.indexOf(delim, i);
        if (nextNl !== -1 && nextNl < i) nextNl = chunk.indexOf('\n', i);
        const end = nextDelim < 0 ? nextNl : nextNl < 0 ? nextDelim : Math.min(nextDelim, nextNl);
        if (end < 0) {
          append(chunk.slice(i));
          i = n;
          continue;
        }
        append(chunk.slice(i, end));
        i = end + 1;
        state = FIELD_START;
        if (end === nextNl) {
          endField(true);
          endRow(charBase + end + 1);
          line++;
        } else endField(false);
      } else if (state === QUOTED) {
        const q = chunk.indexOf('"', i);
        const seg = q < 0 ? chunk.slice(i) : chunk.slice(i, q);
        line += countNewlines(seg);
        append(seg);
        if (line > rowLine && charBase + (q < 0 ? n : q) - rowStart > maxQuoted) {
          resync(
            `broken quoting: quote opened on line ${rowLine} still open after ${maxQuoted.toLocaleString('en-US')} characters`,
            charBase + n,
          );
          resynced = true;
          break;
        }
        if (q < 0) i = n;
        else {
          i = q + 1;
          state = QUOTE_SEEN;
        }
      } else if (state === QUOTE_SEEN) {
        const c = chunk[i];
        if (c === '"') {
          append('"');
          state = QUOTED;
          i++;
        } else if (c === delim) {
          endField(false);
          state = FIELD_START;
          i++;
        } else if (c === '\n') {
          endField(false);
          endRow(charBase + i + 1);
          line++;
          state = FIELD_START;
          i++;
        } else if (c === '\r') i++;
        else {
          const reason = `broken quoting: "${c}" after a closing quote on line ${line}`;
          if (line > rowLine) {
            resync(reason, charBase + n);
            resynced = true;
            break;
          }
          out.push({ kind: 'bad-row', line: rowLine, charStart: rowStart, charEnd: charBase + i, reason });
          state = SKIP_LINE;
        }
      } else {
        // SKIP_LINE: drop the rest of the broken row's last line.
        const nl = chunk.indexOf('\n', i);
        if (nl < 0) i = n;
        else {
          i = nl + 1;
          line++;
          fields = [];
          parts = [];
          rowChars = 0;
          oversize = false;
          inRow = false;
          state = FIELD_START;
        }
      }
    }
    if (!resynced) {
      charBase += n;
      // Keep only the chunks the current row still needs.
      const from = inRow ? rowStart : charBase;
      while (
        held.length > 0 &&
        (held[0] as { base: number; text: string }).base + (held[0]?.text.length ?? 0) <= from
      )
        held.shift();
    }
    if (out.length > 0) {
      const ready = out;
      out = [];
      yield* ready;
    }
  }
  if (state === QUOTED) {
    // A one-line row whose quote never closes (no newline after it): nothing to re-read.
    yield* out;
    yield {
      kind: 'resync',
      line: rowLine,
      charStart: rowStart,
      reason: `broken quoting: quote opened on line ${rowLine} never closes`,
    };
    return;
  }
  if (inRow && state !== SKIP_LINE) {
    endField(true);
    endRow(charBase);
  }
  yield* out;
}
