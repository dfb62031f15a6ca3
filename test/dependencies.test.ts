// Run-time dependencies are reviewed here because `npm audit` cannot reach an audit endpoint on this registry
// (issue 12): every package a user installs with roleprint has a licence from the allowed list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain ES module script without types
import { allowed, runtimePackages } from '../scripts/check-deps.mjs';

test('every run-time dependency has an allowed licence (npm run deps:check)', () => {
  const pkgs = runtimePackages() as { name: string; version: string; license: string }[];
  assert.ok(pkgs.length > 20);
  const bad = pkgs.filter((p) => !allowed(p.license)).map((p) => `${p.name}@${p.version} (${p.license})`);
  assert.deepEqual(bad, []);
});

test('allowed() reads SPDX OR / AND expressions', () => {
  assert.equal(allowed('(MIT OR WTFPL)'), true);
  assert.equal(allowed('GPL-3.0-only'), false);
  assert.equal(allowed('(MIT AND GPL-3.0-only)'), false);
});
