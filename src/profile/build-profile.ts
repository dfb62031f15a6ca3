/**
 * Builds the role profile from many analyzed listings: themes of skills, core responsibilities and requirements,
 * unique duties, trends and the headline, every item with its prevalence and verbatim evidence.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import { isFragment } from './boilerplate.ts';
import { clusterStatements, type StatementCluster, spreadAcrossEmployers } from './cluster-statements.ts';
import { collectSkills } from './collect-skills.ts';
import type { CorpusStats } from './corpus-stats.ts';
import { clip, cmp, pickEvidence } from './evidence.ts';
import { groupThemes, MIXED, type SkillGroupLookup } from './group-themes.ts';
import { composition, writeHeadline } from './headline.ts';
import { mergeClaims, restatesSkills } from './merge-claims.ts';
import { PROFILE_SCHEMA_VERSION, type ProfileItem, type RoleProfile, type Theme } from './role-profile.ts';
import { inlineForm, lowerFirst, writeSkillBullets } from './skill-bullets.ts';
import { round4, wilsonInterval } from './stats.ts';
import { computeTrends, type DateRange } from './trends.ts';
import { findUniqueDuties, isDutyVerb } from './unique-duties.ts';

/** What buildProfile needs besides the listings. */
export interface ProfileOptions {
  /** The role being profiled; by default the role most of the listings normalize to. */
  role?: RoleProfile['role'];
  /** A label for the listings in the title and headline ("Tech leadership"), overriding the role's. */
  label?: string;
  /** Statistics of the other listings (usually the whole store), for the lift of unique duties. */
  background?: CorpusStats;
  /** Trend periods (default year) or two explicit ranges. */
  by?: 'quarter' | 'year';
  ranges?: [DateRange, DateRange];
  /** ESCO broader group labels of a skill, broadest first: what themes are named after. */
  skillGroups?: SkillGroupLookup;
  /** Ignore skill mentions below this calibrated score [0.5]. */
  minSkillScore?: number;
}

const MAX_SKILLS = 60;
const DESCRIBES = /^(\S+\s+){0,5}(is|are|will|was|has been)\s/i;
const REQUIREMENT_START =
  /^(\d+\+?\s*(years?|yrs)|(strong|solid|proven|deep|extensive|excellent|good|demonstrated|hands-on)\b|experience|expertise|knowledge|understanding|familiarity|proficien|degree|bachelor|master|phd|ba\b|bs\b|bsc|ms\b|msc|certifi|licen[cs]|registered|registration|current)/i;
const MAX_RESPONSIBILITIES = 12;
const MAX_REQUIREMENTS = 8;

/**
 * Profiles the listings (deterministic: the listings are ordered by id first, and every sort breaks ties).
 * @example
 * const profile = buildProfile(listings, { skillGroups: taxonomyGroups, background: buildCorpusStats(all) });
 * assert.equal(profile.listings.count, listings.length);
 */
export function buildProfile(input: readonly AnalyzedListing[], options: ProfileOptions = {}): RoleProfile {
  const byId = new Map<string, AnalyzedListing>();
  for (const l of input) if (!byId.has(l.id)) byId.set(l.id, l);
  const listings = [...byId.values()].sort((a, b) => cmp(a.id, b.id));
  const n = listings.length;
  const lookup: SkillGroupLookup = options.skillGroups ?? (() => null);

  const skills = collectSkills(listings, options.minSkillScore ?? 0.5);
  // Two listings of twenty are an anecdote, not a pattern: a skill needs three listings and 5% of them.
  const minCount = Math.max(3, Math.ceil(0.05 * n));
  const common = skills.filter((s) => s.listings.length >= minCount).slice(0, MAX_SKILLS);
  // One-bullet themes past the fourth are gathered first, so a common skill in a small group still shows;
  // a single minor skill left on its own is a footnote, not a theme, while four or more themes remain.
  const themes: Theme[] = gatherSingles(
    groupThemes(common, lookup)
      .map((d) => ({ name: d.name, items: writeSkillBullets(d, listings, lookup, 5) }))
      .filter((t) => t.items.length > 0),
  ).filter((t, i, all) => i < 4 || all.length <= 4 || t.items.length > 1 || (t.items[0]?.share ?? 0) >= 0.15);

  // Equivalent claims the word-pair clustering kept apart (same verb, same skills) count as one duty.
  const clusters = mergeClaims(clusterStatements(listings), listings, options.minSkillScore ?? 0.5).filter(
    (c) => c.listings.length >= 2 && !isFragment(c.canonical) && spreadAcrossEmployers(c, listings, 2),
  );
  // Unique duties first: a rare, distinctive duty belongs there rather than at the bottom of the core list.
  const uniqueClusters = findUniqueDuties(clusters, listings, options.background);
  const uniqueSet = new Set(uniqueClusters.map((u) => u.cluster));
  // A duty reads as something to do; a "duty" phrased as a qualification is a requirement the listing put in the
  // wrong place, and anything else (team or company descriptions) is neither.
  const kindOf = (c: StatementCluster): 'duty' | 'ask' | null => {
    // A requirement is a noun phrase; "The Deputy CTO is a leader on …" describes the role instead.
    // "Then our senior staff nurse post may be what you are looking for", "If you're strong in …": a sentence
    // that opens on a conjunction is recruiting prose cut mid-thought, neither duty nor requirement.
    if (/^(then|if|so|and|but|or|because|when|whether)\b/i.test(c.canonical)) return null;
    if (c.section !== 'responsibilities')
      return REQUIREMENT_START.test(c.canonical) || !DESCRIBES.test(c.canonical) ? 'ask' : null;
    const first = c.canonical.split(/\s+/)[0] ?? '';
    if (isDutyVerb(first)) return 'duty';
    return REQUIREMENT_START.test(c.canonical) ? 'ask' : null;
  };
  const duties = clusters
    .filter((c) => kindOf(c) === 'duty' && !uniqueSet.has(c))
    .slice(0, MAX_RESPONSIBILITIES);
  const shownSkills = new Set(themes.flatMap((t) => t.items.flatMap((i) => i.skills.map((s) => s.uri))));
  const asks = clusters
    .filter(
      (c) => kindOf(c) === 'ask' && !restatesSkills(c, listings, shownSkills, options.minSkillScore ?? 0.5),
    )
    .slice(0, MAX_REQUIREMENTS);
  const responsibilities = duties.map((c) => clusterItem(c, listings, 'responsibility'));
  const requirements = asks.map((c) => clusterItem(c, listings, 'requirement'));
  const unique = uniqueClusters.map((u) => u.duty);
  const inline = new Map<string, string>();
  for (const c of clusters) {
    const text = shorten(c.canonical.replace(/[.;:,]+$/, ''));
    inline.set(text, lowerFirst(text));
  }

  const trackables = [
    ...common.map((s) => ({ text: s.display, listings: s.listings })),
    // Only statements the report shows: a trend about a line the reader cannot find would be a loose end.
    ...[...duties, ...asks, ...uniqueClusters.map((u) => u.cluster)].map((c) => ({
      text: shorten(c.canonical.replace(/[.;:,]+$/, '')),
      listings: c.listings,
    })),
  ];
  const trends = computeTrends(listings, trackables, {
    by: options.by ?? 'year',
    ...(options.ranges ? { ranges: options.ranges } : {}),
  });

  const years = listings
    .map((l) => Math.max(-1, ...l.statements.map((s) => s.years ?? -1)))
    .filter((y) => y > 0)
    .sort((a, b) => a - b);
  const parts = composition(common, lookup);
  const profile: Omit<RoleProfile, 'headline'> = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    role: withLabel(options.role ?? majorityRole(listings), options.label),
    listings: {
      count: n,
      sources: sourceCounts(listings),
      dateRange: dateRange(listings),
      others: options.background ? otherCount(options.background, listings) : null,
    },
    composition: parts,
    experience: { listings: years.length, medianYears: years.length > 0 ? median(years) : null },
    themes,
    responsibilities,
    requirements,
    unique,
    trends,
  };
  for (const t of themes) for (const i of t.items) inline.set(i.text, inlineForm(i));
  const headline = writeHeadline(profile, parts, (text) => inline.get(text) ?? text);
  // Key order here is the JSON key order: schemaVersion, role, listings, headline, then the rest.
  return {
    schemaVersion: profile.schemaVersion,
    role: profile.role,
    listings: profile.listings,
    headline,
    composition: profile.composition,
    experience: profile.experience,
    themes,
    responsibilities,
    requirements,
    unique,
    trends,
  };
}

/**
 * Past the fourth theme, one-bullet themes ("Languages: English") read as a list of headings, not themes: two or
 * more of them share one "Other Skills" theme (at most five bullets, most listings first), kept last.
 * @example
 * assert.deepEqual(gatherSingles(themes).at(-1)?.name, 'Other Skills');
 */
export function gatherSingles(themes: Theme[]): Theme[] {
  const single = (t: Theme, i: number) => i >= 4 && t.items.length === 1;
  const singles = themes.filter(single);
  if (singles.length < 2) return themes;
  const rest = themes.filter((t, i) => !single(t, i));
  const other = rest.find((t) => t.name === MIXED);
  const items = [...(other?.items ?? []), ...singles.flatMap((t) => t.items)].sort(
    (a, b) => b.count - a.count || cmp(a.text, b.text),
  );
  return [...rest.filter((t) => t !== other), { name: MIXED, items: items.slice(0, 5) }];
}

function clusterItem(
  c: StatementCluster,
  listings: readonly AnalyzedListing[],
  kind: ProfileItem['kind'],
): ProfileItem {
  const n = listings.length;
  const count = c.listings.length;
  return {
    text: shorten(c.canonical.replace(/[.;:,]+$/, '')),
    count,
    share: round4(count / n),
    ci: wilsonInterval(count, n),
    kind,
    skills: [],
    evidence: pickEvidence(
      c.members.map((m) => ({
        listingId: listings[m.listing]?.id ?? '',
        quote: clip(m.statement.text.replace(/\s+/g, ' ').trim()),
        rank: m.statement.canonical.trim() === c.canonical ? 0 : 1,
      })),
      3,
    ),
  };
}

// Some listings glue a whole section into one line; a bullet shows its first 30 words, the evidence the rest.
function shorten(raw: string): string {
  // Markdown or list markers some sources leave at the start ("### Experience with …") are layout, not text.
  const text = raw.replace(/^[#>*•·\-–\s]+/, '');
  const words = text.split(/\s+/);
  return words.length <= 30
    ? text
    : `${words
        .slice(0, 30)
        .join(' ')
        .replace(/[,;:]$/, '')} …`;
}

function otherCount(background: CorpusStats, listings: readonly AnalyzedListing[]): number {
  const own = new Set(listings.map((l) => l.id));
  return background.ids.filter((id) => !own.has(id)).length;
}

function withLabel(role: RoleProfile['role'], label: string | undefined): RoleProfile['role'] {
  // A label names a hand-picked set of listings: the majority role's codes would claim more than the label does.
  return label ? { slug: role.slug, label, onetSoc: null, escoOccupation: null } : role;
}

function majorityRole(listings: readonly AnalyzedListing[]): RoleProfile['role'] {
  const counts = new Map<string, { n: number; role: NonNullable<AnalyzedListing['role']> }>();
  for (const l of listings) {
    if (!l.role) continue;
    const e = counts.get(l.role.role);
    if (e) e.n++;
    else counts.set(l.role.role, { n: 1, role: l.role });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || cmp(a.role.role, b.role.role))[0];
  if (!top || top.n * 2 < listings.length)
    return { slug: null, label: 'selected', onetSoc: null, escoOccupation: null };
  return {
    slug: top.role.role,
    label: top.role.label,
    onetSoc: top.role.onetSoc,
    escoOccupation: top.role.escoOccupation,
  };
}

function sourceCounts(listings: readonly AnalyzedListing[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of listings) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .map(([source, count]) => ({ source, count }));
}

function dateRange(listings: readonly AnalyzedListing[]): { from: string | null; to: string | null } {
  const dates = listings
    .map((l) => l.postedAt)
    .filter((d): d is string => !!d)
    .sort(cmp);
  return { from: dates[0] ?? null, to: dates.at(-1) ?? null };
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const v = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(v * 10) / 10;
}
