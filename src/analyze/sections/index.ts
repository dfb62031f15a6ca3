/**
 * Sections: what part of a listing each sentence belongs to (about, responsibilities, requirements, …).
 * @module
 */
export { type HeadingMatch, matchHeading, normalizeHeading } from './match-heading.ts';
export { type KindScores, SECTION_KINDS, scoreSegment } from './score-segment.ts';
export { sectionsComponent } from './sections-component.ts';
export { bulletLength, type Segment, segmentText, splitSentences } from './segment-text.ts';
export {
  type LabelledSegment,
  labelSegments,
  type SplitSectionsOptions,
  splitSections,
} from './split-sections.ts';
