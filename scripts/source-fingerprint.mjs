// The fingerprint of the TypeScript sources (paths, sizes, modification times): cheap enough to check on every start
// (a few milliseconds), so a stale dist/ is never run. Shared by scripts/build-dist.mjs and bin/roleprint.js.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir, in sorted order, without recursion over depth (an explicit stack). */
export function sourceFiles(dir) {
  const out = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) out.push(p);
    }
  }
  return out.sort();
}

/** SHA-256 over each source file's path, size and modification time. */
export function sourceFingerprint(dir) {
  const hash = createHash('sha256');
  for (const f of sourceFiles(dir)) {
    const s = statSync(f);
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}
