#!/usr/bin/env node
// `npm install` / `npm ci` run this (the `prepare` script): build the dashboard into web/dist, so a fresh clone's
// `roleprint serve` has it. Without the dev dependencies (npm ci --omit=dev) it says so and leaves the API alone.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let vite;
try {
  vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  console.warn(
    'roleprint: vite is not installed (dev dependencies omitted?): the dashboard at / is not built; the API works without it.',
  );
  process.exit(0);
}
const r = spawnSync(
  process.execPath,
  [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (r.status === 0) console.log('roleprint: dashboard built into web/dist (served at / by roleprint serve)');
process.exit(r.status ?? 1);
