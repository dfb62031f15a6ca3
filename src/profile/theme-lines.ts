/**
 * Competency themes: the common lines grouped by how they go together — said by the same listings (phi
 * coefficient of their listing sets) and close in meaning (concept prototypes) — by average-linkage clustering, 4–7
 * themes of 2–5 lines each.
 * @module
 */
import type { ConceptLookup } from './concept-stats.ts';
import { isNamedLine, type Line, memberLabel } from './profile-lines.ts';
import { areaOf, areasNear, dominantArea, type ShortName, shortName } from './short-name.ts';
import { type CompetencyArea, competencyAreas } from './wording-data.ts';

/** A theme before it is written out: its lines (most listings first) and its coherence. */
export interface LineTheme {
  lines: Line[];
  coherence: number;
  /** Lines of its group past those it shows, most listings first: they may take the room a bundle frees. */
  spare: Line[];
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
  /** The competency areas of the role (areasFor) [every area]. */
  areas?: readonly CompetencyArea[];
}

const MAIN_MEMBERS = 5;
/** Lines past those clustered that an area theme may take. */
const AREA_EXTRA_LINES = 8;

/** The mean association between two groups of lines (indices into the lines themed). */
type GroupMean = (x: readonly number[], y: readonly number[]) => number;

// Moves line i out of whichever group holds it into `to`.
function moveLine(groups: number[][], i: number, to: number[]): void {
  for (const g of groups) if (g.includes(i)) g.splice(g.indexOf(i), 1);
  to.push(i);
}

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
 * Groups the lines into themes by average-linkage clustering over their association: the two groups whose lines go
 * together best on average merge first (never past maxItems lines), and merging stops at the highest floor that still
 * leaves minThemes themes of two lines or more. Average linkage does not chain: a line joins a theme only when it goes
 * with the theme's lines as a whole, not with one of them ("cyber security" stays out of "collaboration" because it
 * goes with "solve problems"). Groups whose first lines fall in one competency area (data/wording/competency-areas.json)
 * are then one theme, and a common line no group took joins the group of its area. A theme shows its most common
 * lines; common lines of an area no theme covers make a theme of their own when they go together (areaThemes); lines
 * that fit no theme stay in the full lists only.
 * @example
 * import type { Line } from './profile-lines.ts';
 * import { fixtureLookup } from './testing.ts';
 * // Eight lines of two families ("h…" hiring, "b…" budgets): close in meaning within a family, unrelated across.
 * const lookup = fixtureLookup([], (a, b) => (a[0] === b[0] ? 0.8 : 0));
 * const line = (id: string, k: number) => ({ kind: 'duty', members: [{ id, info: { kind: 'topic', label: id } }], listings: Array.from({ length: 20 - k }, (_, i) => i) }) as unknown as Line;
 * const lines = ['h1', 'b1', 'h2', 'b2', 'h3', 'b3', 'h4', 'b4'].map(line);
 * const themes = groupLines(lines, 100, lookup, { minThemes: 2, maxThemes: 3 });
 * assert.deepEqual(themes.map((t) => t.lines.map((l) => l.members[0]?.id).sort()), [['h1', 'h2', 'h3', 'h4'], ['b1', 'b2', 'b3', 'b4']]);
 * // Two families that are both clinical care (by their labels) are one theme, as an analyst writes it.
 * const care = (label: string, k: number) => ({ kind: 'duty', members: [{ id: label.slice(0, 2) + k, info: { kind: 'topic', label } }], listings: Array.from({ length: 20 - k }, (_, i) => i) }) as unknown as Line;
 * const clinical = [care('palliative care', 0), care('wound care', 1), care('pain relief', 2), care('wound dressing', 3)];
 * const one = groupLines(clinical, 100, fixtureLookup([], (a, b) => (a[0] === b[0] ? 0.8 : 0)), { minThemes: 2 });
 * assert.deepEqual(one.map((t) => t.lines.length), [4]);
 * // Clinical care fills its theme; two medicines lines, said by other listings, go together (0.65 × 0.4 ≥ 0.2) and
 * // make a theme of their own area. Unrelated in meaning, they would make none.
 * const said = (from: number) => Array.from({ length: 10 }, (_, i) => from + i);
 * const ward = ['palliative care', 'wound care', 'nursing care', 'clinical audit', 'patient assessment', 'end of life care']
 *   .map((label) => ({ kind: 'duty', members: [{ id: `c-${label}`, info: { kind: 'topic', label } }], listings: said(0) }));
 * const meds = ['administer medication', 'medication review']
 *   .map((label, k) => ({ kind: 'duty', members: [{ id: `m-${label}`, info: { kind: 'topic', label } }], listings: said(50 + 10 * k) }));
 * const family = (close: number) => fixtureLookup([], (a, b) => (a[0] !== b[0] ? 0 : a[0] === 'c' ? 0.8 : close));
 * const withMeds = groupLines([...ward, ...meds] as unknown as Line[], 100, family(0.4), { minThemes: 1 });
 * assert.deepEqual(withMeds.map((t) => t.lines.length), [5, 2]);
 * assert.equal(groupLines([...ward, ...meds] as unknown as Line[], 100, family(0), { minThemes: 1 }).length, 1);
 * // Mentoring and clinical supervision make a theme of their area (coherence 0.65 × 0.2); "leadership", a common line
 * // no theme took, of an area an analyst writes beside mentoring, joins it when it goes with them at all (0.65 × 0.25
 * // ≥ 0.2 / 4). Unrelated (0.65 × 0.05), it stays out.
 * const own = (id: string, label: string, from: number, count: number) => ({ kind: 'duty', members: [{ id, info: { kind: 'topic', label } }], listings: Array.from({ length: count }, (_, i) => from + i) });
 * const roleLines = [
 *   ...[1, 2, 3, 4, 5, 6, 7].map((k) => own(`h${k}`, `qq${k}`, 0, 30)),
 *   own('k1', 'zz1', 0, 25), own('k2', 'zz2', 0, 25),
 *   own('l', 'leadership', 100, 22), own('m1', 'mentoring', 40, 20), own('m2', 'clinical supervision', 60, 20),
 * ] as unknown as Line[];
 * const near = (lm: number) => fixtureLookup([], (a, b) => {
 *   const pair = [a[0], b[0]].sort().join('');
 *   return pair === 'hh' || pair === 'kk' ? 0.9 : pair === 'mm' ? 0.2 : pair === 'lm' ? lm : 0;
 * });
 * const ids = (themes: LineTheme[]) => themes.map((t) => t.lines.map((l) => l.members[0]?.id).sort().join(' '));
 * assert.ok(ids(groupLines(roleLines, 200, near(0.25), { minThemes: 2 })).includes('l m1 m2'));
 * assert.ok(ids(groupLines(roleLines, 200, near(0.05), { minThemes: 2 })).includes('m1 m2'));
 */
export function groupLines(
  all: readonly Line[],
  n: number,
  lookup: ConceptLookup,
  options: ThemeOptions = {},
): LineTheme[] {
  // Lines past those clustered may still make a theme of a competency area none covers (areaThemes): a tech
  // leader's budget (19%, the 33rd line) beside the roadmap and the technology strategy.
  const clustered = options.maxLines ?? 32;
  const lines = all.slice(0, clustered + AREA_EXTRA_LINES);
  const minThemes = options.minThemes ?? 4;
  const maxThemes = options.maxThemes ?? 7;
  const maxItems = options.maxItems ?? 5;
  const minFit = options.minFit ?? 0.2;
  const scope = options.areas ?? competencyAreas();
  const m = Math.min(lines.length, clustered);
  if (m < 2) return [];
  const sim: number[][] = lines.map((a, i) =>
    lines.map((b, j) => (i === j ? 1 : association(a, b, n, lookup))),
  );
  const s = (i: number, j: number) => sim[i]?.[j] ?? 0;
  const avg: GroupMean = (x, y) => {
    let t = 0;
    for (const i of x) for (const j of y) t += s(i, j);
    return t / (x.length * y.length);
  };
  // The highest floor (of links a merge needs) that leaves enough themes and themes most of the common lines:
  // coherent themes first, then enough of them to tell the role.
  const common = Math.min(m, COMMON_LINES);
  let best: number[][] = [];
  for (let floor = 0.5; floor >= Math.min(minFit, 0.1) - 1e-9; floor -= 0.02) {
    // A group may grow two lines past what a theme shows, which then shows its most common lines: a full theme
    // of the first lines to merge would otherwise shut out a common line that goes with it as well ("Mentor talent").
    const groups = averageLinkage(m, avg, floor, maxItems + 2)
      .filter((g) => g.length >= 2)
      .sort((a, b) => groupWeight(b, lines) - groupWeight(a, lines))
      .slice(0, maxThemes);
    // Counted as shown: groups of one competency area are one theme.
    best = byArea(groups, lines, scope);
    const inThemes = new Set(best.flat());
    const themed = [...inThemes].filter((i) => i < common).length;
    // The lines said most are what the role is: each of them sits in a theme.
    const topThemed = Array.from({ length: Math.min(m, TOP_LINES) }, (_, i) => i).every((i) =>
      inThemes.has(i),
    );
    if (best.length >= Math.min(minThemes, Math.floor(m / 2)) && themed >= COVERED * common && topThemed)
      break;
  }
  const placed = attachLeftovers(rehome(best, lines, maxItems, scope), lines, maxItems, scope);
  const areas = areaThemes(placed, lines, { maxItems, maxThemes }, avg, scope);
  const attached = attachCommon(areas, lines, { maxItems, minFit }, avg, scope);
  // A line alone in its group may have joined a theme, leaving its group empty.
  const kept = attached.filter((g) => g.length > 0);
  return joinNamedGroups(
    takeLone(kept, lines, { maxItems, minFit }, avg, scope),
    lines,
    maxItems,
    minFit,
    avg,
    scope,
  )
    .map((g) => {
      const sorted = [...g].sort((a, b) => a - b);
      const shown = sorted.slice(0, maxItems);
      return {
        lines: shown.map((i) => lines[i] as Line),
        coherence: round3(withinMean(shown, avg)),
        spare: sorted.slice(maxItems).map((i) => lines[i] as Line),
      };
    })
    .sort((a, b) => weight(b) - weight(a) || headCount(b) - headCount(a));
}

// A common line no group took joins the first group of its competency area, when that group has room: "Create
// data visualizations" belongs with "Communication" though average linkage left it out.
function attachLeftovers(
  groups: number[][],
  lines: readonly Line[],
  maxItems: number,
  scope: readonly CompetencyArea[],
): number[][] {
  const out = groups.map((g) => [...g]);
  const themed = new Set(out.flat());
  const areas = out.map((g) => groupArea(g, lines, scope));
  for (let i = 0; i < Math.min(lines.length, COMMON_LINES * 2); i++) {
    if (themed.has(i)) continue;
    const area = lineArea(lines[i] as Line, scope);
    const at = area ? areas.indexOf(area) : -1;
    const g = out[at];
    if (g && g.length < maxItems) {
      g.push(i);
      themed.add(i);
    }
  }
  return out;
}

// Common lines of a competency area no theme covers are a theme of their own when there are two or more, they go
// together at all (coherence above 0: said together more than by chance, or close in meaning; their area, an
// analyst's grouping, says the rest) and there is room for another theme: a data scientist's statistical
// modeling and data mining. They may be lines no theme took, lines a full theme holds but does not show, or lines
// another area's theme shows and can spare (it keeps two) where they go better with the new theme's other lines than
// with that theme's: a tech leader's mentoring and coaching, out of leading and hiring. A tech leader's roadmap,
// budget and strategic planning (coherence 0.15) and a nurse's caseload and discharges (0.01: community and ward
// nurses) are such themes; their coherence says how loosely they hang together.
function areaThemes(
  groups: number[][],
  lines: readonly Line[],
  sizes: { maxItems: number; maxThemes: number },
  avg: GroupMean,
  scope: readonly CompetencyArea[],
): number[][] {
  const out = groups.map((g) => [...g]);
  const covered = new Set(out.map((g) => groupArea(g, lines, scope)));
  const home = new Map<number, number>();
  out.forEach((g, gi) => {
    for (const i of g) home.set(i, gi);
  });
  // What each group shows, before any line moves.
  const shown = out.map((g) => shownOf(g, sizes.maxItems));
  const spared = out.map(() => 0);
  const candidates = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const area = lineArea(lines[i] as Line, scope);
    if (!area || covered.has(area)) continue;
    const gi = home.get(i) ?? -1;
    const own = shown[gi];
    if (own?.includes(i)) {
      if (own.length - (spared[gi] ?? 0) <= 2) continue;
      spared[gi] = (spared[gi] ?? 0) + 1;
    }
    candidates.set(area, [...(candidates.get(area) ?? []), i]);
  }
  // A line another theme shows moves only where it fits better: "Mentor talent" stays with leading and hiring, where
  // it goes better than with coaching alone.
  const shownIn = (i: number) => {
    const gi = home.get(i) ?? -1;
    return shown[gi]?.includes(i) ? out[gi] : undefined;
  };
  const fits = (g: readonly number[]) =>
    g.filter((i) => {
      const from = shownIn(i);
      const others = g.filter((j) => j !== i);
      const stay = from?.filter((j) => j !== i) ?? [];
      return !from || others.length === 0 || avg([i], others) > avg([i], stay);
    });
  const fresh = [...candidates.values()]
    .map(fits)
    .filter((g) => g.length >= 2)
    .sort((a, b) => groupWeight(b, lines) - groupWeight(a, lines));
  for (const g of fresh) {
    const theme = g.slice(0, sizes.maxItems);
    if (withinMean(theme, avg) <= 0) continue;
    // Where the themes are full, the area's lines take the place of the theme that shows the fewest listings, when
    // they show more: a tech leader's roadmap, strategy and budget before a pair of agile and delivery lines.
    let slot = out.length;
    if (out.length >= sizes.maxThemes) {
      const shownWeight = out.map((o) => groupWeight(shownOf(o, sizes.maxItems), lines));
      slot = shownWeight.indexOf(Math.min(...shownWeight));
      if ((shownWeight[slot] ?? 0) >= groupWeight(theme, lines)) continue;
    }
    for (const i of theme) {
      const from = home.get(i);
      const origin = from === undefined ? undefined : out[from];
      if (origin?.includes(i)) origin.splice(origin.indexOf(i), 1);
    }
    out[slot] = theme;
    for (const i of theme) home.set(i, slot);
  }
  return out;
}

// A group of named technologies only, of no competency area ("React", "Node.js", said together by front-end
// listings), joins the group showing the most named technologies, when it goes with them at all: a reader finds a
// role's stack in one bundle line ("React, Python, TypeScript or PostgreSQL"), not split over two themes.
function joinNamedGroups(
  groups: number[][],
  lines: readonly Line[],
  maxItems: number,
  minFit: number,
  avg: GroupMean,
  scope: readonly CompetencyArea[],
): number[][] {
  const out = groups.map((g) => [...g]);
  const named = (g: readonly number[]) => shownOf(g, maxItems).filter((j) => isNamedLine(lines[j] as Line));
  for (const g of out) {
    const own = shownOf(g, maxItems);
    if (own.length === 0 || named(g).length < own.length || groupArea(g, lines, scope) !== null) continue;
    let best: number[] | undefined;
    let most = 1;
    for (const h of out) {
      if (h === g) continue;
      const theirs = named(h);
      if (theirs.length > most && avg(own, theirs) >= atAll(minFit)) [best, most] = [h, theirs.length];
    }
    if (best) best.push(...g.splice(0));
  }
  return out.filter((g) => g.length > 0);
}

// The lines a group shows: its most common (lowest indices), up to maxItems.
function shownOf(g: readonly number[], maxItems: number): number[] {
  return [...g].sort((a, b) => a - b).slice(0, maxItems);
}

// How many lines a theme of these shows once three or more named tools read as one bundle line (build-profile).
function shownLength(own: readonly number[], lines: readonly Line[]): number {
  const named = own.filter((i) => isNamedLine(lines[i] as Line)).length;
  return named >= 3 ? own.length - named + 1 : own.length;
}

// One of the most common lines that no theme shows joins a theme with room of an area near its own
// (data/wording/competency-areas.json: a nurse's "Communication" with teamwork), the one it goes with best; else the
// theme with room it goes with best, when it goes with that theme's lines at least as well as they go with each other,
// and at least minFit: a nurse's "Lead others" (19%, the third most common line; 0.24) with mentoring and clinical
// supervision (0.03). A reader looks for the role's most common lines among its themes. A theme takes one line so:
// each one more would lower the bar the next must clear
// ("Administer medicines" after "Lead others").
function attachCommon(
  groups: number[][],
  lines: readonly Line[],
  sizes: { maxItems: number; minFit: number },
  avg: GroupMean,
  scope: readonly CompetencyArea[],
): number[][] {
  const out = groups.map((g) => [...g]);
  const shown = (g: readonly number[]) => shownOf(g, sizes.maxItems);
  const took = new Set<number[]>();
  for (let i = 0; i < Math.min(lines.length, COMMON_LINES * 2); i++) {
    // A line alone in its group is in no theme yet: the themes show two lines at least.
    if (out.some((g) => g.length > 1 && shown(g).includes(i))) continue;
    const area = lineArea(lines[i] as Line, scope);
    // Past the most common lines, a line joins only a theme of its own or a near area that has room: a tech
    // leader's agile delivery (32%) beside the languages, never into a loose theme by co-occurrence alone.
    const lesser = i >= COMMON_LINES;
    if (lesser && !area) continue;
    // A named technology no area names ("React", the most common ask of software engineers) goes beside the theme
    // showing the most named technologies, when it goes with them at all: they read as one bundle line, so it takes
    // no room of its own.
    const bundle = area ? undefined : bundleFor(i, out, lines, sizes.maxItems, atAll(sizes.minFit), avg);
    if (bundle) {
      moveLine(out, i, bundle);
      continue;
    }
    // A line more common than the least common line of its own area that its area's full theme shows takes that
    // line's place, when it goes with the theme at all: a pharmacist's "Deliver pharmacy service" (42%, the third most
    // common line) before "Primary care" (17%) in "Medicines & treatment". Lines of other areas the theme shows stay
    // (a director's security beside architecture and cloud); the line replaced goes to the full lists.
    const mine = area ? out.find((g) => groupArea(g, lines, scope) === area) : undefined;
    if (
      !lesser &&
      mine &&
      shownLength(shown(mine), lines) >= sizes.maxItems &&
      avg([i], shown(mine)) >= atAll(sizes.minFit)
    ) {
      const last = shown(mine)
        .filter((j) => j > i && lineArea(lines[j] as Line, scope) === area)
        .at(-1);
      if (last !== undefined) {
        mine.splice(mine.indexOf(last), 1);
        moveLine(out, i, mine);
        continue;
      }
    }
    let best: number[] | undefined;
    let bestFit = sizes.minFit;
    let beside: number[] | undefined;
    // Beside its own kind a line still needs to go with the theme at all: "Provide professional care in nursing"
    // (0.03 with medicines) names the whole role; "Communication" goes with teamwork at 0.10.
    let besideFit = atAll(sizes.minFit);
    for (const g of out) {
      const own = shown(g);
      if (took.has(g) || shownLength(own, lines) >= sizes.maxItems || own.length < 2) continue;
      const fit = avg([i], own);
      if (fit >= withinMean(own, avg) && fit >= bestFit) [best, bestFit] = [g, fit];
      if (area && areasNear(area, groupArea(g, lines, scope)) && fit >= besideFit)
        [beside, besideFit] = [g, fit];
    }
    // An analyst's grouping first: a generic line ("Communication", 32% of nurse listings) goes with few lines by
    // co-occurrence or meaning, and the lowest bar would take it into any loose theme.
    best = lesser ? beside : (beside ?? best);
    if (!best) continue;
    moveLine(out, i, best);
    took.add(best);
  }
  return out;
}

// The least association a line needs to go with a theme at all, beside lines of its own kind: a quarter of minFit.
function atAll(minFit: number): number {
  return minFit / 4;
}

// The theme whose shown lines hold the most named technologies (two or more) that the named-technology line i goes
// with at least `fit`; undefined when i is no such line or none fits.
function bundleFor(
  i: number,
  groups: readonly number[][],
  lines: readonly Line[],
  maxItems: number,
  fit: number,
  avg: GroupMean,
): number[] | undefined {
  if (!isNamedLine(lines[i] as Line)) return undefined;
  let best: number[] | undefined;
  let most = 1;
  for (const g of groups) {
    const named = shownOf(g, maxItems).filter((j) => isNamedLine(lines[j] as Line));
    if (named.length > most && avg([i], named) >= fit) [best, most] = [g, named.length];
  }
  return best;
}

/**
 * A common line, alone of a competency area no theme is named by, takes the place of a full theme's least common line
 * when it is more common and goes with the theme's other lines at least as well as that line does (and at least
 * minFit): a nurse's "Administer medicines" (8%, the one line of "Medicines & treatment"; 0.268 with care planning
 * and clinical assessment) is shown in Clinical care before "Work with nursing staff" (6%; 0.218). The line it
 * pushes out stays in the group, unshown, as a full theme's other lines do.
 * @example
 * import type { Line } from './profile-lines.ts';
 * const labels = ['clinical assessment', 'care planning', 'medication', 'nursing staff', 'wound care'];
 * const lines = labels.map((label, i) => ({ kind: 'duty', members: [{ id: `c${i}`, info: { kind: 'topic', label } }], listings: [i] })) as unknown as Line[];
 * // A group of four clinical lines shows three: 0, 1 and 3. Medication (2) goes with 0 and 1 at `fit`, line 3 at 0.1.
 * const avgOf = (fit: number) => (x: readonly number[], y: readonly number[]) => {
 *   const s = (i: number, j: number) => (i === 2 || j === 2 ? fit : i === 3 || j === 3 ? 0.1 : 0.5);
 *   return x.reduce((t, i) => t + y.reduce((u, j) => u + s(i, j), 0), 0) / (x.length * y.length);
 * };
 * const sizes = { maxItems: 3, minFit: 0.2 };
 * assert.deepEqual(takeLone([[0, 1, 3, 4]], lines, sizes, avgOf(0.3)), [[0, 1, 3, 4, 2]]);
 * assert.deepEqual(takeLone([[0, 1, 3, 4]], lines, sizes, avgOf(0.05)), [[0, 1, 3, 4]]);
 */
export function takeLone(
  groups: number[][],
  lines: readonly Line[],
  sizes: { maxItems: number; minFit: number },
  avg: GroupMean,
  scope: readonly CompetencyArea[] = competencyAreas(),
): number[][] {
  const out = groups.map((g) => [...g]);
  const named = new Set(out.map((g) => groupArea(g, lines, scope)));
  const shown = (g: readonly number[]) => shownOf(g, sizes.maxItems);
  for (let i = 0; i < Math.min(lines.length, COMMON_LINES * 2); i++) {
    const area = lineArea(lines[i] as Line, scope);
    if (!area || named.has(area) || out.some((g) => shown(g).includes(i))) continue;
    let best: number[] | undefined;
    let bestFit = sizes.minFit;
    for (const g of out) {
      const own = shown(g);
      const last = own.at(-1) ?? -1;
      if (shownLength(own, lines) < sizes.maxItems || last < i) continue;
      const rest = own.slice(0, -1);
      const fit = avg([i], rest);
      if (fit >= avg([last], rest) && fit >= bestFit) [best, bestFit] = [g, fit];
    }
    if (!best) continue;
    moveLine(out, i, best);
  }
  return out;
}

/**
 * The name a theme is named by for one of its lines: a topic's label, a named tool or knowledge area as shown, else
 * the shortest short name of its members ("Hiring", not "Human resource hiring").
 * @example
 * import type { Line } from './profile-lines.ts';
 * const line = { kind: 'duty', members: [{ id: 'x', info: { kind: 'skill', label: 'mentor individuals' } }], listings: [] } as unknown as Line;
 * assert.deepEqual(lineName(line), { name: 'Mentoring', proper: false });
 */
export function lineName(line: Line, scope: readonly CompetencyArea[] = competencyAreas()): ShortName {
  const head = line.members[0];
  const label = head?.info.label ?? '';
  if (!head) return { name: '', proper: false };
  if (head.info.kind === 'topic') return { name: label, proper: false };
  // Named tools and knowledge areas by their names, competences and activities by the noun of their verb; of the
  // members' short names the shortest reads best ("Hiring", not "Human resource hiring").
  const named = head.info.skillType === 'knowledge' || head.info.skillType === 'tool';
  // A bundle of named technologies is named by its first member that an area names: "Python", not "React", in
  // "React, Python or TypeScript".
  if (named && line.members.length > 1 && isNamedLine(line)) {
    const known = line.members.find((m) => areaOf(memberLabel(m), scope));
    if (known) return { name: memberLabel(known), proper: /^[A-Z]/.test(known.info.label) };
  }
  const name = named
    ? memberLabel(head)
    : line.members
        .filter((m) => m.info.kind !== 'topic')
        .map((m) => shortName(m.info.label))
        .reduce((best, x) => (x.length < best.length ? x : best), shortName(label));
  // ESCO writes labels lower-case: a capital there is a name (Python, JavaScript, Microsoft Excel).
  return { name, proper: head.info.kind === 'skill' && /^[A-Z]/.test(label) };
}

/**
 * The competency area of one line (data/wording/competency-areas.json), by the name a theme is named by.
 * @example
 * import type { Line } from './profile-lines.ts';
 * const line = { kind: 'duty', members: [{ id: 'x', info: { kind: 'skill', label: 'mentor individuals' } }], listings: [] } as unknown as Line;
 * assert.equal(lineArea(line), 'Team & mentorship');
 */
export function lineArea(line: Line, scope: readonly CompetencyArea[] = competencyAreas()): string | null {
  return areaOf(lineName(line, scope).name, scope)?.name ?? null;
}

/**
 * The area a theme of these lines (most common first) is named by: that of its first three, as themeName weighs them.
 * @example
 * import type { Line } from './profile-lines.ts';
 * const line = { kind: 'duty', members: [{ id: 'x', info: { kind: 'skill', label: 'mentor individuals' } }], listings: [] } as unknown as Line;
 * assert.equal(linesArea([line]), 'Team & mentorship');
 */
export function linesArea(
  lines: readonly Line[],
  scope: readonly CompetencyArea[] = competencyAreas(),
): string | null {
  return (
    dominantArea(
      lines.slice(0, 3).map((l) => lineName(l, scope)),
      scope,
    )?.name ?? null
  );
}

// The area a group's theme will be named by.
function groupArea(
  g: readonly number[],
  lines: readonly Line[],
  scope: readonly CompetencyArea[],
): string | null {
  return linesArea(
    [...g].sort((a, b) => a - b).map((i) => lines[i] as Line),
    scope,
  );
}

// A line of one competency area that average linkage put with another area's lines ("Build machine learning models"
// with Python and R, which go together in the listings) moves to the theme of its own area, where there is one, even
// out of a group of two (two areas' lines name no theme; the line left may gather its own later). A full theme of its
// area does not take it, and it stays in the full lists only: "Assess children and young people" is clinical care,
// not "Team & mentorship", however often the listings that ask for mentoring say it. Where no theme is of its area,
// a line of an area far from its group's leaves the group, for the full lists or a theme of its own area later.
function rehome(
  groups: number[][],
  lines: readonly Line[],
  maxItems: number,
  scope: readonly CompetencyArea[],
): number[][] {
  const out = groups.map((g) => [...g]);
  const areas = out.map((g) => groupArea(g, lines, scope));
  out.forEach((g, from) => {
    for (const i of [...g].sort((a, b) => a - b)) {
      const area = lineArea(lines[i] as Line, scope);
      if (!area || area === areas[from]) continue;
      const to = areas.indexOf(area);
      const target = out[to];
      // With no theme of its area, a line of a far area leaves a group that keeps two: "Encourage patients during
      // therapeutic activities" is no leading or mentoring, however often the same listings say both.
      if (to < 0 && areas[from] && !areasNear(area, areas[from]) && g.length > 2) {
        g.splice(g.indexOf(i), 1);
        continue;
      }
      if (to < 0 || !target || g.length <= 1) continue;
      g.splice(g.indexOf(i), 1);
      // Room counts as shown: three or more named tools read as one bundle line.
      if (shownLength(target, lines) < maxItems) target.push(i);
    }
  });
  return out;
}

// Groups of one competency area are one theme (an analyst does not write "Architecture & cloud" three times): the
// later group joins the first, which shows its most common lines.
function byArea(groups: number[][], lines: readonly Line[], scope: readonly CompetencyArea[]): number[][] {
  const out: number[][] = [];
  const seen = new Map<string, number[]>();
  for (const g of groups) {
    const area = groupArea(g, lines, scope);
    const into = area ? seen.get(area) : undefined;
    if (into) into.push(...g);
    else {
      const copy = [...g];
      out.push(copy);
      if (area) seen.set(area, copy);
    }
  }
  return out;
}

/** The most common lines, of which COVERED must sit in a theme. */
const COMMON_LINES = 12;
const COVERED = 0.75;
/** The most common lines, every one of which must sit in a theme. */
const TOP_LINES = 3;

function groupWeight(g: readonly number[], lines: readonly Line[]): number {
  return g.reduce((t, i) => t + (lines[i]?.listings.length ?? 0), 0);
}

// Agglomerative clustering, average linkage: every line its own group, then the pair of groups with the highest mean
// association merges, as long as that mean clears the floor and the merged group holds at most maxItems lines.
function averageLinkage(m: number, avg: GroupMean, floor: number, maxItems: number): number[][] {
  const groups: number[][] = Array.from({ length: m }, (_, i) => [i]);
  for (;;) {
    let bi = -1;
    let bj = -1;
    let bl = floor - 1e-9;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i] as number[];
        const b = groups[j] as number[];
        if (a.length + b.length > maxItems) continue;
        const link = avg(a, b);
        if (link > bl) {
          bl = link;
          bi = i;
          bj = j;
        }
      }
    if (bi < 0) return groups;
    groups[bi] = [...(groups[bi] as number[]), ...(groups[bj] as number[])];
    groups.splice(bj, 1);
  }
}

/**
 * Mean pairwise association of a theme's lines (1 for a single line): how coherent the theme is.
 * @example
 * import type { Line } from './profile-lines.ts';
 * import { fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([], () => 0.5);
 * const line = (id: string) => ({ kind: 'duty', members: [{ id }], listings: [] }) as unknown as Line;
 * assert.ok(Math.abs(themeCoherence([line('a'), line('b')], 100, lookup) - 0.325) < 1e-9);
 */
export function themeCoherence(themeLines: readonly Line[], n: number, lookup: ConceptLookup): number {
  if (themeLines.length < 2) return 1;
  let t = 0;
  let k = 0;
  for (let i = 0; i < themeLines.length; i++)
    for (let j = i + 1; j < themeLines.length; j++) {
      t += association(themeLines[i] as Line, themeLines[j] as Line, n, lookup);
      k++;
    }
  return round3(t / k);
}

function headCount(t: { lines: Line[] }): number {
  return t.lines[0]?.listings.length ?? 0;
}

function withinMean(g: readonly number[], avg: GroupMean): number {
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
