/**
 * The CSV report: one row per item (skill bullet, responsibility, requirement, unique duty, trend).
 * @module
 */
import type { Evidence, ProfileItem, RoleProfile } from '../profile/index.ts';

const HEADER = [
  'section',
  'theme',
  'text',
  'count',
  'n',
  'share',
  'ci_low',
  'ci_high',
  'lift',
  'from_period',
  'from_share',
  'to_period',
  'to_share',
  'p',
  'skills',
  'listing_ids',
] as const;

/** One CSV row by column name; a column left out is an empty cell. */
type Row = Partial<Record<(typeof HEADER)[number], string | number | null>>;

/**
 * Renders the profile as CSV (RFC 4180, CRLF-free, formula-safe); the same profile always gives the same bytes.
 * @example
 * assert.match(renderCsv(profile).split('\n')[0], /^section,theme,text,count/);
 */
export function renderCsv(profile: RoleProfile): string {
  const n = profile.listings.count;
  const rows: Row[] = [];
  const ids = (ev: Evidence[]) => ev.map((e) => e.listingId).join(' ');
  const prevalence = (i: ProfileItem): Row => ({
    text: i.text,
    count: i.count,
    n,
    share: i.share,
    ci_low: i.ci[0],
    ci_high: i.ci[1],
    listing_ids: ids(i.evidence),
  });
  for (const theme of profile.themes)
    for (const i of theme.items)
      rows.push({
        section: 'skill',
        theme: theme.name,
        ...prevalence(i),
        skills: i.skills.map((s) => s.uri).join(' '),
      });
  for (const [section, list] of [
    ['responsibility', profile.responsibilities],
    ['requirement', profile.requirements],
  ] as const)
    for (const i of list) rows.push({ section, ...prevalence(i) });
  for (const u of profile.unique)
    rows.push({
      section: 'unique',
      text: `${u.name}: ${u.text}`,
      count: u.count,
      n,
      share: Math.round((u.count / n) * 1e4) / 1e4,
      lift: u.lift,
      listing_ids: ids(u.evidence),
    });
  for (const t of [...(profile.trends?.rising ?? []), ...(profile.trends?.falling ?? [])])
    rows.push({
      section: `trend-${t.direction}`,
      text: t.text,
      count: t.to.count,
      from_period: t.from.period,
      from_share: t.from.share,
      to_period: t.to.period,
      to_share: t.to.share,
      p: t.p,
    });
  const lines = [HEADER.join(','), ...rows.map((r) => HEADER.map((c) => cell(r[c] ?? null)).join(','))];
  return `${lines.join('\n')}\n`;
}

// Quote when needed; a leading = + - @ would run as a formula in a spreadsheet, so such text gets a leading quote mark.
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  let s = v.replace(/\r\n?|\n/g, ' ');
  if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
