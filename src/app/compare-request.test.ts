import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCompareRequest, parsePeriod } from './compare-request.ts';

describe('parseCompareRequest()', () => {
  test('makes one selection per repeated value, the other parameters a common filter', () => {
    assert.deepEqual(
      parseCompareRequest({ periods: ['2019..2020', '2024..2025'], roles: ['data-scientist'] }),
      [
        {
          by: 'period',
          value: '2019..2020',
          filter: { role: 'data-scientist', since: '2019', until: '2020' },
        },
        {
          by: 'period',
          value: '2024..2025',
          filter: { role: 'data-scientist', since: '2024', until: '2025' },
        },
      ],
    );
    assert.deepEqual(
      parseCompareRequest({ sources: ['a.csv', 'b.csv'], labels: ['A', 'B'] }).map((s) => [
        s.label,
        s.filter,
      ]),
      [
        ['A', { sources: ['a.csv'] }],
        ['B', { sources: ['b.csv'] }],
      ],
    );
    assert.deepEqual(
      parseCompareRequest({ paths: ['x', 'y'], roles: ['cto'] }).map((s) => [s.by, s.value, s.filter]),
      [
        ['path', 'x', { role: 'cto' }],
        ['path', 'y', { role: 'cto' }],
      ],
    );
  });

  test('throws a usage error naming the parameter, the value and the fix', () => {
    const usage = (message: RegExp) => ({ name: 'RoleprintError', code: 'USAGE', message });
    assert.throws(
      () => parseCompareRequest({ roles: ['cto'] }),
      usage(/^Cannot compare fewer than 2 selections \(got --role cto\): pass --role twice/),
    );
    assert.throws(() => parseCompareRequest({}), usage(/^Cannot compare fewer than 2 selections: /));
    assert.throws(
      () => parseCompareRequest({ paths: ['only'] }),
      usage(/fewer than 2 selections \(got PATH only\)/),
    );
    assert.throws(
      () => parseCompareRequest({ roles: ['cto', 'cfo'], sources: ['a', 'b'] }),
      usage(/^Cannot compare along --role and --source at once/),
    );
    assert.throws(
      () => parseCompareRequest({ roles: ['cto', 'cto'] }),
      usage(/^Cannot compare --role cto with itself/),
    );
    assert.throws(
      () => parseCompareRequest({ roles: ['cto', 'cfo'], labels: ['one'] }),
      usage(/^Cannot name 2 selections with 1 --label value/),
    );
    assert.throws(
      () => parseCompareRequest({ periods: ['2020..2019', '2021..2022'] }, (n) => n),
      usage(/^Cannot read period "2020..2019"; pass a period as FROM..TO/),
    );
  });
});

describe('parsePeriod()', () => {
  test('reads FROM..TO and refuses anything else', () => {
    assert.deepEqual(parsePeriod('2019-03..2020'), { from: '2019-03', to: '2020' });
    for (const bad of ['2019', '2019..', '19..20', '2019..2020..2021'])
      assert.throws(() => parsePeriod(bad), /Cannot read --period/);
  });
});
