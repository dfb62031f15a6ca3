/**
 * Merges statement clusters that make the same claim in different words: the same duty verb (or the same kind of
 * requirement) about exactly the same taxonomy skills ("Excellent written and verbal communication skills" and
 * "Excellent communication skills, capable of conveying …" both ask for communication).
 * @module
 */
import type { AnalyzedListing } from '../analyze/analyzed-listing.ts';
import type { StatementCluster } from './cluster-statements.ts';
import { cmp } from './evidence.ts';
import { conceptTokens } from './tokens.ts';

/**
 * Clusters with merged equivalents, most listings first; the larger cluster's phrasing (a real statement) stays.
 * A cluster takes part only when most of its statements name the same skill set, so a claim about other things is
 * never folded in.
 * @example
 * const merged = mergeClaims(clusters, listings, 0.5);
 * assert.ok(merged.length <= clusters.length);
 */
export function mergeClaims(
  clusters: readonly StatementCluster[],
  listings: readonly AnalyzedListing[],
  minScore = 0.5,
): StatementCluster[] {
  const byKey = new Map<string, StatementCluster[]>();
  const out: StatementCluster[] = [];
  for (const c of clusters) {
    const key = claimKey(c, listings, minScore);
    if (!key) {
      out.push(c);
      continue;
    }
    const list = byKey.get(key) ?? [];
    list.push(c);
    byKey.set(key, list);
  }
  for (const group of byKey.values())
    out.push(group.length === 1 ? (group[0] as StatementCluster) : merge(group));
  return out.sort(
    (a, b) =>
      b.listings.length - a.listings.length || cmp(a.section, b.section) || cmp(a.canonical, b.canonical),
  );
}

/**
 * What a cluster claims: its section, the duty's verb or the requirement's kind, and the skills most of its
 * statements name; null when its statements name no common skill set.
 * @example
 * assert.equal(claimKey(cluster, listings, 0.5), 'requirements|skill|http://data.europa.eu/esco/skill/…');
 */
export function claimKey(
  c: StatementCluster,
  listings: readonly AnalyzedListing[],
  minScore: number,
): string | null {
  const sets = new Map<string, number>();
  for (const m of c.members) {
    const listing = listings[m.listing];
    if (!listing) continue;
    const uris = new Set<string>();
    for (const s of listing.skills) {
      if (s.score < minScore) continue;
      if (s.spans.some((sp) => sp.start >= m.statement.start && sp.end <= m.statement.end)) uris.add(s.uri);
    }
    const key = [...uris].sort(cmp).join(' ');
    sets.set(key, (sets.get(key) ?? 0) + 1);
  }
  const [top, count] = [...sets.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0] ?? ['', 0];
  if (top === '' || count * 2 <= c.members.length) return null;
  const head =
    c.section === 'responsibilities'
      ? `verb:${conceptTokens(c.canonical.split(/\s+/)[0] ?? '')[0] ?? ''}`
      : kind(c);
  return head.endsWith(':') ? null : `${c.section}|${head}|${top}`;
}

// A degree, a licence and hands-on experience with one skill are three claims, not one.
function kind(c: StatementCluster): string {
  const t = c.canonical.toLowerCase();
  if (/\b(degree|bachelor|master|phd|diploma|bs|ba|bsc|msc|ms)\b/.test(t)) return 'degree';
  if (/\b(certif|licen[cs]|registered|registration)/.test(t)) return 'licence';
  if (/\b\d+\+?\s*(years?|yrs)\b/.test(t)) return 'years';
  return 'skill';
}

function merge(group: StatementCluster[]): StatementCluster {
  const sorted = [...group].sort(
    (a, b) => b.listings.length - a.listings.length || cmp(a.canonical, b.canonical),
  );
  const main = sorted[0] as StatementCluster;
  const members = sorted
    .flatMap((c) => c.members)
    .sort((x, y) => x.listing - y.listing || x.statement.start - y.statement.start);
  return {
    canonical: main.canonical,
    tokens: main.tokens,
    listings: [...new Set(members.map((m) => m.listing))].sort((x, y) => x - y),
    section: main.section,
    members,
  };
}
