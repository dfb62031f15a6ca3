/**
 * Background statistics over many listings (usually the whole store), against which a role's duties get their lift.
 * @module
 */
import type { AnalyzedListing } from '../analyze/analyzed-listing.ts';
import { contentTokens, jaccard } from './tokens.ts';

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
      const tokens = contentTokens(st.canonical);
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
 * How many background listings (ids not in `exclude`) have a statement with Jaccard ≥ threshold to `tokens`,
 * and how many background listings there are.
 * @example
 * const { count, total } = backgroundCount(stats, ['lead', 'due', 'diligence'], new Set());
 * assert.ok(count <= total);
 */
export function backgroundCount(
  stats: CorpusStats,
  tokens: readonly string[],
  exclude: ReadonlySet<string>,
  threshold = 0.5,
): { count: number; total: number } {
  let total = 0;
  for (const id of stats.ids) if (!exclude.has(id)) total++;
  const set = new Set(tokens);
  // Probe with the rarest tokens only (prefix filter): a match must share one of them.
  const sorted = [...set].sort(
    (a, b) => (stats.index.get(a)?.length ?? 0) - (stats.index.get(b)?.length ?? 0),
  );
  const prefix = sorted.slice(0, sorted.length - Math.ceil(threshold * sorted.length) + 1);
  const hits = new Set<number>();
  const tried = new Set<number>();
  for (const t of prefix) {
    for (const si of stats.index.get(t) ?? []) {
      if (tried.has(si)) continue;
      tried.add(si);
      const st = stats.statements[si];
      if (!st || hits.has(st.listing)) continue;
      if (exclude.has(stats.ids[st.listing] ?? '')) continue;
      if (jaccard(set, st.tokens) >= threshold) hits.add(st.listing);
    }
  }
  return { count: hits.size, total };
}
