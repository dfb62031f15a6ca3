/**
 * Profiles listings kept in a store: analyzes (and caches) the listings that lack an analysis of the current analyzer
 * version, selects the role's listings, and compares them against every other listing in the store.
 * @module
 */
import type { AnalyzedListing } from '../analyze/analyzed-listing.ts';
import type { CleanListing } from '../clean/clean-listing-type.ts';
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
  analyze: (listing: CleanListing) => AnalyzedListing;
  skillGroups: SkillGroupLookup;
}

const BATCH = 200;

/**
 * Analyzes every stored listing that has no analysis of `version` yet and stores the result; returns how many were
 * analyzed and how many were already cached.
 * @example
 * const { analyzed, cached } = await analyzeStore(store, deps);
 * assert.equal((await analyzeStore(store, deps)).analyzed, 0);
 */
export async function analyzeStore(
  store: Store,
  deps: Pick<AnalyzeDeps, 'version' | 'analyze'>,
  onProgress?: (done: number) => void,
): Promise<{ analyzed: number; cached: number }> {
  let analyzed = 0;
  let cached = 0;
  let batch: { id: string; version: string; analysis: Record<string, unknown> }[] = [];
  for await (const listing of store.listings({ analysisVersion: deps.version })) {
    if (listing.analysis) {
      cached++;
      continue;
    }
    const a = deps.analyze(cleanPart(listing));
    batch.push({
      id: listing.id,
      version: deps.version,
      analysis: { sections: a.sections, statements: a.statements, skills: a.skills, role: a.role },
    });
    analyzed++;
    if (batch.length >= BATCH) {
      await store.putAnalyses(batch);
      batch = [];
      onProgress?.(analyzed);
    }
  }
  if (batch.length > 0) await store.putAnalyses(batch);
  return { analyzed, cached };
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
  deps: Pick<AnalyzeDeps, 'version' | 'skillGroups'>,
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
  const background: { id: string; statements: AnalyzedListing['statements'] }[] = [];
  for await (const a of store.analyses(deps.version))
    background.push({ id: a.id, statements: (a.analysis.statements as AnalyzedListing['statements']) ?? [] });
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
