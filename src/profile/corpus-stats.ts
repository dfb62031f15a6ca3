/**
 * Background statistics over many listings (usually the whole store), against which a role's duties get their lift.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import { conceptTokens } from './tokens.ts';

/** Every listing's statements as token sets, indexed by token, plus listing ids so a role's own listings can be left out. */
export interface CorpusStats {
  /** Listing ids, in the order the statements refer to. */
  ids: string[];
  /** One entry per statement: the listing (index into ids) it belongs to. */
  statements: number[];
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
      stats.statements.push(li);
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
 * Prepares counting against the background without the given listings (the role's own): returns a function that
 * tells, for a set of tokens, how many background listings have one statement containing all of them, and how many
 * background listings there are.
 * @example
 * const count = backgroundCounter(stats, new Set(roleIds));
 * const { count: n, total } = count(['due', 'diligence']);
 * assert.ok(n <= total);
 */
export function backgroundCounter(
  stats: CorpusStats,
  exclude: ReadonlySet<string>,
): (tokens: readonly string[]) => { count: number; total: number } {
  const excluded = new Uint8Array(stats.ids.length);
  let total = 0;
  stats.ids.forEach((id, i) => {
    if (exclude.has(id)) excluded[i] = 1;
    else total++;
  });
  return (tokens) => {
    const postings = tokens.map((t) => stats.index.get(t) ?? []).sort((a, b) => a.length - b.length);
    // Postings are ascending statement indices: intersect by merging rather than probing sets.
    let common = postings[0] ?? [];
    for (const other of postings.slice(1)) common = intersectSorted(common, other);
    const hits = new Set<number>();
    for (const si of common) {
      const listing = stats.statements[si] ?? -1;
      if (listing >= 0 && excluded[listing] === 0) hits.add(listing);
    }
    return { count: hits.size, total };
  };
}

function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}
