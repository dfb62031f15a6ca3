/**
 * The headline paragraph, drawn only from the profile's own numbers.
 * @module
 */

import type { ProfileItem, RoleProfile } from './role-profile.ts';
import { lowerFirst } from './short-name.ts';
import { formatP, formatQ, percent as pct } from './stats.ts';

/**
 * Writes the one-paragraph headline: what the role centres on (its two largest themes), its most common lines, stated
 * experience, what is distinctive, and a trend only when one survives the false-discovery correction.
 * @example
 * import { readFileSync } from 'node:fs';
 * const profile = JSON.parse(readFileSync('test/golden/demo.json', 'utf8')); // the demo's Software Engineer profile
 * assert.equal(writeHeadline(profile), profile.headline);
 * assert.match(writeHeadline(profile), /^Across \d+ Software Engineer listings \(\d{4}-\d\d\), the work centres on /);
 * // A line most roles ask as often, more common than the role's own, is named as such.
 * const item = profile.skills[0];
 * const shared = { ...profile, skills: [{ ...item, text: 'Communication', count: 180, share: 0.99, generic: true }, ...profile.skills] };
 * assert.match(writeHeadline(shared), /Beside communication \(99%\), asked as often by most roles, the most common asks are /);
 */
export function writeHeadline(profile: Omit<RoleProfile, 'headline'>): string {
  const n = profile.listings.count;
  const inline = inlineCase(profile);
  const out: string[] = [];
  const range = profile.listings.dateRange;
  const [from, to] = [range.from?.slice(0, 7), range.to?.slice(0, 7)];
  const when = from && to ? (from === to ? ` (${from})` : ` (${from} – ${to})`) : '';
  const [t1, t2] = profile.themes;
  const across = `Across ${n} ${profile.role.label} listing${n === 1 ? '' : 's'}${when}`;
  const byCount = (a: ProfileItem, b: ProfileItem) => b.count - a.count || (a.text < b.text ? -1 : 1);
  // Generic lines (communication, teamwork) are as true of most roles: the headline says what this one asks.
  const top = [...profile.responsibilities, ...profile.skills]
    .filter((i) => !i.generic)
    .sort(byCount)
    .slice(0, 3);
  const said = list(top.map((i) => `${inline(i.text)} (${pct(i.share)})`));
  // The generic lines said more often than those, named as such: a reader of "said most often" would miss them.
  const shared = [...profile.responsibilities, ...profile.skills]
    .filter((i) => i.generic && i.count > (top.at(-1)?.count ?? 0))
    .sort(byCount)
    .slice(0, 2);
  const beside =
    shared.length > 0
      ? `Beside ${list(shared.map((i) => `${inline(i.text)} (${pct(i.share)})`))}, asked as often by most roles, the most common asks are `
      : 'Said most often: ';
  if (t1) {
    out.push(`${across}, the work centres on ${inline(t1.name)}${t2 ? ` and ${inline(t2.name)}` : ''}.`);
    if (top.length > 0) out.push(`${beside}${said}.`);
  } else if (top.length > 0) out.push(`${across}, the lines said most often are ${said}.`);
  else out.push(`${across}, no skill or duty is said often enough to profile.`);
  if (profile.experience.medianYears !== null)
    out.push(
      `${profile.experience.listings} of ${n} listings state years of experience (median ${profile.experience.medianYears}).`,
    );
  const [d1, d2] = profile.distinctive;
  if (d1)
    out.push(
      `Distinctive for the role: ${inline(d1.name)} (${d1.count} listings, ${d1.lift.toFixed(1)}× other roles)${d2 ? ` and ${inline(d2.name)} (${d2.count}, ${d2.lift.toFixed(1)}×)` : ''}.`,
    );
  // Periods from different sources compare the sources too: the headline says so rather than report a trend bare.
  const caveat = profile.trends?.note ? ' (the two periods come mostly from different sources)' : '';
  const rise = profile.trends?.rising[0];
  const fall = profile.trends?.falling[0];
  const change = (t: NonNullable<typeof rise>, verb: string) =>
    `${inline(t.text)} ${verb} from ${pct(t.from.share)} to ${pct(t.to.share)} of listings (${formatP(t.p)}, ${formatQ(t.q)})`;
  if (rise || fall) {
    const first = rise ?? fall;
    if (first)
      out.push(
        `From ${first.from.period} to ${first.to.period}, ${[rise ? change(rise, 'rose') : '', fall ? change(fall, 'fell') : ''].filter(Boolean).join(', while ')}${caveat}.`,
      );
  }
  return out.join(' ');
}

// Lines named after a proper name (Python, Kubernetes, SQL) keep their capital inside a sentence; ESCO writes every
// other label lower-case, so a capital in the concept's own label is what tells a name.
function inlineCase(profile: Omit<RoleProfile, 'headline'>): (text: string) => string {
  const proper = new Set<string>();
  const items: ProfileItem[] = [
    ...profile.themes.flatMap((t) => t.items),
    ...profile.responsibilities,
    ...profile.skills,
    ...profile.qualifications,
  ];
  const isProper = (i: ProfileItem | undefined) =>
    i !== undefined && i.kind === 'skill' && /^[A-Z]/.test(i.concepts[0]?.label ?? '');
  for (const i of items) if (isProper(i)) proper.add(i.text);
  // A theme named after its proper-named first line keeps its capital ("Python & machine learning"); one named for
  // its competency area does not ("software engineering", whatever tool leads it).
  for (const t of profile.themes) {
    const head = t.items[0]?.text.split(/[\s,]/)[0];
    if (isProper(t.items[0]) && head && t.name.startsWith(head)) proper.add(t.name);
  }
  return (text) => (proper.has(text) ? text : lowerFirst(text));
}

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
