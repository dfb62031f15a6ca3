/**
 * The ingest stage's door: reads listing files of every supported format into Listing / Rejection items.
 * @module
 */
import { RoleprintError } from '../errors.ts';
import { detectFormat } from './detect-format.ts';
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
      if (e.kind === 'file' && e.explicit && detectFormat(e.path, '') === null)
        throw new RoleprintError(
          'INPUT',
          `Cannot tell the format of ${e.path} from its name; ${FORMAT_HINT}`,
        );
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
      yield { type: 'file', path, source, format: options.format ?? 'text', bytes: 0 };
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
    for await (const step of readFile(src, format, options))
      yield { type: 'item', item: step.item, bytesRead: step.bytesRead };
    yield { type: 'file-end', path, source: src.source };
  }
}
