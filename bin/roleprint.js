#!/usr/bin/env node
// Starts from the JavaScript compiled at install time (dist/, see scripts/build-dist.mjs) when it was built from the
// sources as they are now; otherwise (a source edited since, or no build) runs the TypeScript sources through tsx.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const stamp = `${root}dist/BUILD_STAMP`;
let main;
if (existsSync(stamp) && !process.env.ROLEPRINT_FROM_SOURCE) {
  const { sourceFingerprint } = await import('../scripts/source-fingerprint.mjs');
  if (readFileSync(stamp, 'utf8').trim() === sourceFingerprint(`${root}src`))
    ({ main } = await import('../dist/cli/main.js'));
}
if (!main) {
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (!tsx) {
    console.error(
      'roleprint: the compiled dist/ is missing or older than src/, and tsx (a dev dependency) is not installed: run `npm run build` (or `npm install`).',
    );
    process.exit(1);
  }
  tsx.register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
