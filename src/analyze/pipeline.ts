/**
 * Chains analyze components, after checking that each one's reads were written by an earlier one.
 * @module
 */
import type { CleanListing } from '../clean/index.ts';
import { RoleprintError } from '../errors.ts';
import type { AnalyzedListing } from './analyzed-listing.ts';
import type { AnalyzeDoc, AnalyzedField, AnyAnalyzeComponent, ReadableField } from './component.ts';

/** Fields every CleanListing has before analysis starts. */
const CLEAN_FIELDS: ReadonlySet<string> = new Set<keyof CleanListing>([
  'id',
  'key',
  'source',
  'recordKey',
  'locator',
  'title',
  'titles',
  'company',
  'location',
  'url',
  'postedAt',
  'remote',
  'salary',
  'meta',
  'text',
  'contentHash',
]);

// Fields every pipeline must write; `language` is optional (a pipeline without it reads every listing as English).
const ANALYZED_FIELDS: AnalyzedField[] = ['sections', 'statements', 'skills', 'role', 'concepts'];

// What a component writes when it cannot read the listing's language: nothing found.
const EMPTY: { [F in AnalyzedField]: AnalyzedListing[F] } = {
  language: 'und',
  sections: [],
  statements: [],
  skills: [],
  role: null,
  concepts: [],
};

/**
 * True when a component can read a listing: it reads any language, or the listing's (English when undetermined).
 * @example
 * assert.equal(readsLanguage({ languages: ['en'] }, 'de'), false);
 * assert.equal(readsLanguage({ languages: ['en'] }, 'und'), true);
 */
export function readsLanguage(
  component: { languages?: readonly string[] },
  language: string | undefined,
): boolean {
  return (
    !component.languages || component.languages.includes(!language || language === 'und' ? 'en' : language)
  );
}

/** One row of `roleprint pipeline --explain`. */
export interface PipelineStep {
  name: string;
  reads: ReadableField[];
  writes: AnalyzedField[];
}

/**
 * Checks the order of components: throws when a component reads a field no earlier component writes,
 * when two write the same field, or when a field of AnalyzedListing is left unwritten.
 * @example
 * const a: AnalyzeComponent<'role'> = { name: 'role', reads: ['title'], writes: ['role'], run: () => ({ role: null }) };
 * assert.throws(() => checkPipeline([a]), /never written: sections/);
 */
export function checkPipeline(components: readonly AnyAnalyzeComponent[]): PipelineStep[] {
  const written = new Set<string>(CLEAN_FIELDS);
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name))
      throw new RoleprintError(
        'CONFIG',
        `Cannot build the analyze pipeline: component "${c.name}" appears twice`,
      );
    names.add(c.name);
    for (const r of c.reads) {
      if (!written.has(r)) {
        throw new RoleprintError(
          'CONFIG',
          `Cannot build the analyze pipeline: component "${c.name}" reads "${r}", which no earlier component writes; move the component that writes it before "${c.name}"`,
        );
      }
    }
    for (const w of c.writes) {
      if (written.has(w))
        throw new RoleprintError(
          'CONFIG',
          `Cannot build the analyze pipeline: "${w}" is written twice (by "${c.name}" and an earlier component)`,
        );
      written.add(w);
    }
  }
  const missing = ANALYZED_FIELDS.filter((f) => !written.has(f));
  if (missing.length > 0)
    throw new RoleprintError(
      'CONFIG',
      `Cannot build the analyze pipeline: never written: ${missing.join(', ')}`,
    );
  return components.map((c) => ({ name: c.name, reads: [...c.reads], writes: [...c.writes] }));
}

/**
 * Builds the function that analyzes one listing with the given components, checked once up front.
 * @example
 * import { defaultComponents } from './index.ts';
 * const analyze = createAnalyzer(await defaultComponents());
 * const analyzed = analyze({ id: 'a', title: 'CTO', titles: ['CTO'], company: null, text: 'Requirements\n- 5 years of Python' } as CleanListing);
 * assert.equal(analyzed.role?.role, 'cto');
 */
export function createAnalyzer(
  components: readonly AnyAnalyzeComponent[],
): (listing: CleanListing) => AnalyzedListing {
  checkPipeline(components);
  return (listing) => {
    let doc: AnalyzeDoc = { ...listing };
    for (const c of components) {
      if (readsLanguage(c, doc.language)) doc = { ...doc, ...c.run(doc) };
      else doc = { ...doc, ...Object.fromEntries(c.writes.map((w) => [w, EMPTY[w]])) };
    }
    return doc as AnalyzedListing;
  };
}
