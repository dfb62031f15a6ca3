/**
 * The headline paragraph and the composition numbers behind it.
 * @module
 */
import type { SkillStat } from './collect-skills.ts';
import type { SkillGroupLookup } from './group-themes.ts';
import type { RoleProfile } from './role-profile.ts';
import { formatP, round4 } from './stats.ts';
import { shortGroupName } from './theme-name.ts';

// Technical first: "information and communication technologies" must not read as people skills.
const KINDS: [string, RegExp][] = [
  [
    'technical',
    /information and communication technolog|comput|\bict\b|digital|software|programm|\bdata\b|engineer|technolog|mathemat|statistic|science|network(?! with)|system|machine|electr|security|database|cloud/,
  ],
  [
    'people',
    /communicat|collaborat|personal skills|leading|motivat|supervis|people|teach|training|mentor|coach|teamwork|social|interpersonal|negotiat|network with/,
  ],
  [
    'business',
    /manag|business|administrat|financ|econom|sales|marketing|strateg|organis|organiz|law|legal|commercial|planning|budget|account/,
  ],
];

/**
 * The broad kind a group label belongs to (technical, people, business), or null when none fits.
 * @example
 * assert.equal(kindOfLabel('supervising people'), 'people');
 */
export function kindOfLabel(label: string): string | null {
  const l = label.toLowerCase();
  for (const [k, re] of KINDS) if (re.test(l)) return k;
  return null;
}

/**
 * Shares of skill mentions (listing × skill) by broad kind: technical, people, business, other.
 * @example
 * const parts = composition(skills, lookup);
 * assert.ok(Math.abs(parts.reduce((s, p) => s + p.share, 0) - 1) < 0.01 || parts.length === 0);
 */
export function composition(
  skills: readonly SkillStat[],
  lookup: SkillGroupLookup,
): { kind: string; share: number; top?: string }[] {
  const weight = new Map<string, number>([
    ['technical', 0],
    ['people', 0],
    ['business', 0],
    ['other', 0],
  ]);
  const otherGroups = new Map<string, number>();
  let total = 0;
  for (const s of skills) {
    const path = lookup(s.uri) ?? [];
    const labels = [s.label, ...[...path].reverse()].map((l) => l.toLowerCase());
    let kind = s.type === 'tool' ? 'technical' : 'other';
    if (kind === 'other')
      outer: for (const label of labels)
        for (const [k, re] of KINDS)
          if (re.test(label)) {
            kind = k;
            break outer;
          }
    const w = s.listings.length;
    weight.set(kind, (weight.get(kind) ?? 0) + w);
    if (kind === 'other' && path[1]) otherGroups.set(path[1], (otherGroups.get(path[1]) ?? 0) + w);
    total += w;
  }
  if (total === 0) return [];
  const top = [...otherGroups.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return [...weight.entries()].map(([kind, w]) => ({
    kind,
    share: round4(w / total),
    ...(kind === 'other' && top ? { top: shortGroupName(top) } : {}),
  }));
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Writes the one-paragraph headline from the profile's own numbers (nothing else goes in).
 * @example
 * const text = writeHeadline(profile, parts);
 * assert.match(text, /listings/);
 */
export function writeHeadline(
  profile: Omit<RoleProfile, 'headline'>,
  parts: { kind: string; share: number; top?: string }[],
  inline: (text: string) => string = (t) => t,
): string {
  const lower = inline;
  const n = profile.listings.count;
  const out: string[] = [];
  const range = profile.listings.dateRange;
  const [from, to] = [range.from?.slice(0, 7), range.to?.slice(0, 7)];
  const when = from && to ? (from === to ? ` (${from})` : ` (${from} – ${to})`) : '';
  const ranked = [...parts]
    .filter((p) => p.share > 0)
    .sort((a, b) => b.share - a.share || (a.kind < b.kind ? -1 : 1));
  if (ranked.length > 0) {
    const describe = (p: { kind: string; share: number; top?: string }) =>
      p.kind === 'other'
        ? `${pct(p.share)} other${p.top ? ` (mostly ${p.top})` : ''}`
        : `${pct(p.share)} ${p.kind}`;
    out.push(
      `Across ${n} ${profile.role.label} listing${n === 1 ? '' : 's'}${when}, the skills asked for are ${ranked.map(describe).join(', ')}.`,
    );
  } else
    out.push(
      `Across ${n} ${profile.role.label} listing${n === 1 ? '' : 's'}${when}, no skill is named often enough to profile.`,
    );
  const items = profile.themes
    .flatMap((t) => t.items)
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  const [a, b] = items;
  if (a && b)
    out.push(
      `The most common asks are ${lower(a.text)} (${pct(a.share)}) and ${lower(b.text)} (${pct(b.share)}).`,
    );
  else if (a) out.push(`The most common ask is ${lower(a.text)} (${pct(a.share)}).`);
  const duty = profile.responsibilities[0];
  if (duty) out.push(`The duty listed most often is to ${lower(duty.text)} (${pct(duty.share)}).`);
  if (profile.experience.medianYears !== null)
    out.push(
      `${profile.experience.listings} of ${n} listings state years of experience (median ${profile.experience.medianYears}).`,
    );
  // Periods from different sources compare the sources too: the headline says so rather than report a trend bare.
  const caveat = profile.trends?.note ? ' (the two periods come mostly from different sources)' : '';
  const rise = profile.trends?.rising[0];
  const fall = profile.trends?.falling[0];
  if (rise)
    out.push(
      `From ${rise.from.period} to ${rise.to.period}, ${lower(rise.text)} rose from ${pct(rise.from.share)} to ${pct(rise.to.share)} of listings (${formatP(rise.p)})${fall ? `, while ${lower(fall.text)} fell from ${pct(fall.from.share)} to ${pct(fall.to.share)} (${formatP(fall.p)})` : ''}${caveat}.`,
    );
  else if (fall)
    out.push(
      `From ${fall.from.period} to ${fall.to.period}, ${lower(fall.text)} fell from ${pct(fall.from.share)} to ${pct(fall.to.share)} of listings (${formatP(fall.p)})${caveat}.`,
    );
  return out.join(' ');
}
