/**
 * Analyze what a request needs: every stored listing lacking an analysis of the analyzer version is analyzed once
 * and the result cached in the store; the analyzed listings' concepts form the store's distinctive-duty background.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { type ConceptBackground, type ConceptLookup, countedLinks } from '../profile/index.ts';
import type { ListingFilter, Store, StoredListing } from '../store/index.ts';
import type { AnalyzePool } from './analyze-pool.ts';

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

/** What the background needs from each analyzed listing: the concepts it says (links scoring ≥ 0.5). */
export interface BackgroundEntry {
  id: string;
  concepts: string[];
}

const BATCH = 200;

/** The distinct concepts a listing says, by the profile's own rule: what it adds to the background. */
function saidConcepts(concepts: AnalyzedListing['concepts'] | undefined, lookup: ConceptLookup): string[] {
  return [...new Set(countedLinks({ concepts: concepts ?? [] }, lookup).map((c) => c.id))].sort();
}

/**
 * Reads the concepts of every listing analyzed with `version`: the store's part of the distinctive-duty background.
 * @example
 * import { ANALYZER_VERSION } from '../analyze/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const background = await loadBackground(store, ANALYZER_VERSION, loadConcepts());
 * assert.equal(background.length, 3);
 */
export async function loadBackground(
  store: Store,
  version: string,
  lookup: ConceptLookup,
): Promise<BackgroundEntry[]> {
  const out: BackgroundEntry[] = [];
  for await (const a of store.analyses(version))
    out.push({
      id: a.id,
      concepts: saidConcepts(a.analysis.concepts as AnalyzedListing['concepts'] | undefined, lookup),
    });
  return out;
}

/**
 * Analyzes every stored listing that has no analysis of `version` yet and stores the result; returns how many were
 * analyzed, how many were already cached, and the new listings' background entries. Pass `analyzedIds` (from
 * loadBackground) to skip reading the stored analyses again.
 * @example
 * import { ANALYZER_VERSION, createAnalyzer, defaultComponents } from '../analyze/index.ts';
 * import { loadConcepts } from '../taxonomy/index.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * const deps = { version: ANALYZER_VERSION, analyzer: async () => createAnalyzer(await defaultComponents()), concepts: loadConcepts() };
 * assert.deepEqual([(await analyzeStore(store, deps)).analyzed, (await analyzeStore(store, deps)).cached], [3, 3]);
 */
export async function analyzeStore(
  store: Store,
  deps: Pick<AnalyzeDeps, 'version' | 'analyzer' | 'concepts'>,
  options: {
    analyzedIds?: ReadonlySet<string>;
    onProgress?: (done: number) => void;
    /** Starts worker threads running the default analyzer; used once a full batch needs analyzing. */
    pool?: () => AnalyzePool;
  } = {},
): Promise<{ analyzed: number; cached: number; added: BackgroundEntry[] }> {
  let analyzed = 0;
  let cached = 0;
  const added: BackgroundEntry[] = [];
  const known = options.analyzedIds;
  let analyze: ((listing: CleanListing) => AnalyzedListing) | null = null;
  let pool: AnalyzePool | null = null;
  let todo: CleanListing[] = [];
  // A batch is analyzed (in order, on the pool's threads when there are many) and stored as one write.
  const flush = async () => {
    if (todo.length === 0) return;
    if (!pool && options.pool && todo.length >= BATCH) pool = options.pool();
    let results: AnalyzedListing[];
    if (pool) results = await pool.analyze(todo);
    else {
      analyze ??= await deps.analyzer();
      results = todo.map(analyze);
    }
    const batch = results.map((a, i) => {
      const id = (todo[i] as CleanListing).id;
      added.push({ id, concepts: saidConcepts(a.concepts, deps.concepts) });
      return {
        id,
        version: deps.version,
        analysis: {
          language: a.language,
          sections: a.sections,
          statements: a.statements,
          skills: a.skills,
          role: a.role,
          concepts: a.concepts,
        },
      };
    });
    await store.putAnalyses(batch);
    analyzed += batch.length;
    todo = [];
    options.onProgress?.(analyzed);
  };
  // With the analyzed ids at hand, listings are read without their analyses (the JSON is the costly part).
  const filter: ListingFilter = known ? {} : { analysisVersion: deps.version };
  try {
    for await (const listing of store.listings(filter)) {
      if (known ? known.has(listing.id) : listing.analysis) {
        cached++;
        continue;
      }
      todo.push(cleanPart(listing));
      if (todo.length >= BATCH * ((pool as AnalyzePool | null)?.size ?? 1)) await flush();
    }
    await flush();
  } finally {
    await (pool as AnalyzePool | null)?.close();
  }
  return { analyzed, cached, added };
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
