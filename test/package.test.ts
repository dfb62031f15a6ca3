// The package as a library user and a CLI user meet it (issue 9): `import … from 'roleprint'` resolves through the
// exports map to the JavaScript compiled at install time, with type declarations, and bin/ runs that build while it
// matches the sources.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILT = existsSync(`${ROOT}dist/BUILD_STAMP`);
const NOT_BUILT = 'dist/ is not built: run `npm run build` (npm install and npm ci do it through prepare)';

test("import from 'roleprint' gives the application layer, the store and the renderers, with types", async () => {
  assert.ok(BUILT, NOT_BUILT);
  const lib = (await import('roleprint')) as Record<string, unknown>;
  for (const name of ['ingestListings', 'reportFromStore', 'extractSkills', 'openStore', 'renderReport'])
    assert.equal(typeof lib[name], 'function', name);
  const types = readFileSync(`${ROOT}dist/index.d.ts`, 'utf8');
  assert.match(types, /RoleProfile/);
  assert.match(types, /export \* from '\.\/app\/index\.(ts|js)'/);
});

test('bin/roleprint.js answers from the compiled build and from the sources alike', () => {
  assert.ok(BUILT, NOT_BUILT);
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [`${ROOT}bin/roleprint.js`, 'extract'], {
      input: '{"id":"1","text":"Experience with Postgres and K8s"}\n',
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const built = run({});
  const source = run({ ROLEPRINT_FROM_SOURCE: '1' });
  assert.equal(built.status, 0, built.stderr);
  assert.equal(source.status, 0, source.stderr);
  assert.equal(built.stdout, source.stdout);
  assert.match(built.stdout, /"PostgreSQL"/);
});
