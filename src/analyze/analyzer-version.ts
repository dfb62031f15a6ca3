/**
 * A content hash of everything that decides an analysis: the analyze and taxonomy code and the compiled data.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders whose content shapes an analysis (tests excluded). */
// data/lexicon (people nouns, verbs) and data/concepts (corpus topics) feed the concept linker.
const INPUTS = [
  'src/analyze',
  'src/taxonomy',
  'data/taxonomy',
  'data/roles',
  'data/models',
  'data/lexicon',
  'data/concepts',
];

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

/** The file, next to the compiled module in dist/, that remembers the version of the inputs it was built from. */
const STAMP = fileURLToPath(new URL('./ANALYZER_STAMP.json', import.meta.url));

function inputFiles(root: string): string[] {
  return INPUTS.flatMap((d) => listFiles(join(root, d)))
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

function hashInputs(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const rel of files) {
    hash.update(rel);
    hash.update('\0');
    hash.update(readFileSync(join(root, rel)));
    hash.update('\0');
  }
  return `analyze-${hash.digest('hex').slice(0, 12)}`;
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
 * Returns `analyze-<12 hex>`: the SHA-256 of the analyzer's code and data files, in sorted path order. A stamp
 * written at build time ({@link writeAnalyzerStamp}) answers it without reading the files, as long as none of them
 * changed size or modification time since.
 * @example
 * assert.match(analyzerVersion(), /^analyze-[0-9a-f]{12}$/);
 */
export function analyzerVersion(root: string = ROOT, stamp: string = STAMP): string {
  const files = inputFiles(root);
  const known = readStamp(stamp);
  if (known && known.inputs === inputsFingerprint(root, files)) return known.version;
  return hashInputs(root, files);
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
  const files = inputFiles(root);
  const version = { inputs: inputsFingerprint(root, files), version: hashInputs(root, files) };
  writeFileSync(stamp, `${JSON.stringify(version)}\n`);
}
