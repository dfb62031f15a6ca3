/**
 * Number and label formatting shared by the renderers, so every format says the same thing.
 * @module
 */
import type { ProfileItem, RoleProfile, UniqueDuty } from '../profile/index.ts';

/**
 * A share as a whole percentage.
 * @example
 * assert.equal(percent(0.7075), '71%');
 */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * The prevalence of an item: "71% (150/212)".
 * @example
 * assert.equal(prevalence({ share: 0.7075, count: 150 } as ProfileItem, 212), '71% (150/212)');
 */
export function prevalence(item: Pick<ProfileItem, 'share' | 'count'>, n: number): string {
  return `${percent(item.share)} (${item.count}/${n})`;
}

/**
 * The report title: "Key skills and core responsibilities, from 212 real-world Data Engineer listings (2023-01 – 2024-06)".
 * @example
 * assert.match(reportTitle(profile), /^Key skills and core responsibilities, from \d+ real-world/);
 */
export function reportTitle(profile: RoleProfile): string {
  const label = profile.role.label === 'selected' ? '' : `${profile.role.label} `;
  return `Key skills and core responsibilities, from ${profile.listings.count} real-world ${label}listing${profile.listings.count === 1 ? '' : 's'}${dateSpan(profile)}`;
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
  return profile.listings.sources.map((s) => `${s.source} (${s.count})`).join(', ');
}

/**
 * The how-to line shown when a section is empty, so the reader knows why.
 * @example
 * assert.match(emptyNote('unique'), /compare/);
 */
export function emptyNote(
  section: 'unique' | 'unique-none' | 'trends' | 'themes' | 'responsibilities' | 'requirements',
): string {
  switch (section) {
    case 'unique':
      return 'None found: unique duties need other listings to compare against (profile from a store holding other roles too).';
    case 'unique-none':
      return 'None found: no duty here is both rare elsewhere and said by listings of at least three employers, steadily under resampling.';
    case 'trends':
      return 'Too few dated listings to compare periods (each side needs 15).';
    case 'themes':
      return 'No skill is named in enough listings to group into themes.';
    case 'responsibilities':
      return 'No responsibility recurs across listings.';
    case 'requirements':
      return 'No requirement recurs across listings.';
  }
}

/**
 * How often a unique duty appears here and elsewhere: "5 listings; 2 of 19,261 other listings".
 * @example
 * assert.equal(uniqueCounts({ count: 5, background: { count: 2, total: 19261 } } as UniqueDuty), '5 listings; 2 of 19,261 other listings');
 */
export function uniqueCounts(u: Pick<UniqueDuty, 'count' | 'background'>): string {
  const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${u.count} listings; ${n(u.background.count)} of ${n(u.background.total)} other listings`;
}
