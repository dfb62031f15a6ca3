/**
 * The analyze component that links a listing's sentences to concepts: each statement by meaning (encoder + catalog),
 * each skill mention and each literal topic variant by phrase.
 * @module
 */
import { labelHasVerb, peopleClauses, verbClauses } from '../../taxonomy/concepts/verb-clauses.ts';
import { type ConceptCatalog, type ConceptScore, namesSubject } from '../../taxonomy/index.ts';
import { loadLexicon } from '../../taxonomy/lexicon.ts';
import type { ConceptLink, Section, SectionKind } from '../analyzed-listing.ts';
import { type AnalyzeComponent, ENGLISH_ONLY } from '../component.ts';
import { sentenceAround, splitSentencesWithOffsets } from '../sentences.ts';
import { sectionAt } from '../skills/mark-need.ts';

/** Finds literal topic variants in a text (src/taxonomy/topics.ts `matchTopics`). */
export type TopicMatcher = (text: string) => { id: string; start: number; end: number }[];

/** Settings of {@link conceptsComponent}. */
export interface ConceptsOptions {
  /** Literal topic matcher; no phrase topics when absent. */
  matchTopics?: TopicMatcher | null;
  /** Least calibrated probability of a meaning link: low, so the profile can choose its own cut. @default 0.2 */
  minScore?: number;
  /** Meaning links per statement, at most. @default 3 */
  perStatement?: number;
  /** Nearest concepts considered per statement. @default 10 */
  candidates?: number;
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
  const perStatement = options.perStatement ?? 3;
  const candidates = options.candidates ?? 10;
  const matchTopics = options.matchTopics ?? null;
  const lexicon = loadLexicon();
  return {
    name: 'concepts',
    reads: ['text', 'sections', 'statements', 'skills'],
    writes: ['concepts'],
    languages: ENGLISH_ONLY,
    run(doc) {
      const links: ConceptLink[] = [];
      const sections = doc.sections ?? [];
      const statements = doc.statements ?? [];
      // Each statement, then each of its coordinated-verb clauses ("Hire, coach, and retain X" → "coach X"); a concept
      // keeps its best score over the statement and its clauses. A clause done to people ("Mentor junior engineers")
      // is also linked as "mentor people", taking from it only the concepts its verb names ("mentor individuals").
      const texts: string[] = [];
      const owner: number[] = [];
      const byVerb: (string | null)[] = [];
      statements.forEach((s, i) => {
        for (const t of [s.text, ...verbClauses(s.text)]) {
          texts.push(t);
          owner.push(i);
          byVerb.push(null);
          for (const p of peopleClauses(t, lexicon)) {
            texts.push(p.text);
            owner.push(i);
            byVerb.push(p.verb);
          }
        }
      });
      const near = catalog.nearestMany(
        texts.map((t) => catalog.encode(t)),
        candidates,
      );
      const best = statements.map(() => new Map<string, ConceptScore>());
      near.forEach((list, j) => {
        const m = best[owner[j] as number] as Map<string, ConceptScore>;
        const verb = byVerb[j];
        for (const n of list) {
          if (verb && !labelHasVerb(catalog.get(n.id)?.label ?? '', verb)) continue;
          const prev = m.get(n.id);
          if (!prev || n.score > prev.score) m.set(n.id, n);
        }
      });
      statements.forEach((s, i) => {
        const scored = [...(best[i] as Map<string, ConceptScore>).values()]
          .map((n) => ({ id: n.id, p: catalog.probability(n.score, n.kind) }))
          .filter((n) => n.p >= minScore)
          .sort((a, b) => b.p - a.p || (a.id < b.id ? -1 : 1))
          .slice(0, perStatement);
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
        for (const m of matchTopics?.(s.text) ?? [])
          links.push({
            id: m.id,
            score: TOPIC_PHRASE_SCORE,
            start: s.start,
            end: s.end,
            section: s.section,
            by: 'phrase',
          });
      });
      for (const m of doc.skills ?? []) {
        const span = m.spans[0];
        if (!span) continue;
        const sentence = sentenceAround(doc.text, span.start, span.end);
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
      if (matchTopics) links.push(...sectionTopicLinks(doc.text, sections, matchTopics));
      return { concepts: dedupeLinks(links) };
    },
  };
}

/** Literal topic links in every sentence of the responsibilities, requirements and preferred sections. */
function sectionTopicLinks(
  text: string,
  sections: readonly Section[],
  matchTopics: TopicMatcher,
): ConceptLink[] {
  const out: ConceptLink[] = [];
  for (const section of sections) {
    if (!TOPIC_SECTIONS.has(section.kind)) continue;
    for (const s of splitSentencesWithOffsets(text.slice(section.start, section.end))) {
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
