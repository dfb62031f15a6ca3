import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { countRolesInStore } from '../../app/index.ts';
import { openStore } from '../../store/index.ts';
import { DEFAULT_ROLES_SHOWN, formatRoles } from './roles.ts';

const TECH_LEADERSHIP = join(import.meta.dirname, '../../../../shared/data/listings/tech-leadership');

// Run the real binary: the command writes to stdout, which the test runner also uses.
function run(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '../../../bin/roleprint.js'), ...args], {
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test('roleprint roles PATH counts the roles of the tech-leadership listings', async () => {
  const { code, out } = run(['roles', TECH_LEADERSHIP, '--json']);
  assert.equal(code, 0);
  const summary = JSON.parse(out) as {
    over: string;
    listings: number;
    roles: { role: string; listings: number }[];
  };
  assert.equal(summary.over, 'files');
  assert.equal(summary.listings, 116);
  assert.deepEqual(
    summary.roles.map((r) => [r.role, r.listings]),
    [
      ['engineering-director', 63],
      ['technology-director', 14],
      ['vp-engineering', 14],
      ['head-of-engineering', 13],
      ['cto', 11],
      ['it-director', 1],
    ],
  );
});

test('roleprint roles prints an aligned table with --limit', async () => {
  const { code, out } = run(['roles', TECH_LEADERSHIP, '--limit', '2']);
  assert.equal(code, 0);
  assert.equal(
    out,
    [
      'role                  listings  O*NET-SOC   ESCO      label',
      'engineering-director        63  11-9041.00  1330.5.1  Director of Engineering',
      'technology-director         14  11-3021.00  1330.3    Director of Technology',
      '116 listings read, 6 roles; 4 more roles not shown (--limit N or --all)',
      '',
    ].join('\n'),
  );
});

test('roleprint roles rejects a bad --limit and files together with --db', async () => {
  assert.equal(run(['roles', TECH_LEADERSHIP, '--limit', '0']).code, 2);
  const both = run(['roles', TECH_LEADERSHIP, '--db', ':memory:']);
  assert.equal(both.code, 2);
  assert.match(both.err, /Cannot count roles from files and --db at once/);
});

test('countRolesInStore() counts nothing in an empty store', async () => {
  const store = await openStore(':memory:');
  try {
    assert.deepEqual(await countRolesInStore(store), {
      over: 'store',
      listings: 0,
      duplicates: 0,
      rejected: 0,
      roles: [],
    });
  } finally {
    await store.close();
  }
});

test('formatRoles() puts the no-role row last', () => {
  const out = formatRoles({
    over: 'store',
    listings: 3,
    duplicates: 0,
    rejected: 0,
    roles: [
      {
        role: 'cto',
        label: 'Chief Technology Officer',
        onetSoc: '11-1011.00',
        escoOccupation: null,
        escoCode: null,
        listings: 2,
      },
      { role: null, label: null, onetSoc: null, escoOccupation: null, escoCode: null, listings: 1 },
    ],
  });
  assert.equal(
    out,
    [
      'role       listings  O*NET-SOC   ESCO  label',
      'cto               2  11-1011.00        Chief Technology Officer',
      '(no role)         1',
      '3 listings in the store, 1 roles',
      '',
    ].join('\n'),
  );
});

test('formatRoles() shows a screenful by default, cuts long labels, and says how to see the rest (issue 12)', () => {
  const roles = Array.from({ length: 40 }, (_, i) => ({
    role: `role-${String(i).padStart(2, '0')}`,
    label:
      i === 0
        ? 'Sales Representatives of Services, Except Advertising, Insurance, Financial Services'
        : `Role ${i}`,
    onetSoc: '41-3091.00',
    escoOccupation: null,
    escoCode: '3322.1',
    listings: 100 - i,
  }));
  const out = formatRoles(
    { over: 'store', listings: 3010, duplicates: 0, rejected: 0, roles },
    DEFAULT_ROLES_SHOWN,
  );
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 1 + DEFAULT_ROLES_SHOWN + 1);
  assert.ok(
    lines.every((l) => l.length <= 100),
    'no line wider than 100 characters',
  );
  assert.match(
    lines[1] ?? '',
    /^role-00 +100 +41-3091\.00 +3322\.1 +Sales Representatives of Services, Exce…$/,
  );
  assert.equal(
    lines.at(-1),
    '3010 listings in the store, 40 roles; 10 more roles not shown (--limit N or --all)',
  );
});
