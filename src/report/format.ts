/**
 * Number and label formatting shared by the renderers, so every format says the same thing.
 * @module
 */
import type { ProfileItem, RoleProfile, TrendItem, UniqueDuty } from '../profile/index.ts';
import { formatP, formatQ, percent } from '../profile/index.ts';

/** The note under the Themes heading: what a line counts and what a theme is. */
export const THEMES_NOTE =
  'Each line counts the listings that say it in any words; a theme groups lines that go together (coherence c).';

/** The note under the Trends heading: how a change was tested. */
export const TRENDS_METHOD =
  'Tested with a two-proportion z-test; Benjamini–Hochberg q < 0.05 across everything tested.';

/** A share as a whole percentage (profile/stats): reports and headlines write shares alike. */
export { percent };

/**
 * The prevalence of an item: "71% (150/212)".
 * @example
 * assert.equal(prevalence({ share: 0.7075, count: 150 } as ProfileItem, 212), '71% (150/212)');
 */
export function prevalence(item: Pick<ProfileItem, 'share' | 'count'>, n: number): string {
  return `${percent(item.share)} (${item.count}/${n})`;
}

/**
 * The 95% interval of an item's share: "95% CI 62%–79%".
 * @example
 * assert.equal(interval({ ci: [0.62, 0.79] } as ProfileItem), '95% CI 62%–79%');
 */
export function interval(item: Pick<ProfileItem, 'ci'>): string {
  return `95% CI ${percent(item.ci[0])}–${percent(item.ci[1])}`;
}

/** Members a Markdown, HTML or text line shows before "+N more" (JSON and CSV keep them all). */
export const SHOWN_MEMBERS = 3;

/**
 * The members a reader sees: the largest few, leaving out one that only repeats the line's own text, and how many
 * more there are. A line of one member shows none (its share is the line's own).
 * @example
 * const m = (label: string, share: number) => ({ label, share });
 * const item = { text: 'Security', members: [m('Security', 0.3), m('Cyber security', 0.2), m('Security policies', 0.1), m('Access control', 0.05), m('Audits', 0.04)] };
 * assert.deepEqual(shownMembers(item as ProfileItem), { shown: item.members.slice(1, 4), more: 1 });
 * assert.deepEqual(shownMembers({ text: 'Python', members: [m('Python', 0.8)] } as ProfileItem), { shown: [], more: 0 });
 */
export function shownMembers(
  item: Pick<ProfileItem, 'members'> & Partial<Pick<ProfileItem, 'text'>>,
  max = SHOWN_MEMBERS,
): { shown: ProfileItem['members']; more: number } {
  if (item.members.length < 2) return { shown: [], more: 0 };
  const own = (item.text ?? '').trim().toLowerCase();
  const rest = item.members.filter((m) => m.label.trim().toLowerCase() !== own);
  return { shown: rest.slice(0, max), more: Math.max(0, rest.length - max) };
}

/**
 * Each merged member with its own share, the largest few and "+N more": "Python 80% · SQL 61%"; "" for a line of
 * one member, whose share is the line's own. A member that repeats the line's text is not said again.
 * @example
 * assert.equal(membersText({ members: [{ label: 'Python', share: 0.8 }, { label: 'SQL', share: 0.61 }] } as ProfileItem), 'Python 80% · SQL 61%');
 * const many = ['A', 'B', 'C', 'D', 'E'].map((label, i) => ({ label, share: 0.5 - i / 10 }));
 * assert.equal(membersText({ text: 'A', members: many } as ProfileItem), 'B 40% · C 30% · D 20% · +1 more');
 */
export function membersText(
  item: Pick<ProfileItem, 'members'> & Partial<Pick<ProfileItem, 'text'>>,
  separator = ' · ',
): string {
  const { shown, more } = shownMembers(item);
  const parts = shown.map((m) => `${m.label} ${percent(m.share)}`);
  if (more > 0) parts.push(`+${more} more`);
  return parts.join(separator);
}

/**
 * A theme's coherence with two decimals: "coherence 0.42".
 * @example
 * assert.equal(coherenceText(0.4167), 'coherence 0.42');
 */
export function coherenceText(coherence: number): string {
  return `coherence ${coherence.toFixed(2)}`;
}

/**
 * A trend's test result: "p < 0.001, q = 0.004".
 * @example
 * assert.equal(trendTest({ p: 0.0001, q: 0.0042 } as TrendItem), 'p < 0.001, q = 0.004');
 */
export function trendTest(t: Pick<TrendItem, 'p' | 'q'>): string {
  return `${formatP(t.p)}, ${formatQ(t.q)}`;
}

/**
 * How common a distinctive duty is here and how much more than elsewhere: "12% (5/41), 5 employers, 4.2× other roles".
 * @example
 * assert.equal(distinctiveStats({ share: 0.122, count: 5, employers: 5, lift: 4.21 } as UniqueDuty, 41), '12% (5/41), 5 employers, 4.2× other roles');
 */
export function distinctiveStats(
  u: Pick<UniqueDuty, 'share' | 'count' | 'employers' | 'lift'> & Partial<Pick<UniqueDuty, 'diversity'>>,
  n: number,
): string {
  const lift = u.lift >= 10 ? String(Math.round(u.lift)) : u.lift.toFixed(1);
  // Where most listings name no company, what was tested is distinct wordings of the duty, and the report says so.
  const who =
    u.diversity?.rule === 'distinct-wordings'
      ? `${u.diversity.count} distinct wordings (most listings name no employer)`
      : `${u.employers} employer${u.employers === 1 ? '' : 's'}`;
  return `${prevalence(u, n)}, ${who}, ${lift}× other roles`;
}

/**
 * A distinctive duty's description after its name, or null when it only repeats the name ("Timelines": "timelines").
 * @example
 * assert.equal(dutyDescription({ name: 'Code review', text: 'conduct code review' }), 'conduct code review');
 * assert.equal(dutyDescription({ name: 'Timelines', text: 'timelines' }), null);
 */
export function dutyDescription(u: Pick<UniqueDuty, 'name' | 'text'>): string | null {
  return u.text.trim().toLowerCase() === u.name.trim().toLowerCase() ? null : u.text;
}

/**
 * ": description" after a distinctive duty's name, escaped for the format, or "" when it only repeats the name.
 * @example
 * assert.equal(described({ name: 'Code review', text: 'conduct code review' }, (t) => t), ': conduct code review');
 */
export function described(
  u: Pick<UniqueDuty, 'name' | 'text'>,
  escapeText: (text: string) => string,
): string {
  const d = dutyDescription(u);
  return d === null ? '' : `: ${escapeText(d)}`;
}

/**
 * A distinctive duty as one line of plain text: "Code review: conduct code review", or its name alone.
 * @example
 * assert.equal(dutyTitle({ name: 'Timelines', text: 'timelines' }), 'Timelines');
 */
export function dutyTitle(u: Pick<UniqueDuty, 'name' | 'text'>): string {
  const d = dutyDescription(u);
  return d === null ? u.name : `${u.name}: ${d}`;
}

/**
 * How often a distinctive duty appears elsewhere: "2 of 19,261 other listings".
 * @example
 * assert.equal(backgroundText({ background: { count: 2, total: 19261 } } as UniqueDuty), '2 of 19,261 other listings');
 */
export function backgroundText(u: Pick<UniqueDuty, 'background'>): string {
  return `${thousands(u.background.count)} of ${thousands(u.background.total)} other listings`;
}

/**
 * The report title: "What 212 real-world Data Engineer listings ask for (2023-01 – 2024-06)".
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.match(reportTitle(profile), /^What \d+ real-world Software Engineer listings ask for \(/);
 */
export function reportTitle(profile: RoleProfile): string {
  const label = profile.role.label === 'selected' ? '' : `${profile.role.label} `;
  const one = profile.listings.count === 1;
  return `What ${profile.listings.count} real-world ${label}listing${one ? ' asks' : 's ask'} for${dateSpan(profile)}`;
}

/**
 * The date span as " (2023-01 – 2024-06)", or "" when the listings carry no dates.
 * @example
 * assert.equal(dateSpan({ listings: { dateRange: { from: '2023-01-05', to: '2024-06-30' } } } as RoleProfile), ' (2023-01 – 2024-06)');
 */
export function dateSpan(profile: RoleProfile): string {
  const { from, to } = profile.listings.dateRange;
  if (!from || !to) return '';
  const a = from.slice(0, 7);
  const b = to.slice(0, 7);
  return a === b ? ` (${a})` : ` (${a} – ${b})`;
}

/**
 * The sources line: "linkedin-2023-2024/x.csv (12), hn/raw.json (3)".
 * @example
 * assert.equal(sourcesLine({ listings: { sources: [{ source: 'a', count: 2 }] } } as RoleProfile), 'a (2)');
 */
export function sourcesLine(profile: RoleProfile): string {
  const sources = profile.listings.sources.map((s) => `${s.source} (${s.count})`).join(', ');
  // Reports made before languages were detected have no such field.
  const other = profile.listings.otherLanguages ?? [];
  const left = other.reduce((t, o) => t + o.count, 0);
  if (left === 0) return sources;
  const languages = other.map((o) => `${o.language} ${o.count}`).join(', ');
  return `${sources}; ${left} listing(s) in another language left out (${languages}): analysis reads English only`;
}

/**
 * The role codes line: "CTO · O*NET-SOC 11-3021.00 · ESCO http://…"; null when the role carries no codes.
 * @example
 * assert.equal(roleCodesLine({ role: { label: 'CTO', onetSoc: '11-3021.00', escoOccupation: null } } as RoleProfile), 'CTO · O*NET-SOC 11-3021.00');
 */
export function roleCodesLine(profile: RoleProfile): string | null {
  const { label, onetSoc, escoOccupation } = profile.role;
  if (!onetSoc && !escoOccupation) return null;
  return [label, onetSoc ? `O*NET-SOC ${onetSoc}` : '', escoOccupation ? `ESCO ${escoOccupation}` : '']
    .filter(Boolean)
    .join(' · ');
}

/**
 * The line shown when a section is empty, so the reader knows why.
 * @example
 * assert.match(emptyNote('distinctive'), /background/);
 */
export function emptyNote(
  section:
    | 'distinctive'
    | 'distinctive-none'
    | 'trends'
    | 'trends-none'
    | 'themes'
    | 'responsibilities'
    | 'skills'
    | 'qualifications',
): string {
  switch (section) {
    case 'distinctive':
      return 'None found: no background to compare against.';
    case 'distinctive-none':
      return 'None passed the thresholds (in at most 20% of listings, lift ≥ 5, ≥ 3 employers — or ≥ 5 distinct wordings where most listings name no employer — stable under resampling).';
    case 'trends':
      return 'Too few dated listings to compare periods (each side needs 15, the smaller a tenth of the larger).';
    case 'trends-none':
      return 'No line changed significantly (q < 0.05).';
    case 'themes':
      return 'Too few lines recur across the listings to group into themes.';
    case 'responsibilities':
      return 'No responsibility recurs across listings.';
    case 'skills':
      return 'No skill recurs across listings.';
    case 'qualifications':
      return 'No listing states a degree, registration or years of experience.';
  }
}

function thousands(x: number): string {
  return String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
