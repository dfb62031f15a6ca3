/**
 * The listings' common wording of a duty line: the verb and object most of its listings use ("Hire and retain
 * engineers"), built from the canonical statements the line counts, never one listing's sentence.
 * @module
 */
import type { ConceptLink, Statement } from '../analyze/index.ts';
import { baseVerb, labelHasVerb, verbClauses } from '../taxonomy/concepts/verb-clauses.ts';
import { competenceVerbs, loadTaxonomy, stemCached } from '../taxonomy/index.ts';
import { isStopWord } from '../taxonomy/tokenize.ts';
import type { ConceptStat } from './concept-stats.ts';
import { cmp } from './evidence.ts';
import type { Line } from './profile-lines.ts';
import type { ProfileListing } from './profile-listing.ts';
import { labelWords } from './wording-data.ts';

/** How common a wording must be to name a line (defaults in brackets). */
export interface WordingOptions {
  /** Share of the line's listings the verb + object must reach [0.2]. */
  minShare?: number;
  /** Distinct employers using it [3]. */
  minEmployers?: number;
}

// Words that open or pad an object without naming it, and words that end it.
const SKIP = new Set([
  'a',
  'an',
  'the',
  'our',
  'your',
  'their',
  'its',
  'his',
  'her',
  'all',
  'any',
  'this',
  'these',
  'new',
]);
const STOP = new Set([
  'and',
  'or',
  'to',
  'for',
  'with',
  'in',
  'on',
  'of',
  'across',
  'by',
  'from',
  'at',
  'as',
  'that',
  'which',
  'who',
  'while',
  'through',
  'within',
  'into',
  'including',
  'such',
  'using',
  'via',
  'so',
  'where',
  'when',
  'is',
  'are',
  'will',
]);
// Verbs that say nothing of the duty on their own: a line is not named "Ensure teams".
const LIGHT = new Set([
  'ensure',
  'work',
  'be',
  'have',
  'support',
  'help',
  'take',
  'provide',
  'make',
  'get',
  'do',
  'use',
  'play',
  'act',
  'serve',
  'join',
  'participate',
]);

interface Parsed {
  verb: string;
  second: string | null;
  object: string[];
}

/**
 * Parses a canonical statement ("Hire and retain world-class engineers across teams") into its verb, an optional
 * second verb joined by "and", and its object up to the first preposition, without leading praise ("world-class").
 * @example
 * assert.deepEqual(parseDuty('Hire and retain world-class engineers across teams'), { verb: 'hire', second: 'retain', object: ['engineers'] }); // praise is not the object
 */
export function parseDuty(canonical: string): Parsed | null {
  const words = canonical
    .toLowerCase()
    .replace(/[“”"()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "Hire, coach, and retain …": a verb list is split by verbClauses first; unsplit, its object is not known.
  if (/,$/.test(words[0] ?? '')) return null;
  const verb = words[0]?.replace(/[;:.]$/, '') ?? '';
  if (!/^[a-z][a-z-]+$/.test(verb)) return null;
  let i = 1;
  let second: string | null = null;
  if ((words[1] === 'and' || words[1] === '&') && words[2] && /^[a-z]+$/.test(words[2])) {
    second = words[2];
    i = 3;
  }
  const object: string[] = [];
  for (; i < words.length && object.length < 4; i++) {
    const raw = words[i] ?? '';
    const w = raw.replace(/[,;:.!?]+$/, '');
    if (object.length === 0 && (SKIP.has(w) || labelWords().padding.has(w))) continue;
    if (STOP.has(w) || !/^[a-z][a-z0-9/+&'-]*$/.test(w)) break;
    object.push(w);
    if (w !== raw) break;
  }
  return object.length > 0 ? { verb, second, object } : null;
}

/**
 * The common wording of a duty line, or null when its listings share none: the most used verb + object head among
 * its statements, with the second verb and the object's words when enough listings and employers share them too.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { buildLines } from './profile-lines.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'dwa:recruit', kind: 'activity', label: 'Recruit personnel.' }]);
 * const duties = ['Hire and retain engineers', 'Hire and retain senior engineers', 'Hire engineers', 'Grow the team'];
 * const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['dwa:recruit'] }]));
 * const [line] = buildLines(countConcepts(listings, lookup), lookup, { minCount: 3 });
 * assert.equal(commonWording(line, listings), 'Hire and retain engineers');
 * assert.equal(commonWording(line, listings, { minEmployers: 5 }), null); // four listings, four employers
 */
export function commonWording(
  line: Line,
  listings: readonly ProfileListing[],
  options: WordingOptions = {},
): string | null {
  const minShare = options.minShare ?? 0.15;
  const minEmployers = options.minEmployers ?? 3;
  const need = Math.max(3, Math.ceil(minShare * line.listings.length));
  // (listing, parsed) for each statement a member links to, one per listing and key.
  const byKey = new Map<string, { listings: Set<number>; employers: Set<string> }>();
  const add = (key: string, li: number) => {
    const e = byKey.get(key) ?? { listings: new Set<number>(), employers: new Set<string>() };
    e.listings.add(li);
    e.employers.add((listings[li]?.company ?? `#${li}`).trim().toLowerCase());
    byKey.set(key, e);
  };
  for (const m of line.members)
    for (const { listing } of m.links) {
      const l = listings[listing];
      if (!l) continue;
      for (const st of statementsOf(l, m.id)) {
        // "Hire, coach, and retain a team" says three duties on one object: each verb is parsed with it ("Hire and
        // retain engineers" parses as it is, keeping its verb pair).
        const whole = parseDuty(st.canonical);
        const parsed = whole ? [whole] : verbClauses(st.canonical).map(parseDuty);
        for (const p of parsed) {
          if (!p || LIGHT.has(p.verb)) continue;
          const head = p.object.at(-1) ?? '';
          add(`v:${p.verb} ${head}`, listing);
          add(`h:${p.verb}`, listing);
          if (p.second && !LIGHT.has(p.second)) add(`s:${p.verb} ${p.second} ${head}`, listing);
          add(`o:${p.verb} ${p.object.join(' ')}`, listing);
        }
      }
    }
  const ok = (key: string) => {
    const e = byKey.get(key);
    return e !== undefined && e.listings.size >= need && e.employers.size >= minEmployers;
  };
  const common = [...byKey.entries()].filter(([k]) => k.startsWith('v:') && ok(k));
  // A verb the line's concepts are named by ("mentor" for "mentor individuals") names it before a verb that only
  // shares its sentences ("Hire, mentor and retain engineers").
  const named = common.filter(([k]) =>
    line.members.some((m) => labelHasVerb(m.info.label, k.slice(2).split(' ')[0] ?? '')),
  );
  const bySize = (a: [string, { listings: Set<number> }], b: [string, { listings: Set<number> }]) =>
    b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]);
  let best = (named.length > 0 ? named : common).sort(bySize)[0];
  // Listings that use the line's own verb on varied objects ("hire engineers", "hire a team", "hire talent"): the verb
  // with its most common object.
  if (!best) {
    const verb = [...byKey.entries()]
      .filter(([k]) => k.startsWith('h:') && ok(k))
      .filter(([k]) => line.members.some((m) => labelHasVerb(m.info.label, k.slice(2))))
      .sort(bySize)[0]?.[0]
      .slice(2);
    const head = verb
      ? [...byKey.entries()].filter(([k]) => k.startsWith(`v:${verb} `)).sort(bySize)[0]
      : undefined;
    // The object too must be one several employers write, not one listing's adjective ("Develop aligned").
    if (head && head[1].listings.size * 3 >= need && head[1].employers.size >= 2) best = head;
  }
  if (!best) return null;
  const [verb, head] = best[0].slice(2).split(' ') as [string, string];
  // The fullest object most of them write, when two or more employers write it so.
  const object =
    [...byKey.entries()]
      .filter(
        ([k, e]) =>
          k.startsWith(`o:${verb} `) &&
          k.endsWith(` ${head}`) &&
          e.employers.size >= 2 &&
          e.listings.size * 2 >= need,
      )
      .sort((a, b) => b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]))[0]?.[0]
      .slice(verb.length + 3) ?? head;
  const pair = [...byKey.entries()]
    .filter(
      ([k, e]) =>
        k.startsWith(`s:${verb} `) &&
        k.endsWith(` ${head}`) &&
        e.employers.size >= 2 &&
        e.listings.size * 2 >= need,
    )
    .sort((a, b) => b[1].listings.size - a[1].listings.size || cmp(a[0], b[0]))[0];
  const verbs = pair ? `${verb} and ${pair[0].split(' ')[1]}` : verb;
  return analystLabel(`${verbs} ${object}`, undefined, true);
}

const PREPOSITIONS = new Set(['with', 'in', 'on', 'to', 'for', 'at', 'across', 'within', 'from', 'as']);

/**
 * A line's text as an analyst writes it, from a concept label or a verb + object: the plain subject where the verb
 * says nothing of the duty ("Perform data mining" → "Data mining"; a topic's "Work cloud infrastructures" →
 * its subject "Cloud infrastructure"), a knowledge area without its frame ("Principles of artificial intelligence" →
 * "Artificial intelligence"), O*NET's coordinations and purpose clauses cut to one reading ("Develop computer or
 * information security policies or procedures" → "Develop information security policies"), taxonomy qualifiers and
 * praise left out, the first letter capitalized. keepVerb keeps the verb of a wording the listings share. The rules
 * are data (data/wording/labels.json); idempotent.
 * @example
 * assert.equal(analystLabel('Perform data mining'), 'Data mining');
 * assert.equal(analystLabel('Perform data analysis'), 'Perform data analysis'); // an activity of its own
 * assert.equal(analystLabel('Manage budgets for appropriate resource allocation'), 'Manage budgets');
 * assert.equal(analystLabel('Work cloud infrastructures', 'cloud infrastructure'), 'Cloud infrastructure');
 * assert.equal(analystLabel('Build statistical modeling'), 'Statistical modeling');
 * assert.equal(analystLabel('Distribute computing'), 'Distributed computing');
 * assert.equal(analystLabel('Provide professional care in nursing'), 'Provide professional care in nursing');
 * assert.equal(analystLabel('principles of artificial intelligence'), 'Artificial intelligence');
 * assert.equal(analystLabel('Develop computer or information security policies or procedures'), 'Develop information security policies');
 * assert.equal(analystLabel('Develop software or computer applications'), 'Develop software applications');
 * assert.equal(analystLabel('Analyze security of systems, network, or data'), 'Analyze security of systems');
 * assert.equal(analystLabel('Analyze data to identify trends or relationships among variables'), 'Analyze data');
 * assert.equal(analystLabel('Apply technical communication skills'), 'Technical communication');
 * assert.equal(analystLabel('own management skills'), 'Management');
 * assert.equal(analystLabel('conduct ICT code review'), 'Conduct code review');
 * assert.equal(analystLabel('Build strong relationships'), 'Build relationships');
 * assert.equal(analystLabel('hire human resources'), 'Hire staff');
 * assert.equal(analystLabel('Work in teams'), 'Work in teams');
 * assert.equal(analystLabel('Work independently', 'independently'), 'Work independently');
 * assert.equal(analystLabel('Design websites or website applications'), 'Design websites');
 * assert.equal(analystLabel('conduct ICT code review', undefined, true), 'Conduct code review'); // the listings' verb
 * assert.equal(analystLabel('iOS'), 'iOS');
 */
export function analystLabel(text: string, subject?: string, keepVerb = false): string {
  const w = labelWords();
  let t = text
    .trim()
    .replace(/[.;]+$/, '')
    .replace(/\s+/g, ' ');
  const lower = () => t.toLowerCase();
  for (const frame of w.knowledgeFrames)
    if (lower().startsWith(`${frame} `) && t.length > frame.length + 1) t = t.slice(frame.length + 1);
  // Taxonomy qualifiers ("ICT") a reader does not say, unless they are the whole label.
  const kept = t.split(' ').filter((x) => !w.dropWords.has(x));
  if (kept.length > 0) t = kept.join(' ');
  // "Analyze data | to identify trends …": O*NET's purpose clause.
  const purpose = / (?:in order )?to (?!the\b|a\b|an\b)[a-z]+\b/.exec(t);
  if (purpose && t.slice(0, purpose.index).split(' ').length >= 2) t = t.slice(0, purpose.index);
  // "Manage budgets | for appropriate resource allocation": a long label's purpose or setting.
  const setting = / (?:for|about) /.exec(t);
  if (setting && t.split(' ').length >= 6 && t.slice(0, setting.index).split(' ').length >= 2)
    t = t.slice(0, setting.index);
  // "… systems, network, or data": a list reads as its first item.
  t = t.replace(/^(.*?\S),(?: [\w-]+){1,3},?(?: (?:or|and)(?: [\w-]+){1,3})$/, '$1');
  // "… policies or procedures": a trailing alternative.
  t = t.replace(/^((?:\S+ ){1,}\S+) or [\w-]+$/, '$1');
  // "computer or information security policies": one modifier, the less vague.
  // "websites or website applications": a plural noun before "or" is a whole object, and reads alone.
  t = t.replace(/\b([\w-]+) or ([\w-]+) ([\w-]+)/, (_, a: string, b: string, h: string) => {
    if (/[^s]s$/.test(a)) return a;
    return w.vagueModifiers.has(a.toLowerCase()) ? `${b} ${h}` : `${a} ${h}`;
  });
  // "Hire human resources": the taxonomy's phrase for people reads as the word a reader uses.
  const [first = '', ...object] = t.split(' ');
  const people = w.peopleObjects.get(object.join(' ').toLowerCase());
  if (people && w.peopleVerbs.has(first.toLowerCase())) t = `${first} ${people}`;
  const words = t.split(' ');
  const verb = (words[0] ?? '').toLowerCase();
  const next = (words[1] ?? '').toLowerCase();
  // "Work independently" says a manner, not a subject: it stays.
  const manner = words.length === 2 && /ly$/.test(next);
  // "Conduct code review": the object is an activity the verb carries out.
  const activity = w.activityObjects.has((words.at(-1) ?? '').toLowerCase());
  if (keepVerb || activity) {
    // The listings' own verb + object: they chose the verb.
  } else if (words.length >= 2 && w.subjectVerbs.has(verb) && !PREPOSITIONS.has(next) && !manner) {
    t = subject?.trim() ? subject.trim() : words.slice(1).join(' ');
  } else if (
    words.length >= 2 &&
    w.makeVerbs.has(verb) &&
    /[a-z]ing$/.test(words.at(-1) ?? '') &&
    !words.slice(1).some((x) => PREPOSITIONS.has(x.toLowerCase()))
  ) {
    // "Build statistical modeling": the object is an activity of its own; "Distribute computing" was
    // "distributed computing".
    t =
      words.length === 2 && verb.endsWith('e') && !w.subjectVerbs.has(verb)
        ? `${verb}d ${words[1]}`
        : words.slice(1).join(' ');
  }
  t = t
    .split(' ')
    .filter((x, i) => i === 0 || !w.padding.has(x.toLowerCase()))
    .join(' ')
    .replace(/^(?:an?|the|our|your|their) /i, '');
  // "technical communication skills": the skill is its subject; "own management skills" are one's own, not a duty to own.
  if (t.split(' ').length >= 2) t = t.replace(/^own (?=\S+ skills?$)/i, '').replace(/ skills?$/i, '');
  return /^[a-z]+[A-Z]/.test(t) ? t : t.charAt(0).toUpperCase() + t.slice(1);
}

// The statements of a listing that carry a concept: those whose span a link of that concept starts at.
function statementsOf(listing: ProfileListing, id: string): Statement[] {
  const starts = new Set(listing.concepts.filter((c) => c.id === id).map((c) => c.start));
  return listing.statements.filter((s) => starts.has(s.start) && s.section === 'responsibilities');
}

/**
 * The listings' common wording of a topic duty ("Scalability" → "Ensure scalability, reliability and security of
 * systems"): the verb most of its sentences put before the topic, the subjects they list beside it, and what it is
 * of or for, each part kept only where enough employers write it (WordingOptions), so no part is one listing's
 * words. Verbs are those that open ESCO competence labels. Null when the sentences share no verb.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'topic:s', kind: 'topic', label: 'scalability' }]);
 * const duties = ['Ensure the scalability and reliability of systems', 'Ensure scalability and reliability of our systems', 'We ensure reliability and scalability of the systems', 'Improve scalability'];
 * const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['topic:s'] }]));
 * const line = { kind: 'duty', members: countConcepts(listings, lookup), listings: [0, 1, 2, 3] } as const;
 * assert.equal(topicWording(line, listings), 'Ensure scalability and reliability of systems');
 * assert.equal(topicWording(line, listings.slice(0, 2)), null); // two employers
 * const grown = ['Develop your scalability skills', 'Develop scalability skills', 'Develop deep scalability expertise'];
 * const skilled = grown.map((duty, i) => fixtureListing(`g${i}`, [null], [{ duty, concepts: ['topic:s'] }]));
 * const asked = { kind: 'duty', members: countConcepts(skilled, lookup), listings: [0, 1, 2] } as const;
 * assert.equal(topicWording(asked, skilled), null); // the verb is the skills'
 * assert.equal(verbShare(asked, skilled, 'develop'), 0);
 */
export function topicWording(
  line: Line,
  listings: readonly ProfileListing[],
  options: WordingOptions = {},
): string | null {
  const head = line.members[0];
  if (head?.info.kind !== 'topic') return null;
  const minEmployers = options.minEmployers ?? 3;
  const need = Math.max(minEmployers, Math.ceil((options.minShare ?? 0.15) * line.listings.length));
  const topic = head.info.label.toLowerCase().split(/\s+/);
  const topicWord = topic.at(-1) ?? '';
  const topicHead = stemOf(topicWord);
  const verbs = competenceVerbs();
  const counts = new Map<string, Set<string>>();
  const add = (key: string, li: number) => {
    const e = counts.get(key) ?? new Set<string>();
    e.add((listings[li]?.company ?? `#${li}`).trim().toLowerCase());
    counts.set(key, e);
  };
  for (const { li, words, at } of topicMentions(head.links, listings, topicHead)) {
    const found = new Set<string>();
    // Where the mention starts: the topic's first word, or the first subject listed with it.
    let first = Math.max(0, at - topic.length + 1);
    // Beside the noun itself ("scalable" lists qualities, not subjects): the subjects listed with it ("performance,
    // scalability, and security") and what it is of or for ("scalability of our systems").
    if (bareWord(words[at]) === topicWord || bareWord(words[at]) === `${topicWord}s`) {
      const subject = (w: string | undefined): string | null => {
        const bare = bareWord(w);
        const ok = /^[a-z][a-z-]{3,}$/.test(bare) && !SKIP.has(bare) && !STOP.has(bare) && !verbs.has(bare);
        return ok && stemOf(bare) !== topicHead ? bare : null;
      };
      let last = at;
      for (let hops = 0; hops < 3; hops++) {
        let next = last + 1;
        let listed = /,$/.test(words[last] ?? '');
        if (/^(?:and|or|&)$/.test(words[next] ?? '')) [listed, next] = [true, next + 1];
        const said = listed ? subject(words[next]) : null;
        if (!said) break;
        found.add(`s:${said}`);
        last = next;
      }
      for (let hops = 0; hops < 3; hops++) {
        let prev = first - 1;
        let listed = false;
        if (/^(?:and|or|&)$/.test(words[prev] ?? '')) [listed, prev] = [true, prev - 1];
        if (/,$/.test(words[prev] ?? '')) listed = true;
        const said = listed ? subject(words[prev]) : null;
        if (!said) break;
        found.add(`s:${said}`);
        first = prev;
      }
      const prep = words[last + 1];
      if (prep === 'of' || prep === 'for')
        for (let k = last + 2; k < words.length && k < last + 6; k++) {
          const bare = bareWord(words[k]);
          if (SKIP.has(bare)) continue;
          if (/^[a-z][a-z-]{2,}$/.test(bare) && !STOP.has(bare)) found.add(`c:${prep} ${bare}`);
          break;
        }
    }
    // The verb: the nearest word before the mention that opens competence labels ("ensuring" for "ensure"), with
    // the words that join it to the topic ("stay abreast of"), articles and praise left out. None where the topic
    // names a competence ("develop your clinical assessment skills", "experience in budgeting"): the verb is its.
    const said = namesCompetence(words, at) ? -1 : first - 1;
    for (let k = said; k >= 0 && k >= first - 6; k--) {
      const w = words[k] as string;
      if (/[.;:!?,]$/.test(w) || labelWords().competenceNouns.has(bareWord(w))) break;
      const verb = baseVerb(bareWord(w), verbs);
      if (!verb) continue;
      if (LIGHT_TOPIC_VERBS.has(verb)) break;
      const gap = words
        .slice(k + 1, first)
        .map(bareWord)
        .filter((x) => x !== '' && !SKIP.has(x) && !labelWords().padding.has(x));
      found.add(`v:${[verb, ...gap].join(' ')}`);
      break;
    }
    for (const key of found) add(key, li);
  }
  const best = (prefix: string, limit: number): string[] =>
    [...counts.entries()]
      .filter(([key, e]) => key.startsWith(prefix) && e.size >= need)
      .sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))
      .slice(0, limit)
      .map(([key]) => key.slice(prefix.length));
  const [verb] = best('v:', 1);
  if (!verb) return null;
  const beside = best('s:', 2);
  const [of] = best('c:', 1);
  const listed =
    beside.length === 0
      ? head.info.label.toLowerCase()
      : `${[head.info.label.toLowerCase(), ...beside.slice(0, -1)].join(', ')} and ${beside.at(-1)}`;
  const text = `${verb} ${listed}${of ? ` ${of}` : ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A one-word topic with the word its listings put before it, where a fifth of its mentions open with that one word
 * ("Data extraction", "Performance metrics", "Product roadmap"): the bare word alone ("Extraction", "Metrics") tells a
 * reader less than the listings did. Null where no modifier is that common, or fewer than `minEmployers` employers
 * say it.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'topic:x', kind: 'topic', label: 'extraction' }]);
 * const duties = ['Own data extraction and cleaning', 'Automate data extraction', 'Data extraction from documents', 'Entity extraction'];
 * const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['topic:x'] }]));
 * const line = { kind: 'duty', members: countConcepts(listings, lookup), listings: [0, 1, 2, 3] } as const;
 * assert.equal(saidModifier(line, listings), 'data extraction');
 * assert.equal(saidModifier(line, listings.slice(1)), null); // two employers
 */
export function saidModifier(
  line: Line,
  listings: readonly ProfileListing[],
  options: WordingOptions = {},
): string | null {
  const head = line.members[0];
  if (head?.info.kind !== 'topic' || !/^[a-z][a-z-]+$/.test(head.info.label)) return null;
  const topicWord = head.info.label;
  const topicHead = stemOf(topicWord);
  const verbs = competenceVerbs();
  const said = new Map<string, { employers: Set<string>; mentions: number }>();
  let mentions = 0;
  for (const { li, listing: l, words, at } of topicMentions(head.links.slice(0, 400), listings, topicHead)) {
    mentions++;
    const before = words[at - 1] ?? '';
    const word = bareWord(before);
    // Only a word of the same phrase: none across a comma ("cleaning, extraction") or a list ("and extraction").
    if (!/^[a-z][a-z-]{2,}$/.test(before) || SKIP.has(word) || STOP.has(word) || verbs.has(word)) continue;
    if (baseVerb(word, verbs) || isStopWord(word) || stemOf(word) === topicHead) continue;
    const e = said.get(word) ?? { employers: new Set<string>(), mentions: 0 };
    e.employers.add((l.company ?? `#${li}`).trim().toLowerCase());
    e.mentions++;
    said.set(word, e);
  }
  const minEmployers = options.minEmployers ?? 3;
  const [best] = [...said.entries()]
    .filter(([, e]) => e.employers.size >= minEmployers)
    .sort((a, b) => b[1].mentions - a[1].mentions || cmp(a[0], b[0]));
  if (!best || best[1].mentions < MODIFIER_SHARE * mentions) return null;
  return `${best[0]} ${topicWord}`;
}

/** Share of a one-word topic's mentions one modifier must open for the line to carry it. */
const MODIFIER_SHARE = 0.2;

/**
 * The share of a line's evidence sentences (its head concept's first `limit` links) that say a verb in some form: how
 * far a topic's mined description ("Educate prospects") speaks the listings' language.
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'topic:p', kind: 'topic', label: 'prospects' }]);
 * const duties = ['Develop prospects through cold calling', 'Engage with prospects daily', 'Educating prospects on value', 'Qualify prospects'];
 * const listings = duties.map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['topic:p'] }]));
 * const line = { kind: 'duty', members: countConcepts(listings, lookup), listings: [0, 1, 2, 3] } as const;
 * assert.equal(verbShare(line, listings, 'educate'), 0.25);
 * assert.equal(verbShare(line, listings, 'sell'), 0);
 */
export function verbShare(
  line: Line,
  listings: readonly ProfileListing[],
  verb: string,
  limit = 200,
): number {
  const stem = stemCached(verb.toLowerCase());
  const sentences = headSentences(line, listings, limit);
  // A verb of the topic as a competence is not the topic's ("develop your clinical assessment skills").
  const head = line.members[0]?.info;
  const topicWord = head?.kind === 'topic' ? (head.label.toLowerCase().split(/\s+/).at(-1) ?? '') : '';
  const topicStem = stemOf(topicWord);
  const asCompetence = (words: readonly string[]) =>
    topicWord !== '' && words.some((w, i) => stemOf(w) === topicStem && namesCompetence(words, i));
  const says = sentences.filter((s) => {
    const words = s.toLowerCase().match(/[a-z]+/g) ?? [];
    return words.some((w) => stemCached(w) === stem) && !asCompetence(words);
  }).length;
  return sentences.length === 0 ? 0 : says / sentences.length;
}

/**
 * The sentences behind a line's head concept, from its first `limit` links (of those found `by` meaning or by phrase,
 * when given): what a check of the listings' own words reads (a sample: a line of thousands of listings need not be
 * read whole).
 * @example
 * import { countConcepts } from './concept-stats.ts';
 * import { fixtureListing, fixtureLookup } from './testing.ts';
 * const lookup = fixtureLookup([{ id: 'topic:p', kind: 'topic', label: 'prospects' }]);
 * const listings = ['Qualify prospects', 'Engage prospects'].map((duty, i) => fixtureListing(`l${i}`, [null], [{ duty, concepts: ['topic:p'] }]));
 * const line = { kind: 'duty', members: countConcepts(listings, lookup), listings: [0, 1] } as const;
 * assert.deepEqual(headSentences(line, listings, 1), ['Qualify prospects']);
 */
export function headSentences(
  line: Line,
  listings: readonly ProfileListing[],
  limit = 200,
  by?: ConceptLink['by'],
): string[] {
  const links = line.members[0]?.links ?? [];
  return (by ? links.filter(({ link }) => link.by === by) : links)
    .slice(0, limit)
    .map(({ listing, link }) => listings[listing]?.text.slice(link.start, link.end) ?? '');
}

// The sentences of a topic's links that say its head word, lower-cased and split into words, with where it stands.
function* topicMentions(
  links: ConceptStat['links'],
  listings: readonly ProfileListing[],
  topicHead: string,
): Generator<{ li: number; listing: ProfileListing; words: string[]; at: number }> {
  for (const { listing: li, link } of links) {
    const listing = listings[li];
    if (!listing) continue;
    const words = listing.text.slice(link.start, link.end).toLowerCase().split(/\s+/).filter(Boolean);
    const at = words.findIndex((w) => stemOf(bareWord(w)) === topicHead);
    if (at >= 0) yield { li, listing, words, at };
  }
}

// Competence verbs that say nothing of a topic on their own: "have scalability", "work on scalability".
const LIGHT_TOPIC_VERBS = new Set(['be', 'have', 'use', 'work']);

// Whether the topic word at `at` names a competence: a competence noun follows it ("clinical assessment skills").
function namesCompetence(words: readonly string[], at: number): boolean {
  return labelWords().competenceNouns.has(bareWord(words[at + 1]));
}

// A word without its punctuation.
function bareWord(w: string | undefined): string {
  return (w ?? '').replace(/[^a-z0-9-]/g, '');
}

// A crude stem for matching a topic's head word: plural and derivational endings off ("scalable" → "scalab").
function stemOf(w: string): string {
  return w.replace(/(?:ility|ilities|le|les|s|es)$/, '').replace(/ies$/, 'y');
}

// The share of a line's sentences that say a word (by stem); null when it has none.
function wordShare(line: Line, listings: readonly ProfileListing[]): ((w: string) => number) | null {
  const sentences = headSentences(line, listings).map(
    (s) => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).map(stemCached)),
  );
  if (sentences.length === 0) return null;
  return (w) => {
    const stem = stemCached(w.toLowerCase().replace(/[^a-z0-9]/g, ''));
    return sentences.filter((s) => s.has(stem)).length / sentences.length;
  };
}

/**
 * A work label offering two objects ("Design websites or web applications") as the one its listings say more: the
 * taxonomy's first is otherwise kept, and a tech leader's "building web applications" would read "Design websites".
 * Only a whole object before "or" (a plural noun); "Develop computer or information security policies" coordinates
 * modifiers, which analystLabel settles.
 * @example
 * const line = { members: [{ links: [0, 1].map((i) => ({ listing: i, link: { start: 0, end: 99 } })) }] } as unknown as Line;
 * const listings = ['Build web applications', 'PHP web-based applications'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidAlternative('Design websites or web applications', line, listings), 'Design web applications');
 * const sites = ['Design our websites', 'Update websites'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidAlternative('Design websites or web applications', line, sites), 'Design websites or web applications');
 * assert.equal(saidAlternative('Maintain policies or procedures', line, listings), 'Maintain policies or procedures');
 */
export function saidAlternative(label: string, line: Line, listings: readonly ProfileListing[]): string {
  const m = /^(\S+) ([\w-]*[^s\W]s) or ([\w-]+(?: [\w-]+){0,2})$/.exec(label);
  if (!m) return label;
  const share = wordShare(line, listings);
  if (!share) return label;
  const [, verb, first, second] = m as unknown as [string, string, string, string];
  const said = (object: string) => {
    const words = object.split(' ').filter((w) => w.length > 2);
    return words.reduce((t, w) => t + share(w), 0) / Math.max(1, words.length);
  };
  return said(second) > said(first) ? `${verb} ${second}` : label;
}

/**
 * The taxonomy's other name for a skill where its sentences say that name and not the preferred one: ESCO's "alter
 * management" is what listings call change management, its "footwear and leather goods marketing planning" their
 * marketing planning. A name is said by a sentence that holds every word of it that carries meaning. Null where the
 * preferred label is said (by one sentence in twenty), or no other name by half of the sentences.
 * @example
 * const stat = {
 *   id: 'http://data.europa.eu/esco/skill/06fa9997-1720-45e8-a0cf-ee3060049f8b', // alter management
 *   links: [0, 1, 2].map((i) => ({ listing: i, link: { start: 0, end: 99 } })),
 * } as unknown as ConceptStat;
 * const listings = ['Lead change management', 'Change management experience', 'Manage projects'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidOtherName(stat, listings), 'change management');
 * assert.equal(saidOtherName(stat, listings.slice(2)), null);
 * // A work by another work; a quality ("work under pressure" reads "Under pressure") is no other name for it.
 * const links = [0, 1].map((i) => ({ listing: i, link: { start: 0, end: 99 } }));
 * const meetings = { id: 'http://data.europa.eu/esco/skill/906c9e66-bdee-4f8e-93d7-88d9fcf39a0a', links } as unknown as ConceptStat;
 * const arranged = ['Arrange meetings for the team', 'Arrange meetings and minutes'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidOtherName(meetings, arranged), 'arrange meetings'); // ESCO: "fix meetings"
 * const stress = { id: 'http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d', links } as unknown as ConceptStat;
 * const pressed = ['Able to work under pressure', 'Work well under pressure'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidOtherName(stress, pressed), null); // ESCO: "cope with stress"
 */
export function saidOtherName(
  stat: Pick<ConceptStat, 'id' | 'links'>,
  listings: readonly ProfileListing[],
  options: { work?: boolean; limit?: number } = {},
): string | null {
  const limit = options.limit ?? 200;
  const concept = loadTaxonomy().byUri(stat.id);
  if (!concept || concept.altLabels.length === 0) return null;
  const sentences = stat.links
    .slice(0, limit)
    .map(({ listing, link }) => listings[listing]?.text.slice(link.start, link.end) ?? '')
    .map((t) => new Set((t.toLowerCase().match(/[a-z0-9+#]+/g) ?? []).map(stemCached)));
  if (sentences.length === 0) return null;
  const share = (name: string): number => {
    const words = (name.toLowerCase().match(/[a-z0-9+#]+/g) ?? [])
      .filter((w) => w.length > 1 && !isStopWord(w))
      .map(stemCached);
    if (words.length === 0) return 0;
    return sentences.filter((s) => words.every((w) => s.has(w))).length / sentences.length;
  };
  // The label as shown: its qualifier is no word of the name ("Python (computer programming)"). A work is named by
  // its verb: only where that is unsaid ("fix meetings", "interact verbally in Welsh") does another name stand for
  // it, and only another work ("arrange meetings", "speak Welsh"; not "under pressure" for "cope with stress"). A
  // label that opens with a verb is a work wherever it is shown.
  const shown = concept.label.replace(/\([^)]*\)/g, ' ');
  const verbs = competenceVerbs();
  const first = (name: string) => (name.toLowerCase().trim().split(/\s+/)[0] ?? '').trim();
  const isVerb = (name: string) => verbs.has(first(name));
  const work = options.work || isVerb(shown);
  if (share(work ? first(shown) : shown) >= UNSAID_WORD) return null;
  let best = '';
  let most = 0;
  // An acronym ("CBT", "CRM") is the label's short form, not another name: the label spelled out reads plainer.
  for (const name of concept.altLabels) {
    if (
      /^[A-Z0-9]{2,6}s?$/.test(name.trim()) ||
      (work && (!isVerb(name) || LIGHT_NAME_VERBS.has(first(name))))
    )
      continue;
    const said = share(name);
    if (said > most) [best, most] = [name, said];
  }
  return most >= SAID_OTHER_NAME ? best : null;
}

/** Verbs that leave a quality, not a work, once a line drops them: "be flexible", "work under pressure". */
const LIGHT_NAME_VERBS: ReadonlySet<string> = new Set(['be', 'have', 'work', 'show', 'demonstrate', 'enjoy']);
/** Share of a skill's sentences its other name must be said by to stand for it: most, or a narrower name ("Scrum" for
 * project management methodologies) would stand for the whole. */
const SAID_OTHER_NAME = 0.5;

/** Share of a line's sentences under which a word of a label's setting counts as unsaid. */
const UNSAID_WORD = 0.05;
/** Share of a line's sentences a modifier of its label's object must reach to stay: it is what tells the concept. */
const SAID_MODIFIER = 0.25;
/** Share of its sentences that must say the object's head noun before a modifier of it may go. */
const SAID_HEAD = 0.2;
/** Prepositions that end a label's object and open its setting ("Encourage patients | during therapeutic activities"). */
export const OBJECT_ENDS: ReadonlySet<string> = new Set(
  'of to for with in on between across within among about from by at into through using during including'.split(
    ' ',
  ),
);

/**
 * A work label (verb + object) without the words its listings do not say: the modifiers opening the object that
 * under a quarter of the line's sentences say, where the object's head noun is said ("Plan nursing care" for
 * occupational therapists, who plan care; nurses say "nursing"), and a setting none of whose words one in twenty say
 * ("Encourage patients during therapeutic activities"). The label is the taxonomy's; a reader should not be told the
 * listings ask for nursing when they do not.
 * @example
 * const line = { members: [{ links: [0, 1, 2].map((i) => ({ listing: i, link: { start: 0, end: 99 } })) }] } as unknown as Line;
 * const listings = ['Plan care for clients', 'Agree care plans', 'Plan and review care'].map((text) => ({ text }) as ProfileListing);
 * assert.equal(saidLabel('Plan nursing care', line, listings), 'Plan care');
 * assert.equal(saidLabel('Plan care', line, listings), 'Plan care');
 * assert.equal(saidLabel('carry out nursing care', line, listings), 'carry out care'); // the particle is the verb's
 */
export function saidLabel(label: string, line: Line, listings: readonly ProfileListing[]): string {
  const words = label.split(' ');
  if (words.length < 3) return label;
  const share = wordShare(line, listings);
  if (!share) return label;
  const content = (w: string) =>
    w.length > 2 && !OBJECT_ENDS.has(w.toLowerCase()) && !SKIP.has(w.toLowerCase());
  // A phrasal verb's particle is the verb's, not a modifier of its object ("carry out | wound care").
  const verb = PARTICLES.has((words[1] ?? '').toLowerCase()) ? 2 : 1;
  const at = words.findIndex((w, i) => i > verb && OBJECT_ENDS.has(w.toLowerCase()));
  const object = words.slice(verb, at < 0 ? undefined : at);
  let setting = at < 0 ? [] : words.slice(at);
  if (setting.length > 0 && setting.filter(content).every((w) => share(w) < UNSAID_WORD)) setting = [];
  const head = object.at(-1) ?? '';
  // Modifiers go from the front, up to the first one said ("information technology projects" keeps its compound)
  // or the first function word ("Work in teams", "Manage a team" keep theirs).
  let from = 0;
  if (object.length > 1 && share(head) >= SAID_HEAD)
    while (
      from < object.length - 1 &&
      content(object[from] as string) &&
      share(object[from] as string) < SAID_MODIFIER
    )
      from++;
  const kept = object.slice(from);
  return [...words.slice(0, verb), ...kept, ...setting].join(' ');
}

/** Particles of phrasal verbs in taxonomy labels ("carry out", "follow up", "set up"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'down', 'off']);
