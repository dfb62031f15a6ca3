/**
 * Clusters equivalent statements across listings around the pair of content words they share (synonyms folded:
 * "hire"/"recruit", "mentor"/"coach"), picking pairs greedily by how many listings still say them, so each statement
 * lands in the most widely shared duty it expresses.
 * @module
 */
import type { AnalyzedListing, Statement } from '../analyze/analyzed-listing.ts';
import { cmp } from './evidence.ts';
import { conceptTokens, weightedJaccard } from './tokens.ts';

/** One statement occurrence inside a cluster. */
export interface StatementMember {
  listing: number;
  statement: Statement;
}

/** Equivalent statements from several listings. */
export interface StatementCluster {
  /** The phrasing of the member most like the others (ties: shorter, then alphabetical): a real statement. */
  canonical: string;
  /** The two concept tokens every member contains: what the cluster is about. */
  tokens: string[];
  /** Indices (into the input listings) of the distinct listings that say it, ascending. */
  listings: number[];
  /** `responsibilities` for duties; `requirements` for requirements and preferred qualifications. */
  section: 'responsibilities' | 'requirements';
  members: StatementMember[];
}

// Verbs and fillers that appear in duties of every kind: they never anchor a cluster on their own.
const WEAK = new Set(
  `ensure drive provide support help make use take get bring set keep work across high level best key closely
effective effectively other well within various multiple strong ability able including include new day daily
responsible responsibility role position opportunity company business organization team time`
    .split(/\s+/)
    .filter(Boolean),
);

interface Item {
  listing: number;
  statement: Statement;
  side: StatementCluster['section'];
  tokens: string[];
  set: Set<string>;
  cluster: number;
}

/**
 * Groups the listings' statements into clusters, most listings first; deterministic for a given listing order.
 * Statements sharing no well-attested pair with another listing are left out.
 * @example
 * const clusters = clusterStatements(listings);
 * assert.ok(clusters[0].listings.length >= clusters.at(-1).listings.length);
 */
export function clusterStatements(listings: readonly AnalyzedListing[]): StatementCluster[] {
  const items = collectItems(listings);
  // Statement-level frequencies: for association (pairs must co-occur often relative to their parts) and weights.
  const tokenCount = new Map<string, number>();
  for (const it of items) for (const t of it.tokens) tokenCount.set(t, (tokenCount.get(t) ?? 0) + 1);
  const pairs = new Map<string, number[]>();
  items.forEach((it, ii) => {
    const strong = it.tokens.filter((t) => !WEAK.has(t)).sort(cmp);
    for (let a = 0; a < strong.length; a++)
      for (let b = a + 1; b < strong.length; b++) {
        const key = `${it.side}|${strong[a]}|${strong[b]}`;
        const list = pairs.get(key);
        if (list) list.push(ii);
        else pairs.set(key, [ii]);
      }
  });
  const distinctListings = (members: readonly number[]) => {
    const seen = new Set<number>();
    for (const m of members) {
      const it = items[m];
      if (it && it.cluster < 0) seen.add(it.listing);
    }
    return seen.size;
  };
  const heap: { key: string; count: number }[] = [];
  for (const [key, members] of pairs) {
    const [, a = '', b = ''] = key.split('|');
    const association = members.length / Math.min(tokenCount.get(a) ?? 1, tokenCount.get(b) ?? 1);
    if (association < 0.15) continue;
    const count = distinctListings(members);
    if (count >= 2) heap.push({ key, count });
  }
  heap.sort((x, y) => y.count - x.count || cmp(x.key, y.key));
  // Lazy greedy: a pair's count only falls as statements are assigned, so re-check the head before accepting it.
  const chosen: string[] = [];
  while (heap.length > 0) {
    const head = heap[0] as { key: string; count: number };
    const count = distinctListings(pairs.get(head.key) ?? []);
    if (count < 2) {
      heap.shift();
      continue;
    }
    const next = heap[1];
    if (
      count < head.count &&
      next &&
      (count < next.count || (count === next.count && cmp(head.key, next.key) > 0))
    ) {
      head.count = count;
      heap.shift();
      insertSorted(heap, head);
      continue;
    }
    heap.shift();
    const ci = chosen.length;
    chosen.push(head.key);
    for (const m of pairs.get(head.key) ?? []) {
      const it = items[m];
      if (it && it.cluster < 0) it.cluster = ci;
    }
  }
  const weight = (t: string) => Math.log(1 + items.length / (tokenCount.get(t) ?? 1));
  return chosen
    .map((key, ci) =>
      finish(
        key,
        items.filter((it) => it.cluster === ci),
        weight,
      ),
    )
    .sort((a, b) => b.listings.length - a.listings.length || cmp(a.canonical, b.canonical));
}

function collectItems(listings: readonly AnalyzedListing[]): Item[] {
  const items: Item[] = [];
  listings.forEach((listing, li) => {
    for (const statement of listing.statements) {
      const tokens = conceptTokens(statement.canonical);
      if (tokens.length < 2) continue;
      const side = statement.section === 'responsibilities' ? 'responsibilities' : 'requirements';
      items.push({ listing: li, statement, side, tokens, set: new Set(tokens), cluster: -1 });
    }
  });
  return items;
}

function insertSorted(heap: { key: string; count: number }[], entry: { key: string; count: number }): void {
  let lo = 0;
  let hi = heap.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = heap[mid] as { key: string; count: number };
    if (m.count > entry.count || (m.count === entry.count && cmp(m.key, entry.key) < 0)) lo = mid + 1;
    else hi = mid;
  }
  heap.splice(lo, 0, entry);
}

function finish(key: string, members: Item[], weight: (t: string) => number): StatementCluster {
  const [side = 'responsibilities', a = '', b = ''] = key.split('|');
  members.sort((x, y) => x.listing - y.listing || x.statement.start - y.statement.start);
  // The medoid: the member most similar to the rest (extra specifics lower it); among near-ties, a statement of
  // ordinary length reads best as a summary (very short ones are often cut off, long ones carry too much).
  const sample = members.slice(0, 150);
  const scored = sample.map((m) => {
    let sum = 0;
    for (const o of sample) if (o !== m) sum += weightedJaccard(m.set, o.set, weight);
    const words = m.statement.canonical.split(/\s+/).length;
    return {
      m,
      score: sum / Math.max(1, sample.length - 1),
      off: words < 5 ? 5 - words : words > 16 ? words - 16 : 0,
    };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const uses = new Map<string, number>();
  for (const m of members) uses.set(m.statement.canonical, (uses.get(m.statement.canonical) ?? 0) + 1);
  const pick = scored
    .filter((s) => s.score >= best * 0.8)
    .sort(
      (x, y) =>
        x.off - y.off ||
        y.score - x.score ||
        (uses.get(y.m.statement.canonical) ?? 0) - (uses.get(x.m.statement.canonical) ?? 0) ||
        cmp(x.m.statement.canonical, y.m.statement.canonical),
    )[0];
  return {
    canonical: pick?.m.statement.canonical.trim() ?? '',
    tokens: [a, b],
    listings: [...new Set(members.map((m) => m.listing))].sort((x, y) => x - y),
    section: side as StatementCluster['section'],
    members: members.map((m) => ({ listing: m.listing, statement: m.statement })),
  };
}
