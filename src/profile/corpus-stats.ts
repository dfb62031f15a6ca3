/**
 * Background statistics over many listings (usually the whole store), against which a role's duties get their lift.
 * @module
 */
import type { AnalyzedListing } from '../analyze/analyzed-listing.ts';
import { conceptTokens } from './tokens.ts';

/** Every listing's statements as token sets, indexed by token, plus listing ids so a role's own listings can be left out. */
export interface CorpusStats {
  /** Listing ids, in the order the statements refer to. */
  ids: string[];
  /** One entry per statement: the listing it belongs to and its content tokens. */
  statements: { listing: number; tokens: Set<string> }[];
  /** token → indices into `statements`. */
  index: Map<string, number[]>;
}

/**
 * Indexes the statements of the given listings.
 * @example
 * const stats = buildCorpusStats(allListings);
 * assert.equal(stats.ids.length, allListings.length);
 */
export function buildCorpusStats(
  listings: Iterable<Pick<AnalyzedListing, 'id' | 'statements'>>,
): CorpusStats {
  const stats: CorpusStats = { ids: [], statements: [], index: new Map() };
  for (const listing of listings) {
    const li = stats.ids.length;
    stats.ids.push(listing.id);
    for (const st of listing.statements) {
      const tokens = conceptTokens(st.canonical);
      if (tokens.length < 2) continue;
      const si = stats.statements.length;
      stats.statements.push({ listing: li, tokens: new Set(tokens) });
      for (const t of tokens) {
        const list = stats.index.get(t);
        if (list) list.push(si);
        else stats.index.set(t, [si]);
      }
    }
  }
  return stats;
}

/**
 * How many background listings (ids not in `exclude`) have a statement containing every one of `tokens`, and how
 * many background listings there are.
 * @example
 * const { count, total } = backgroundCount(stats, ['due', 'diligence'], new Set());
 * assert.ok(count <= total);
 */
export function backgroundCount(
  stats: CorpusStats,
  tokens: readonly string[],
  exclude: ReadonlySet<string>,
): { count: number; total: number } {
  let total = 0;
  for (const id of stats.ids) if (!exclude.has(id)) total++;
  const postings = tokens.map((t) => stats.index.get(t) ?? []).sort((a, b) => a.length - b.length);
  const hits = new Set<number>();
  for (const si of postings[0] ?? []) {
    const st = stats.statements[si];
    if (!st || hits.has(st.listing) || exclude.has(stats.ids[st.listing] ?? '')) continue;
    if (tokens.every((t) => st.tokens.has(t))) hits.add(st.listing);
  }
  return { count: hits.size, total };
}
