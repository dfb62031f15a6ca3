/**
 * Compares the profiles of two or more selections by meaning: profile lines that share a concept id are one compared
 * line, counted on every side over the listings that say any of its concepts; differences in share get a Newcombe
 * interval and a two-proportion test, corrected for testing many lines with Benjamini–Hochberg.
 * @module
 */
import { writeComparisonHeadline } from './comparison-headline.ts';
import { cmp } from './evidence.ts';
import { newcombeInterval } from './newcombe-interval.ts';
import {
  COMPARISON_SCHEMA_VERSION,
  type ComparedLine,
  type ComparedSide,
  type LineDifference,
  type RoleComparison,
} from './role-comparison.ts';
import type { ConceptRef, Evidence, RoleProfile } from './role-profile.ts';
import { benjaminiHochberg, round4, twoProportionP, wilsonInterval } from './stats.ts';

/** One selection to compare: how it was chosen, its profile, and what each of its listings says. */
export interface ComparisonInput {
  label: string;
  by: ComparedSide['by'];
  value: string;
  profile: RoleProfile;
  /** Every listing of the selection with the concepts it says, by the profile's own counting rule (countedLinks). */
  listings: readonly { id: string; concepts: readonly string[] }[];
}

/** Options of compareProfiles. */
export interface CompareOptions {
  /**
   * False discovery rate: a difference is significant when its Benjamini–Hochberg q is below it.
   * @default 0.05
   */
  alpha?: number;
  /**
   * Fewest listings that say a line on its more common side for the line to be tested.
   * @default 5
   */
  minCount?: number;
}

/** A profile line before matching: its side, text, kind, concepts, count and quotes. */
interface SideItem {
  side: number;
  text: string;
  kind: 'skill' | 'duty';
  count: number;
  concepts: ConceptRef[];
  evidence: Evidence[];
}

/**
 * Compares the selections side by side (deterministic: the same inputs in the same order give the same object).
 * Throws RangeError for fewer than two selections or an empty one.
 * @example
 * import { fixtureItem, fixtureSide } from './testing.ts';
 * // Python in 80 of A's 100 listings and 10 of B's 50; SQL in half of each.
 * const a = fixtureSide('A', 100, [fixtureItem('Python', ['py'], 80), fixtureItem('SQL', ['sql'], 50)], { py: 80, sql: 50 });
 * const b = fixtureSide('B', 50, [fixtureItem('Python', ['py'], 10), fixtureItem('SQL', ['sql'], 25)], { py: 10, sql: 25 });
 * const c = compareProfiles([a, b]);
 * assert.deepEqual(c.shared.map((l) => l.text), ['SQL', 'Python']);
 * assert.deepEqual(c.distinctive.map((d) => d.lines.map((l) => l.text)), [['Python'], []]);
 */
export function compareProfiles(
  inputs: readonly ComparisonInput[],
  options: CompareOptions = {},
): RoleComparison {
  const alpha = options.alpha ?? 0.05;
  const minCount = options.minCount ?? 5;
  if (inputs.length < 2)
    throw new RangeError(`Cannot compare ${inputs.length} selection(s): pass at least 2`);
  for (const input of inputs)
    if (input.listings.length === 0)
      throw new RangeError(`Cannot compare "${input.label}": the selection has no listings`);

  const groups = matchLines(inputs.flatMap((input, side) => sideItems(input.profile, side)));
  const reach = inputs.map((input) => conceptReach(input.listings));
  const sizes = inputs.map((input) => input.listings.length);
  const lines = groups.map((items) => countLine(items, inputs, reach, sizes));

  // Every test of the comparison, then one correction across them all.
  const pending: { line: ComparedLine; test: Omit<LineDifference, 'q'> }[] = [];
  for (const line of lines) {
    if (Math.max(...line.shares.map((s) => s.count)) < minCount) continue;
    for (const test of testLine(line, inputs, reach)) pending.push({ line, test });
  }
  const q = benjaminiHochberg(pending.map((t) => t.test.p));
  for (const [i, { line, test }] of pending.entries()) line.tests.push({ ...test, q: q[i] ?? 1 });

  const shared = lines
    .filter((l) => l.shares.every((s) => s.inProfile))
    .sort((a, b) => minShare(b) - minShare(a) || cmp(a.text, b.text));
  const distinctive = inputs.map((_, side) => ({
    side,
    lines: lines
      .filter((l) => winning(l, side, alpha) !== null)
      .sort(
        (a, b) =>
          (winning(b, side, alpha)?.difference ?? 0) - (winning(a, side, alpha)?.difference ?? 0) ||
          cmp(a.text, b.text),
      ),
  }));
  const sides: ComparedSide[] = inputs.map((input) => ({
    label: input.label,
    by: input.by,
    value: input.value,
    role: { slug: input.profile.role.slug, label: input.profile.role.label },
    listings: {
      count: input.listings.length,
      sources: input.profile.listings.sources,
      dateRange: input.profile.listings.dateRange,
    },
  }));
  const tests = {
    count: pending.length,
    significant: pending.filter((_, i) => (q[i] ?? 1) < alpha).length,
    alpha,
  };
  const body = { sides, overlap: overlapCount(inputs), tests, shared, distinctive };
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    sides,
    overlap: body.overlap,
    headline: writeComparisonHeadline(body),
    tests,
    shared,
    distinctive,
  };
}

/**
 * The significant test that makes a line distinctive to a side (its share higher there, q below alpha), or null.
 * @example
 * import { fixtureItem, fixtureSide } from './testing.ts';
 * const a = fixtureSide('A', 100, [fixtureItem('Python', ['py'], 80)], { py: 80 });
 * const b = fixtureSide('B', 50, [fixtureItem('Python', ['py'], 10)], { py: 10 });
 * const [python] = compareProfiles([a, b]).shared;
 * assert.equal(winning(python, 0)?.difference, 0.6); // 80% against 20%
 * assert.equal(winning(python, 1), null);
 */
export function winning(line: ComparedLine, side: number, alpha = 0.05): LineDifference | null {
  return line.tests.find((t) => t.side === side && t.difference > 0 && t.q < alpha) ?? null;
}

// Skill and duty lines, and the distinctive duties (rare lines that still say what the side is about). Qualification
// lines are counted from requirement sentences, not concept links, so they cannot be counted on the other side.
function sideItems(profile: RoleProfile, side: number): SideItem[] {
  const items: SideItem[] = [...profile.responsibilities, ...profile.skills].map((i) => ({
    side,
    text: i.text,
    kind: i.kind === 'skill' ? 'skill' : 'duty',
    count: i.count,
    concepts: i.concepts,
    evidence: i.evidence,
  }));
  for (const u of profile.distinctive)
    items.push({
      side,
      text: u.text,
      kind: 'duty',
      count: u.count,
      concepts: u.concepts,
      evidence: u.evidence,
    });
  return items;
}

// Lines that share a concept id are one compared line, transitively (union–find over items by concept).
function matchLines(items: readonly SideItem[]): SideItem[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const firstWith = new Map<string, number>();
  items.forEach((item, i) => {
    for (const c of item.concepts) {
      const j = firstWith.get(c.id);
      if (j === undefined) firstWith.set(c.id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, SideItem[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}

// For each concept, the listings (indices) of a side that say it.
function conceptReach(listings: ComparisonInput['listings']): Map<string, number[]> {
  const reach = new Map<string, number[]>();
  listings.forEach((l, i) => {
    for (const c of new Set(l.concepts)) {
      const list = reach.get(c);
      if (list) list.push(i);
      else reach.set(c, [i]);
    }
  });
  return reach;
}

function said(reach: Map<string, number[]>, concepts: readonly ConceptRef[]): Set<number> {
  const out = new Set<number>();
  for (const c of concepts) for (const i of reach.get(c.id) ?? []) out.add(i);
  return out;
}

function countLine(
  items: readonly SideItem[],
  inputs: readonly ComparisonInput[],
  reach: readonly Map<string, number[]>[],
  sizes: readonly number[],
): ComparedLine {
  const concepts: ConceptRef[] = [];
  const seen = new Set<string>();
  for (const item of items)
    for (const c of item.concepts)
      if (!seen.has(c.id)) {
        seen.add(c.id);
        concepts.push(c);
      }
  const shares = inputs.map((_, side) => {
    const n = sizes[side] ?? 0;
    const count = said(reach[side] as Map<string, number[]>, concepts).size;
    const own = items.filter((i) => i.side === side).sort((a, b) => b.count - a.count || cmp(a.text, b.text));
    return {
      count,
      share: round4(count / n),
      ci: wilsonInterval(count, n),
      inProfile: own.length > 0,
      evidence: own[0]?.evidence.slice(0, 2) ?? [],
    };
  });
  // Worded as the profile where it is most common says it.
  const head = [...items].sort(
    (a, b) =>
      b.count / (sizes[b.side] ?? 1) - a.count / (sizes[a.side] ?? 1) ||
      a.side - b.side ||
      cmp(a.text, b.text),
  )[0] as SideItem;
  return { text: head.text, kind: head.kind, concepts, shares, tests: [] };
}

function testLine(
  line: ComparedLine,
  inputs: readonly ComparisonInput[],
  reach: readonly Map<string, number[]>[],
): Omit<LineDifference, 'q'>[] {
  const test = (side: number, against: number | null, k1: number, n1: number, k2: number, n2: number) => ({
    side,
    against,
    difference: round4(k1 / n1 - k2 / n2),
    ci: newcombeInterval(k1, n1, k2, n2),
    p: twoProportionP(k1, n1, k2, n2),
  });
  const [a, b] = line.shares;
  if (inputs.length === 2 && a && b) {
    const na = inputs[0]?.listings.length ?? 0;
    const nb = inputs[1]?.listings.length ?? 0;
    return a.count / na >= b.count / nb
      ? [test(0, 1, a.count, na, b.count, nb)]
      : [test(1, 0, b.count, nb, a.count, na)];
  }
  // Three or more: each side against the other sides pooled (a listing in two of them counted once).
  return inputs.map((input, side) => {
    const restIds = new Set<string>();
    const restSaid = new Set<string>();
    inputs.forEach((other, o) => {
      if (o === side) return;
      const hits = said(reach[o] as Map<string, number[]>, line.concepts);
      other.listings.forEach((l, i) => {
        restIds.add(l.id);
        if (hits.has(i)) restSaid.add(l.id);
      });
    });
    const own = line.shares[side]?.count ?? 0;
    return test(side, null, own, input.listings.length, restSaid.size, restIds.size);
  });
}

function minShare(line: ComparedLine): number {
  return Math.min(...line.shares.map((s) => s.share));
}

function overlapCount(inputs: readonly ComparisonInput[]): number {
  const sides = new Map<string, number>();
  for (const input of inputs)
    for (const id of new Set(input.listings.map((l) => l.id))) sides.set(id, (sides.get(id) ?? 0) + 1);
  let n = 0;
  for (const c of sides.values()) if (c > 1) n++;
  return n;
}
