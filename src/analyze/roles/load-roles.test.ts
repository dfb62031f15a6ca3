import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RoleprintError } from '../../errors.ts';
import { loadRoles } from './load-roles.ts';
import { titleKey } from './title-key.ts';

test('loadRoles() reads the compiled index once and resolves titles to O*NET and ESCO', () => {
  const roles = loadRoles();
  assert.equal(loadRoles(), roles);
  const [onet, esco] = roles.titles.get('data scientist') ?? [-1, -1];
  assert.deepEqual(roles.onet[onet], ['15-2051.00', 'Data Scientists']);
  assert.deepEqual(roles.esco[esco], [
    'http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30',
    'data scientist',
    '2511.4',
  ]);
  assert.equal(roles.attribution.length, 2);
});

test('loadRoles() names the file and the fix when the data is missing', () => {
  assert.throws(
    () => loadRoles('/nonexistent/titles.json'),
    (e: unknown) => e instanceof RoleprintError && e.code === 'DATA' && /npm run build:roles/.test(e.message),
  );
});

test('loadRoles() data was compiled with the current titleKey() (rebuild with npm run build:roles when this fails)', () => {
  const stale = [...loadRoles().titles.keys()].filter((k) => titleKey(k) !== k);
  assert.deepEqual(stale.slice(0, 5), []);
});
