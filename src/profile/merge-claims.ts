/**
 * Merges statement clusters that make the same claim in different words: the same duty verb (or the same kind of
 * requirement) about exactly the same taxonomy skills ("Excellent written and verbal communication skills" and
 * "Excellent communication skills, capable of conveying …" both ask for communication).
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import { isTaskVerb } from '../analyze/statements/index.ts';
import { type StatementCluster, WEAK } from './cluster-statements.ts';
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
  return mergeRewordedDuties(out).sort(
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
  const claim = claimSkills(c, listings, minScore);
  // The bullet's phrasing must be about its skills, little else said: "Strong communication skills, both verbal
  // and written" is; "Drive consensus …, fostering cross communication" says more than communication.
  if (!claim || claim.residual > MAX_RESIDUAL) return null;
  const head =
    c.section === 'responsibilities'
      ? `verb:${conceptTokens(c.canonical.split(/\s+/)[0] ?? '')[0] ?? ''}`
      : kind(c);
  return head.endsWith(':') ? null : `${c.section}|${head}|${claim.skills.join(' ')}`;
}

/**
 * The skills most of a cluster's statements name (sorted URIs) and how many other concepts its shown phrasing
 * holds besides them (and besides a duty's verb); null when no skill is named by most of its statements.
 * @example
 * assert.deepEqual(claimSkills(cluster, listings, 0.5), { skills: [COMMUNICATION], residual: 2 });
 */
export function claimSkills(
  c: StatementCluster,
  listings: readonly AnalyzedListing[],
  minScore: number,
): { skills: string[]; residual: number } | null {
  const counts = new Map<string, number>();
  let shown: string[] | null = null;
  for (const m of c.members) {
    const listing = listings[m.listing];
    if (!listing) continue;
    const uris = new Set<string>();
    let rest = ` ${m.statement.text} `;
    for (const s of listing.skills) {
      if (s.score < minScore) continue;
      for (const sp of s.spans) {
        if (sp.start < m.statement.start || sp.end > m.statement.end) continue;
        uris.add(s.uri);
        rest = rest.split(sp.text).join(' ');
      }
    }
    for (const u of uris) counts.set(u, (counts.get(u) ?? 0) + 1);
    if (shown === null && m.statement.canonical.trim() === c.canonical)
      shown = conceptTokens(rest).slice(c.section === 'responsibilities' ? 1 : 0);
  }
  const skills = [...counts.entries()]
    .filter(([, n]) => n * 2 > c.members.length)
    .map(([u]) => u)
    .sort(cmp);
  return shown === null || skills.length === 0 ? null : { skills, residual: shown.length };
}

/**
 * Whether a requirement only restates skills the skills section already shows ("Strong communication skills, both
 * verbal and written" beside "Communication: 53%"): one claim, one bullet. Degrees, licences and years stay.
 * @example
 * assert.equal(restatesSkills(cluster, listings, new Set([COMMUNICATION]), 0.5), true);
 */
export function restatesSkills(
  c: StatementCluster,
  listings: readonly AnalyzedListing[],
  shown: ReadonlySet<string>,
  minScore: number,
): boolean {
  if (c.section !== 'requirements' || kind(c) !== 'skill') return false;
  const claim = claimSkills(c, listings, minScore);
  return !!claim && claim.residual <= MAX_RESTATED && claim.skills.every((u) => shown.has(u));
}

const MAX_RESTATED = 2;
const MAX_RESIDUAL = 3;

// Duties with one verb and mostly the same object words ("Build and scale the systems that power our platform",
// "Build scalable systems for the platform") are one duty worded twice: at least two shared object concepts and
// half of all of them.
function mergeRewordedDuties(clusters: StatementCluster[]): StatementCluster[] {
  const entries = clusters.map((c, i) => {
    const words = c.canonical.split(/\s+/);
    const verbs = words.findIndex(
      (w, j) => j > 0 && !/^(and|&|or)$/i.test(w) && !isTaskVerb(w.replace(/,$/, '')),
    );
    const verb = conceptTokens(words[0] ?? '')[0] ?? '';
    const objects = new Set(
      conceptTokens(words.slice(verbs < 0 ? 1 : verbs).join(' ')).filter((t) => !WEAK.has(t) && t !== verb),
    );
    return { c, objects, root: i, verb };
  });
  const byVerb = new Map<string, typeof entries>();
  for (const e of entries) {
    if (e.c.section !== 'responsibilities' || e.verb === '' || e.objects.size < 2) continue;
    const list = byVerb.get(e.verb) ?? [];
    list.push(e);
    byVerb.set(e.verb, list);
  }
  const find = (i: number): number => {
    let r = i;
    while ((entries[r]?.root ?? r) !== r) r = entries[r]?.root ?? r;
    return r;
  };
  for (const list of byVerb.values())
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a] as (typeof list)[number];
        const y = list[b] as (typeof list)[number];
        let shared = 0;
        for (const t of x.objects) if (y.objects.has(t)) shared++;
        if (shared < 2 || shared * 2 < x.objects.size + y.objects.size - shared) continue;
        const rx = find(clusters.indexOf(x.c));
        const ry = find(clusters.indexOf(y.c));
        const into = entries[Math.max(rx, ry)];
        if (rx !== ry && into) into.root = Math.min(rx, ry);
      }
  const groups = new Map<number, StatementCluster[]>();
  entries.forEach((e, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(e.c);
    groups.set(r, g);
  });
  return [...groups.values()].map((g) => (g.length === 1 ? (g[0] as StatementCluster) : merge(g)));
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
