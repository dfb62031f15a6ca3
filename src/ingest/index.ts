/**
 * The ingest stage's door: reads listing files of every supported format into Listing / Rejection items.
 *
 * Decisions every reader shares:
 * - Keys: `Listing.source` is the file's last two path segments; `key = ${source}#${recordKey}`, where
 *   recordKey is the record's own id (CSV/JSON `id`/`job_id`/`job_posting`, JSON-LD `identifier` else `url`,
 *   Greenhouse/Lever/HN id, a text file's name) or else its 1-based record number. An id repeated inside one
 *   file (reposts in the LinkedIn samples, say) gets `~2`, `~3` … in file order, so keys are unique per file
 *   and stable across runs. HN comments keep their HN id in every run file, so reposts share a recordKey.
 * - Encoding, per file, from its first MiB (decompressed): a BOM wins (UTF-8, UTF-16); otherwise UTF-8 unless
 *   invalid sequences outnumber valid multi-byte ones, then Windows-1252. A UTF-8 file with a few bad bytes
 *   stays UTF-8 and only the records holding them are rejected, naming the byte offset.
 * - Gzip is recognised by its magic bytes, not its name. NUL bytes near the start make a whole-file rejection.
 * - Nothing is cleaned here: descriptions are kept as published with `format` saying html/markdown/text.
 * - Dates become `YYYY-MM-DD`, or `YYYY-MM` when only the month is certain (spreadsheet-rounded epochs).
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { detectFormat } from './detect-format.ts';
import { tooManyRecords } from './limits.ts';
import type { ReadItem, SkippedFile } from './listing.ts';
import { openSource, sourceName } from './open-source.ts';
import { readFile } from './read-file.ts';
import { FORMATS, type Format, isFormat, type ReadOptions } from './read-options.ts';
import { type WalkEntry, walkInputs } from './walk-inputs.ts';

export { detectFormat } from './detect-format.ts';
export type { DescriptionFormat, Listing, ReadItem, Rejection, SkippedFile } from './listing.ts';
export { normalizeDate } from './normalize-date.ts';
export { FORMATS, type Format, isFormat, type MappedField, type ReadOptions } from './read-options.ts';

/** What `readInputs` yields, in a deterministic order: per file `file`, its `item`s, then `file-end`. */
export type ReadEvent =
  | { type: 'file'; path: string; source: string; format: Format; bytes: number }
  | { type: 'skipped'; file: SkippedFile }
  | { type: 'item'; item: ReadItem; bytesRead: number }
  | { type: 'file-end'; path: string; source: string };

const FORMAT_HINT = `pass --format ${FORMATS.join('|')}`;

/**
 * Reads files and directories (walked in sorted order) and yields every record as a listing or a rejection.
 * Throws RoleprintError('INPUT') for a missing path, an unknown `--format`, or a file whose format cannot be told.
 * @example
 * let listings = 0;
 * for await (const e of readInputs(['../shared/data/listings/tech-leadership']))
 *   if (e.type === 'item' && e.item.kind === 'listing') listings++;
 * assert.equal(listings, 116);
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  if (options.format !== undefined && !isFormat(options.format))
    throw new RoleprintError('INPUT', `Unknown format "${options.format}"; ${FORMAT_HINT}`);
  const entries: WalkEntry[] = [];
  for await (const e of walkInputs(paths)) entries.push(e);
  if (!options.format)
    for (const e of entries)
      if (e.kind === 'file' && e.explicit && detectFormat(e.path, '') === null) {
        if (/\.pdf(\.gz)?$/i.test(e.path))
          throw new RoleprintError(
            'INPUT',
            `Cannot read ${e.path}: PDF is not a listing format; export the listings as CSV, JSON or text (e.g. pdftotext) and pass that file`,
          );
        throw new RoleprintError(
          'INPUT',
          `Cannot tell the format of ${e.path} from its name; ${FORMAT_HINT}`,
        );
      }
  for (const entry of entries) {
    if (entry.kind === 'skipped') {
      yield { type: 'skipped', file: entry.file };
      continue;
    }
    const { path } = entry;
    let src: Awaited<ReturnType<typeof openSource>>;
    try {
      src = await openSource(path);
    } catch (e) {
      // Unreadable (permissions, corrupt gzip header …): one whole-file rejection, the run goes on.
      const source = sourceName(path);
      yield {
        type: 'file',
        path,
        source,
        format: options.format ?? detectFormat(path, '') ?? 'text',
        bytes: 0,
      };
      yield {
        type: 'item',
        item: {
          kind: 'rejected',
          rejection: {
            source,
            locator: 'file',
            recordKey: null,
            reason: `cannot open: ${(e as Error).message}`,
          },
        },
        bytesRead: 0,
      };
      yield { type: 'file-end', path, source };
      continue;
    }
    const format = options.format ?? detectFormat(path, src.head);
    if (!format) {
      src.close();
      yield { type: 'skipped', file: { path, reason: 'unknown format' } };
      continue;
    }
    yield { type: 'file', path, source: src.source, format, bytes: src.size };
    let records = 0;
    for await (const step of readFile(src, format, options)) {
      const over = tooManyRecords(records++);
      if (over) {
        // The rest of the file is one rejection that says so: counted, never silently dropped.
        yield {
          type: 'item',
          item: {
            kind: 'rejected',
            rejection: {
              source: src.source,
              locator: `record ${records} onwards`,
              recordKey: null,
              reason: over,
            },
          },
          bytesRead: step.bytesRead,
        };
        break;
      }
      yield { type: 'item', item: step.item, bytesRead: step.bytesRead };
    }
    yield { type: 'file-end', path, source: src.source };
  }
}
