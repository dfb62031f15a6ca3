#!/usr/bin/env node
// `npm run build` (and `prepare`, so every `npm install` / `npm ci`): compiles src/ into dist/ with tsc, copies the
// data files that sit next to modules, and stamps dist with the fingerprint of the sources it was built from, so
// bin/roleprint.js starts from compiled JavaScript and falls back to the TypeScript sources when they changed since.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFiles, sourceFingerprint } from './source-fingerprint.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
} catch {
  console.warn('roleprint: typescript is not installed (dev dependencies omitted?): dist/ not built.');
  process.exit(0);
}
const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
for (const file of sourceFiles(join(ROOT, 'src')).filter((f) => !f.endsWith('.ts'))) {
  const to = join(dist, relative(join(ROOT, 'src'), file));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(file, to);
}
// The analyzer's version is a hash of ~20 MB of code and data: remember it, so a start only checks file stats.
const { writeAnalyzerStamp } = await import(
  new URL('../dist/analyze/analyzer-version.js', import.meta.url).href
);
writeAnalyzerStamp();
const { writeViewStamp } = await import(new URL('../dist/profile/view-version.js', import.meta.url).href);
writeViewStamp();
writeFileSync(join(dist, 'BUILD_STAMP'), `${sourceFingerprint(join(ROOT, 'src'))}\n`);
console.log('roleprint: compiled src/ into dist/');
