/**
 * The "extract skills" use case: the skills one document asks for, either as the literal matcher names them or
 * ranked by meaning (ESCO skills with calibrated scores, per document and per sentence). `roleprint extract`,
 * `roleprint eval skills` and the HTTP API all call {@link extractSkills}, so what is measured is what is served.
 * @module
 */
import {
  ENGLISH_ONLY,
  readsLanguage,
  type Section,
  type SkillMention,
  splitSentencesWithOffsets,
} from '../analyze/index.ts';
import { splitSections } from '../analyze/sections/index.ts';
import {
  extractSkills as findLiteralSkills,
  loadSpanTagger,
  loadTaxonomy,
  markNeed,
  type Need,
  type SpanTaggerModel,
  type Taxonomy,
} from '../analyze/skills/index.ts';
import {
  loadRanker,
  rankListingSkills,
  type SentenceSkills,
  type SkillRanker,
} from '../analyze/skills/rank/index.ts';
import { listingLanguage } from '../clean/index.ts';

/** One document to read. */
export interface ExtractSkillsInput {
  /** Echoed in the result. */
  id: string;
  text: string;
  /** The listing's title, which helps section detection (optional). */
  title?: string;
}

/** Options of {@link extractSkills}. */
export interface ExtractSkillsOptions {
  /**
   * Rank ESCO skills by meaning, sentence by sentence, with calibrated scores; otherwise only the skills and tools
   * the text names (literal matcher, heuristic scores).
   * @default false
   */
  rank?: boolean;
  /**
   * Skills kept per document and, with `perSentence`, per sentence.
   * @default 10 with `rank`, all without
   */
  top?: number;
  /**
   * Keep skills scoring at least this (with `rank`: the calibrated probability that the sentence asks for the skill).
   * @default 0
   */
  minScore?: number;
  /**
   * Find sections first, so benefits, about, legal and apply text is not skill evidence.
   * @default true
   */
  sections?: boolean;
  /**
   * Also give each sentence's own skills.
   * @default false
   */
  perSentence?: boolean;
  /** The taxonomy to match against (default: the committed one, loaded once per process). */
  taxonomy?: Taxonomy;
  /** The sentence ranker (default: the committed model, loaded once per process). */
  ranker?: SkillRanker;
  /**
   * With `rank`, the span tagger that narrows a described skill's evidence from its sentence to the tagged span that
   * links to it (default: the committed model; null: whole sentences).
   */
  tagger?: SpanTaggerModel | null;
}

/** A skill found in a document or sentence. */
export interface ExtractedSkill {
  /** ESCO URI (or O*NET / curated tool id). */
  uri: string;
  label: string;
  type: string;
  /** With `rank`, the calibrated probability that the text asks for the skill; otherwise the literal heuristic. */
  score: number;
  need: Need;
  /** Where the text names the skill, or, for a skill it only describes, the sentence that describes it. */
  spans: { start: number; end: number; text: string }[];
}

/** One sentence's skills (with `perSentence`). */
export interface SentenceExtract {
  start: number;
  end: number;
  text: string;
  skills: ExtractedSkill[];
}

/** The skills of one document. */
export interface ExtractSkillsResult {
  id: string;
  /**
   * The text's language (ISO 639-1; `und` when too short to tell). Skills are read from English only: a text in
   * another language gives none.
   */
  language: string;
  /** Best first: with `rank`, ESCO skills by calibrated score; otherwise skills and tools the text names. */
  skills: ExtractedSkill[];
  /** With `rank`: tools the text names, which the ranker does not score (literal heuristic scores). */
  tools?: ExtractedSkill[];
  /** With `perSentence`: each sentence that was read, with its own skills. */
  sentences?: SentenceExtract[];
}

/** `top` when `rank` is set and no `top` is given. */
export const DEFAULT_RANK_TOP = 10;

/**
 * Finds the skills of one document: literal matches, or with `rank` the ranked ESCO skills with calibrated scores
 * (`top` candidates, then `minScore`), per document and, with `perSentence`, per sentence.
 * @example
 * const r = extractSkills({ id: '1', text: 'Experience with Python and Django' }, { rank: true, top: 3, sections: false });
 * assert.equal(r.skills[0].label, 'Python (computer programming)');
 * assert.equal(r.skills.length, 3);
 */
export function extractSkills(
  input: ExtractSkillsInput,
  options: ExtractSkillsOptions = {},
): ExtractSkillsResult {
  const { text } = input;
  const language = listingLanguage({ title: input.title ?? null, text });
  // The word lists and models are English: on German text they find only the odd tool name ("Excel", "SAP").
  if (!readsLanguage({ languages: ENGLISH_ONLY }, language)) {
    const none: ExtractSkillsResult = { id: input.id, language, skills: [] };
    if (options.rank) none.tools = [];
    if (options.perSentence) none.sentences = [];
    return none;
  }
  const taxonomy = options.taxonomy ?? loadTaxonomy();
  const sections = options.sections === false ? undefined : splitSections(text, { title: input.title });
  const minScore = options.minScore ?? 0;
  const literal = findLiteralSkills(text, { taxonomy, sections });
  const keep = (list: ExtractedSkill[], top: number | undefined): ExtractedSkill[] => {
    const kept = list.filter((s) => s.score >= minScore);
    return top === undefined ? kept : kept.slice(0, top);
  };
  if (!options.rank) {
    const result: ExtractSkillsResult = { id: input.id, language, skills: keep(literal, options.top) };
    if (options.perSentence)
      result.sentences = literalSentences(text, literal).map((s) => ({
        ...s,
        skills: keep(s.skills, options.top),
      }));
    return result;
  }
  const top = options.top ?? DEFAULT_RANK_TOP;
  const tagger = options.tagger === undefined ? loadSpanTagger() : (options.tagger ?? undefined);
  const ranked = rankListingSkills(options.ranker ?? loadRanker(), text, literal, {
    k: top,
    sections,
    tagger,
  });
  const result: ExtractSkillsResult = {
    id: input.id,
    language,
    skills: keep(ranked.skills, top),
    tools: keep(ranked.tools, top),
  };
  if (options.perSentence)
    result.sentences = ranked.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      skills: keep(sentenceSkills(text, s, ranked.skills, sections), top),
    }));
  return result;
}

/**
 * A ranked sentence's skills as mentions: the document's evidence spans for the skill that lie in the sentence (a
 * literal or tagged span), else the whole sentence.
 */
function sentenceSkills(
  text: string,
  s: SentenceSkills,
  documentSkills: readonly SkillMention[],
  sections: readonly Section[] | undefined,
): ExtractedSkill[] {
  const need = markNeed(text, s.start, s.end, sections);
  return s.skills.map((r) => {
    const named = documentSkills
      .find((m) => m.uri === r.uri)
      ?.spans.filter((p) => p.start >= s.start && p.end <= s.end);
    const spans = named?.length ? named : [{ start: s.start, end: s.end, text: s.text }];
    return { uri: r.uri, label: r.label, type: r.type, score: r.score, need, spans };
  });
}

/** The literal mentions grouped by the sentence their spans lie in (every sentence, even one naming nothing). */
function literalSentences(text: string, literal: readonly SkillMention[]): SentenceExtract[] {
  return splitSentencesWithOffsets(text).map((s) => ({
    ...s,
    skills: literal.flatMap((m) => {
      const spans = m.spans.filter((p) => p.start >= s.start && p.end <= s.end);
      return spans.length ? [{ ...m, spans }] : [];
    }),
  }));
}
