/**
 * The shape of an analyze component: a named step that declares which listing fields it reads and writes.
 * @module
 */
import type { CleanListing } from '../clean/index.ts';
import type { AnalyzedListing } from './analyzed-listing.ts';

/** A listing part-way through analysis: clean fields plus whatever earlier components wrote. */
export type AnalyzeDoc = CleanListing & Partial<Pick<AnalyzedListing, AnalyzedField>>;

/** Fields an analyze component may write. */
export type AnalyzedField = 'sections' | 'statements' | 'skills' | 'role' | 'concepts';

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
  run(doc: AnalyzeDoc): Pick<AnalyzedListing, W>;
}

/** Any one component, whatever it writes: the element type of a pipeline. */
export type AnyAnalyzeComponent = { [W in AnalyzedField]: AnalyzeComponent<W> }[AnalyzedField];
