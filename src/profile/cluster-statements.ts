/**
 * Clusters equivalent statements across listings: mostly the same (IDF-weighted) content words and synonyms, with a
 * lower bar when they start with the same verb.
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
  /** The canonical phrasing used by the most listings in the cluster (ties: shorter, then alphabetical). */
  canonical: string;
  /** Content tokens of the seed statement: what the cluster is about. */
  tokens: string[];
  /** Indices (into the input listings) of the distinct listings that say it, ascending. */
  listings: number[];
  /** Where most members come from. */
  section: Statement['section'];
  members: StatementMember[];
}

/** Options for clusterStatements. */
export interface ClusterOptions {
  /** Jaccard at or above which two statements merge outright (default 0.5). */
  threshold?: number;
  /** Lower Jaccard that still merges when both start with the same verb (default 0.4). */
  sameVerbThreshold?: number;
}

interface Group {
  key: string;
  tokens: string[];
  set: Set<string>;
  head: string;
  members: StatementMember[];
}

/**
 * Groups the listings' statements into clusters, largest first; deterministic for a given listing order.
 * @example
 * const clusters = clusterStatements(listings);
 * assert.ok(clusters[0].listings.length >= clusters.at(-1).listings.length);
 */
export function clusterStatements(
  listings: readonly AnalyzedListing[],
  options: ClusterOptions = {},
): StatementCluster[] {
  const threshold = options.threshold ?? 0.5;
  const loose = Math.min(threshold, options.sameVerbThreshold ?? 0.4);
  const groups = exactGroups(listings);
  // Rare tokens first so the prefix filter probes short posting lists.
  const df = new Map<string, number>();
  for (const g of groups) for (const t of g.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const byRarity = (a: string, b: string) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || cmp(a, b);

  const clusters: { seed: Group; groups: Group[] }[] = [];
  const index = new Map<string, number[]>();
  // Rare words say what a duty is about; weight by inverse document frequency so "team" or "lead" alone never merges.
  const weight = (t: string) => Math.log(1 + groups.length / (df.get(t) ?? 1));
  const common = Math.max(2, groups.length * 0.05);
  for (const g of groups) {
    const sorted = [...g.tokens].sort(byRarity);
    const probe = sorted.filter((t, i) => i < 2 || (df.get(t) ?? 0) <= common);
    let best = -1;
    let bestScore = 0;
    const seen = new Set<number>();
    for (const t of probe) {
      for (const ci of index.get(t) ?? []) {
        if (seen.has(ci)) continue;
        seen.add(ci);
        const seed = clusters[ci]?.seed;
        if (!seed) continue;
        const j = weightedJaccard(g.set, seed.set, weight);
        const ok = j >= threshold || (j >= loose && g.head !== '' && g.head === seed.head);
        if (ok && (j > bestScore || (j === bestScore && ci < best))) {
          best = ci;
          bestScore = j;
        }
      }
    }
    if (best >= 0) {
      clusters[best]?.groups.push(g);
      continue;
    }
    const ci = clusters.length;
    clusters.push({ seed: g, groups: [g] });
    for (const t of g.tokens) {
      const list = index.get(t);
      if (list) list.push(ci);
      else index.set(t, [ci]);
    }
  }
  return clusters.map((c) => finish(c.seed, c.groups)).sort(byPrevalence);
}

function exactGroups(listings: readonly AnalyzedListing[]): Group[] {
  const byKey = new Map<string, Group>();
  listings.forEach((listing, li) => {
    for (const statement of listing.statements) {
      const tokens = conceptTokens(statement.canonical);
      if (tokens.length < 2) continue;
      const key = [...tokens].sort().join(' ');
      let g = byKey.get(key);
      if (!g) {
        const head = statement.section === 'responsibilities' ? (tokens[0] ?? '') : '';
        g = { key, tokens, set: new Set(tokens), head, members: [] };
        byKey.set(key, g);
      }
      g.members.push({ listing: li, statement });
    }
  });
  const distinct = (g: Group) => new Set(g.members.map((m) => m.listing)).size;
  return [...byKey.values()].sort((a, b) => distinct(b) - distinct(a) || cmp(a.key, b.key));
}

function finish(seed: Group, groups: Group[]): StatementCluster {
  const members = groups
    .flatMap((g) => g.members)
    .sort((a, b) => a.listing - b.listing || a.statement.start - b.statement.start);
  const listings = [...new Set(members.map((m) => m.listing))].sort((a, b) => a - b);
  const phrasing = new Map<string, Set<number>>();
  const sections = new Map<Statement['section'], number>();
  for (const m of members) {
    const c = m.statement.canonical.trim();
    const set = phrasing.get(c) ?? new Set<number>();
    set.add(m.listing);
    phrasing.set(c, set);
    sections.set(m.statement.section, (sections.get(m.statement.section) ?? 0) + 1);
  }
  const canonical =
    [...phrasing.entries()].sort(
      (a, b) => b[1].size - a[1].size || a[0].length - b[0].length || cmp(a[0], b[0]),
    )[0]?.[0] ?? '';
  const section =
    [...sections.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? 'responsibilities';
  return { canonical, tokens: seed.tokens, listings, section, members };
}

function byPrevalence(a: StatementCluster, b: StatementCluster): number {
  return b.listings.length - a.listings.length || cmp(a.canonical, b.canonical);
}
