/**
 * The "statements" analyze component: duties and requirements of a listing, as written and canonicalized.
 * @module
 */
import { type AnalyzeComponent, ENGLISH_ONLY } from '../component.ts';
import { splitStatements } from './split-statements.ts';

/**
 * Creates the analyze component that writes `statements` from `text` and `sections`.
 * @example
 * const c = statementsComponent();
 * assert.deepEqual([c.name, c.reads, c.writes], ['statements', ['text', 'sections'], ['statements']]);
 */
export function statementsComponent(): AnalyzeComponent<'statements'> {
  return {
    name: 'statements',
    reads: ['text', 'sections'],
    writes: ['statements'],
    languages: ENGLISH_ONLY,
    run: (doc) => ({ statements: splitStatements(doc.text, doc.sections ?? []) }),
  };
}
