/**
 * Groups the most common skills into 4–8 themes: by ESCO broader skill group first, then by co-occurrence.
 * @module
 */
import type { SkillStat } from './collect-skills.ts';
import { cmp } from './evidence.ts';
import { kindOfLabel } from './headline.ts';
import { joinNames, shortGroupName, titleCase } from './theme-name.ts';

/**
 * The ESCO broader skill-group labels of a skill, broadest first (e.g. ["skills", "management skills",
 * "supervising people"]); for tools, their one O*NET commodity label; null when the taxonomy has none.
 */
export type SkillGroupLookup = (uri: string) => readonly string[] | null;

/** A theme before its bullets are written. */
export interface ThemeDraft {
  name: string;
  /** Group labels that went into it, most mentioned first. */
  groups: string[];
  skills: SkillStat[];
  /** Distinct listings mentioning any of its skills. */
  listings: Set<number>;
  /** The group each skill came in with (by main URI); tools placed by co-occurrence have none. */
  groupOf: Map<string, string>;
  /** The broad group (first label of the path) the theme's skills come from. */
  parent: string;
}

/** Options for groupThemes. */
export interface GroupThemesOptions {
  minThemes?: number;
  maxThemes?: number;
}

/**
 * Builds themes from skills (already filtered to the common ones), largest first.
 * @example
 * const themes = groupThemes(skills, lookup);
 * assert.ok(themes.length <= 8);
 */
export function groupThemes(
  skills: readonly SkillStat[],
  lookup: SkillGroupLookup,
  options: GroupThemesOptions = {},
): ThemeDraft[] {
  const minThemes = options.minThemes ?? 4;
  const maxThemes = options.maxThemes ?? 8;
  const pathOf = (s: SkillStat) => groupPath(s, lookup);
  // A one-label path (an O*NET commodity, for tools) groups bullets but names no theme: tools join by co-occurrence.
  const placed = skills.filter((s) => (lookup(s.uri) ?? []).length > 1);
  const loose = skills.filter((s) => (lookup(s.uri) ?? []).length <= 1);

  let drafts = partition(placed, (s) => pathOf(s)[0] ?? '');
  // A group too big for one theme's bullets (all of ICT, say) splits along the next level down.
  drafts = drafts.flatMap((d) => {
    if (d.skills.length < 8) return [d];
    const parts = partition(
      d.skills,
      (s) => pathOf(s)[1] ?? pathOf(s)[0] ?? '',
      () => d.parent,
    );
    return parts.length > 1 ? parts : [d];
  });
  // Too few themes: split the largest along the next level down while that helps.
  for (let depth = 1; drafts.length < minThemes && depth < 4; depth++) {
    const next: ThemeDraft[] = [];
    for (const d of drafts) {
      const parts = partition(
        d.skills,
        (s) => pathOf(s)[depth] ?? pathOf(s)[depth - 1] ?? '',
        () => d.parent,
      );
      if (parts.length > 1 && next.length + parts.length + (drafts.length - next.length - 1) <= maxThemes)
        next.push(...parts);
      else next.push(d);
    }
    drafts = next;
  }
  // Too many: fold the smallest into the one it co-occurs with most.
  drafts.sort(bySize);
  while (drafts.length > maxThemes) {
    const small = drafts.pop();
    if (!small) break;
    // Fold into a theme of the same broad group when there is one (ICT into ICT), else of the same kind.
    const kin = drafts.filter((d) => d.parent === small.parent);
    const sameKind = drafts.filter((d) => kindOf(d.parent) === kindOf(small.parent));
    const target = closest(small.listings, kin.length > 0 ? kin : sameKind.length > 0 ? sameKind : drafts);
    if (target) absorb(target, small);
    drafts.sort(bySize);
  }
  // Minor themes (a quarter of the largest's reach) fold into a kindred theme when one exists.
  for (let i = drafts.length - 1; i > 0 && drafts.length > minThemes; i--) {
    const small = drafts[i] as ThemeDraft;
    if (small.listings.size * 4 >= (drafts[0]?.listings.size ?? 0)) continue;
    // Only into its own broad group: a minor theme folded into any technical theme ("front-end website design"
    // under "Artificial Intelligence") makes the receiving theme's name wrong; left alone it stays a small theme.
    const kin = drafts.filter((d) => d !== small && d.parent === small.parent);
    const target = closest(small.listings, kin);
    if (!target) continue;
    absorb(target, small);
    drafts.splice(i, 1);
  }
  drafts.sort(bySize);
  // Past six themes, two of one kind (leading others, supervising people) read as one: fold the smaller people-,
  // business- or technical-kind theme into its closest kin.
  for (let i = drafts.length - 1; i > 0 && drafts.length > 6; i--) {
    const small = drafts[i] as ThemeDraft;
    const kind = themeKind(small, pathOf);
    if (kind === 'other' || kind === 'technical') continue;
    const kin = drafts.filter((d) => d !== small && themeKind(d, pathOf) === kind);
    const target = closest(small.listings, kin);
    if (!target) continue;
    absorb(target, small);
    drafts.splice(i, 1);
  }
  drafts.sort(bySize);
  // Skills without a group (tools) join a theme by what the taxonomy says they are first (their O*NET commodity,
  // "Data base user interface and query software", shares words with "database and network design"), and by the
  // listings they share only when the words decide nothing; alone they form none.
  const technical = drafts.filter((d) => kindOf(d.parent) === 'technical');
  const pool = technical.length > 0 ? technical : drafts;
  const words = pool.map((d) => themeWords(d, pathOf));
  for (const s of loose) {
    const target = closest(new Set(s.listings), byCommodity(lookup(s.uri)?.[0] ?? '', pool, words));
    if (target) {
      target.skills.push(s);
      for (const l of s.listings) target.listings.add(l);
    }
  }
  for (const d of drafts) {
    d.skills.sort((a, b) => b.listings.length - a.listings.length || cmp(a.uri, b.uri));
    d.name = nameOf(d, pathOf);
    // A catch-all group ("ICT not elsewhere classified") names nothing: name the theme after its leading skills.
    if (/^Other\b/.test(d.name) && d.name !== MIXED) {
      const named = d.skills.filter((s) => d.groupOf.has(s.uri)).slice(0, 2);
      if (named.length > 0)
        d.name = joinNames(
          named.map((s) => titleCase(s.display.replace(/^(principles|basics|fundamentals) of /i, ''))),
        );
    }
  }
  // The rest comes last, as an analyst would write it.
  return dedupeNames(
    drafts.sort((a, b) => Number(a.name === MIXED) - Number(b.name === MIXED) || bySize(a, b)),
  );
}

/**
 * The group path used for theming: the lookup's labels without the top level ("skills", "knowledge"), which says
 * nothing a reader needs.
 */
function groupPath(s: SkillStat, lookup: SkillGroupLookup): string[] {
  const path = lookup(s.uri) ?? [];
  let rest = path.length > 1 ? path.slice(1) : path;
  // Catch-all groups ("generic programmes and qualifications") name nothing: theme by the level below.
  while (rest.length > 1 && /generic|not elsewhere classified|^other /i.test(rest[0] ?? ''))
    rest = rest.slice(1);
  // ISCED knowledge groups repeat their parent's label one level down; keep distinct steps only.
  return rest.filter((label, i) => i === 0 || shortGroupName(label) !== shortGroupName(rest[i - 1] ?? ''));
}

// A theme's kind from the narrow groups it would be named after ("supervising people" is people even under
// "management skills"), else from its broad group.
function themeKind(d: ThemeDraft, pathOf: (s: SkillStat) => string[]): string {
  return kindOfLabel(nameOf(d, pathOf)) ?? kindOf(d.parent);
}

function kindOf(label: string): string {
  return kindOfLabel(label) ?? 'other';
}

function partition(
  skills: readonly SkillStat[],
  keyOf: (s: SkillStat) => string,
  parentOf: (s: SkillStat) => string = keyOf,
): ThemeDraft[] {
  const byKey = new Map<string, ThemeDraft>();
  for (const s of skills) {
    const key = keyOf(s);
    let d = byKey.get(key);
    if (!d) {
      d = {
        name: '',
        groups: [key],
        skills: [],
        listings: new Set(),
        groupOf: new Map(),
        parent: parentOf(s),
      };
      byKey.set(key, d);
    }
    d.skills.push(s);
    d.groupOf.set(s.uri, key);
    for (const l of s.listings) d.listings.add(l);
  }
  return [...byKey.values()].sort(bySize);
}

// The content words of a label, singular, "data base" read as "database".
function contentWords(label: string): string[] {
  return label
    .toLowerCase()
    .replace(/\bdata base\b/g, 'database')
    .replace(/\([^)]*\)/g, ' ')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !GENERIC.has(w))
    .map((w) => w.replace(/(?<=[^s])s$/, ''));
}
// Words every commodity or group label is full of: they place nothing.
const GENERIC = new Set(['and', 'the', 'for', 'software', 'tool', 'system', 'other', 'skill', 'knowledge']);

function themeWords(d: ThemeDraft, pathOf: (s: SkillStat) => string[]): Set<string> {
  const out = new Set<string>();
  for (const g of d.groups) for (const w of contentWords(g)) out.add(w);
  // The theme's own skills count too: "Cloud-based management software" belongs beside "cloud technologies".
  for (const s of d.skills) for (const w of contentWords(`${pathOf(s)[1] ?? ''} ${s.display}`)) out.add(w);
  return out;
}

// The themes whose group words best match the tool's commodity label, ignoring words every theme has; all of them
// when none matches.
function byCommodity(
  commodity: string,
  pool: readonly ThemeDraft[],
  words: readonly Set<string>[],
): ThemeDraft[] {
  const scores = pool.map(
    (_, i) =>
      contentWords(commodity).filter((w) => words[i]?.has(w) && !words.every((ws) => ws.has(w))).length,
  );
  const best = Math.max(0, ...scores);
  return best === 0 ? [...pool] : pool.filter((_, i) => scores[i] === best);
}

function closest(listings: ReadonlySet<number>, drafts: readonly ThemeDraft[]): ThemeDraft | undefined {
  let best: ThemeDraft | undefined;
  let bestScore = -1;
  for (const d of drafts) {
    let shared = 0;
    for (const l of listings) if (d.listings.has(l)) shared++;
    const score = shared / (listings.size + d.listings.size - shared || 1);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function absorb(target: ThemeDraft, small: ThemeDraft): void {
  target.skills.push(...small.skills);
  target.groups.push(...small.groups);
  for (const [uri, g] of small.groupOf) target.groupOf.set(uri, g);
  for (const l of small.listings) target.listings.add(l);
}

// Name after the group(s) carrying most mentions; a second group shares the name when it carries ≥ 30% of them.
function nameOf(d: ThemeDraft, pathOf: (s: SkillStat) => string[]): string {
  // A theme whose skills sit in one or two narrower groups is named after those ("Supervising People").
  const sub = new Map<string, number>();
  let all = 0;
  for (const s of d.skills) {
    const path = pathOf(s);
    const g = path[1] ?? path[0];
    if (!g || path.length < 2) continue;
    sub.set(g, (sub.get(g) ?? 0) + s.listings.length);
    all += s.listings.length;
  }
  const top = [...sub.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, 2);
  if (all > 0 && top.reduce((x, [, w]) => x + w, 0) >= 0.7 * all) {
    const names = top.filter(([, w], i) => i === 0 || w / all >= 0.3).map(([g]) => shortGroupName(g));
    return joinNames(names);
  }
  const weight = new Map<string, number>();
  for (const s of d.skills) {
    const key = d.groupOf.get(s.uri) ?? '';
    weight.set(key, (weight.get(key) ?? 0) + s.listings.length);
  }
  const ranked = [...weight.entries()]
    .filter(([g]) => g !== '')
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
  const total = ranked.reduce((sum, [, w]) => sum + w, 0) || 1;
  const chosen = ranked.filter(([, w], i) => i === 0 || (i === 1 && w / total >= 0.3));
  // A name must fit the bullets under it: when the named groups carry under half of the theme's mentions (a fold of
  // unrelated small groups), no group's name fits, and the theme says what it is: the rest.
  const mentions = [...weight.values()].reduce((sum, w) => sum + w, 0) || 1;
  if (chosen.reduce((sum, [, w]) => sum + w, 0) * 2 < mentions) return MIXED;
  return joinNames(chosen.map(([g]) => shortGroupName(g)));
}

/** The name of the theme that gathers skills no single taxonomy group fits. */
export const MIXED = 'Other Skills';

function dedupeNames(drafts: ThemeDraft[]): ThemeDraft[] {
  const seen = new Map<string, number>();
  for (const d of drafts) {
    const n = (seen.get(d.name) ?? 0) + 1;
    seen.set(d.name, n);
    if (n > 1) d.name = `${d.name} (${d.skills[0]?.display ?? n})`;
  }
  return drafts;
}

function bySize(a: ThemeDraft, b: ThemeDraft): number {
  return b.listings.size - a.listings.size || cmp(a.groups[0] ?? '', b.groups[0] ?? '');
}
