/**
 * Builds the role profile from many analyzed listings by meaning: every line is a concept (or a few merged ones)
 * counted over the listings that say it in any words; lines are grouped into competency themes, rare but telling
 * duties are found against a background of other roles, and trends are tested with a false-discovery correction.
 * @module
 */
import { ENGLISH_ONLY, readsLanguage } from '../analyze/index.ts';
import { stemCached } from '../taxonomy/tokenize.ts';
import {
  type ConceptBackground,
  type ConceptLookup,
  type ConceptStat,
  type CountOptions,
  countConcepts,
  unionSorted,
} from './concept-stats.ts';
import { employerCounts, findDistinctiveDuties, type StoreBackground } from './distinctive-duties.ts';
import { cmp } from './evidence.ts';
import { isGeneric } from './generic-lines.ts';
import { writeHeadline } from './headline.ts';
import {
  commonWording,
  headSentences,
  saidAlternative,
  saidLabel,
  saidModifier,
  saidOtherName,
  topicWording,
} from './line-wording.ts';
import {
  buildLines,
  dropUnsaid,
  isNamedLine,
  isWork,
  type Line,
  memberLabel,
  mergeSameWording,
  relationText,
  saysDescriptionVerb,
  saysItsKind,
  topicText,
  writeLine,
} from './profile-lines.ts';
import type { ProfileListing } from './profile-listing.ts';
import { qualificationLines, saysDegree, statedExperience } from './qualifications.ts';
import { PROFILE_SCHEMA_VERSION, type ProfileItem, type RoleProfile, type Theme } from './role-profile.ts';
import { capitalizeFirst, themeName } from './short-name.ts';
import { association, groupLines, lineArea, lineName, linesArea, themeCoherence } from './theme-lines.ts';
import { computeTrends, type DateRange } from './trends.ts';
import { areasFor, type CompetencyArea } from './wording-data.ts';

/** What buildProfile needs besides the listings. */
export interface ProfileOptions {
  /** The concept catalog: labels, kinds and closeness in meaning of the concepts the listings link to. */
  concepts: ConceptLookup;
  /** The role being profiled; by default the role most of the listings normalize to. */
  role?: RoleProfile['role'];
  /** A label for the listings in the title and headline ("Tech leadership"), overriding the role's. */
  label?: string;
  /** Concept counts of many roles (shipped with the product): what distinctive duties are measured against. */
  background?: ConceptBackground;
  /** Concept counts of the store's other listings, which join the background. */
  store?: StoreBackground;
  /** Trend periods (default year) or two explicit ranges. */
  by?: 'quarter' | 'year';
  ranges?: [DateRange, DateRange];
  /** The least calibrated scores a link needs to count (see CountOptions). */
  cuts?: CountOptions;
}

const MAX_RESPONSIBILITIES = 30;
const MAX_SKILLS = 35;
const MAX_BUNDLE = 6;
/** Listings that make a line sure however many were selected (the 5% floor's cap). */
const SURE_COUNT = 50;
/** Lines a theme shows (groupLines' default). */
const THEME_ITEMS = 5;

/**
 * Profiles the listings (deterministic: the listings are ordered by id first, and every sort breaks ties).
 * @example
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }]);
 * const hire = { duty: 'Hire and retain engineers', concepts: ['dwa:recruit'] };
 * const listings = ['a', 'b', 'c', 'd'].map((id) => fixtureListing(id, ['2024-01-02', 'cto'], [hire]));
 * const profile = buildProfile(listings, { concepts: lookup });
 * assert.equal(profile.listings.count, 4);
 * assert.deepEqual(profile.responsibilities.map((i) => [i.text, i.share]), [['Hire and retain engineers', 1]]);
 */
export function buildProfile(input: readonly ProfileListing[], options: ProfileOptions): RoleProfile {
  const byId = new Map<string, ProfileListing>();
  for (const l of input) if (!byId.has(l.id)) byId.set(l.id, l);
  // A listing in another language holds no lines (analysis reads English): counted in, it would only thin every share.
  const english = { languages: ENGLISH_ONLY };
  const other = new Map<string, number>();
  const listings = [...byId.values()]
    .filter((l) => {
      if (readsLanguage(english, l.language)) return true;
      const language = l.language ?? 'und';
      other.set(language, (other.get(language) ?? 0) + 1);
      return false;
    })
    .sort((a, b) => cmp(a.id, b.id));
  const otherLanguages = [...other.entries()]
    .map(([language, count]) => ({ language, count }))
    .sort((a, b) => b.count - a.count || cmp(a.language, b.language));
  const n = listings.length;
  const lookup = options.concepts;

  const role = options.role ?? majorityRole(listings);
  // The areas an analyst names themes by for this occupation (no "Data engineering" for a seller's pipeline).
  const scope = areasFor(role.onetSoc);
  const titleWords = titleStems(role);
  const title = new Set(titleWords);
  const stats = countConcepts(listings, lookup, options.cuts).filter((s) => !namesTheRole(s, lookup, title));
  // Two listings of twenty are an anecdote, not a pattern: a theme's line needs three listings and 5% of them. A
  // full list's line needs no more than fifty, which say a thing surely: 5% of 4,208 nurse listings (211) would leave
  // wound care (123), venepuncture (99) and infection control (76) out of the lists an analyst reads them in.
  const coreCount = Math.max(3, Math.ceil(0.05 * n));
  const minCount = Math.min(coreCount, SURE_COUNT);
  // A line's text is read for merging, for themes and for the lists: written once.
  const wordings = new WeakMap<Line, string>();
  const text = (line: Line) => {
    const known = wordings.get(line);
    if (known !== undefined) return known;
    const t = lineText(line, listings);
    wordings.set(line, t);
    return t;
  };
  // Lines are merged once more as written: two verbs for one work the listings word alike ("Create data models").
  // Lines of one kind only (duties) are those of every kind less the others: a line keeps its kind, and lines merge
  // with their own kind only.
  const linesOf = (min: number, kind?: Line['kind']) =>
    mergeSameWording(
      dropUnsaid(
        buildLines(stats, lookup, { minCount: min, listings: n }).filter((l) => !kind || l.kind === kind),
        listings,
        min,
      ).filter((l) => saysItsKind(l, listings) && saidByMany(l, listings, min)),
      text,
      lookup,
    );
  // A field most of whose sentences name it as a degree's subject ("MSc in Computer Science or Physics") is what the
  // degree is in, not a skill the job asks: a qualification line of its own.
  const counted = linesOf(minCount);
  const subjects = counted.filter((l) => isDegreeSubject(l, listings));
  const lines = counted.filter((l) => !subjects.includes(l));
  // Told apart over the lines a report may show, most common first (the full lists' and the themes', these the lines
  // of 5% or more): no line further down is shown, and no text before it depends on it.
  distinctTexts(lines.slice(0, shownPrefix(lines, coreCount)), text, (l, t) => wordings.set(l, t));

  const roles = [...new Set(listings.map((l) => l.role?.role).filter((r): r is string => !!r))].sort(cmp);
  // Distinctive duties first: a rare, telling duty belongs there, not among the themes' common lines. Rare lines
  // need only three listings (and one in two hundred: 4 of 4,254 is an anecdote), fewer than a core line.
  const rareCount = Math.max(3, Math.ceil(0.005 * n));
  // The occupation noun that ends the title: "nurs" for Registered Nurse, "engineer" for Data Engineer.
  const occupation = titleWords.at(-1) ?? null;
  const distinctiveFound = findDistinctiveDuties(
    // Only duties can be distinctive.
    linesOf(rareCount, 'duty').filter((l) => !namesTheOccupation(l, occupation)),
    listings,
    {
      minCount: rareCount,
      ...(options.background ? { background: options.background } : {}),
      ...(options.store ? { store: options.store } : {}),
      roles,
      kin: kinRoles(role.onetSoc, roles, options.background),
      core: lines,
      text: (line) => {
        const head = line.members[0];
        if (head?.info.kind === 'topic') return dutyTopicText(line, listings);
        return (
          commonWording(line, listings) ?? (head && isWork(head) ? workLabel(head, line, listings) : null)
        );
      },
    },
  );
  // A rare one stays out of the themes. A commoner one (a tech leader's budget, 19%; a CTO's technology strategy, 26%)
  // is core work too: a theme may show it as well, and the distinctive duties still say how telling it is.
  const rare = distinctiveFound.filter((d) => d.duty.share <= RARE_SHARE);
  const telling = new Set(rare.flatMap((d) => d.line.members.map((m) => m.id)));
  const themable = lines.filter(
    (l) => l.listings.length >= coreCount && !l.members.some((m) => telling.has(m.id)),
  );
  const grouped = groupLines(themable, n, lookup, { areas: scope });
  // A line another theme shows is not offered to mix into this one: it would leave that theme one line short.
  const shown = new Set(grouped.flatMap((t) => t.lines));
  const unshown = themable.filter((l) => !shown.has(l));
  const themed = grouped.map((t) => {
    // Bundled after mixing: a theme of named technologies that takes a duty reads as the bundle and the duty. The room
    // a bundle frees goes to the theme's next lines ("Build backend services" beside "TypeScript, Python or PostgreSQL").
    const mixed = mixKinds(t.lines, unshown, n, lookup, t.coherence, scope);
    const bundled = bundleNamed(mixed);
    return { ...t, lines: fillUp(bundled, t.spare, bundled.length < mixed.length) };
  });
  // A concept shows in one theme only: a bundle ("TypeScript, PostgreSQL or JavaScript") is a new line holding
  // members that mixKinds may offer to another theme as their own line.
  const used = new Set<string>();
  for (const t of themed)
    t.lines = t.lines.filter((l) => {
      if (l.members.some((m) => used.has(m.id))) return false;
      for (const m of l.members) used.add(m.id);
      return true;
    });
  const distinctive = distinctiveFound.map((d) => d.duty);
  // Two themes of one area (a psychiatrist's ward work and their interviews and reports, both "Clinical care") are
  // told apart: the lesser is named by its own lines.
  const names = new Set<string>();
  const themes: Theme[] = themed
    .filter((t) => t.lines.length >= 2)
    .map((t) => ({
      name: uniqueName(t.lines, scope, names),
      // Measured on the lines shown, after a duty or skill joined and named technologies were bundled.
      coherence: themeCoherence(t.lines, n, lookup),
      items: t.lines.map((l) => writeLine(l, listings, text(l))),
    }));

  const dutyLines = lines.filter((l) => l.kind === 'duty').slice(0, MAX_RESPONSIBILITIES);
  const skillLines = lines.filter((l) => l.kind === 'skill').slice(0, MAX_SKILLS);
  // Generic lines stay in the full lists, flagged, so a reader (and the headline) can tell them from the role's own.
  const generic = (l: Line) => isGeneric(l, n, options.background, { roles });
  const written = (l: Line) => {
    const item = writeLine(l, listings, text(l));
    return generic(l) ? { ...item, generic: true as const } : item;
  };
  const responsibilities = dutyLines.map(written);
  const skills = skillLines.map(written);
  const qualified = [...qualificationLines(listings), ...degreeSubjects(subjects, listings)].sort(
    (a, b) => b.item.count - a.item.count || cmp(a.item.text, b.item.text),
  );
  const qualifications = qualified.map((q) => q.item);

  // Everything the report lists is tested, and only that: a trend about a line the reader cannot find is a loose end.
  const trackables = [
    ...[...dutyLines, ...skillLines].map((l) => ({ text: text(l), listings: l.listings })),
    ...qualified.map((q) => ({ text: q.item.text, listings: q.listings })),
  ];
  const trends = computeTrends(listings, trackables, {
    by: options.by ?? 'year',
    ...(options.ranges ? { ranges: options.ranges } : {}),
  });

  const others = othersCount(options, roles);
  const profile: Omit<RoleProfile, 'headline'> = {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    role: withLabel(role, options.label),
    listings: {
      count: n,
      sources: sourceCounts(listings),
      dateRange: dateRange(listings),
      others,
      otherLanguages,
    },
    experience: statedExperience(listings),
    themes,
    distinctive,
    trends,
    responsibilities,
    skills,
    qualifications,
  };
  // Key order here is the JSON key order: schemaVersion, role, listings, headline, then the rest.
  return {
    schemaVersion: profile.schemaVersion,
    role: profile.role,
    listings: profile.listings,
    headline: writeHeadline(profile),
    experience: profile.experience,
    themes,
    distinctive,
    trends,
    responsibilities,
    skills,
    qualifications,
  };
}

/**
 * The text of a line: a topic's analyst line; for another duty the verb and object most of its listings use, else its
 * concept's label; for named tools and knowledge areas the names it bundles ("Python, SQL or R"); for a competence its
 * head's label ("Show commitment", not "Show commitment, Meet commitments or …").
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { buildLines } from './profile-lines.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }]);
 * const say = (duty: string) => [{ duty, concepts: ['dwa:recruit'] }];
 * const same = ['a', 'b', 'c'].map((id) => fixtureListing(id, [null], say('Hire and retain engineers')));
 * const [line] = buildLines(countConcepts(same, lookup), lookup, { minCount: 3 });
 * assert.equal(lineText(line, same), 'Hire and retain engineers');
 * // Listings that share no wording: the concept's label.
 * const varied = ['Hire engineers', 'Grow the team', 'Attract talent'].map((d, i) => fixtureListing(`v${i}`, [null], say(d)));
 * const [mixed] = buildLines(countConcepts(varied, lookup), lookup, { minCount: 3 });
 * assert.equal(lineText(mixed, varied), 'Recruit personnel');
 */
export function lineText(line: Line, listings: readonly ProfileListing[]): string {
  const head = line.members[0];
  if (!head) return '';
  if (
    line.kind === 'skill' &&
    line.members.every((m) => m.info.skillType === 'knowledge' || m.info.skillType === 'tool')
  ) {
    const names = [...new Set(line.members.map((m) => saidName(m, listings)))];
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  }
  // A competence or activity is named by its label less the words its listings do not say.
  const label = () => (isWork(head) ? workLabel(head, line, listings) : saidName(head, listings));
  if (line.kind === 'skill') {
    const modified = saidModifier(line, listings);
    return relationText(line) ?? (modified ? capitalizeFirst(modified) : label());
  }
  if (head.info.kind === 'topic')
    return topicText(line, listings, head.info.description ?? head.info.label, head.info.label);
  return relationText(line) ?? commonWording(line, listings) ?? label();
}

// A skill by the name its listings say: the taxonomy's other name where they say that one and not its label
// ("Change management" for ESCO's "alter management").
function saidName(member: ConceptStat, listings: readonly ProfileListing[]): string {
  return memberLabel(asSaid(member, listings));
}

// The member with the taxonomy's other name as its label, where its listings say that one (see saidOtherName).
function asSaid(
  member: ConceptStat,
  listings: readonly ProfileListing[],
  work = false,
): Pick<ConceptStat, 'info'> {
  const other = member.info.kind === 'skill' ? saidOtherName(member, listings, { work }) : null;
  return other ? { info: { ...member.info, label: other } } : member;
}

// A competence's or activity's label as its listings say it: the taxonomy's other name they say instead of it, the
// object they say of two the taxonomy offers, less the words they do not say.
function workLabel(member: ConceptStat, line: Line, listings: readonly ProfileListing[]): string {
  return saidLabel(
    memberLabel(asSaid(member, listings, true), (l) => saidAlternative(l, line, listings)),
    line,
    listings,
  );
}

// How many of the lines (most common first) a report may show: up to the last of the full lists' responsibilities and
// skills, and every line common enough for a theme.
function shownPrefix(lines: readonly Line[], coreCount: number): number {
  let end = 0;
  let duties = 0;
  let skills = 0;
  lines.forEach((l, i) => {
    const listed = l.kind === 'duty' ? ++duties <= MAX_RESPONSIBILITIES : ++skills <= MAX_SKILLS;
    if (listed || l.listings.length >= coreCount) end = i + 1;
  });
  return end;
}

/**
 * Gives each line a text no commoner line has: lines the listings word alike that did not merge, being different
 * things ("Build relationships" for business relationships, for trusted relationships and for building trust), are
 * told apart by the later ones' own concept names ("Trusted relationships", "Build trust"). Lines come most common
 * first; a line whose own name is taken too keeps its text.
 * @example
 * import type { Line } from './profile-lines.ts';
 * const line = (label: string) => ({ members: [{ info: { kind: 'topic', label } }] }) as unknown as Line;
 * const lines = [line('business relationships'), line('trusted relationships'), line('build trust')];
 * const texts = new Map<Line, string>();
 * distinctTexts(lines, (l) => texts.get(l) ?? 'Build relationships', (l, t) => texts.set(l, t));
 * assert.deepEqual(lines.map((l) => texts.get(l) ?? 'Build relationships'), ['Build relationships', 'Trusted relationships', 'Build trust']);
 */
export function distinctTexts(
  lines: readonly Line[],
  text: (line: Line) => string,
  rename: (line: Line, text: string) => void,
): void {
  const taken = new Set<string>();
  for (const line of lines) {
    const written = text(line);
    const head = line.members[0];
    if (taken.has(written.toLowerCase()) && head) {
      const own = memberLabel(head);
      if (!taken.has(own.toLowerCase())) {
        rename(line, own);
        taken.add(own.toLowerCase());
        continue;
      }
    }
    taken.add(written.toLowerCase());
  }
}

/**
 * A distinctive topic's text: the listings' own wording first; its mined description only where its verb is the
 * listings' too ("formulate timelines" is said by none of a tech leader's timeline sentences); else the verb at least
 * three employers write with the topic, however few of its listings; else the work a member of the line names ("Industry
 * trends": monitor technology trends); else the topic alone ("Timelines"). Where most listings name no employer, three
 * "employers" may be one employer's boilerplate in three wordings, so not their verb.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'topic:m', kind: 'topic', label: 'metrics', description: 'Identify metrics' }]);
 * // Three of 24 listings validate metrics: too few for the listings' common wording (15%), enough for a loose one.
 * const duties = ['Validate performance metrics daily', 'Then validate performance metrics', 'We validate performance metrics', ...Array.from({ length: 21 }, (_, i) => `Metrics ${i} matter`)];
 * const line = (company: (i: number) => string | undefined) => {
 *   const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null, 'ds', 'src', company(i)], [{ duty, concepts: ['topic:m'] }]));
 *   return dutyTopicText({ kind: 'duty', members: countConcepts(listings, lookup), listings: listings.map((_, i) => i) }, listings);
 * };
 * assert.equal(line((i) => `Co ${i}`), 'Validate performance metrics');
 * assert.equal(line(() => undefined), 'Metrics');
 */
export function dutyTopicText(line: Line, listings: readonly ProfileListing[]): string {
  const head = line.members[0]?.info;
  const said = topicWording(line, listings);
  if (said) return said;
  if (head?.description && saysDescriptionVerb(line, listings, head.description)) return head.description;
  const named = line.listings.filter((i) => listings[i]?.company?.trim()).length;
  const loose = 2 * named >= line.listings.length ? topicWording(line, listings, { minShare: 0 }) : null;
  if (loose) return loose;
  // The work a member names about the topic ("Industry trends": monitor technology trends), before the topic alone.
  const work = line.members.find((m, i) => i > 0 && isWork(m));
  return work
    ? workLabel(work, line, listings)
    : capitalizeFirst(saidModifier(line, listings) ?? head?.label ?? '');
}

/**
 * A theme's lines, then its spare lines up to the lines a theme shows; a named tool among those joins the theme's
 * bundle, when it was bundled ("TypeScript, Python, PostgreSQL or JavaScript"), and takes no room: a software
 * engineer's front-end work still shows beside backend and full-stack work.
 */
export function fillUp(themeLines: Line[], spare: readonly Line[], bundled: boolean): Line[] {
  let filled = themeLines;
  // A named tool that joins the bundle takes no room: the next spare line may follow it. So the bundle takes the
  // theme's named tools first ("Node.js" beside React and TypeScript), then the lines it has room for.
  const order = bundled ? [...spare.filter(isNamedLine), ...spare.filter((l) => !isNamedLine(l))] : spare;
  for (const line of order) {
    if (filled.length >= THEME_ITEMS) break;
    const next = [...filled, line];
    filled = bundled ? bundleNamed(next, 2) : next;
  }
  return filled;
}

// Named tools and knowledge areas of one theme read as one line with each member's share ("Python 80% · SQL 61%"),
// not as five lines of the same kind.
function bundleNamed(themeLines: readonly Line[], minLines = 3): Line[] {
  const named = themeLines.filter(isNamedLine);
  // A theme of named technologies only keeps them as its lines: bundled, it would be one line, not a theme.
  if (named.length < minLines || named.length === themeLines.length) return [...themeLines];
  const members = named.flatMap((l) => l.members).slice(0, MAX_BUNDLE);
  const bundle: Line = {
    kind: 'skill',
    members,
    listings: [...new Set(members.flatMap((m) => m.listings))].sort((a, b) => a - b),
  };
  const rest = themeLines.filter((l) => !named.includes(l));
  return [bundle, ...rest].sort((a, b) => b.listings.length - a.listings.length);
}

// A competency is what someone knows and what they do with it: a theme of only skills takes the duty that goes with
// it most (and the other way round), when one is still free and goes with it at all.
function mixKinds(
  themeLines: Line[],
  all: readonly Line[],
  n: number,
  lookup: ConceptLookup,
  coherence: number,
  scope: readonly CompetencyArea[],
): Line[] {
  const kinds = new Set(themeLines.map((l) => l.kind));
  if (kinds.size !== 1) return themeLines;
  const missing = kinds.has('skill') ? 'duty' : 'skill';
  let best: Line | null = null;
  // It must go with the theme nearly as well as the theme's lines go with each other: a loose duty would blur it.
  let bestScore = Math.max(0.15, 0.6 * coherence);
  // Nor may it belong to another competency area ("Build machine learning models" with Python and R).
  const area = linesArea(themeLines, scope);
  for (const cand of all.slice(0, 60)) {
    if (cand.kind !== missing) continue;
    const own = lineArea(cand, scope);
    // Nor, in a theme of one area, may a line of none join it by co-occurrence alone ("Show commitment" said by the
    // same employers as "Administer medicines").
    if (area && own !== area) continue;
    const score = themeLines.reduce((s, l) => s + association(l, cand, n, lookup), 0) / themeLines.length;
    if (score > bestScore) {
      bestScore = score;
      best = cand;
    }
  }
  return best ? [...themeLines.slice(0, 4), best] : themeLines;
}

/** Employers a line needs: fewer is their words, not the role's. */
const MIN_VOICES = 3;

// Whether a line is the role's, not one employer's: said by three employers at least, and by `min` listings with its
// largest employer's counted as one. Five listings of one care provider's "enjoy excellent career prospects" are its
// pitch, not a psychiatrist's work; 118 of one provider's 119 nurse listings asking to "support system users" are its
// template. A listing that names no employer is a voice of its own: nothing tells whose it is.
function saidByMany(line: Line, listings: readonly ProfileListing[], min: number): boolean {
  const employers = employerCounts(line, listings);
  let named = 0;
  let top = 1;
  for (const count of employers.values()) {
    named += count;
    top = Math.max(top, count);
  }
  const voices = employers.size + line.listings.length - named;
  return voices >= MIN_VOICES && line.listings.length - top + 1 >= min;
}

/**
 * The background's roles in the selection role's O*NET major group ("15" for a data scientist), less the selection's
 * own: its neighbours, against which a distinctive duty must be telling too. None without a code to compare.
 * @example
 * const background = { listings: 0, roles: {}, concepts: {}, roleCodes: { ds: '15-2051.00', swe: '15-1252.00', rn: '29-1141.00' } };
 * assert.deepEqual(kinRoles('15-2051.00', ['ds'], background), ['swe']);
 */
export function kinRoles(
  onetSoc: string | null,
  roles: readonly string[],
  background: ConceptBackground | undefined,
): string[] {
  const group = onetSoc?.slice(0, 2);
  if (!group || !background?.roleCodes) return [];
  return Object.entries(background.roleCodes)
    .filter(([slug, code]) => code.slice(0, 2) === group && !roles.includes(slug))
    .map(([slug]) => slug)
    .sort(cmp);
}

/** Share of listings up to which a distinctive duty is rare, and kept out of the themes. */
const RARE_SHARE = 0.12;

// The stems of the role title's words ("registered", "nurse"), in order; none for a selection of no one role.
function titleStems(role: RoleProfile['role']): string[] {
  if (!role.slug) return [];
  return (role.label.toLowerCase().match(/[a-z]+/g) ?? []).map(stemCached);
}

/** Least share of a field's evidence sentences that must name a degree for the field to be a degree's subject. */
const DEGREE_SUBJECT = 0.5;

// Whether a knowledge line is said mostly as a degree's subject (its first 200 sentences).
function isDegreeSubject(line: Line, listings: readonly ProfileListing[]): boolean {
  const head = line.members[0];
  if (line.kind !== 'skill' || head?.info.skillType !== 'knowledge') return false;
  const sentences = headSentences(line, listings);
  return sentences.length > 0 && sentences.filter(saysDegree).length / sentences.length >= DEGREE_SUBJECT;
}

// The degree subjects as one qualification line, each field a member with its own count ("Computer science 63% ·
// Mathematics 47%"); none when no field is one.
function degreeSubjects(
  subjects: readonly Line[],
  listings: readonly ProfileListing[],
): { item: ProfileItem; listings: number[] }[] {
  if (subjects.length === 0) return [];
  const union = unionSorted(subjects.map((l) => l.listings));
  const line: Line = { kind: 'skill', members: subjects.flatMap((l) => l.members), listings: union };
  // One field names itself ("Degree in Computer science"); several show as members with their counts.
  const names = [...new Set(subjects.map((l) => memberLabel(l.members[0] as ConceptStat)))];
  const text = names.length === 1 ? `Degree in ${names[0]}` : 'Degree subjects';
  return [{ item: { ...writeLine(line, listings, text), kind: 'qualification' }, listings: union }];
}

/**
 * Whether a line's concept names the occupation itself ("provide professional care in nursing", "establish nursing
 * policies" for a registered nurse): the role's own work said in general, high in lift against other roles only
 * because no other role has that name. It may be a common line, never a distinctive duty.
 */
function namesTheOccupation(line: Line, occupation: string | null): boolean {
  if (occupation === null) return false;
  return line.members.some((m) =>
    (
      memberLabel(m)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).some((w) => stemCached(w) === occupation),
  );
}

/**
 * Whether a corpus topic is about the role itself: its subject is a word of the role's title ("nursing service",
 * "nursing practices" for a registered nurse). Every listing of the role speaks of it in some words, so its links by
 * meaning land on any sentence about the work ("1,270 of 4,208 nurse listings" for "Develop nursing services", quoting
 * "a public health nursing service") and it tells nothing the role's name does not. Taxonomy concepts name a specific
 * work ("Plan nursing care") and stay.
 */
function namesTheRole(stat: ConceptStat, lookup: ConceptLookup, title: ReadonlySet<string>): boolean {
  if (stat.info.kind !== 'topic' || title.size === 0) return false;
  const subject = lookup.subject?.(stat.id);
  return subject !== undefined && title.has(stemCached(subject));
}

// A theme's name from its first lines: their competency area, or their own names where an earlier theme took the
// area's ("Interview patients & discharge" beside "Clinical care").
function uniqueName(
  themeLines: readonly Line[],
  scope: readonly CompetencyArea[],
  taken: Set<string>,
): string {
  const names = themeLines.slice(0, 3).map((l) => lineName(l, scope));
  let name = themeName(names, scope);
  if (taken.has(name)) name = themeName(names, []);
  taken.add(name);
  return name;
}

function othersCount(options: ProfileOptions, roles: readonly string[]): number | null {
  if (!options.background && !options.store) return null;
  let total = options.store?.listings ?? 0;
  if (options.background) {
    total += options.background.listings;
    for (const r of roles) total -= options.background.roles[r] ?? 0;
  }
  return total;
}

function withLabel(role: RoleProfile['role'], label: string | undefined): RoleProfile['role'] {
  // A label names a hand-picked set of listings: the majority role's codes would claim more than the label does.
  return label ? { slug: role.slug, label, onetSoc: null, escoOccupation: null } : role;
}

function majorityRole(listings: readonly ProfileListing[]): RoleProfile['role'] {
  const counts = new Map<string, { n: number; role: NonNullable<ProfileListing['role']> }>();
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

function sourceCounts(listings: readonly ProfileListing[]): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const l of listings) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
    .map(([source, count]) => ({ source, count }));
}

function dateRange(listings: readonly ProfileListing[]): { from: string | null; to: string | null } {
  const dates = listings
    .map((l) => l.postedAt)
    .filter((d): d is string => !!d)
    .sort(cmp);
  return { from: dates[0] ?? null, to: dates.at(-1) ?? null };
}
