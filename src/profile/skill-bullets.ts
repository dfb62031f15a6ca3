/**
 * Writes a theme's bullets: related skills merged into one line, phrased with the listings' own lead-in
 * ("Experience with …", "Expertise in …"), counted as distinct listings mentioning any of them.
 * @module
 */
import type { AnalyzedListing } from '../analyze/index.ts';
import type { SkillStat } from './collect-skills.ts';
import { cmp, pickEvidence, quoteAround } from './evidence.ts';
import type { SkillGroupLookup, ThemeDraft } from './group-themes.ts';
import type { ProfileItem } from './role-profile.ts';
import { round4, wilsonInterval } from './stats.ts';

const PER_BULLET = 3;
const ADJECTIVES =
  'deep|strong|proven|extensive|solid|hands-on|demonstrated|excellent|good|advanced|expert|working|broad|thorough|practical|significant';
const HEADS = 'expertise|experience|knowledge|understanding|familiarity|proficiency|background|fluency';
// The lead-in must end right before the skill, allowing a few words between ("experience with modern cloud …").
const LEAD_IN = new RegExp(
  `(?:\\b(${ADJECTIVES})\\s+)?\\b(${HEADS})\\s+(in|with|of|using)\\b(?:[^.;:!?\\n]{0,60})$`,
  'i',
);

/**
 * The bullets of one theme, most prevalent first, at most `limit`.
 * @example
 * const items = writeSkillBullets(theme, listings, lookup, 5);
 * assert.ok(items.every((i) => i.kind === 'skill'));
 */
export function writeSkillBullets(
  theme: ThemeDraft,
  listings: readonly AnalyzedListing[],
  lookup: SkillGroupLookup,
  limit = 5,
): ProfileItem[] {
  const n = listings.length;
  const chunks = chunkSkills(theme.skills, lookup);
  const items = chunks.map((skills) => bullet(skills, listings, n));
  return items.sort((a, b) => b.count - a.count || cmp(a.text, b.text)).slice(0, limit);
}

// Related = same finest group and same grammatical kind (verb-phrase competences read differently from nouns).
function chunkSkills(skills: readonly SkillStat[], lookup: SkillGroupLookup): SkillStat[][] {
  const byKey = new Map<string, SkillStat[]>();
  for (const s of skills) {
    const path = lookup(s.uri) ?? [];
    // Named things (Python, AWS) and general concepts (computer science) read badly in one list.
    const kind = isVerbal(s) ? 'v' : /^\S*[A-Z0-9]/.test(s.display) ? 'named' : 'n';
    const key = `${kind}|${path.at(-1) ?? `tool:${s.uri}`}`;
    const list = byKey.get(key) ?? [];
    list.push(s);
    byKey.set(key, list);
  }
  const out: SkillStat[][] = [];
  for (const list of byKey.values()) {
    list.sort((a, b) => b.listings.length - a.listings.length || cmp(a.uri, b.uri));
    for (let i = 0; i < list.length; i += PER_BULLET) out.push(list.slice(i, i + PER_BULLET));
  }
  // Lone tools placed by co-occurrence: gather them into shared lines rather than one line each.
  const tools = out.filter((c) => c.length === 1 && (lookup(c[0]?.uri ?? '') ?? []).length === 0).flat();
  const rest = out.filter((c) => !(c.length === 1 && (lookup(c[0]?.uri ?? '') ?? []).length === 0));
  tools.sort((a, b) => b.listings.length - a.listings.length || cmp(a.uri, b.uri));
  for (let i = 0; i < tools.length; i += PER_BULLET) rest.push(tools.slice(i, i + PER_BULLET));
  return rest;
}

function isVerbal(s: SkillStat): boolean {
  return (
    s.type === 'skill/competence' &&
    !/(ing|ment|tion|ance|ence|ship|ics|ogy)$/.test(s.display.split(' ')[0] ?? '')
  );
}

function bullet(skills: SkillStat[], listings: readonly AnalyzedListing[], n: number): ProfileItem {
  const covered = new Set<number>();
  for (const s of skills) for (const l of s.listings) covered.add(l);
  const names = skills.map((s) => s.display);
  const verbal = skills.every(isVerbal);
  const lead = verbal ? null : leadIn(skills, listings, covered.size);
  const list = joinList(names);
  const text = lead ? `${lead} ${list}` : capitalize(list);
  const inline = lead ? `${lead.toLowerCase()} ${list}` : list;
  const candidates = skills.flatMap((s, si) => {
    const seen = new Set<number>();
    return s.mentions
      .filter((m) => !seen.has(m.listing) && seen.add(m.listing))
      .sort((a, b) => cmp(listingId(listings, a.listing), listingId(listings, b.listing)))
      .map((m, order) => {
        const span = m.mention.spans[0];
        const text = listings[m.listing]?.text ?? '';
        return {
          listingId: listingId(listings, m.listing),
          quote: span ? quoteAround(text, span.start, span.end) : '',
          rank: order * PER_BULLET + si,
        };
      });
  });
  const item: ProfileItem = {
    text,
    count: covered.size,
    share: round4(covered.size / n),
    ci: wilsonInterval(covered.size, n),
    kind: 'skill',
    skills: skills.flatMap((s) => s.uris.map((uri) => ({ uri, label: s.label }))),
    evidence: pickEvidence(candidates, 3),
  };
  INLINE.set(item, inline);
  return item;
}

// How each bullet reads mid-sentence (lead-in lower-cased, labels in their own case), for the headline.
const INLINE = new WeakMap<ProfileItem, string>();

/**
 * How a skill bullet reads inside a sentence: "experience with Python" for "Experience with Python".
 * @example
 * assert.equal(inlineForm(item), 'manage staff');
 */
export function inlineForm(item: ProfileItem): string {
  return INLINE.get(item) ?? lowerFirst(item.text);
}

/**
 * Lower-cases a leading capital unless the first word looks like a name or acronym (SQL, JavaScript, iOS).
 * @example
 * assert.equal(lowerFirst('Lead the team'), 'lead the team');
 * assert.equal(lowerFirst('SQL and Python'), 'SQL and Python');
 */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]+\b/.test(s) && !/^[A-Z][a-z]+[A-Z]/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

// The lead-in most listings use before these skills, when at least a fifth of them use one.
function leadIn(skills: SkillStat[], listings: readonly AnalyzedListing[], covered: number): string | null {
  const heads = new Map<string, Set<number>>();
  const adjectives = new Map<string, Map<string, Set<number>>>();
  for (const s of skills) {
    for (const { listing, mention } of s.mentions) {
      const span = mention.spans[0];
      const text = listings[listing]?.text;
      if (!span || !text) continue;
      const before = text.slice(Math.max(0, span.start - 120), span.start);
      const line = before.slice(before.lastIndexOf('\n') + 1);
      const m = LEAD_IN.exec(line);
      if (!m) continue;
      const head = `${(m[2] ?? '').toLowerCase()} ${(m[3] ?? '').toLowerCase()}`;
      const set = heads.get(head) ?? new Set<number>();
      set.add(listing);
      heads.set(head, set);
      if (m[1]) {
        const adj = m[1].toLowerCase();
        const byAdj = adjectives.get(head) ?? new Map<string, Set<number>>();
        const aset = byAdj.get(adj) ?? new Set<number>();
        aset.add(listing);
        byAdj.set(adj, aset);
        adjectives.set(head, byAdj);
      }
    }
  }
  const top = [...heads.entries()].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))[0];
  if (!top || top[1].size < 2 || top[1].size * 5 < covered) return null;
  const adj = [...(adjectives.get(top[0]) ?? new Map<string, Set<number>>()).entries()].sort(
    (a, b) => b[1].size - a[1].size || cmp(a[0], b[0]),
  )[0];
  const phrase = adj && adj[1].size * 2 >= top[1].size ? `${adj[0]} ${top[0]}` : top[0];
  return capitalize(phrase.replace(/ using$/, ' with'));
}

/**
 * Joins names as an English list: "a", "a and b", "a, b and c".
 * @example
 * assert.equal(joinList(['Go', 'Rust', 'C++']), 'Go, Rust and C++');
 */
export function joinList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Upper-cases the first character.
 * @example
 * assert.equal(capitalize('lead teams'), 'Lead teams');
 */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function listingId(listings: readonly AnalyzedListing[], i: number): string {
  return listings[i]?.id ?? '';
}
