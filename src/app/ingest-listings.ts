/**
 * The ingest use case: read → clean → dedupe → store in batched transactions, accounting for every record.
 * @module
 */

import { ENGLISH_ONLY, readsLanguage } from '../analyze/index.ts';
import {
  type CleanListing,
  type CleanOptions,
  cleanListing,
  createDeduper,
  type DedupeEntry,
  type DedupeOptions,
  listingLanguage,
} from '../clean/index.ts';
import { StringSet } from '../compact.ts';
import { RoleprintError } from '../errors.ts';
import {
  type Listing,
  type ReadItem,
  type ReadOptions,
  readInputs,
  type SkippedFile,
} from '../ingest/index.ts';
import type { NewListing, SourceCounts, Store, StoredRecord } from '../store/index.ts';
import { type Cleaned, type CleanPool, createCleanPool } from './clean-pool.ts';
import { defaultJobs } from './thread-pool.ts';

/** Options for ingestListings: the readers' options plus batching, cleaning, dedupe and callbacks. */
export interface IngestOptions extends ReadOptions {
  /**
   * Records per transaction: a killed run loses at most the batches not yet committed (one, or two while threads
   * clean the next), which the next run redoes.
   * @default 500
   */
  batchSize?: number;
  clean?: CleanOptions;
  dedupe?: DedupeOptions;
  /**
   * Threads that clean (default: ROLEPRINT_JOBS, else one per core; 1 cleans in this thread). They start once a
   * whole batch is read and clean it too, so an input smaller than one batch pays no thread start, and a larger one
   * starts them while the next batch is read; the output is the same either way.
   */
  jobs?: number;
  /** Called after each record is read, with running totals (bytes: compressed bytes consumed over all files). */
  onProgress?: (progress: IngestProgress) => void;
  /** Called for every rejected record, including those a previous run stored, in read order. */
  onRejection?: (rejection: RejectionReport) => void;
  /**
   * Called once per record the store already held (same record id: a rerun, or a resume after a kill); such records
   * are counted with their stored status, not redone.
   */
  onKnown?: () => void;
  /**
   * Called for each listing this run accepts whose text is not in English, with its language (ISO 639-1): it is
   * stored, and reports leave it out, as analysis reads English only.
   */
  onOtherLanguage?: (language: string, listing: { source: string; locator: string }) => void;
}

/** Running totals handed to `onProgress`. */
export interface IngestProgress {
  records: number;
  bytes: number;
  /** The file being read. */
  path: string;
}

/** One rejected record, for `--rejections`: the file it came from, where in it, and why. */
export interface RejectionReport {
  file: string;
  source: string;
  locator: string;
  recordKey: string | null;
  reason: string;
}

/** What an ingest read, per source (a file's last two path segments) and in total; `read = accepted + duplicates + rejected`. */
export interface IngestSummary {
  sources: Record<string, SourceCounts>;
  total: SourceCounts;
  skipped: SkippedFile[];
}

/** Stored dedupe entries handed to the deduper at once when a run resumes. */
const SEED_PAGE = 1000;

interface Pending {
  id: string;
  file: string;
  item: ReadItem;
}

/**
 * The sources an ingest accepted listings from, sorted: what a PATH given to report or compare stands for in a store.
 * @example
 * const c = (accepted: number) => ({ read: 2, accepted, duplicates: 2 - accepted, rejected: 0 });
 * assert.deepEqual(acceptedSources({ sources: { 'b.csv': c(2), 'a.csv': c(1), 'dup.csv': c(0) } }), ['a.csv', 'b.csv']);
 */
export function acceptedSources(summary: Pick<IngestSummary, 'sources'>): string[] {
  return Object.entries(summary.sources)
    .filter(([, c]) => c.accepted > 0)
    .map(([source]) => source)
    .sort();
}

/**
 * Throws RoleprintError('USAGE') when an ingest accepted no listing, saying what was read and what to do; `action` is
 * what could not be done ("compare jobs/", "build a report from a.csv").
 * @example
 * assert.throws(() => requireAccepted({ total: { read: 0, accepted: 0, duplicates: 0, rejected: 0 } } as never, 'build a report from e.jsonl'), /no listings were accepted from it \(0 read/);
 */
export function requireAccepted(summary: Pick<IngestSummary, 'total'>, action: string): void {
  const t = summary.total;
  if (t.accepted > 0) return;
  const why =
    t.rejected > 0
      ? '; run roleprint ingest with --rejections FILE to see why each record was rejected'
      : '; pass a file or folder of listings (CSV, JSON, JSONL, HTML, text)';
  throw new RoleprintError(
    'USAGE',
    `Cannot ${action}: no listings were accepted from it (${t.read} read, ${t.duplicates} duplicates of listings already read, ${t.rejected} rejected)${why}`,
  );
}

/**
 * Reads the paths into the store and returns the accounting. Records the store already holds (same record id) are
 * not redone but counted with their stored status, so a rerun, or a run resumed after a kill, reports the same
 * numbers and leaves the same database content.
 * @example
 * import { openStore } from '../store/index.ts';
 * const summary = await ingestListings(await openStore(':memory:'), ['../shared/data/listings/tech-leadership']);
 * assert.equal(summary.total.read, 116);
 */
export async function ingestListings(
  store: Store,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  // One writer at a time for the whole run: a second ingest into the same store waits, then seeds its deduper
  // from what the first stored, so two runs at once end as if run one after the other.
  const release = await store.lockWrites();
  try {
    return await ingestAsOnlyWriter(store, paths, options);
  } finally {
    await release();
  }
}

async function ingestAsOnlyWriter(
  store: Store,
  paths: string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 500;
  const deduper = createDeduper(options.dedupe);
  // Seeded a page at a time, in stored order: a resumed run at a million listings never holds every stored entry.
  let entries: DedupeEntry[] = [];
  for await (const entry of store.dedupeEntries()) {
    entries.push(entry);
    if (entries.length === SEED_PAGE) {
      deduper.seed(entries);
      entries = [];
    }
  }
  deduper.seed(entries);

  const counts = new Map<string, SourceCounts>();
  const countsFor = (source: string): SourceCounts => {
    let c = counts.get(source);
    if (!c) {
      c = { read: 0, accepted: 0, duplicates: 0, rejected: 0 };
      counts.set(source, c);
    }
    return c;
  };
  const tally = (source: string, status: StoredRecord['status']): void => {
    const c = countsFor(source);
    c.read++;
    if (status === 'accepted') c.accepted++;
    else if (status === 'duplicate') c.duplicates++;
    else c.rejected++;
  };
  const skipped: SkippedFile[] = [];
  // Repeats of one record key in a run get `~2`, `~3` …: stable across reruns since files are read in order.
  // Every record's key is kept for the whole run, outside the heap; a count only for the few keys that repeat.
  const seen = new StringSet();
  const repeats = new Map<string, number>();
  let pending: Pending[] = [];
  let records = 0;
  let bytesBefore = 0;
  let fileBytes = 0;
  let path = '';

  const jobs = options.jobs ?? defaultJobs();
  let pool: CleanPool | null = null;
  let batches = 0;
  // The batch before this one: it finishes (dedupe, write) while the threads clean this one and the next is read.
  let previous: Promise<void> = Promise.resolve();

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    batches++;
    if (!pool && jobs > 1 && (batches >= 2 || batch.length >= batchSize)) pool = createCleanPool(jobs);
    // Record ids are unique within a run, so this batch's statuses do not depend on the batch still being written.
    const stored = await store.recordStatuses(batch.map((p) => p.id));
    let cleaned: Promise<Cleaned[]> | null = null;
    if (pool) {
      const fresh = batch.filter((p) => p.item.kind === 'listing' && !stored.has(p.id));
      cleaned = pool.clean(
        fresh.map((p) => withRepeatKey(p.id, p.item as Extract<ReadItem, { kind: 'listing' }>)),
        options.clean ?? {},
        options.onOtherLanguage !== undefined,
      );
      cleaned.catch(() => {}); // awaited in finish; an earlier batch's failure must not leave it unhandled
    }
    await previous;
    previous = finish(batch, stored, cleaned);
    previous.catch(() => {}); // awaited by the next flush or at the end
  };

  const finish = async (
    batch: Pending[],
    stored: Map<string, StoredRecord>,
    cleanedBy: Promise<Cleaned[]> | null,
  ): Promise<void> => {
    const cleaned = cleanedBy ? await cleanedBy : null;
    let next = 0;
    const out: StoredRecord[] = [];
    const listings: NewListing[] = [];
    for (const { id, file, item } of batch) {
      const previous = stored.get(id);
      if (previous) {
        tally(previous.source, previous.status);
        options.onKnown?.();
        if (previous.status === 'rejected')
          options.onRejection?.({
            file,
            source: previous.source,
            locator: previous.locator,
            recordKey: previous.recordKey,
            reason: previous.reason ?? '',
          });
        continue;
      }
      const record = processItem(
        id,
        item,
        listings,
        cleaned && item.kind === 'listing' ? (cleaned[next++] as Cleaned) : null,
      );
      out.push(record);
      tally(record.source, record.status);
      if (record.status === 'rejected')
        options.onRejection?.({
          file,
          source: record.source,
          locator: record.locator,
          recordKey: record.recordKey,
          reason: record.reason ?? '',
        });
    }
    if (out.length > 0) await store.writeBatch({ records: out, listings });
  };

  const processItem = (
    id: string,
    item: ReadItem,
    listings: NewListing[],
    pre: Cleaned | null,
  ): StoredRecord => {
    if (item.kind === 'rejected') {
      const r = item.rejection;
      return rejected(id, r.source, r.recordKey, r.locator, r.reason);
    }
    const listing = withRepeatKey(id, item);
    let clean: ReturnType<typeof cleanListing>;
    let signature: Uint32Array | undefined;
    try {
      if (pre && 'error' in pre) throw new Error(pre.error);
      clean = pre ? pre.clean : cleanListing(listing, options.clean);
      if (pre?.signature) signature = pre.signature;
    } catch (e) {
      // One listing the cleaner cannot handle is that record's rejection; the batch around it is kept.
      const reason = `cannot clean this listing: ${(e as Error).message}`;
      return rejected(id, listing.source, listing.recordKey, listing.locator, reason);
    }
    if (!isClean(clean)) return rejected(id, clean.source, clean.recordKey, clean.locator, clean.reason);
    const verdict = deduper.check(clean, signature);
    const base = {
      id,
      source: clean.source,
      recordKey: clean.recordKey,
      locator: clean.locator,
      reason: null,
    };
    if (verdict.kind === 'duplicate') {
      return {
        ...base,
        status: 'duplicate',
        listingId: verdict.canonicalId,
        exact: verdict.exact,
        similarity: verdict.similarity,
        postedAt: clean.postedAt,
      };
    }
    deduper.add(clean, verdict.signature);
    listings.push({ listing: clean, signature: Array.from(verdict.signature) });
    if (options.onOtherLanguage) {
      // Detected by the clean worker where one cleaned it (the main thread is ingest's bottleneck).
      const language =
        pre && 'clean' in pre && pre.language !== undefined ? pre.language : listingLanguage(clean);
      if (!readsLanguage({ languages: ENGLISH_ONLY }, language)) options.onOtherLanguage(language, clean);
    }
    return {
      ...base,
      status: 'accepted',
      listingId: clean.id,
      exact: null,
      similarity: null,
      postedAt: clean.postedAt,
    };
  };

  try {
    await readAll();
    await flush();
  } finally {
    // A batch handed over is finished (committed) even when reading fails after it, as with one thread: a run that
    // stops loses only what it had not handed over, and nothing is written after it returns.
    await previous.catch(() => {});
    await (pool as CleanPool | null)?.close();
  }
  await previous;

  async function readAll(): Promise<void> {
    for await (const event of readInputs(paths, options)) {
      if (event.type === 'skipped') {
        skipped.push(event.file);
      } else if (event.type === 'file') {
        countsFor(event.source);
        path = event.path;
        fileBytes = event.bytes;
        options.onProgress?.({ records, bytes: bytesBefore, path: event.path });
      } else if (event.type === 'file-end') {
        bytesBefore += fileBytes;
        fileBytes = 0;
        options.onProgress?.({ records, bytes: bytesBefore, path: event.path });
      } else {
        const base = recordBase(event.item);
        const n = seen.add(base) ? 1 : (repeats.get(base) ?? 1) + 1;
        if (n > 1) repeats.set(base, n);
        pending.push({ id: n === 1 ? base : `${base}~${n}`, file: path, item: event.item });
        records++;
        options.onProgress?.({ records, bytes: bytesBefore + event.bytesRead, path });
        if (pending.length >= batchSize) await flush();
      }
    }
  }

  const sources: Record<string, SourceCounts> = {};
  const total: SourceCounts = { read: 0, accepted: 0, duplicates: 0, rejected: 0 };
  for (const source of [...counts.keys()].sort(compareText)) {
    const c = counts.get(source) as SourceCounts;
    sources[source] = c;
    total.read += c.read;
    total.accepted += c.accepted;
    total.duplicates += c.duplicates;
    total.rejected += c.rejected;
  }
  return { sources, total, skipped };
}

/** The listing under its record id: a repeat of a key within a run gets the id's `~n` on its key and record key. */
function withRepeatKey(id: string, item: Extract<ReadItem, { kind: 'listing' }>): Listing {
  const repeat = id.slice(item.listing.key.length); // '' or '~n'
  return repeat
    ? { ...item.listing, key: item.listing.key + repeat, recordKey: item.listing.recordKey + repeat }
    : item.listing;
}

/** The record identity before repeat numbering: the listing key, else `source#recordKey`, else `source@locator`. */
function recordBase(item: ReadItem): string {
  if (item.kind === 'listing') return item.listing.key;
  const r = item.rejection;
  return r.recordKey !== null ? `${r.source}#${r.recordKey}` : `${r.source}@${r.locator}`;
}

function isClean(value: CleanListing | { reason: string }): value is CleanListing {
  return 'text' in value;
}

function rejected(
  id: string,
  source: string,
  recordKey: string | null,
  locator: string,
  reason: string,
): StoredRecord {
  return {
    id,
    source,
    recordKey,
    locator,
    status: 'rejected',
    listingId: null,
    exact: null,
    similarity: null,
    reason,
    postedAt: null,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
