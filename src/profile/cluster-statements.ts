/**
 * Clusters equivalent statements across listings around the pair of content words they share (synonyms folded:
 * "hire"/"recruit", "mentor"/"coach"), picking pairs greedily by how many listings still say them, so each statement
 * lands in the most widely shared duty it expresses.
 * @module
 */
import type { AnalyzedListing, Statement } from '../analyze/index.ts';
import { isTaskVerb } from '../analyze/statements/index.ts';
import { isBoilerplate, isFragment } from './boilerplate.ts';
import { cmp } from './evidence.ts';
import { conceptTokens } from './tokens.ts';

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
export const WEAK: ReadonlySet<string> = new Set(
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
  tokens: readonly string[];
  set: Set<string>;
  cluster: number;
  /** The listing's employer, lower-cased, to keep employer names out of a cluster's phrasing. */
  company: string;
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
  // Pairs as numbers (token ids and side packed) rather than strings: clustering 15,000 listings makes millions.
  const vocab = new Map<string, number>();
  const names: string[] = [];
  const idOf = (t: string) => {
    let id = vocab.get(t);
    if (id === undefined) {
      id = names.length;
      vocab.set(t, id);
      names.push(t);
    }
    return id;
  };
  const pairs = new Map<number, number[]>();
  const pairsOf: number[][] = items.map((it, ii) => {
    // The first tokens carry the duty (verb and object); long statements would otherwise make hundreds of pairs.
    const strong = it.tokens
      .filter((t) => !WEAK.has(t))
      .slice(0, MAX_PAIR_TOKENS)
      .sort(cmp)
      .map(idOf);
    const keys: number[] = [];
    const side = it.side === 'responsibilities' ? 0 : 1;
    for (let a = 0; a < strong.length; a++)
      for (let b = a + 1; b < strong.length; b++) {
        const key = ((strong[a] as number) * PAIR_SPACE + (strong[b] as number)) * 2 + side;
        keys.push(key);
        const list = pairs.get(key);
        if (list) list.push(ii);
        else pairs.set(key, [ii]);
      }
    return keys;
  });
  const keyName = (key: number) => {
    const side = key % 2 === 0 ? 'responsibilities' : 'requirements';
    const ab = Math.floor(key / 2);
    return `${side}|${names[Math.floor(ab / PAIR_SPACE)]}|${names[ab % PAIR_SPACE]}`;
  };
  const perListing = new Map<number, Map<number, number>>();
  const live = new Map<number, number>();
  const entries: PairEntry[] = [];
  for (const [key, members] of pairs) {
    const ab = Math.floor(key / 2);
    const a = names[Math.floor(ab / PAIR_SPACE)] ?? '';
    const b = names[ab % PAIR_SPACE] ?? '';
    const association = members.length / Math.min(tokenCount.get(a) ?? 1, tokenCount.get(b) ?? 1);
    if (association < 0.15) continue;
    const counts = new Map<number, number>();
    for (const m of members) {
      const l = items[m]?.listing ?? -1;
      counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    if (counts.size < 2) continue;
    perListing.set(key, counts);
    live.set(key, counts.size);
    entries.push({ key, count: counts.size });
  }
  const assign = (ii: number, ci: number) => {
    const it = items[ii];
    if (!it || it.cluster >= 0) return;
    it.cluster = ci;
    for (const key of pairsOf[ii] ?? []) {
      const counts = perListing.get(key);
      if (!counts) continue;
      const c = (counts.get(it.listing) ?? 0) - 1;
      if (c > 0) counts.set(it.listing, c);
      else {
        counts.delete(it.listing);
        live.set(key, (live.get(key) ?? 1) - 1);
      }
    }
  };
  const heap = new PairHeap(entries);
  // Lazy greedy: a pair's count only falls as statements are assigned, so re-check the top before accepting it.
  const chosen: number[] = [];
  for (let top = heap.pop(); top; top = heap.pop()) {
    const count = live.get(top.key) ?? 0;
    if (count < 2) continue;
    const next = heap.peek();
    if (count < top.count && next && before(next, { key: top.key, count })) {
      heap.push({ key: top.key, count });
      continue;
    }
    const ci = chosen.length;
    chosen.push(top.key);
    for (const m of pairs.get(top.key) ?? []) assign(m, ci);
  }
  const byCluster = chosen.map(() => [] as Item[]);
  for (const it of items) if (it.cluster >= 0) byCluster[it.cluster]?.push(it);
  const weights = new Map<string, number>();
  for (const [t, c] of tokenCount) weights.set(t, Math.log(1 + items.length / c));
  const weight = (t: string) => weights.get(t) ?? 1;
  return chosen
    .map((key, ci) => finish(keyName(key), byCluster[ci] ?? [], weight))
    .sort((a, b) => b.listings.length - a.listings.length || cmp(a.canonical, b.canonical));
}

function collectItems(listings: readonly AnalyzedListing[]): Item[] {
  const items: Item[] = [];
  listings.forEach((listing, li) => {
    for (const statement of listing.statements) {
      // EEO, benefits and pay lines are nobody's duty: they never join a cluster.
      if (isBoilerplate(statement.text)) continue;
      const tokens = conceptTokens(statement.canonical);
      if (tokens.length < 2) continue;
      const side = statement.section === 'responsibilities' ? 'responsibilities' : 'requirements';
      const company = listing.company?.trim().toLowerCase() ?? '';
      items.push({ listing: li, statement, side, tokens, set: new Set(tokens), cluster: -1, company });
    }
  });
  return items;
}

interface PairEntry {
  key: number;
  count: number;
}

const MAX_PAIR_TOKENS = 8;
const PAIR_SPACE = 2 ** 21;

// Higher count first; ties by key, so the order never depends on Map iteration.
function before(a: PairEntry, b: PairEntry): boolean {
  return a.count > b.count || (a.count === b.count && a.key < b.key);
}

/** A binary max-heap of pairs by (count desc, key asc). */
class PairHeap {
  private readonly a: PairEntry[] = [];
  constructor(entries: PairEntry[]) {
    for (const e of entries) this.push(e);
  }
  peek(): PairEntry | undefined {
    return this.a[0];
  }
  push(e: PairEntry): void {
    const a = this.a;
    a.push(e);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i] as PairEntry, a[p] as PairEntry)) break;
      [a[i], a[p]] = [a[p] as PairEntry, a[i] as PairEntry];
      i = p;
    }
  }
  pop(): PairEntry | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l] as PairEntry, a[m] as PairEntry)) m = l;
        if (r < a.length && before(a[r] as PairEntry, a[m] as PairEntry)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as PairEntry, a[i] as PairEntry];
        i = m;
      }
    }
    return top;
  }
}

function finish(key: string, members: Item[], weight: (t: string) => number): StatementCluster {
  const [side = 'responsibilities', a = '', b = ''] = key.split('|');
  members.sort((x, y) => x.listing - y.listing || x.statement.start - y.statement.start);
  // The phrasing: the member closest to the cluster's centroid (words most members share, weighted by rarity), so
  // it says what the cluster has in common rather than one listing's specifics. Among near-ties, a statement of
  // ordinary length that reads as a duty and names no employer.
  const centroid = new Map<string, number>();
  for (const m of members) for (const t of m.set) centroid.set(t, (centroid.get(t) ?? 0) + weight(t));
  let norm = 0;
  for (const v of centroid.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const distinct = new Map<string, Item>();
  for (const m of members) if (!distinct.has(m.statement.canonical)) distinct.set(m.statement.canonical, m);
  const scored = [...distinct.values()].map((m) => {
    let dot = 0;
    let self = 0;
    for (const t of m.set) {
      const w = weight(t);
      // Leave the member itself out: otherwise the longest statement always looks central to a small cluster.
      dot += w * ((centroid.get(t) ?? 0) - w);
      self += w * w;
    }
    const words = m.statement.canonical.split(/\s+/);
    const n = words.length;
    const text = m.statement.canonical.toLowerCase();
    const unfit =
      (m.side === 'responsibilities' && !isTaskVerb(words[0] ?? '') ? 1 : 0) +
      (m.company.length > 2 && text.includes(m.company) ? 1 : 0) +
      (isFragment(m.statement.canonical) ? 2 : 0);
    return {
      m,
      score: dot / (Math.sqrt(self) || 1) / norm,
      off: n < 5 ? 5 - n : n > 16 ? n - 16 : 0,
      unfit,
    };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const uses = new Map<string, number>();
  for (const m of members) uses.set(m.statement.canonical, (uses.get(m.statement.canonical) ?? 0) + 1);
  const pick = scored
    .filter((s) => s.score >= best * 0.6)
    .sort(
      (x, y) =>
        x.unfit - y.unfit ||
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

/**
 * Whether a cluster is the role's rather than one employer's: at least `minEmployers` employers, none holding more
 * than half of its listings. Where a source names no employer, the statement's wording stands in for one (one
 * employer's template repeats word for word).
 * @example
 * assert.equal(spreadAcrossEmployers(cluster, listings), true);
 */
export function spreadAcrossEmployers(
  c: StatementCluster,
  listings: readonly AnalyzedListing[],
  minEmployers = 3,
): boolean {
  const keyOf = new Map<number, string>();
  for (const m of c.members) {
    if (keyOf.has(m.listing)) continue;
    const company = listings[m.listing]?.company?.trim().toLowerCase();
    keyOf.set(
      m.listing,
      company ? `company:${company}` : `text:${m.statement.text.toLowerCase().replace(/\W+/g, ' ').trim()}`,
    );
  }
  const counts = new Map<string, number>();
  for (const k of keyOf.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const largest = Math.max(0, ...counts.values());
  return counts.size >= minEmployers && largest * 2 <= c.listings.length;
}
