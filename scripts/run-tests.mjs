#!/usr/bin/env node
// Node 20's test runner does not expand globs, so this finds every *.test.ts and hands them over explicitly.
// Usage: node scripts/run-tests.mjs [substring filter…]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Most tests read real listings and benchmarks from the shared data checkout: without it they would fail one by one
// with ENOENT, so say once what is missing and how to get it.
const SHARED = fileURLToPath(new URL('../../shared/data/', import.meta.url));
if (!existsSync(SHARED)) {
  console.error(
    `roleprint tests: the shared data checkout is missing (${SHARED}). Clone it beside this checkout as ../shared (see README, "Set-up"), then run the tests again.`,
  );
  process.exit(1);
}

const roots = ['src', 'test', 'scripts'];
const filters = process.argv.slice(2);

function walk(dir) {
  let out = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out = out.concat(walk(p));
    else if (e.name.endsWith('.test.ts')) out.push(relative('.', p));
  }
  return out;
}

const files = roots
  .flatMap(walk)
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
