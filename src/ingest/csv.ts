/**
 * The CSV/TSV reader: streams rows, maps columns to listing fields, and turns broken rows (bad quoting,
 * wrong field count, invalid UTF-8, oversized) into rejections without losing the good rows around them.
 * @module
 */

import type { ReadItem } from './listing.ts';
import { createKeyAssigner, makeItem, reject } from './make-listing.ts';
import { type ColumnMapping, mapColumns, mapRecord } from './map-record.ts';
import type { OpenedSource } from './open-source.ts';
import { parseCsv } from './parse-csv.ts';
import { takeInvalidChars } from './read-lines.ts';
import type { ReadOptions } from './read-options.ts';

/** A reader's output: one item and the disk bytes consumed so far. */
export interface ReadStep {
  item: ReadItem;
  bytesRead: number;
}

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

/**
 * Whether a text's line breaks are lone CRs (classic Mac OS, some spreadsheet exports): CRs and no LF in its head.
 * @example
 * assert.equal(usesLoneCr('a,b\r1,2\r'), true);
 * assert.equal(usesLoneCr('a,b\r\n1,2\r\n'), false);
 */
export function usesLoneCr(head: string): boolean {
  return head.includes('\r') && !head.includes('\n');
}

/** The text with every CR as LF (one character for one, so offsets stay true). */
async function* crToLf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  for await (const chunk of chunks) yield chunk.replaceAll('\r', '\n');
}

/**
 * Reads CSV (or TSV) records from an opened file. After a quoted field that breaks over several lines, reading goes
 * on from the line after the broken row's first line (the tokenizer re-reads the lines it holds), so one bad row
 * does not cost the rest, and the file is read once.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('../shared/data/listings/yc-waas-nyc-2026/jobs_raw.csv');
 * for await (const { item } of readCsv(src, {})) assert.equal(typeof item.kind, 'string');
 */
export async function* readCsv(
  opened: OpenedSource,
  options: ReadOptions,
  tsv = false,
): AsyncGenerator<ReadStep> {
  const delimiter = tsv ? '\t' : sniffDelimiter(opened.head);
  const loneCr = usesLoneCr(opened.head);
  const nextKey = createKeyAssigner();
  const source = opened.source;
  let header: string[] | null = null;
  let mapping: ColumnMapping | null = null;
  let row = 0;
  const src = opened;
  const step = (item: ReadItem): ReadStep => ({ item, bytesRead: src.bytesRead() });
  try {
    for await (const e of parseCsv(loneCr ? crToLf(src.text()) : src.text(), { delimiter })) {
      if (e.kind === 'resync') {
        row++;
        if (!header) {
          yield step(reject(source, 'file', null, `unreadable CSV header: ${e.reason}`));
          return;
        }
        yield step(
          reject(
            source,
            `row ${row}`,
            null,
            `${e.reason} (row starts on line ${e.line}); reading resumes on line ${e.line + 1}`,
          ),
        );
        continue;
      }
      if (e.kind === 'bad-row') {
        takeInvalidChars(src.invalid, e.charStart, e.charEnd);
        if (!header) {
          yield step(reject(source, 'file', null, `unreadable CSV header: ${e.reason}`));
          return;
        }
        row++;
        yield step(reject(source, `row ${row}`, null, `${e.reason} (row starts on line ${e.line})`));
        continue;
      }
      const r = e.row;
      const bad = takeInvalidChars(src.invalid, r.charStart, r.charEnd);
      if (!header) {
        header = r.fields;
        mapping = mapColumns(header, source, options.columns);
        continue;
      }
      row++;
      const locator = `row ${row}`;
      if (bad) {
        yield step(
          reject(
            source,
            locator,
            null,
            `invalid UTF-8 byte at byte offset ${bad.byteOffset} (line ${r.line})`,
          ),
        );
        continue;
      }
      if (r.fields.length !== header.length) {
        yield step(
          reject(
            source,
            locator,
            null,
            `expected ${header.length} fields, got ${r.fields.length} (line ${r.line})`,
          ),
        );
        continue;
      }
      const record: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) record[header[i] as string] = r.fields[i] ?? '';
      const { fields, nativeId } = mapRecord(record, mapping as ColumnMapping);
      yield step(makeItem(source, locator, nextKey(nativeId, row), fields));
    }
  } finally {
    src.close();
  }
}
