/**
 * Sentence-level ranking for whole listings: adds the skills a listing describes in other words to the literal
 * mentions, each backed by the sentence it came from. Fits the `ranker` seam of `skillsComponent`.
 * @module
 */
import type { Section, SkillMention } from '../../analyzed-listing.ts';
import { splitSentencesWithOffsets } from '../../sentences.ts';
import { markNeed, NON_SKILL_SECTIONS, sectionAt } from '../mark-need.ts';
import type { SkillRanker } from './rank-skills.ts';

// Kept so `rank/index.ts` keeps exporting them; the splitter itself lives in `analyze/sentences.ts`.

/** Options for {@link listingSkillRanker}. */
export interface ListingRankOptions {
  /** Keep a ranked skill when its calibrated probability is at least this (default 0.5). */
  minScore?: number;
  /** Skills considered per sentence (default 3). */
  perSentence?: number;
}

/**
 * Makes a function that merges sentence-ranked skills into a listing's literal mentions: literal mentions keep their
 * spans and get the higher of the two scores; new skills are added with their sentence as evidence.
 * Sentences in about, benefits, compensation, legal and apply sections are skipped when sections are given.
 * @example
 * const component = skillsComponent(loadTaxonomy(), { ranker: listingSkillRanker(loadRanker()) });
 */
export function listingSkillRanker(
  ranker: SkillRanker,
  options: ListingRankOptions = {},
): (text: string, literal: SkillMention[], sections?: readonly Section[]) => SkillMention[] {
  const minScore = options.minScore ?? 0.5;
  const perSentence = options.perSentence ?? 3;
  return (text, literal, sections) => {
    const byUri = new Map(literal.map((m) => [m.uri, { ...m, spans: [...m.spans] }]));
    for (const s of splitSentencesWithOffsets(text)) {
      const words = s.text.split(/\s+/).length;
      if (words < 3 || words > 80) continue;
      const section = sectionAt(sections, s.start);
      if (section && NON_SKILL_SECTIONS.has(section.kind)) continue;
      for (const r of ranker.rank(s.text, perSentence)) {
        if (r.score < minScore) continue;
        const found = byUri.get(r.uri);
        if (found) {
          found.score = Math.max(found.score, r.score);
          continue;
        }
        byUri.set(r.uri, {
          uri: r.uri,
          label: r.label,
          type: r.type,
          score: r.score,
          need: markNeed(text, s.start, s.end, sections),
          spans: [{ start: s.start, end: s.end, text: s.text }],
        });
      }
    }
    return [...byUri.values()].sort(
      (a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0),
    );
  };
}
