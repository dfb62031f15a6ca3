/**
 * The CSV report: one row per item (skill bullet, responsibility, requirement, unique duty, trend).
 * @module
 */
import type { Evidence, RoleProfile } from '../profile/index.ts';

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
];

/**
 * Renders the profile as CSV (RFC 4180, CRLF-free, formula-safe); the same profile always gives the same bytes.
 * @example
 * assert.match(renderCsv(profile).split('\n')[0], /^section,theme,text,count/);
 */
export function renderCsv(profile: RoleProfile): string {
  const n = profile.listings.count;
  const rows: (string | number | null)[][] = [HEADER];
  const ids = (ev: Evidence[]) => ev.map((e) => e.listingId).join(' ');
  for (const theme of profile.themes)
    for (const i of theme.items)
      rows.push([
        'skill',
        theme.name,
        i.text,
        i.count,
        n,
        i.share,
        i.ci[0],
        i.ci[1],
        null,
        null,
        null,
        null,
        null,
        null,
        i.skills.map((s) => s.uri).join(' '),
        ids(i.evidence),
      ]);
  for (const [section, list] of [
    ['responsibility', profile.responsibilities],
    ['requirement', profile.requirements],
  ] as const)
    for (const i of list)
      rows.push([
        section,
        null,
        i.text,
        i.count,
        n,
        i.share,
        i.ci[0],
        i.ci[1],
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        ids(i.evidence),
      ]);
  for (const u of profile.unique)
    rows.push([
      'unique',
      null,
      `${u.name}: ${u.text}`,
      u.count,
      n,
      Math.round((u.count / n) * 1e4) / 1e4,
      null,
      null,
      u.lift,
      null,
      null,
      null,
      null,
      null,
      null,
      ids(u.evidence),
    ]);
  for (const t of [...(profile.trends?.rising ?? []), ...(profile.trends?.falling ?? [])])
    rows.push([
      `trend-${t.direction}`,
      null,
      t.text,
      t.to.count,
      null,
      null,
      null,
      null,
      null,
      t.from.period,
      t.from.share,
      t.to.period,
      t.to.share,
      t.p,
      null,
      null,
    ]);
  return `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

// Quote when needed; a leading = + - @ would run as a formula in a spreadsheet, so such text gets a leading quote mark.
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  let s = v.replace(/\r\n?|\n/g, ' ');
  if (/^[=+\-@\t]/.test(s)) s = `'${s}`;
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
