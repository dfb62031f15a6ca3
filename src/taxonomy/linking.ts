/**
 * The concept linker's curated word lists (data/lexicon/linking.json) and the checks built on them: how much of a
 * concept label's domain a sentence says (coverage), whether a sentence announces the vacancy, whether the employer
 * describes itself, and which words are the employer's own name.
 * @module
 */
import { readFileSync } from 'node:fs';
import { memoizeString } from '../memoize.ts';
import { loadLexicon } from './lexicon.ts';
import { isStopWord, stemCached, wordNorms } from './tokenize.ts';

/** The linker reads both curated lexicons: the nominalizations (people nouns, verbs) and its own lists. */
export { loadLexicon };

/** The linking lists as the code uses them. */
export interface LinkingLexicon {
  /** Stemmed label words that name no domain of their own. */
  labelNoise: ReadonlySet<string>;
  /** Stem of a label word → stems of words a sentence may use for it. */
  neighbours: ReadonlyMap<string, readonly string[]>;
  vacancy: readonly RegExp[];
  /** The employer's hiring process or legal notices: no links at all. */
  hiringProcess: readonly RegExp[];
  blurb: readonly RegExp[];
  /** A sentence that offers the candidate something (support, training, a pitch question): no duty, no link. */
  offer: readonly RegExp[];
  /** Lower-case company-name words too common to hide a skill. */
  companyWords: ReadonlySet<string>;
  /** A verb done to people → the verb of the duty it means ("attract" talent → "recruit"). */
  verbSynonyms: ReadonlyMap<string, string>;
  /** "work with product management": colleagues named after a verb of working together. */
  partner: RegExp;
}

let linking: LinkingLexicon | null = null;

/**
 * The linking lists, read once.
 * @example
 * assert.ok(loadLinkingLexicon().vacancy.length > 0);
 */
export function loadLinkingLexicon(): LinkingLexicon {
  if (!linking) {
    const raw = JSON.parse(
      readFileSync(new URL('../../data/lexicon/linking.json', import.meta.url), 'utf8'),
    ) as {
      labelNoise: string[];
      neighbours: Record<string, string[]>;
      vacancy: string[];
      hiringProcess: string[];
      blurb: string[];
      offer: string[];
      companyWords: string[];
      verbSynonyms: Record<string, string>;
      partner: string;
    };
    const neighbours = new Map<string, string[]>();
    for (const [w, ns] of Object.entries(raw.neighbours)) {
      const key = stemCached(w);
      neighbours.set(key, [...(neighbours.get(key) ?? []), ...ns.map((n) => stemPhrase(n))]);
    }
    linking = {
      labelNoise: new Set(raw.labelNoise.map((w) => stemCached(w))),
      neighbours,
      vacancy: raw.vacancy.map((p) => new RegExp(p, 'i')),
      hiringProcess: raw.hiringProcess.map((p) => new RegExp(p, 'i')),
      blurb: raw.blurb.map((p) => new RegExp(p, 'i')),
      offer: raw.offer.map((p) => new RegExp(p, 'i')),
      companyWords: new Set(raw.companyWords),
      verbSynonyms: new Map(
        Object.entries(raw.verbSynonyms).flatMap(([k, v]) => [
          [k, v],
          [stemCached(k), v],
        ]),
      ),
      partner: new RegExp(raw.partner, 'gi'),
    };
  }
  return linking;
}

/** Stems of a phrase's words, joined by spaces. */
function stemPhrase(text: string): string {
  return wordNorms(text)
    .map((w) => stemCached(w))
    .join(' ');
}

/**
 * The domain words of a concept label (stems): its content words less its verb (the first word of an activity or
 * competence label), stop words, people nouns, head nouns that name no subject, and label noise. Empty when the label
 * is named by its verb alone ("Hire personnel.").
 * @example
 * assert.deepEqual(labelDomain('Teach health management classes.', true), ['health', 'manag', 'class']);
 * assert.deepEqual(labelDomain('Hire personnel.', true), []);
 */
export function labelDomain(label: string, startsWithVerb: boolean): string[] {
  return (startsWithVerb ? verbLabelDomain : plainLabelDomain)(label);
}

// Asked for every weak link of every statement: computed once per label.
const verbLabelDomain = memoizeString((label) => computeLabelDomain(label, true), 100_000);
const plainLabelDomain = memoizeString((label) => computeLabelDomain(label, false), 100_000);

function computeLabelDomain(label: string, startsWithVerb: boolean): string[] {
  const lex = loadLexicon();
  const lists = loadLinkingLexicon();
  const words = wordNorms(label).filter((w) => /[a-z0-9]/.test(w));
  const out: string[] = [];
  words.forEach((w, i) => {
    if (i === 0 && startsWithVerb) return;
    if (isStopWord(w) || w === 'or' || lex.people.has(w) || lex.generic.has(w)) return;
    const s = stemCached(w);
    if (lists.labelNoise.has(s) || s.length < 2) return;
    if (!out.includes(s)) out.push(s);
  });
  return out;
}

/**
 * The share (0–1) of a label's domain words that a sentence says, by stem or by a listed neighbour; 1 when the label
 * has no domain words.
 * @example
 * assert.equal(labelCoverage('Assist healthcare practitioners during surgery.', true, 'Assisting consultants during clinics'), 0);
 * assert.equal(labelCoverage('Manage budgets.', true, 'Own the engineering budget'), 1);
 */
export function labelCoverage(label: string, startsWithVerb: boolean, sentence: string): number {
  const { stems, have, text } = sentenceStems(sentence);
  const neighbours = loadLinkingLexicon().neighbours;
  const says = (d: string): boolean =>
    have.has(d) ||
    (neighbours.get(d) ?? []).some((n) => (n.includes(' ') ? text.includes(` ${n} `) : have.has(n)));
  const domain = labelDomain(label, startsWithVerb);
  if (domain.length === 0) return startsWithVerb ? (saysVerb(label, stems, says) ? 1 : 0) : 1;
  let hit = domain.filter(says).length;
  // A generic head the sentence repeats ("systems" in "Analyze security of systems …") backs the link; one it
  // leaves out costs nothing.
  const generic = genericWords(label, startsWithVerb).filter((g) => have.has(g)).length;
  hit += generic;
  return hit / (domain.length + generic);
}

/** A sentence's word stems, as a set and as a spaced string; a component asks for one sentence many labels in a row. */
interface SentenceStems {
  stems: string[];
  have: Set<string>;
  text: string;
}

let lastSentence: { sentence: string; stems: SentenceStems } | null = null;

function sentenceStems(sentence: string): SentenceStems {
  if (lastSentence?.sentence === sentence) return lastSentence.stems;
  // "Work with product management" names colleagues, not a duty: their words are no domain.
  const stems = wordNorms(sentence.replace(loadLinkingLexicon().partner, ' ')).map((w) => stemCached(w));
  const out = { stems, have: new Set(stems), text: ` ${stems.join(' ')} ` };
  lastSentence = { sentence, stems: out };
  return out;
}

/**
 * Whether a sentence names the verb of a label named by its verb alone ("liaise with engineers", "lead others"): the
 * verb, its analyst noun ("leadership"), a neighbour, or a verb whose synonym it is ("grow the team" for "hire").
 */
function saysVerb(label: string, stems: readonly string[], says: (d: string) => boolean): boolean {
  const verb = (wordNorms(label)[0] ?? '').toLowerCase();
  if (verb === '') return true;
  const noun = loadLexicon().verbs.get(verb);
  if (says(stemCached(verb)) || (noun && says(stemCached(noun)))) return true;
  const synonyms = loadLinkingLexicon().verbSynonyms;
  return stems.some((s) => {
    const to = synonyms.get(s);
    return to !== undefined && to !== '' && stemCached(to) === stemCached(verb);
  });
}

/** Stems of the label's words that name no subject of their own (lexicon `generic`), verb excluded. */
function genericWords(label: string, startsWithVerb: boolean): string[] {
  return (startsWithVerb ? verbGenericWords : plainGenericWords)(label);
}

const verbGenericWords = memoizeString((label) => computeGenericWords(label, true), 100_000);
const plainGenericWords = memoizeString((label) => computeGenericWords(label, false), 100_000);

function computeGenericWords(label: string, startsWithVerb: boolean): string[] {
  const lex = loadLexicon();
  const words = wordNorms(label).filter((w) => /[a-z0-9]/.test(w));
  return [
    ...new Set(
      words.filter((w, i) => !(i === 0 && startsWithVerb) && lex.generic.has(w)).map((w) => stemCached(w)),
    ),
  ];
}

/**
 * Where a sentence announces the vacancy or offers the job: the duty it names after "to", or "" when it names none
 * (and for a sentence about the employer's hiring process or legal notices); null when it is no such sentence.
 * @example
 * assert.equal(vacancyDuty('We are looking for a nurse to provide leadership on our ward'), 'provide leadership on our ward');
 * assert.equal(vacancyDuty('Data Scientist Manager - Hiring in Burbank!'), '');
 * assert.equal(vacancyDuty('Hire and grow the team'), null);
 * assert.equal(vacancyDuty('To all recruitment agencies: we do not accept unsolicited agency resumes'), '');
 * assert.equal(vacancyDuty("compliance with federal, state and local recruitment and hiring laws"), '');
 * assert.equal(vacancyDuty('Recruit, motivate, and train data scientists'), null);
 */
export function vacancyDuty(sentence: string): string | null {
  const lexicon = loadLinkingLexicon();
  // "ManTech does not accept resumes from unsolicited recruiting firms" speaks of hiring, and asks no duty.
  if (lexicon.hiringProcess.some((r) => r.test(sentence))) return '';
  const m = lexicon.vacancy.map((r) => r.exec(sentence)).find((x) => x !== null);
  if (!m) return null;
  // "Recruit engineers to join our team" is a hiring duty, not an announcement.
  if (HIRING_DUTY.test(sentence.slice(0, m.index))) return null;
  const after = sentence.slice(m.index + m[0].length);
  const to = VACANCY_TO.exec(after);
  if (to) return (to[1] as string).trim();
  // "We are looking for someone with a passion for coaching, mentoring …": the qualities asked (not in an offer).
  if (!/look|seek|search|hir|recruit/i.test(m[0])) return '';
  const rest = /\b(?:who|with|that)\s+([\s\S]+)$/i.exec(after);
  return rest ? (rest[1] as string).trim() : '';
}

/** A hiring verb before an announcement pattern makes it a duty ("Hire engineers to join our team"). */
const HIRING_DUTY = /\b(?:hire|hiring|recruit|recruiting|attract|attracting|build|building|grow|growing)\b/i;
/** The duty after "to" in an announcement: not "to the CISO", "to join us", nor "to hire a leader". */
const VACANCY_TO =
  /\bto\s+(?!(?:the|a|an|our|your|their|its|his|her|you|us|them|join|talk|hear|apply|hire|recruit|appoint|add|welcome|find|meet)\b)([a-z][\s\S]*)$/i;

/**
 * Whether a sentence is the employer describing itself or its product ("We are a …", "Our platform …", "Acme is the
 * leading …"), given the employer's name when known.
 * @example
 * assert.ok(isCompanyBlurb('Our platform helps hospitals schedule staff'));
 * assert.ok(isCompanyBlurb('Acme builds AI tools for lawyers', 'Acme'));
 * assert.ok(!isCompanyBlurb('Build AI tools for lawyers'));
 */
export function isCompanyBlurb(sentence: string, company?: string | null): boolean {
  const s = sentence.trim();
  if (loadLinkingLexicon().blurb.some((r) => r.test(s))) return true;
  if (company) {
    const name = company.trim().toLowerCase();
    if (name.length > 1 && s.toLowerCase().startsWith(`${name} `)) return true;
  }
  return false;
}

/**
 * Whether a sentence offers the candidate something rather than asking it: support, supervision, training, a chance
 * to develop, a pitch question. Such a sentence is no duty or requirement, whatever section it stands in.
 * @example
 * assert.ok(isOffer('The post holder will receive managerial and clinical supervision'));
 * assert.ok(isOffer('Excellent opportunities for training and professional development'));
 * assert.ok(isOffer('Are you looking for a new challenge?'));
 * assert.ok(!isOffer('Provide clinical supervision to junior staff'));
 * assert.ok(!isOffer('Receive and triage referrals from GPs'));
 * assert.ok(!isOffer('Identify opportunities for collaborative development'));
 */
export function isOffer(sentence: string): boolean {
  const s = sentence.trim();
  return loadLinkingLexicon().offer.some((r) => r.test(s));
}

/**
 * The distinctive lower-case words of an employer's name: a skill named only by them is the employer, not a skill.
 * @example
 * assert.deepEqual([...companyNameWords('Redis Labs Inc.')], ['redis']);
 */
export function companyNameWords(company: string | null | undefined): Set<string> {
  const common = loadLinkingLexicon().companyWords;
  return new Set(wordNorms(company ?? '').filter((w) => /[a-z]/.test(w) && w.length > 1 && !common.has(w)));
}
