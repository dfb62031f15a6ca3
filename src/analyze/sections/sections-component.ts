/**
 * The "sections" analyze component: splits each listing's clean text into typed sections.
 * @module
 */
import { type AnalyzeComponent, ENGLISH_ONLY } from '../component.ts';
import { type SplitSectionsOptions, splitSections } from './split-sections.ts';

/**
 * Creates the analyze component that writes `sections` from `text` (and `title`/`company`, to recognise a repeated title line and sentences about the company).
 * @example
 * const c = sectionsComponent();
 * assert.deepEqual([c.name, c.reads, c.writes], ['sections', ['text', 'title', 'company'], ['sections']]);
 */
export function sectionsComponent(
  options: Omit<SplitSectionsOptions, 'title' | 'company'> = {},
): AnalyzeComponent<'sections'> {
  return {
    name: 'sections',
    reads: ['text', 'title', 'company'],
    writes: ['sections'],
    languages: ENGLISH_ONLY,
    run: (doc) => ({
      sections: splitSections(doc.text, { ...options, title: doc.title, company: doc.company }),
    }),
  };
}
