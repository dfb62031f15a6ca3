/**
 * A content hash of the files in some folders: the version of what they decide (an analysis, a profile's view of
 * one), so that results stored under it are recomputed when, and only when, any of those files changes.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a version covers: folders under the root (test files excluded) and the prefix it is named with. */
export interface VersionInputs {
  folders: readonly string[];
  prefix: string;
}

function listFiles(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listFiles(p);
    return e.name.endsWith('.test.ts') ? [] : [p];
  });
}

function inputFiles(root: string, folders: readonly string[]): string[] {
  return folders
    .flatMap((d) => listFiles(join(root, d)))
    .map((p) => relative(root, p).split('\\').join('/'))
    .sort();
}

/** The inputs' paths, sizes and modification times: a few milliseconds to check, against ~0.1 s to hash them. */
function inputsFingerprint(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const rel of files) {
    const s = statSync(join(root, rel));
    hash.update(`${rel}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function hashInputs(root: string, files: readonly string[], prefix: string): string {
  const hash = createHash('sha256');
  for (const rel of files) {
    hash.update(rel);
    hash.update('\0');
    hash.update(readFileSync(join(root, rel)));
    hash.update('\0');
  }
  return `${prefix}-${hash.digest('hex').slice(0, 12)}`;
}

function readStamp(stamp: string): { inputs: string; version: string } | null {
  try {
    const s = JSON.parse(readFileSync(stamp, 'utf8')) as { inputs?: unknown; version?: unknown };
    return typeof s.inputs === 'string' && typeof s.version === 'string'
      ? { inputs: s.inputs, version: s.version }
      : null;
  } catch {
    return null;
  }
}

/**
 * Returns `<prefix>-<12 hex>`: the SHA-256 of the files under the folders, in sorted path order. A stamp written at
 * build time ({@link writeContentStamp}) answers it without reading the files, as long as none of them changed size
 * or modification time since.
 * @example
 * import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const root = mkdtempSync(join(tmpdir(), 'rp-content-'));
 * mkdirSync(join(root, 'src'));
 * writeFileSync(join(root, 'src/a.ts'), 'export const a = 1;');
 * const inputs = { folders: ['src'], prefix: 'view' };
 * const v1 = contentVersion(inputs, root, join(root, 'none.json'));
 * assert.match(v1, /^view-[0-9a-f]{12}$/);
 * writeFileSync(join(root, 'src/a.test.ts'), 'tests are left out');
 * assert.equal(contentVersion(inputs, root, join(root, 'none.json')), v1);
 */
export function contentVersion(inputs: VersionInputs, root: string, stamp: string): string {
  const files = inputFiles(root, inputs.folders);
  const known = readStamp(stamp);
  if (known && known.inputs === inputsFingerprint(root, files)) return known.version;
  return hashInputs(root, files, inputs.prefix);
}

/**
 * Writes the stamp {@link contentVersion} trusts: the version of the inputs as they are now, with their fingerprint
 * (scripts/build-dist.mjs writes one for dist/).
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const root = mkdtempSync(join(tmpdir(), 'rp-content-'));
 * const inputs = { folders: ['src'], prefix: 'view' };
 * writeContentStamp(inputs, root, join(root, 'STAMP.json'));
 * assert.equal(contentVersion(inputs, root, join(root, 'STAMP.json')), contentVersion(inputs, root, join(root, 'none')));
 */
export function writeContentStamp(inputs: VersionInputs, root: string, stamp: string): void {
  const files = inputFiles(root, inputs.folders);
  const version = { inputs: inputsFingerprint(root, files), version: hashInputs(root, files, inputs.prefix) };
  writeFileSync(stamp, `${JSON.stringify(version)}\n`);
}
