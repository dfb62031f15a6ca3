/**
 * The CSV/TSV reader: streams rows with csv-parse, maps columns to listing fields, and turns broken rows
 * (bad quoting, wrong field count, invalid UTF-8) into rejections without losing the good rows around them.
 * @module
 */
import { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { RoleprintError } from '../errors.ts';
import type { InvalidByte } from './decode-text.ts';
import type { ReadItem } from './listing.ts';
import { createKeyAssigner, makeItem, reject } from './make-listing.ts';
import { type ColumnMapping, mapColumns, mapRecord } from './map-record.ts';
import { type OpenedSource, openSource } from './open-source.ts';
import type { ReadOptions } from './read-options.ts';

/** A reader's output: one item and the disk bytes consumed so far. */
export interface ReadStep {
  item: ReadItem;
  bytesRead: number;
}

/** After this many parse restarts the rest of the file is rejected in one piece. */
const MAX_RESTARTS = 1000;

/**
 * Picks the delimiter of a CSV from its first line: the most frequent of `,` `;` tab `|` outside quotes.
 * @example
 * assert.equal(sniffDelimiter('a;b;c\n1;2;3'), ';');
 * assert.equal(sniffDelimiter('"a,b"\tc\n'), '\t');
 */
export function sniffDelimiter(head: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Yields the decoded text after the first `skipLines` lines; `skipped.bytes` gets the UTF-8 size skipped. */
async function* skipLinesOf(
  chunks: AsyncGenerator<string>,
  skipLines: number,
  skipped: { bytes: number },
): AsyncGenerator<string> {
  let left = skipLines;
  for await (const chunk of chunks) {
    if (left === 0) {
      yield chunk;
      continue;
    }
    let at = 0;
    while (left > 0) {
      const nl = chunk.indexOf('\n', at);
      if (nl < 0) break;
      at = nl + 1;
      left--;
    }
    skipped.bytes += Buffer.byteLength(left === 0 ? chunk.slice(0, at) : chunk);
    if (left === 0 && at < chunk.length) yield chunk.slice(at);
  }
}

/**
 * Removes the invalid bytes whose replacement char lies before `end` (UTF-8 offset in the decoded text) and
 * returns those at or after `start` (earlier ones were skipped text, reported in an earlier pass).
 */
function takeInvalid(invalid: InvalidByte[], end: number, start: number): InvalidByte[] {
  const out: InvalidByte[] = [];
  while (invalid.length > 0 && (invalid[0] as InvalidByte).textByteOffset < end) {
    const e = invalid.shift() as InvalidByte;
    if (e.textByteOffset >= start) out.push(e);
  }
  return out;
}

interface PassState {
  header: string[] | null;
  mapping: ColumnMapping | null;
  row: number;
  /** Physical lines of the file before this pass's text. */
  lineBase: number;
}

/**
 * Reads CSV (or TSV) records from an opened file; re-opens the file to resume after a row whose quoting
 * breaks the parse.
 * @example
 * const src = await openSource('../shared/data/listings/yc-waas-nyc-2026/jobs_raw.csv');
 * for await (const { item } of readCsv(src, {})) assert.equal(item.kind, 'listing');
 */
export async function* readCsv(
  opened: OpenedSource,
  options: ReadOptions,
  tsv = false,
): AsyncGenerator<ReadStep> {
  const delimiter = tsv ? '\t' : sniffDelimiter(opened.head);
  const nextKey = createKeyAssigner();
  const state: PassState = { header: null, mapping: null, row: 0, lineBase: 0 };
  let src = opened;
  for (let restarts = 0; ; restarts++) {
    const resumeAt = yield* csvPass(src, state, delimiter, options, nextKey);
    if (resumeAt === null) return;
    if (restarts >= MAX_RESTARTS) {
      yield {
        item: reject(
          src.source,
          `line ${resumeAt}`,
          null,
          `too many broken rows; rest of the file from line ${resumeAt} not read`,
        ),
        bytesRead: src.bytesRead(),
      };
      return;
    }
    src.close();
    src = await openSource(opened.path);
    state.lineBase = resumeAt - 1;
  }
}

/** One csv-parse run over the file from `state.lineBase`; returns the line to resume at, or null when done. */
async function* csvPass(
  src: OpenedSource,
  state: PassState,
  delimiter: string,
  options: ReadOptions,
  nextKey: (id: string | null, n: number) => string,
): AsyncGenerator<ReadStep, number | null> {
  const skipped = { bytes: 0 };
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  });
  const input = Readable.from(skipLinesOf(src.text(), state.lineBase, skipped));
  input.pipe(parser);
  input.on('error', (e) => parser.destroy(e));
  let lastLine = state.lineBase; // last physical line consumed by a complete record
  try {
    for await (const rec of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number; error?: CsvError };
    }>) {
      const { record, info } = rec;
      const startLine = lastLine + 1;
      lastLine = state.lineBase + info.lines;
      const bad = takeInvalid(src.invalid, skipped.bytes + info.bytes, skipped.bytes);
      if (!state.header) {
        state.header = record;
        state.mapping = mapColumns(record, src.source, options.columns);
        continue;
      }
      state.row++;
      const locator = `row ${state.row}`;
      const mapping = state.mapping as ColumnMapping;
      if (bad.length > 0) {
        yield step(
          src,
          reject(
            src.source,
            locator,
            null,
            `invalid UTF-8 byte at byte offset ${(bad[0] as InvalidByte).byteOffset} (line ${startLine})`,
          ),
        );
        continue;
      }
      if (record.length !== state.header.length) {
        yield step(
          src,
          reject(
            src.source,
            locator,
            null,
            `expected ${state.header.length} fields, got ${record.length} (line ${startLine})`,
          ),
        );
        continue;
      }
      const row: Record<string, string> = {};
      state.header.forEach((h, i) => {
        row[h] = record[i] ?? '';
      });
      const { fields, nativeId } = mapRecord(row, mapping);
      yield step(src, makeItem(src.source, locator, nextKey(nativeId, state.row), fields));
    }
    return null;
  } catch (err) {
    if (err instanceof RoleprintError) throw err;
    const e = err as CsvError & { code?: string };
    if (typeof e.code !== 'string' || (!e.code.startsWith('CSV_') && e.code !== 'INVALID_OPENING_QUOTE')) {
      yield step(
        src,
        reject(src.source, `line ${lastLine + 1}`, null, `file could not be read further: ${e.message}`),
      );
      return null;
    }
    const badLine = lastLine + 1;
    if (!state.header) {
      yield step(src, reject(src.source, 'file', null, `unreadable CSV header: ${e.message}`));
      return null;
    }
    state.row++;
    yield step(
      src,
      reject(
        src.source,
        `row ${state.row}`,
        null,
        `broken CSV quoting starting at line ${badLine}: ${e.message}`,
      ),
    );
    return badLine + 1;
  } finally {
    input.destroy();
    src.close();
  }
}

function step(src: OpenedSource, item: ReadItem): ReadStep {
  return { item, bytesRead: src.bytesRead() };
}
