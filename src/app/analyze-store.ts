/**
 * Analyze what a request needs: the selected listings lacking an analysis of the analyzer version are analyzed once
 * and the result cached in the store, with one row per concept each listing says (the store's distinctive-duty
 * background is counted from those rows in SQL).
 * @module
 */
import type { AnalyzedListing, ConceptLink } from '../analyze/index.ts';
import { loadRoles, roleComponent } from '../analyze/roles/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { type ConceptBackground, type ConceptLookup, countedLinks } from '../profile/index.ts';
import type {
  AnalysisInput,
  ConceptRow,
  ConceptRowsInput,
  ListingFilter,
  RoleInput,
  Store,
  StoredListing,
} from '../store/index.ts';
import type { AnalyzePool } from './analyze-pool.ts';
import { viewOf } from './profile-views.ts';

/** What profiling needs from the analyze stage and the taxonomy. */
export interface AnalyzeDeps {
  version: string;
  /** Builds the analyzer; called once, and only when a listing needs analyzing (loading models takes a moment). */
  analyzer: () => Promise<(listing: CleanListing) => AnalyzedListing>;
  /** The concept catalog the analyses link to. */
  concepts: ConceptLookup;
  /** Concept counts of many roles, shipped with the product: the background of distinctive duties. */
  conceptBackground?: ConceptBackground;
}

/** A listing with the concepts it says (by the profile's counting rule): a side of a comparison. */
export interface BackgroundEntry {
  id: string;
  concepts: string[];
}

const BATCH = 200;
/**
 * Listings a selection must need before worker threads start: each thread loads the models (seconds), so a small
 * selection is done sooner in this thread (a 200-listing file: 6.7 s in one thread, 11.3 s with two, quiet 2 cores).
 */
const POOL_MIN = 600;

/**
 * The concepts a listing says, one row each, by the profile's own counting rule (countedLinks): the strongest link of
 * each concept (the earliest among equals), with the need its section gives it. Sorted by concept id.
 * @example
 * import { loadConcepts } from '../taxonomy/index.ts';
 * const link = { id: 'topic:on-call-rotation', score: 0.9, start: 0, end: 30, section: 'requirements', by: 'phrase' } as const;
 * const rows = conceptRows([link, { ...link, score: 0.7, start: 40, end: 60 }], loadConcepts());
 * assert.deepEqual(rows.map((r) => [r.concept, r.need, r.start]), [['topic:on-call-rotation', 'required', 0]]);
 */
export function conceptRows(
  concepts: AnalyzedListing['concepts'] | undefined,
  lookup: ConceptLookup,
): ConceptRow[] {
  const best = new Map<string, ConceptLink>();
  for (const link of countedLinks({ concepts: concepts ?? [] }, lookup)) {
    const held = best.get(link.id);
    if (!held || link.score > held.score || (link.score === held.score && link.start < held.start))
      best.set(link.id, link);
  }
  return [...best.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((link) => ({
      concept: link.id,
      kind: lookup.get(link.id)?.kind ?? 'skill',
      need: link.section === 'requirements' ? 'required' : link.section === 'preferred' ? 'preferred' : null,
      section: link.section,
      score: link.score,
      start: link.start,
      end: link.end,
    }));
}

/** The distinct concepts a listing says, sorted (see conceptRows). */
export function saidConcepts(
  concepts: AnalyzedListing['concepts'] | undefined,
  lookup: ConceptLookup,
): string[] {
  return conceptRows(concepts, lookup).map((r) => r.concept);
}

/**
 * Gives every stored listing without a role of `version` its role, from its titles (normalizing titles is fast, so a
 * role's listings are known before any of them is analyzed); returns how many were given one.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * assert.deepEqual([await assignRoles(store, 'v1'), await assignRoles(store, 'v1')], [3, 0]);
 * assert.equal((await store.countsBySource({ role: 'cto' }))[0]?.listings, 1);
 */
export async function assignRoles(store: Store, version: string): Promise<number> {
  // Built only when some listing lacks a role: a warm store's every report asks, and the roles take 0.2 s to load.
  let role: ReturnType<typeof roleComponent> | undefined;
  let done = 0;
  // Rows are written between reads (not while a page stream is open), a bounded number at a time.
  for (;;) {
    const batch: RoleInput[] = [];
    for await (const l of store.listings({ roleMissing: version })) {
      role ??= roleComponent(loadRoles());
      batch.push({ id: l.id, version, role: role.run(l).role?.role ?? null });
      if (batch.length >= 5000) break;
    }
    if (batch.length === 0) return done;
    await store.putRoles(batch);
    done += batch.length;
  }
}

/**
 * Writes the concept rows of analyses stored before rows existed (a store made by an earlier roleprint), from the
 * stored analysis itself; returns how many analyses it filled.
 * @example
 * import { openStore } from '../store/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']);
 * let id = '';
 * for await (const l of store.listings()) id ||= l.id;
 * const link = { id: 'topic:on-call-rotation', score: 0.9, start: 0, end: 9, section: 'requirements', by: 'phrase' };
 * await store.putAnalyses([{ id, version: 'v1', analysis: { concepts: [link] } }]); // as an earlier roleprint did
 * assert.equal(await backfillConceptRows(store, 'v1', loadConcepts()), 1);
 * assert.deepEqual([...(await store.conceptCounts('v1')).concepts], [['topic:on-call-rotation', 1]]);
 */
export async function backfillConceptRows(
  store: Store,
  version: string,
  lookup: ConceptLookup,
): Promise<number> {
  let done = 0;
  for (;;) {
    const batch: ConceptRowsInput[] = [];
    for await (const a of store.analyses(version, { conceptRowsMissing: true })) {
      const concepts = a.analysis.concepts as AnalyzedListing['concepts'] | undefined;
      batch.push({ id: a.id, version, rows: conceptRows(concepts, lookup) });
      if (batch.length >= 1000) break;
    }
    if (batch.length === 0) return done;
    await store.putConceptRows(batch);
    done += batch.length;
  }
}

/**
 * Analyzes the stored listings the filter selects (all when empty) that have no analysis of `version` yet, and stores
 * each result with its concept rows; returns how many were analyzed and how many selected were already analyzed.
 * Roles must be assigned first when the filter names one (assignRoles).
 * @example
 * import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await assignRoles(store, ANALYZER_VERSION);
 * const deps = { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()), concepts: loadConcepts() };
 * assert.deepEqual(await analyzeStore(store, deps, { filter: { role: 'cto' } }), { analyzed: 1, cached: 0 });
 * assert.deepEqual(await analyzeStore(store, deps), { analyzed: 2, cached: 1 });
 */
export async function analyzeStore(
  store: Store,
  deps: Pick<AnalyzeDeps, 'version' | 'analyzer' | 'concepts'>,
  options: {
    /** Which listings (default: all). */
    filter?: ListingFilter;
    onProgress?: (done: number) => void;
    /** Starts worker threads running the default analyzer; used once a full batch needs analyzing. */
    pool?: () => AnalyzePool;
  } = {},
): Promise<{ analyzed: number; cached: number }> {
  let analyzed = 0;
  let analyze: ((listing: CleanListing) => AnalyzedListing) | null = null;
  let pool: AnalyzePool | null = null;
  let todo: CleanListing[] = [];
  // A batch is stored as one write, with its concept rows and its profile view.
  const storeBatch = async (listings: readonly CleanListing[], results: readonly AnalyzedListing[]) => {
    const batch: AnalysisInput[] = results.map((a, i) => {
      const listing = listings[i] as CleanListing;
      const analysis = {
        language: a.language,
        sections: a.sections,
        statements: a.statements,
        skills: a.skills,
        role: a.role,
        concepts: a.concepts,
      };
      return {
        id: listing.id,
        version: deps.version,
        analysis,
        concepts: conceptRows(a.concepts, deps.concepts),
        view: viewOf(listing, listing.text, analysis, deps.concepts),
      };
    });
    await store.putAnalyses(batch);
    analyzed += batch.length;
    options.onProgress?.(analyzed);
  };
  // On the pool's threads, one batch is analyzed while this thread reads the next and stores the one before, in
  // order: the threads do not wait on the writes (at most two batches are held).
  let writing: Promise<void> | null = null;
  const flush = async () => {
    if (todo.length === 0) return;
    const listings = todo;
    todo = [];
    if (!pool && options.pool && listings.length >= POOL_MIN) pool = options.pool();
    if (!pool) {
      analyze ??= await deps.analyzer();
      await storeBatch(listings, listings.map(analyze));
      return;
    }
    const results = pool.analyze(listings);
    const before = writing;
    const stored = (async () => {
      const done = await results;
      await before;
      await storeBatch(listings, done);
    })();
    // Handled where it is awaited (the next flush, or the end); marked handled here so a failure waits for it.
    stored.catch(() => {});
    writing = stored;
    await before;
  };
  // The role of the selection is the one of this version; only listings lacking an analysis are read.
  const given = options.filter ?? {};
  const filter: ListingFilter =
    given.role !== undefined ? { ...given, analysisVersion: deps.version } : given;
  try {
    for await (const listing of store.listings({ ...filter, analysisMissing: deps.version })) {
      todo.push(cleanPart(listing));
      const p = pool as AnalyzePool | null;
      if (todo.length >= (p ? BATCH * p.size : options.pool ? POOL_MIN : BATCH)) await flush();
    }
    await flush();
    await writing;
  } finally {
    await (pool as AnalyzePool | null)?.close();
  }
  const selected = (await store.countsBySource(filter)).reduce((n, s) => n + s.listings, 0);
  return { analyzed, cached: selected - analyzed };
}

/**
 * The CleanListing fields of a stored listing, without the store's extras (reposts, analysis).
 * @example
 * const stored = { id: 'a', text: 'Lead.', repostCount: 1, repostDates: ['2024-05-01'], analysis: { role: null } } as unknown as StoredListing;
 * assert.deepEqual(cleanPart(stored), { id: 'a', text: 'Lead.' });
 */
export function cleanPart(l: StoredListing): CleanListing {
  const { repostCount: _r, repostDates: _d, analysis: _a, ...clean } = l;
  return clean;
}
