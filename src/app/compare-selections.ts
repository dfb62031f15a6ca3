/**
 * The compare use case: read the paths to compare (if any), analyze what the store lacks, profile each selection and
 * compare them line by line.
 * @module
 */
import { basename } from 'node:path';
import { ANALYZER_VERSION, type AnalyzedListing } from '../analyze/index.ts';
import { RoleprintError } from '../errors.ts';
import {
  type ComparisonInput,
  type ConceptLookup,
  compareProfiles,
  type RoleComparison,
} from '../profile/index.ts';
import type { ListingFilter, Store } from '../store/index.ts';
import { type AnalyzeAllOptions, analyzeSelection } from './analyze-all.ts';
import { type BackgroundEntry, saidConcepts } from './analyze-store.ts';
import type { CompareSelection } from './compare-request.ts';
import { acceptedSources, type IngestOptions, ingestListings, requireAccepted } from './ingest-listings.ts';
import { profileDeps } from './profile-deps.ts';
import { profileFromStore } from './profile-from-store.ts';

/** Options of compareSelections. */
export interface CompareSelectionsOptions {
  /** Progress of the analysis of listings the store lacks. */
  analyze?: AnalyzeAllOptions;
  /** Options for reading PATH selections. */
  ingest?: IngestOptions;
}

/**
 * Compares the selections (two or more): a path selection is first read into the store and stands for the sources
 * read from it. Throws RoleprintError('USAGE') naming the selection when one selects no listings.
 * @example
 * import { parseCompareRequest } from './compare-request.ts';
 * import { analyzeAll } from './analyze-all.ts';
 * import { openStore } from '../store/index.ts';
 * import { ingestListings } from './ingest-listings.ts';
 * const store = await openStore(':memory:');
 * await ingestListings(store, ['test/fixtures/ingest/folder']); // a CTO, a DevOps engineer and one more
 * await analyzeAll(store);
 * const c = await compareSelections(store, parseCompareRequest({ roles: ['cto', 'devops-engineer'] }));
 * assert.deepEqual(c.sides.map((s) => s.listings.count), [1, 1]);
 */
export async function compareSelections(
  store: Store,
  selections: readonly CompareSelection[],
  options: CompareSelectionsOptions = {},
): Promise<RoleComparison> {
  if (selections.length < 2)
    throw new RoleprintError('USAGE', `Cannot compare ${selections.length} selection(s): pass at least 2`);
  const resolved: CompareSelection[] = [];
  for (const s of selections) resolved.push(s.by === 'path' ? await readPath(store, s, options.ingest) : s);
  for (const s of resolved) await analyzeSelection(store, s.filter, options.analyze ?? {});
  const deps = { version: ANALYZER_VERSION, ...profileDeps() };
  const inputs: ComparisonInput[] = [];
  for (const [i, s] of resolved.entries()) {
    const listings = await selectedListings(store, s.filter, deps.concepts);
    if (listings.length === 0)
      throw new RoleprintError(
        'USAGE',
        `Cannot compare selection ${i + 1} (${describe(s)}): no analyzed listings in ${store.location} match it; ${hint(s)}`,
      );
    const profile = await profileFromStore(
      store,
      { ids: listings.map((l) => l.id), ...(s.label ? { label: s.label } : {}) },
      deps,
    );
    const label = s.label ?? defaultLabel(s, profile.role);
    inputs.push({ label, by: s.by, value: s.value, profile, listings });
  }
  return compareProfiles(distinctLabels(inputs));
}

async function readPath(
  store: Store,
  s: CompareSelection,
  ingest: IngestOptions = {},
): Promise<CompareSelection> {
  const summary = await ingestListings(store, [s.value], ingest);
  const sources = acceptedSources(summary);
  requireAccepted(summary, `compare ${s.value}`);
  return { ...s, filter: { ...s.filter, sources } };
}

async function selectedListings(
  store: Store,
  selection: CompareSelection['filter'],
  lookup: ConceptLookup,
): Promise<BackgroundEntry[]> {
  const filter: ListingFilter = { ...selection };
  const out: BackgroundEntry[] = [];
  for await (const a of store.analyses(ANALYZER_VERSION, filter))
    out.push({
      id: a.id,
      concepts: saidConcepts(a.analysis.concepts as AnalyzedListing['concepts'], lookup),
    });
  return out;
}

function describe(s: CompareSelection): string {
  const filter = [
    s.filter.role && s.by !== 'role' && `role ${s.filter.role}`,
    s.filter.sources && s.by !== 'source' && s.by !== 'path' && `source ${s.filter.sources.join(', ')}`,
    s.filter.since && s.by !== 'period' && `period ${s.filter.since}..${s.filter.until}`,
  ].filter(Boolean);
  return `${s.by === 'path' ? '' : `${s.by} `}${s.value}${filter.length > 0 ? `, ${filter.join(', ')}` : ''}`;
}

function hint(s: CompareSelection): string {
  if (s.by === 'role' || s.filter.role) return 'run "roleprint roles" to see the roles present';
  if (s.by === 'source')
    return 'run "roleprint ingest" first, or see GET /api/sources for the sources present';
  if (s.by === 'period') return 'choose a period the listings are dated in';
  return 'check the common filters';
}

function defaultLabel(s: CompareSelection, role: { slug: string | null; label: string }): string {
  if (s.by === 'role') return role.slug === s.value ? role.label : s.value;
  if (s.by === 'path') return basename(s.value.replace(/[\\/]+$/, '')) || s.value;
  return s.value;
}

// Two sides with one name read as one: the later ones get their selection appended.
function distinctLabels(inputs: ComparisonInput[]): ComparisonInput[] {
  return inputs.map((input, i) =>
    inputs.findIndex((o) => o.label === input.label) === i
      ? input
      : { ...input, label: `${input.label} (${input.value})` },
  );
}
