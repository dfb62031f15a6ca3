/**
 * The shape of an analyze component: a named step that declares which listing fields it reads and writes.
 * @module
 */
import type { CleanListing } from '../clean/index.ts';
import type { AnalyzedListing } from './analyzed-listing.ts';

/** A listing part-way through analysis: clean fields plus whatever earlier components wrote. */
export type AnalyzeDoc = CleanListing & Partial<Pick<AnalyzedListing, AnalyzedField>>;

/** Fields an analyze component may write. */
export type AnalyzedField = 'language' | 'sections' | 'statements' | 'skills' | 'role' | 'concepts';

/** Fields a component may read: clean fields and analyzed ones. */
export type ReadableField = keyof AnalyzedListing;

/**
 * One analyze step, registered under a stable name used in config, logs and errors.
 * @example
 * const titleCase: AnalyzeComponent<'role'> = { name: 'role', reads: ['title'], writes: ['role'], run: () => ({ role: null }) };
 * assert.deepEqual(titleCase.run({} as AnalyzeDoc), { role: null });
 */
export interface AnalyzeComponent<W extends AnalyzedField = AnalyzedField> {
  name: string;
  reads: ReadableField[];
  writes: W[];
  /**
   * Languages (ISO 639-1) the component reads; absent, any. On a listing detected in another language it is not run
   * and writes its empty output: English word lists say nothing true of German text.
   */
  languages?: readonly string[];
  run(doc: AnalyzeDoc): Pick<AnalyzedListing, W>;
}

/** The languages of a component written for English text: its word lists, models and patterns are English. */
export const ENGLISH_ONLY: readonly string[] = ['en'];

/** Any one component, whatever it writes: the element type of a pipeline. */
export type AnyAnalyzeComponent = { [W in AnalyzedField]: AnalyzeComponent<W> }[AnalyzedField];
