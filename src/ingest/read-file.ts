/**
 * Runs the right reader on one opened file and turns whole-file problems (binary content, a read error
 * midway) into rejections instead of exceptions.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { type ReadStep, readCsv } from './csv.ts';
import { innerExtension } from './detect-format.ts';
import { readGreenhouse } from './greenhouse.ts';
import { readHn } from './hn.ts';
import { readJsonDocument, readJsonLdHtml, readJsonl } from './json.ts';
import { readLever } from './lever.ts';
import { reject } from './make-listing.ts';
import type { OpenedSource } from './open-source.ts';
import type { Format, ReadOptions } from './read-options.ts';
import { readTextFile } from './text-file.ts';

/** The reader for one format. */
function readerFor(src: OpenedSource, format: Format, options: ReadOptions): AsyncGenerator<ReadStep> {
  switch (format) {
    case 'csv':
      return readCsv(src, options);
    case 'tsv':
      return readCsv(src, options, true);
    case 'jsonl':
      return readJsonl(src, options);
    case 'json':
      return readJsonDocument(src, options);
    case 'jsonld':
      if (/^\s*</.test(src.head)) return readJsonLdHtml(src);
      // One object per line (the NHS file) streams; a single document is parsed whole.
      return ['.jsonl', '.ndjson'].includes(innerExtension(src.path)) ||
        /^\s*\{[^\n]*\}\s*\r?\n\s*\{/.test(src.head) ||
        /^\s*\{[^\n]*\}\s*$/.test(src.head)
        ? readJsonl(src, options, true)
        : readJsonDocument(src, options, true);
    case 'hn':
      return readHn(src);
    case 'greenhouse':
      return readGreenhouse(src);
    case 'lever':
      return readLever(src);
    case 'text':
      return readTextFile(src);
  }
}

/**
 * Reads every record of one file in the given format.
 * @example
 * import { openSource } from './open-source.ts';
 * const src = await openSource('../shared/data/listings/tech-leadership/postings.jsonl');
 * for await (const { item } of readFile(src, 'jsonl', {})) assert.equal(item.kind, 'listing');
 */
export async function* readFile(
  src: OpenedSource,
  format: Format,
  options: ReadOptions,
): AsyncGenerator<ReadStep> {
  if (src.head.startsWith('%PDF-')) {
    src.close();
    yield {
      item: reject(
        src.source,
        'file',
        null,
        'PDF is not a listing format; export the listings as CSV, JSON or text (e.g. pdftotext) and read that file',
      ),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  if (src.binary) {
    src.close();
    yield {
      item: reject(
        src.source,
        'file',
        null,
        'binary file (NUL bytes near the start): not a listing format; remove it from the inputs',
      ),
      bytesRead: src.bytesRead(),
    };
    return;
  }
  try {
    yield* readerFor(src, format, options);
  } catch (e) {
    if (e instanceof RoleprintError) throw e;
    yield {
      item: reject(
        src.source,
        'file',
        null,
        `file could not be read to the end (${(e as Error).message}); records before this point were kept`,
      ),
      bytesRead: src.bytesRead(),
    };
  } finally {
    src.close();
  }
}
