/**
 * The analyze component that links a listing's sentences to concepts: each statement by meaning (encoder + catalog),
 * each skill mention and each literal topic variant by phrase.
 * @module
 */
import { memoizeString } from '../../memoize.ts';
import { labelHasVerb, peopleClauses, verbClauses } from '../../taxonomy/concepts/verb-clauses.ts';
import {
  type ConceptCatalog,
  type ConceptScore,
  isNamedTopic,
  namesSubject,
  subjectStem,
  wordNorms,
} from '../../taxonomy/index.ts';
import * as linking from '../../taxonomy/linking.ts';
import { GENERIC } from '../../taxonomy/topics/topic-rules.ts';
import type { ConceptLink, Section, SectionKind } from '../analyzed-listing.ts';
import { type AnalyzeComponent, ENGLISH_ONLY } from '../component.ts';
import { sentenceAround, splitSentencesWithOffsets } from '../sentences.ts';
import { sectionAt } from '../skills/mark-need.ts';

/** Finds literal topic variants in a text (src/taxonomy/topics.ts `matchTopics`). */
export type TopicMatcher = (text: string) => { id: string; start: number; end: number }[];

/** Settings of {@link conceptsComponent}. */
export interface ConceptsOptions extends CoverageOptions {
  /** Literal topic matcher; no phrase topics when absent. */
  matchTopics?: TopicMatcher | null;
  /** Least calibrated probability of a meaning link: low, so the profile can choose its own cut. @default 0.2 */
  minScore?: number;
  /** Meaning links per statement, at most. @default 3 */
  perStatement?: number;
  /** Nearest concepts considered per statement. @default 10 */
  candidates?: number;
  /**
   * Least calibrated probability of a link whose subject the sentence lists and that `familySize` or more of its
   * nearest activities and competences share (see {@link familyLink}). @default 0.13
   */
  familyScore?: number;
  /** Fewest of the nearest activities and competences that must share a listed subject. @default 3 */
  familySize?: number;
}

/** Sections whose every sentence is searched for topic variants (statements are searched wherever they lie). */
const TOPIC_SECTIONS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'preferred']);
/** Score of a literal topic match: the variant is written out, but a topic word can still be used loosely. */
const TOPIC_PHRASE_SCORE = 0.9;

const round = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * The "concepts" component: reads text, sections, statements and skills; writes concept links sorted by start, then
 * descending score (then id), one link per concept and start (the best).
 * @example
 * import { loadConcepts, matchTopics } from '../../taxonomy/index.ts';
 * const c = conceptsComponent(loadConcepts(), { matchTopics });
 * assert.deepEqual([c.name, c.writes], ['concepts', ['concepts']]);
 */
export function conceptsComponent(
  catalog: ConceptCatalog,
  options: ConceptsOptions = {},
): AnalyzeComponent<'concepts'> {
  const minScore = options.minScore ?? 0.2;
  const familyScore = options.familyScore ?? 0.13;
  const familySize = options.familySize ?? 3;
  const perStatement = options.perStatement ?? 3;
  const candidates = options.candidates ?? 10;
  const matchTopics = options.matchTopics ?? null;
  const minCoverage = options.minCoverage ?? 0.65;
  const sureScore = options.sureScore ?? 0.75;
  const lexicon = linking.loadLexicon();
  const linkingLexicon = linking.loadLinkingLexicon();
  // Each statement asks about its ten nearest concepts, several times over, and a skill's entry is built anew per ask.
  const conceptOf = memoizeString((id) => catalog.get(id), 100_000);
  // "mentor people", "hire people": the same few clauses recur in listing after listing (read only, never changed).
  const clauseNearest = memoizeString((text) => catalog.nearest(catalog.encode(text), candidates), 10_000);
  /** Whether a concept's label starts with its verb: activities and competences are done, knowledge is known. */
  const verbFirst = (id: string): boolean => {
    const c = conceptOf(id);
    return c?.kind === 'activity' || c?.skillType === 'skill/competence';
  };
  /** Knowledge, tools and topics: what an employer's description of itself names is its own stack, not the ask. */
  const isField = (id: string): boolean => {
    const c = conceptOf(id);
    return !!c && (c.kind === 'topic' || c.skillType === 'knowledge' || c.skillType === 'tool');
  };
  return {
    name: 'concepts',
    reads: ['text', 'sections', 'statements', 'skills', 'company'],
    writes: ['concepts'],
    languages: ENGLISH_ONLY,
    run(doc) {
      const links: ConceptLink[] = [];
      // A statement is often also a sentence of its section, searched for topics again below.
      const topicsIn = matchTopics && memoizeString(matchTopics, 10_000);
      const sections = doc.sections ?? [];
      const statements = doc.statements ?? [];
      // Each statement, then each of its coordinated-verb clauses ("Hire, coach, and retain X" → "coach X"); a concept
      // keeps its best score over the statement and its clauses. A clause done to people ("Mentor junior engineers")
      // is also linked as "mentor people", taking from it only the concepts its verb names ("mentor individuals").
      const texts: string[] = [];
      const owner: number[] = [];
      const byVerb: (string | null)[] = [];
      const company = doc.company ?? null;
      const blurb = statements.map((s) => linking.isCompanyBlurb(s.text, company));
      // A vacancy announcement ("We are hiring a …", "join our team") links only the duty it names after "to".
      const linked = statements.map((s) => linking.vacancyDuty(s.text) ?? s.text);
      // A list statement keeps a link per duty to people in its items, up to 3, besides its own.
      const extra = statements.map(() => 0);
      linked.forEach((own, i) => {
        if (own === '') return;
        // List items ("team mentoring, hiring, and budgets") are searched for duties to people only: a fragment
        // linked by its meaning alone is too short to say much ("testing" is no A/B testing).
        const items = listItems(own);
        for (const t of [own, ...verbClauses(own), ...items]) {
          const whole = !items.includes(t);
          if (whole) {
            texts.push(t);
            owner.push(i);
            byVerb.push(null);
          }
          for (const p of peopleClauses(t, lexicon)) {
            if (!whole) extra[i] = Math.min((extra[i] as number) + 1, 3);
            texts.push(p.text);
            owner.push(i);
            byVerb.push(p.verb);
            // "attract and retain top talent" is recruiting: a verb's synonym names the duty too (data/lexicon).
            const synonym = linkingLexicon.verbSynonyms.get(p.verb.toLowerCase());
            if (synonym) {
              texts.push(`${synonym} people`);
              owner.push(i);
              byVerb.push(synonym);
            }
          }
        }
      });
      // A listing repeats clauses ("mentor people", a duty in two lists): each distinct text is searched once, and a
      // clause done to people, one of a few hundred, once for all listings.
      const clauses = new Set(texts.filter((_, j) => byVerb[j] !== null));
      const distinct = [...new Set(texts)].filter((t) => !clauses.has(t));
      const found = catalog.nearestMany(
        distinct.map((t) => catalog.encode(t)),
        candidates,
      );
      const byText = new Map(distinct.map((t, u) => [t, found[u] as ConceptScore[]]));
      for (const t of clauses) byText.set(t, clauseNearest(t));
      const near = texts.map((t) => byText.get(t) as ConceptScore[]);
      const best = statements.map(() => new Map<string, ConceptScore>());
      near.forEach((list, j) => {
        const m = best[owner[j] as number] as Map<string, ConceptScore>;
        const verb = byVerb[j];
        for (const n of list) {
          if (verb && !labelHasVerb(conceptOf(n.id)?.label ?? '', verb)) continue;
          const prev = m.get(n.id);
          if (!prev || n.score > prev.score) m.set(n.id, n);
        }
      });
      statements.forEach((s, i) => {
        const own = linked[i] as string;
        const ranked = [...(best[i] as Map<string, ConceptScore>).values()]
          .map((n) => ({ id: n.id, p: catalog.probability(n.score, n.kind) }))
          .sort((a, b) => b.p - a.p || (a.id < b.id ? -1 : 1));
        // A weak link needs the label's domain in the sentence: most of its words, or half of them with the word it
        // is about ("security" for "Implement security measures for computer or information systems").
        const saysDomain = (n: { id: string; p: number }): boolean => {
          if (n.p >= sureScore) return true;
          const coverage = linking.labelCoverage(conceptOf(n.id)?.label ?? '', verbFirst(n.id), own);
          if (coverage >= minCoverage) return true;
          const subject = catalog.subject(n.id);
          return coverage >= 0.5 && !!subject && namesSubject(own, subject);
        };
        // A named topic is linked by its words alone: they are generic ("culture", "ownership"), and the sentences
        // nearest them in meaning are mostly the employer's pitch ("a values-led culture").
        const scored = ranked
          .filter((n) => n.p >= minScore && !isNamedTopic(n.id))
          .filter((n) => !(blurb[i] && isField(n.id)))
          .filter(saysDomain)
          .slice(0, perStatement + (extra[i] as number));
        // "… ensure performance, scalability, and security": a subject listed among others leaves its concepts weak,
        // but when several of the nearest activities and competences share that subject, the best of them is what the
        // sentence says. Only a listed subject: named in passing ("standard of education") it is often another sense.
        if (!blurb[i]) {
          const listed = ranked.filter((n) => verbFirst(n.id));
          const kin = familyLink(
            listed,
            own,
            (id) => listedSubject(own, catalog.subject(id)),
            familyScore,
            familySize,
          );
          if (kin && !scored.some((n) => n.id === kin.id) && saysDomain(kin)) scored.push(kin);
        }
        for (const n of scored) {
          const link: ConceptLink = {
            id: n.id,
            score: round(n.p),
            start: s.start,
            end: s.end,
            section: s.section,
            by: 'meaning',
          };
          const subject = catalog.subject(n.id);
          if (subject && namesSubject(s.text, subject)) link.named = true;
          links.push(link);
        }
        if (!blurb[i])
          for (const m of topicsIn?.(s.text) ?? [])
            links.push({
              id: m.id,
              score: TOPIC_PHRASE_SCORE,
              start: s.start,
              end: s.end,
              section: s.section,
              by: 'phrase',
            });
      });
      // The employer's own name is no skill ("Redis" at Redis); its description of itself names no ask.
      const named = linking.companyNameWords(company);
      for (const m of doc.skills ?? []) {
        const span = m.spans[0];
        if (!span) continue;
        const said = wordNorms(doc.text.slice(span.start, span.end)).filter((w) => /[a-z0-9]/.test(w));
        if (said.length > 0 && said.every((w) => named.has(w))) continue;
        const sentence = sentenceAround(doc.text, span.start, span.end);
        if (isField(m.uri) && linking.isCompanyBlurb(sentence.text, company)) continue;
        const section = sectionAt(sections, sentence.start)?.kind ?? 'other';
        links.push({
          id: m.uri,
          score: m.score,
          start: sentence.start,
          end: sentence.end,
          section,
          by: 'phrase',
        });
      }
      if (topicsIn) links.push(...sectionTopicLinks(doc.text, sections, topicsIn, company));
      return { concepts: dedupeLinks(links) };
    },
  };
}

/**
 * The best of the nearest concepts (sorted best first) whose subject word the sentence names, when at least `size` of
 * them share that subject and it reaches `min`: a sentence naming "security" among other qualities lands near a
 * family of security concepts, none of them close, where a stray word lands near one. Null when there is none.
 * @example
 * const subject = (id: string) => ({ a: 'security', b: 'security', c: 'budgets' })[id];
 * const near = [{ id: 'c', p: 0.3 }, { id: 'a', p: 0.15 }, { id: 'b', p: 0.12 }];
 * assert.deepEqual(familyLink(near, 'scalability and security', subject, 0.1), { id: 'a', p: 0.15 });
 * assert.equal(familyLink(near, 'scalability and budgets', subject, 0.1), null); // one budget concept: no family
 * assert.equal(familyLink(near, 'scalability and security', subject, 0.2), null);
 */
export function familyLink<T extends { id: string; p: number }>(
  near: readonly T[],
  sentence: string,
  subjectOf: (id: string) => string | undefined,
  min: number,
  size = 2,
): T | null {
  const families = new Map<string, T[]>();
  for (const n of near) {
    const subject = subjectOf(n.id);
    if (subject === undefined || !namesSubject(sentence, subject)) continue;
    const family = families.get(subject) ?? [];
    family.push(n);
    families.set(subject, family);
  }
  let found: T | null = null;
  for (const family of families.values()) {
    const head = family[0] as T;
    if (family.length >= size && head.p >= min && (!found || head.p > found.p)) found = head;
  }
  return found;
}

/**
 * The subject when the text names it as an item of a list or coordination ("performance, scalability, and
 * security"; "on time and on budget"; "budgets, people and technology"), else undefined.
 * @example
 * assert.equal(listedSubject('ensure performance, scalability, and security', 'security'), 'security');
 * assert.equal(listedSubject('within agreed timelines and budgets', 'budgets'), 'budgets');
 * assert.equal(listedSubject('Good general standard of education', 'education'), undefined);
 */
export function listedSubject(text: string, subject: string | undefined): string | undefined {
  // "data", "problems", "reports": a word too common to say which of its many concepts is meant.
  if (subject === undefined || GENERIC.has(subject)) return undefined;
  const stem = subjectStem(subject);
  if (stem === null) return undefined;
  const { words, bare } = lowerWordsOf(text);
  const joins = (w: string | undefined) => w === 'and' || w === 'or' || w === '&';
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!(bare[i] as string).startsWith(stem)) continue;
    if (/,$/.test(w) || joins(words[i + 1]) || /,$/.test(words[i - 1] ?? '') || joins(words[i - 1]))
      return subject;
  }
  return undefined;
}

// A text's lower-cased words, and each less what precedes its first letter; listedSubject is asked about one sentence
// for each of its nearest concepts in a row.
let lastWords: { text: string; words: string[]; bare: string[] } | null = null;
function lowerWordsOf(text: string): { words: string[]; bare: string[] } {
  if (lastWords?.text !== text) {
    const words = text.toLowerCase().split(/\s+/);
    lastWords = { text, words, bare: words.map((w) => w.replace(/^[^a-z]+/, '')) };
  }
  return lastWords;
}

/** Settings of {@link conceptsComponent} that keep weak links by meaning honest. */
export interface CoverageOptions {
  /**
   * Least share of a concept label's domain words (src/taxonomy/linking.ts `labelCoverage`) that a statement must say
   * for a link by meaning under {@link CoverageOptions.sureScore}: "lean teams" says nothing of lean manufacturing.
   * @default 0.65
   */
  minCoverage?: number;
  /** Calibrated probability from which a link by meaning needs no label words. @default 0.75 */
  sureScore?: number;
}

/** Separators of list items: semicolons, bullets, and commas (an "and"/"or" may follow). */
const ITEM_SPLIT = /\s*(?:;|•|·|,\s*(?:and|or)?)\s+/;
/** An item that opens with a determiner continues a shared phrase ("recruiting, managing, developing, a data team"). */
const PHRASE_START = /^(?:a|an|the|our|your|their|its|this|these|all)\s/i;

/**
 * The items of a list statement ("Team mentoring, hiring, and budget ownership"), each searched as its own clause:
 * three items or more, none opening with a determiner; only items of at most eight words are returned.
 * @example
 * assert.deepEqual(listItems('team mentoring, hiring, and budget ownership'), ['team mentoring', 'hiring', 'budget ownership']);
 * assert.deepEqual(listItems('Experience recruiting, managing, developing, a data and tech team'), []);
 * assert.deepEqual(listItems('Hire and grow the team'), []);
 */
export function listItems(text: string): string[] {
  const items = text
    .split(ITEM_SPLIT)
    .map((t) => t.trim().replace(/[.!]+$/, ''))
    .filter((t) => t !== '');
  if (items.length < 3 || items.some((t) => PHRASE_START.test(t))) return [];
  return items.filter((t) => t.split(/\s+/).length <= 8);
}

/** Literal topic links in every sentence of the responsibilities, requirements and preferred sections but offers and the employer's blurb. */
function sectionTopicLinks(
  text: string,
  sections: readonly Section[],
  matchTopics: TopicMatcher,
  company: string | null,
): ConceptLink[] {
  const out: ConceptLink[] = [];
  for (const section of sections) {
    if (!TOPIC_SECTIONS.has(section.kind)) continue;
    for (const s of splitSentencesWithOffsets(text.slice(section.start, section.end))) {
      // An offer ("you will receive clinical supervision") names no ask, though it names a topic; nor does the
      // employer's description of itself ("We are committed to developing a culture …"), as in its statements.
      if (linking.isOffer(s.text) || linking.isCompanyBlurb(s.text, company)) continue;
      for (const m of matchTopics(s.text))
        out.push({
          id: m.id,
          score: TOPIC_PHRASE_SCORE,
          start: section.start + s.start,
          end: section.start + s.end,
          section: section.kind,
          by: 'phrase',
        });
    }
  }
  return out;
}

/**
 * One link per (id, start): the highest score (a meaning link wins a tie), sorted by start, descending score, id.
 * @example
 * const a = { id: 'x', score: 0.4, start: 0, end: 5, section: 'requirements', by: 'meaning' } as const;
 * assert.deepEqual(dedupeLinks([a, { ...a, score: 0.9, by: 'phrase' }]), [{ ...a, score: 0.9, by: 'phrase' }]);
 */
export function dedupeLinks(links: readonly ConceptLink[]): ConceptLink[] {
  const best = new Map<string, ConceptLink>();
  for (const l of links) {
    const key = `${l.id}\0${l.start}`;
    const prev = best.get(key);
    if (
      !prev ||
      l.score > prev.score ||
      (l.score === prev.score && l.by === 'meaning' && prev.by === 'phrase')
    )
      best.set(key, l);
  }
  return [...best.values()].sort(
    (a, b) => a.start - b.start || b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
