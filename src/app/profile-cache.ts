/**
 * Fast reads: built profiles and rendered reports cached by filter, analyzer version and store contents, so a warm
 * store answers a repeated request in milliseconds; any ingest invalidates them.
 * @module
 */
import { createHash } from 'node:crypto';
import { ANALYZER_VERSION } from '../analyze/index.ts';
import type { RoleProfile } from '../profile/index.ts';
import { type ReportFormat, renderReport } from '../report/index.ts';
import type { ListingFilter, Store } from '../store/index.ts';
import { type AnalyzeAllOptions, analyzeAll } from './analyze-all.ts';
import { countRolesInStore, type RolesSummary } from './count-roles.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore, type StoreProfileOptions } from './profile-from-store.ts';

/** Options of {@link createProfileCache}. */
export interface ProfileCacheOptions {
  /**
   * Profiles kept (least recently used dropped first); each keeps its rendered formats.
   * @default 64
   */
  maxEntries?: number;
  /**
   * How long the store's contents are taken as unchanged before they are counted again, in milliseconds: writes by
   * another process (a CLI ingest into the same database) show within this time. Ingests through this cache's
   * `invalidate()` show at once.
   * @default 1000
   */
  revisionTtlMs?: number;
  /** The clock in milliseconds (tests pass their own). @default performance.now */
  now?: () => number;
}

/** A rendered report and where it came from. */
export interface CachedReport {
  body: string;
  /** A strong validator of the body: the same key means the same bytes (for ETag). */
  etag: string;
  /** Whether the profile was already built. */
  hit: boolean;
}

/** Cached reads over one store. */
export interface ProfileCache {
  /** The report of the selection in a format, built once per store revision. Throws as profileFromStore does. */
  report(options: StoreProfileOptions, format: ReportFormat): Promise<CachedReport>;
  /** The profile itself (the same object `report` renders). */
  profile(options: StoreProfileOptions): Promise<RoleProfile>;
  /** Roles with counts over the listings a filter selects, cached like profiles. */
  roles(filter?: ListingFilter): Promise<RolesSummary>;
  /** Analyzes what the store lacks (once per revision); reads wait for it. */
  warm(options?: AnalyzeAllOptions): Promise<void>;
  /** Drops everything: call after writing to the store. */
  invalidate(): void;
  /** Counters for tests and the benchmark. */
  stats(): { hits: number; misses: number; entries: number; revision: string };
}

interface Entry {
  profile: Promise<RoleProfile>;
  rendered: Map<ReportFormat, string>;
}

/**
 * Creates a cache of profiles over a store, keyed by the request, ANALYZER_VERSION and the store's revision.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * const cache = createProfileCache(store);
 * assert.equal((await cache.report({ role: 'cto' }, 'md')).hit, false);
 * assert.equal((await cache.report({ role: 'cto' }, 'md')).hit, true);
 */
export function createProfileCache(store: Store, options: ProfileCacheOptions = {}): ProfileCache {
  const max = options.maxEntries ?? 64;
  const ttl = options.revisionTtlMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, Entry>();
  const roleCounts = new Map<string, Promise<RolesSummary>>();
  let generation = 0;
  let revision = '';
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<string> | null = null;
  let background: { revision: string; promise: Promise<void> } | null = null;
  let hits = 0;
  let misses = 0;

  const clear = (): void => {
    entries.clear();
    roleCounts.clear();
    background = null;
  };

  // Records read so far change with every ingest that stores anything; the count is cheap next to a profile.
  const currentRevision = async (): Promise<string> => {
    if (now() - checkedAt < ttl && revision !== '') return revision;
    checking ??= (async () => {
      try {
        const counts = await store.recordCounts();
        let read = 0;
        for (const c of Object.values(counts)) read += c.read;
        const next = `${ANALYZER_VERSION}:${generation}:${read}`;
        if (next !== revision) {
          clear();
          revision = next;
        }
        checkedAt = now();
        return revision;
      } finally {
        checking = null;
      }
    })();
    return checking;
  };

  const analyzed = async (rev: string, analyzeOptions: AnalyzeAllOptions = {}): Promise<void> => {
    if (background?.revision !== rev) {
      const promise = analyzeAll(store, analyzeOptions).then(() => {});
      background = { revision: rev, promise };
      promise.catch(() => {
        if (background?.promise === promise) background = null;
      });
    }
    return background.promise;
  };

  const entryFor = async (
    request: StoreProfileOptions,
  ): Promise<{ entry: Entry; key: string; hit: boolean }> => {
    const rev = await currentRevision();
    const key = `${rev}|${requestKey(request)}`;
    const found = entries.get(key);
    if (found) {
      entries.delete(key);
      entries.set(key, found);
      hits++;
      return { entry: found, key, hit: true };
    }
    misses++;
    const profile = (async () => {
      await analyzed(rev);
      return profileFromStore(store, request, { version: ANALYZER_VERSION, ...profileDeps() });
    })();
    const entry: Entry = { profile, rendered: new Map() };
    entries.set(key, entry);
    // A failed build (no listing matches, a database error) is not kept: the next request tries again.
    profile.catch(() => {
      if (entries.get(key) === entry) entries.delete(key);
    });
    while (entries.size > max) entries.delete(entries.keys().next().value as string);
    return { entry, key, hit: false };
  };

  return {
    async report(request, format) {
      const { entry, key, hit } = await entryFor(request);
      const profile = await entry.profile;
      let body = entry.rendered.get(format);
      if (body === undefined) {
        body = renderReport(profile, format);
        entry.rendered.set(format, body);
      }
      const etag = `"${createHash('sha256').update(`${key}|${format}`).digest('base64url').slice(0, 27)}"`;
      return { body, etag, hit };
    },
    async profile(request) {
      return (await entryFor(request)).entry.profile;
    },
    async roles(filter = {}) {
      await currentRevision();
      const key = requestKey(filter);
      let found = roleCounts.get(key);
      if (!found) {
        found = countRolesInStore(store, filter);
        roleCounts.set(key, found);
        found.catch(() => roleCounts.delete(key));
      }
      return found;
    },
    async warm(analyzeOptions) {
      await analyzed(await currentRevision(), analyzeOptions);
    },
    invalidate() {
      generation++;
      revision = '';
      checkedAt = Number.NEGATIVE_INFINITY;
      clear();
    },
    stats: () => ({ hits, misses, entries: entries.size, revision }),
  };
}

// The same request always gives the same key, whatever the order its fields were set in.
function requestKey(value: object): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
