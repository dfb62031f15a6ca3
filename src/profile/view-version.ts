/**
 * The version of the profile's view of an analysis (toProfileListing): a content hash of the profile stage's code and
 * wording data, so that a view stored beside an analysis is cut again when, and only when, either changes.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { contentVersion, type VersionInputs, writeContentStamp } from '../content-version.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Every profile module, not only the projection's own: which links a view keeps follows the counting rules.
const INPUTS: VersionInputs = { folders: ['src/profile', 'data/wording'], prefix: 'view' };
/** The file, next to the compiled module in dist/, that remembers the version of the inputs it was built from. */
const STAMP = fileURLToPath(new URL('./VIEW_STAMP.json', import.meta.url));

let known: string | undefined;

/**
 * Returns `view-<12 hex>`, computed once per process.
 * @example
 * assert.match(viewVersion(), /^view-[0-9a-f]{12}$/);
 */
export function viewVersion(): string {
  known ??= contentVersion(INPUTS, ROOT, STAMP);
  return known;
}

/**
 * Writes the stamp {@link viewVersion} trusts (scripts/build-dist.mjs calls it for dist/).
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * writeViewStamp(join(mkdtempSync(join(tmpdir(), 'rp-view-')), 'VIEW_STAMP.json'));
 */
export function writeViewStamp(stamp: string = STAMP): void {
  writeContentStamp(INPUTS, ROOT, stamp);
}
