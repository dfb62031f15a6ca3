/**
 * Profiles listings kept in a store: analyzes (and caches) the listings that lack an analysis of the current analyzer
 * version, selects the role's listings, and compares them against every other listing in the store.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import type { CleanListing } from '../clean/index.ts';
import { RoleprintError } from '../errors.ts';
import {
  buildCorpusStats,
  buildProfile,
  type DateRange,
  type RoleProfile,
  type SkillGroupLookup,
} from '../profile/index.ts';
import type { ListingFilter, Store, StoredListing } from '../store/index.ts';

/** Which listings to profile and how. */
export interface StoreProfileOptions {
  role?: string;
  /** Only these listing ids (benchmarks, API callers that already chose). */
  ids?: string[];
  since?: string;
  until?: string;
  sources?: string[];
  by?: 'quarter' | 'year';
  ranges?: [DateRange, DateRange];
  /** Overrides the role label in the title ("Tech leadership"). */
  label?: string;
}

/** What profiling needs from the analyze stage and the taxonomy. */
export interface AnalyzeDeps {
  version: string;
  /** Builds the analyzer; called once, and only when a listing needs analyzing (loading models takes a moment). */
  analyzer: () => Promise<(listing: CleanListing) => AnalyzedListing>;
  skillGroups: SkillGroupLookup;
}

const BATCH = 200;

/** What the background needs from each analyzed listing. */
export interface BackgroundEntry {
  id: string;
  statements: AnalyzedListing['statements'];
}

/**
 * Reads the statements of every listing analyzed with `version`: the background unique duties are measured against.
 * @example
 * const background = await loadBackground(store, ANALYZER_VERSION);
 */
export async function loadBackground(store: Store, version: string): Promise<BackgroundEntry[]> {
  const out: BackgroundEntry[] = [];
  for await (const a of store.analyses(version))
    out.push({ id: a.id, statements: (a.analysis.statements as AnalyzedListing['statements']) ?? [] });
  return out;
}

/**
 * Analyzes every stored listing that has no analysis of `version` yet and stores the result; returns how many were
 * analyzed, how many were already cached, and the new listings' background entries. Pass `analyzedIds` (from
 * loadBackground) to skip reading the stored analyses again.
 * @example
 * const { analyzed, cached } = await analyzeStore(store, deps);
 * assert.equal((await analyzeStore(store, deps)).analyzed, 0);
 */
export async function analyzeStore(
  store: Store,
  deps: Pick<AnalyzeDeps, 'version' | 'analyzer'>,
  options: { analyzedIds?: ReadonlySet<string>; onProgress?: (done: number) => void } = {},
): Promise<{ analyzed: number; cached: number; added: BackgroundEntry[] }> {
  let analyzed = 0;
  let cached = 0;
  const added: BackgroundEntry[] = [];
  let batch: { id: string; version: string; analysis: Record<string, unknown> }[] = [];
  const known = options.analyzedIds;
  let analyze: ((listing: CleanListing) => AnalyzedListing) | null = null;
  // With the analyzed ids at hand, listings are read without their analyses (the JSON is the costly part).
  const filter: ListingFilter = known ? {} : { analysisVersion: deps.version };
  for await (const listing of store.listings(filter)) {
    if (known ? known.has(listing.id) : listing.analysis) {
      cached++;
      continue;
    }
    analyze ??= await deps.analyzer();
    const a = analyze(cleanPart(listing));
    batch.push({
      id: listing.id,
      version: deps.version,
      analysis: { sections: a.sections, statements: a.statements, skills: a.skills, role: a.role },
    });
    added.push({ id: listing.id, statements: a.statements });
    analyzed++;
    if (batch.length >= BATCH) {
      await store.putAnalyses(batch);
      batch = [];
      options.onProgress?.(analyzed);
    }
  }
  if (batch.length > 0) await store.putAnalyses(batch);
  return { analyzed, cached, added };
}

/**
 * Builds the profile of the listings the options select (the store must be analyzed first; see analyzeStore).
 * Throws RoleprintError('USAGE') when the selection is empty.
 * @example
 * const profile = await profileFromStore(store, { role: 'cto' }, deps);
 * assert.ok(profile.listings.count > 0);
 */
export async function profileFromStore(
  store: Store,
  options: StoreProfileOptions,
  deps: Pick<AnalyzeDeps, 'version' | 'skillGroups'> & { background?: BackgroundEntry[] },
): Promise<RoleProfile> {
  const filter: ListingFilter = { analysisVersion: deps.version };
  if (options.role) filter.role = options.role;
  if (options.ids) filter.ids = options.ids;
  if (options.since) filter.since = options.since;
  if (options.until) filter.until = options.until;
  if (options.sources && options.sources.length > 0) filter.sources = options.sources;
  const selected: AnalyzedListing[] = [];
  for await (const l of store.listings(filter)) {
    if (!l.analysis) continue;
    selected.push({ ...cleanPart(l), ...(l.analysis as Partial<AnalyzedListing>) } as AnalyzedListing);
  }
  if (selected.length === 0) {
    const what = [
      options.role && `role "${options.role}"`,
      options.sources?.length && `sources ${options.sources.join(', ')}`,
      options.since && `since ${options.since}`,
      options.until && `until ${options.until}`,
    ]
      .filter(Boolean)
      .join(', ');
    throw new RoleprintError(
      'USAGE',
      `Cannot build a report: no listings in ${store.location} match ${what || 'the selection'}; run "roleprint roles" to see the roles present, or widen --since/--until`,
    );
  }
  const background = deps.background ?? (await loadBackground(store, deps.version));
  const profile = buildProfile(selected, {
    background: buildCorpusStats(background),
    skillGroups: deps.skillGroups,
    by: options.by ?? 'year',
    ...(options.ranges ? { ranges: options.ranges } : {}),
    ...(options.label ? { label: options.label } : {}),
  });
  return profile;
}

// The CleanListing fields of a stored listing, without the store's extras (reposts, analysis).
function cleanPart(l: StoredListing): CleanListing {
  const { repostCount: _r, repostDates: _d, analysis: _a, ...clean } = l;
  return clean;
}
