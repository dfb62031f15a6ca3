/**
 * The "sections" analyze component: splits each listing's clean text into typed sections.
 * @module
 */
import type { AnalyzeComponent } from '../component.ts';
import { type SplitSectionsOptions, splitSections } from './split-sections.ts';

/**
 * Creates the analyze component that writes `sections` from `text` (and `title`, to recognise a repeated title line).
 * @example
 * const c = sectionsComponent();
 * assert.deepEqual([c.name, c.reads, c.writes], ['sections', ['text', 'title'], ['sections']]);
 */
export function sectionsComponent(
  options: Omit<SplitSectionsOptions, 'title'> = {},
): AnalyzeComponent<'sections'> {
  return {
    name: 'sections',
    reads: ['text', 'title'],
    writes: ['sections'],
    run: (doc) => ({ sections: splitSections(doc.text, { ...options, title: doc.title }) }),
  };
}
