/**
 * A content hash of everything that decides an analysis: the analyze and taxonomy code and the compiled data.
 * @module
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

/**
 * Returns `analyze-<12 hex>`: the SHA-256 of the analyzer's code and data files, in sorted path order.
 * @example
 * assert.match(analyzerVersion(), /^analyze-[0-9a-f]{12}$/);
 */
export function analyzerVersion(root: string = ROOT): string {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((d) => listFiles(join(root, d))).map((p) =>
    relative(root, p).split('\\').join('/'),
  );
  for (const rel of files.sort()) {
    hash.update(rel);
    hash.update('\0');
    hash.update(readFileSync(join(root, rel)));
    hash.update('\0');
  }
  return `analyze-${hash.digest('hex').slice(0, 12)}`;
}
