/**
 * Competency themes: the common lines grouped by how they go together — said by the same listings (phi
 * coefficient of their listing sets) and close in meaning (concept prototypes) — by k-medoids, with the number of
 * themes (4–7) chosen where groups are most coherent against each other.
 * @module
 */
import type { ConceptLookup } from './concept-stats.ts';
import type { Line } from './profile-lines.ts';

/** A theme before it is written out: its lines (most listings first) and its coherence. */
export interface LineTheme {
  lines: Line[];
  coherence: number;
}

/** Theme sizes (defaults in brackets). */
export interface ThemeOptions {
  /** Lines considered, most listings first [32]. */
  maxLines?: number;
  minThemes?: number;
  /** [7] */
  maxThemes?: number;
  /** Lines a theme shows [5]. */
  maxItems?: number;
  /** Least association with its theme's centre a line needs to join the theme [0.2]. */
  minFit?: number;
}

const MAIN_MEMBERS = 5;

/**
 * How strongly two lines go together, 0–1: their co-occurrence (phi, floored at 0) and their closeness in meaning
 * (the closest pair of member concepts), weighted 0.35 and 0.65.
 * @example
 * import type { Line } from './profile-lines.ts';
 * import { fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([], () => 0.5);
 * const line = (id: string, listings: number[]) => ({ kind: 'duty', members: [{ id }], listings }) as unknown as Line;
 * // Said by the same 10 of 100 listings (phi 1), closeness 0.5: 0.35 × 1 + 0.65 × 0.5.
 * const ten = Array.from({ length: 10 }, (_, i) => i);
 * assert.ok(Math.abs(association(line('a', ten), line('b', ten), 100, lookup) - 0.675) < 1e-9);
 * // Never said together: meaning alone.
 * assert.ok(Math.abs(association(line('a', [0, 1]), line('b', [2, 3]), 100, lookup) - 0.325) < 1e-9);
 */
export function association(a: Line, b: Line, n: number, lookup: ConceptLookup): number {
  let both = 0;
  const inB = new Set(b.listings);
  for (const x of a.listings) if (inB.has(x)) both++;
  const na = a.listings.length;
  const nb = b.listings.length;
  const denom = Math.sqrt(na * (n - na) * nb * (n - nb));
  const phi = denom > 0 ? Math.max(0, (n * both - na * nb) / denom) : 0;
  // A line is what its main members say: a small member of a wide line ("Develop computer or information systems"
  // in the security line) would tie it to everything.
  let meaning = 0;
  for (const x of a.members.slice(0, MAIN_MEMBERS))
    for (const y of b.members.slice(0, MAIN_MEMBERS))
      meaning = Math.max(meaning, lookup.similarity(x.id, y.id));
  // Meaning weighs more: two common technologies co-occur by chance of a shared stack more than by competence.
  return 0.35 * phi + 0.65 * meaning;
}

/**
 * Groups the lines into themes by k-medoids over their association, trying 4–7 themes and keeping the split whose
 * themes are most coherent against each other; a theme shows its most common lines, and lines that fit no theme stay
 * in the full lists only.
 * @example
 * import type { Line } from './profile-lines.ts';
 * import { fixtureLookup } from './testing.ts';
 * // Eight lines of two families ("h…" hiring, "b…" budgets): close in meaning within a family, unrelated across.
 * const lookup = fixtureLookup([], (a, b) => (a[0] === b[0] ? 0.8 : 0));
 * const line = (id: string, k: number) => ({ kind: 'duty', members: [{ id }], listings: Array.from({ length: 20 - k }, (_, i) => i) }) as unknown as Line;
 * const lines = ['h1', 'b1', 'h2', 'b2', 'h3', 'b3', 'h4', 'b4'].map(line);
 * const themes = groupLines(lines, 100, lookup, { minThemes: 2, maxThemes: 3 });
 * assert.deepEqual(themes.map((t) => t.lines.map((l) => l.members[0]?.id).sort()), [['h1', 'h2', 'h3', 'h4'], ['b1', 'b2', 'b3', 'b4']]);
 */
export function groupLines(
  all: readonly Line[],
  n: number,
  lookup: ConceptLookup,
  options: ThemeOptions = {},
): LineTheme[] {
  const lines = all.slice(0, options.maxLines ?? 32);
  const minThemes = options.minThemes ?? 4;
  const maxThemes = options.maxThemes ?? 7;
  const maxItems = options.maxItems ?? 5;
  const m = lines.length;
  if (m < 2) return [];
  const sim: number[][] = lines.map((a, i) =>
    lines.map((b, j) => (i === j ? 1 : association(a, b, n, lookup))),
  );
  const s = (i: number, j: number) => sim[i]?.[j] ?? 0;
  const avg = (x: readonly number[], y: readonly number[]) => {
    let t = 0;
    for (const i of x) for (const j of y) t += s(i, j);
    return t / (x.length * y.length);
  };
  // Central lines make good seeds: common, and associated with many others.
  const centrality = lines.map(
    (l, i) => Math.sqrt(l.listings.length) * lines.reduce((t, _, j) => t + (i === j ? 0 : s(i, j)), 0),
  );
  let best: number[][] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = Math.min(minThemes, Math.floor(m / 2)); k <= Math.min(maxThemes, Math.floor(m / 2)); k++) {
    const all = kMedoids(m, k, s, centrality, options.minFit ?? 0.2);
    const groups = all.filter((g) => g.length >= 2);
    if (groups.length === 0) continue;
    // A medoid left alone is a common line, not an outlier: it joins the theme it goes with best, when it goes with
    // one at all ("Hire talent" with the leadership lines rather than nowhere).
    for (const [i] of all.filter((g) => g.length === 1)) {
      const best = groups.map((g) => ({ g, fit: avg([i as number], g) })).sort((a, b) => b.fit - a.fit)[0];
      if (best && best.fit >= (options.minFit ?? 0.2) / 2) best.g.push(i as number);
    }
    const within = groups.reduce((t, g) => t + withinMean(g, avg), 0) / groups.length;
    let between = 0;
    let pairs = 0;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        between += avg(groups[i] ?? [], groups[j] ?? []);
        pairs++;
      }
    // A report has 4–7 themes: a split into fewer is taken only when no split gives enough.
    const score = within - (pairs > 0 ? between / pairs : 0) + (groups.length >= minThemes ? 10 : 0);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = groups;
    }
  }
  return best
    .map((g) => {
      const shown = [...g].sort((a, b) => a - b).slice(0, maxItems);
      return { lines: shown.map((i) => lines[i] as Line), coherence: round3(withinMean(shown, avg)) };
    })
    .sort((a, b) => weight(b) - weight(a) || headCount(b) - headCount(a));
}

// k-medoids with deterministic seeding: the most central line, then each next seed the most central among lines
// least like the seeds so far; members go to their closest medoid, medoids move to their group's centre, three rounds.
function kMedoids(
  m: number,
  k: number,
  s: (i: number, j: number) => number,
  centrality: readonly number[],
  minFit: number,
): number[][] {
  const medoids: number[] = [];
  while (medoids.length < k) {
    let pick = -1;
    let pickScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      if (medoids.includes(i)) continue;
      const closest = medoids.reduce((t, md) => Math.max(t, s(i, md)), 0);
      const score = (centrality[i] ?? 0) * (1 - closest);
      if (score > pickScore) {
        pickScore = score;
        pick = i;
      }
    }
    if (pick < 0) break;
    medoids.push(pick);
  }
  let groups: number[][] = [];
  for (let round = 0; round < 3; round++) {
    groups = medoids.map(() => []);
    for (let i = 0; i < m; i++) {
      let g = 0;
      for (let c = 1; c < medoids.length; c++) if (s(i, medoids[c] ?? 0) > s(i, medoids[g] ?? 0)) g = c;
      // A line close to no theme stays out of the themes (it is still in the full lists).
      if (medoids.includes(i) || s(i, medoids[g] ?? 0) >= minFit) groups[g]?.push(i);
    }
    groups.forEach((g, c) => {
      let centre = medoids[c] ?? 0;
      let centreScore = Number.NEGATIVE_INFINITY;
      for (const i of g) {
        const t = g.reduce((acc, j) => acc + s(i, j), 0);
        if (t > centreScore) {
          centreScore = t;
          centre = i;
        }
      }
      medoids[c] = centre;
    });
  }
  return groups;
}

function headCount(t: { lines: Line[] }): number {
  return t.lines[0]?.listings.length ?? 0;
}

function withinMean(
  g: readonly number[],
  avg: (x: readonly number[], y: readonly number[]) => number,
): number {
  if (g.length < 2) return 1;
  let s = 0;
  let k = 0;
  for (let i = 0; i < g.length; i++)
    for (let j = i + 1; j < g.length; j++) {
      s += avg([g[i] ?? 0], [g[j] ?? 0]);
      k++;
    }
  return s / k;
}

// Themes in order of how much of the role they cover: the listings their lines reach, summed.
function weight(t: { lines: Line[] }): number {
  return t.lines.reduce((s, l) => s + l.listings.length, 0);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
