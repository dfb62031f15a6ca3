/**
 * A content hash of everything that decides an analysis: the analyze and taxonomy code and the compiled data.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { contentVersion, type VersionInputs, writeContentStamp } from '../content-version.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders whose content shapes an analysis (tests excluded). */
// data/lexicon (people nouns, verbs) and data/concepts (corpus topics) feed the concept linker.
const INPUTS: VersionInputs = {
  folders: [
    'src/analyze',
    'src/taxonomy',
    'data/taxonomy',
    'data/roles',
    'data/models',
    'data/lexicon',
    'data/concepts',
  ],
  prefix: 'analyze',
};

/** The file, next to the compiled module in dist/, that remembers the version of the inputs it was built from. */
const STAMP = fileURLToPath(new URL('./ANALYZER_STAMP.json', import.meta.url));

/**
 * Returns `analyze-<12 hex>`: the SHA-256 of the analyzer's code and data files, in sorted path order. A stamp
 * written at build time ({@link writeAnalyzerStamp}) answers it without reading the files, as long as none of them
 * changed size or modification time since.
 * @example
 * assert.match(analyzerVersion(), /^analyze-[0-9a-f]{12}$/);
 */
export function analyzerVersion(root: string = ROOT, stamp: string = STAMP): string {
  return contentVersion(INPUTS, root, stamp);
}

/**
 * Writes the stamp {@link analyzerVersion} trusts: the version of the inputs as they are now, with their fingerprint
 * (scripts/build-dist.mjs calls it for dist/).
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const stamp = join(mkdtempSync(join(tmpdir(), 'rp-stamp-')), 'ANALYZER_STAMP.json');
 * writeAnalyzerStamp(undefined, stamp);
 * assert.equal(analyzerVersion(undefined, stamp), analyzerVersion(undefined, `${stamp}.none`));
 */
export function writeAnalyzerStamp(root: string = ROOT, stamp: string = STAMP): void {
  writeContentStamp(INPUTS, root, stamp);
}
