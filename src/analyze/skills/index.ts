/**
 * The skills analyzer: links the phrases of a listing to ESCO skills and O*NET tools, with evidence spans,
 * scores and required/preferred marks. Its only door for other stages.
 * @module
 */
export { type Concept, loadTaxonomy, type Taxonomy } from '../../taxonomy/index.ts';
export { AMBIGUOUS_NAMES, type AmbiguousName, TECH_CUES } from './ambiguous-names.ts';
export {
  bioSpans,
  evaluateSpans,
  formatSpanReport,
  type PRF,
  readSkillSpan,
  type SpanReport,
  type SpanSentence,
} from './eval-spans.ts';
export {
  type ExtractOptions,
  extractSkillCandidates,
  extractSkills,
  type SkillCandidate,
  type SkillFeatures,
  scoreFeatures,
} from './extract-skills.ts';
export { LOW_INFORMATION_LABELS } from './low-information.ts';
export { markNeed, type Need, NON_SKILL_SECTIONS } from './mark-need.ts';
export { type MatchHow, matchPhrases, type PhraseMatch } from './match-phrases.ts';
export { type MatcherIndex, matcherIndex } from './matcher-index.ts';
export { type SkillMentionRanker, skillsComponent } from './skills-component.ts';
export {
  findSkillSpans,
  loadSpanTagger,
  SPAN_TAGS,
  type SpanTag,
  type SpanTaggerModel,
  type TaggedSpan,
  taggedSpans,
  tagTokens,
} from './span-tagger.ts';
