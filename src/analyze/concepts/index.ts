/**
 * Concept links: statements, skill mentions and topic variants linked to ESCO skills, O*NET activities and topics.
 * @module
 */
export {
  type ConceptsOptions,
  conceptsComponent,
  dedupeLinks,
  type TopicMatcher,
} from './concepts-component.ts';
