/**
 * The `language` component: the language a listing is written in, so that English-only components leave other
 * languages alone.
 * @module
 */
import { listingLanguage } from '../../clean/index.ts';
import type { AnalyzeComponent } from '../component.ts';

/**
 * Detects the listing's language from its title and text.
 * @example
 * const c = languageComponent();
 * assert.equal(c.run({ title: 'Remote', text: '' } as never).language, 'und');
 */
export function languageComponent(): AnalyzeComponent<'language'> {
  return {
    name: 'language',
    reads: ['title', 'text'],
    writes: ['language'],
    run: (doc) => ({ language: listingLanguage(doc) }),
  };
}
