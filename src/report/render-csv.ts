/**
 * The CSV report: one row per line (theme lines, distinctive duties, the full lists, qualifications, trends).
 * @module
 */
import type { Evidence, ProfileItem, RoleProfile } from '../profile/index.ts';
import { csvCell as cell } from './csv-cell.ts';
import { dutyTitle, percent } from './format.ts';

const HEADER = [
  'section',
  'kind',
  'text',
  'count',
  'n',
  'share',
  'ci_low',
  'ci_high',
  'members',
  'concepts',
  'employers',
  'lift',
  'from_period',
  'from_share',
  'to_period',
  'to_share',
  'p',
  'q',
  'listing_ids',
] as const;

/** One CSV row by column name; a column left out is an empty cell. */
type Row = Partial<Record<(typeof HEADER)[number], string | number | null>>;

/**
 * Renders the profile as CSV (RFC 4180, CRLF-free, formula-safe); the same profile always gives the same bytes.
 * Section is the theme's name for theme lines, else distinctive, responsibilities, skills, qualifications,
 * trend-rising or trend-falling.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.match(renderCsv(profile).split('\n')[0] ?? '', /^section,kind,text,count/);
 */
export function renderCsv(profile: RoleProfile): string {
  const n = profile.listings.count;
  const rows: Row[] = [];
  const ids = (ev: Evidence[]) => ev.map((e) => e.listingId).join(' ');
  const line = (section: string, i: ProfileItem): Row => ({
    section,
    kind: i.kind,
    text: i.text,
    count: i.count,
    n,
    share: i.share,
    ci_low: i.ci[0],
    ci_high: i.ci[1],
    // Every member, even a line's only one, so a spreadsheet can split the column without special cases.
    members: i.members.map((m) => `${m.label} ${percent(m.share)}`).join('; '),
    concepts: i.concepts.map((c) => c.id).join(' '),
    listing_ids: ids(i.evidence),
  });
  for (const theme of profile.themes) for (const i of theme.items) rows.push(line(theme.name, i));
  for (const u of profile.distinctive)
    rows.push({
      section: 'distinctive',
      kind: 'duty',
      text: dutyTitle(u),
      count: u.count,
      n,
      share: u.share,
      concepts: u.concepts.map((c) => c.id).join(' '),
      employers: u.employers,
      lift: u.lift,
      listing_ids: ids(u.evidence),
    });
  for (const [section, list] of [
    ['responsibilities', profile.responsibilities],
    ['skills', profile.skills],
    ['qualifications', profile.qualifications],
  ] as const)
    for (const i of list) rows.push(line(section, i));
  // A trend names a line by its text; its kind is that line's.
  const kindOf = new Map<string, string>();
  for (const i of [...profile.qualifications, ...profile.skills, ...profile.responsibilities])
    kindOf.set(i.text, i.kind);
  for (const t of [...(profile.trends?.rising ?? []), ...(profile.trends?.falling ?? [])])
    rows.push({
      section: `trend-${t.direction}`,
      kind: kindOf.get(t.text) ?? null,
      text: t.text,
      count: t.to.count,
      from_period: t.from.period,
      from_share: t.from.share,
      to_period: t.to.period,
      to_share: t.to.share,
      p: t.p,
      q: t.q,
    });
  const lines = [HEADER.join(','), ...rows.map((r) => HEADER.map((c) => cell(r[c] ?? null)).join(','))];
  return `${lines.join('\n')}\n`;
}
