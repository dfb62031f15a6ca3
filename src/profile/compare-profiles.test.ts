import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareProfiles, winning } from './compare-profiles.ts';
import { newcombeInterval } from './newcombe-interval.ts';
import { fixtureItem, fixtureSaid, fixtureSide } from './testing.ts';

// Hand-built edge cases; the real-data checks are in src/cli/commands/compare.test.ts.
describe('compareProfiles()', () => {
  test('matches lines by a shared concept id and counts each side over its own listings', () => {
    const a = fixtureSide('A', 100, [fixtureItem('Python', ['py'], 80), fixtureItem('SQL', ['sql'], 10)], {
      py: 80,
      sql: 10,
    });
    // B's line merges two concepts, one of which is A's: they are one compared line.
    const b = fixtureSide('B', 50, [fixtureItem('Python or R', ['py', 'r'], 30)], { py: 20, r: 30, sql: 40 });
    const c = compareProfiles([a, b]);
    assert.equal(c.schemaVersion, 1);
    const python = c.shared.find((l) => l.text === 'Python');
    assert.ok(python, 'Python is reported on both sides');
    assert.deepEqual(
      python.concepts.map((x) => x.id),
      ['py', 'r'],
    );
    assert.deepEqual(
      python.shares.map((s) => [s.count, s.share, s.inProfile]),
      [
        [80, 0.8, true],
        [30, 0.6, true],
      ],
    );
    // SQL is in A's profile only, but B's listings that say it are counted (40 of 50).
    const sql = c.distinctive[1]?.lines.find((l) => l.text === 'SQL');
    assert.ok(sql, 'SQL is distinctive to B, though only A reports it');
    assert.deepEqual(
      sql.shares.map((s) => [s.count, s.inProfile]),
      [
        [10, true],
        [40, false],
      ],
    );
    const t = winning(sql, 1);
    assert.ok(t && t.against === 0 && t.difference === 0.7 && t.q < 0.05 && t.q >= t.p);
    assert.ok(t.ci[0] < 0.7 && 0.7 < t.ci[1]);
    assert.equal(c.tests.count, 2);
  });

  test('calls nothing significant between two samples of the same shares', () => {
    const a = fixtureSide('A', 60, [fixtureItem('Python', ['py'], 30)], { py: 30 });
    const b = fixtureSide('B', 60, [fixtureItem('Python', ['py'], 32)], { py: 32 });
    const c = compareProfiles([a, b]);
    assert.equal(c.tests.significant, 0);
    assert.deepEqual(
      c.distinctive.map((d) => d.lines.length),
      [0, 0],
    );
    assert.match(c.headline, /None of the 1 tests finds a significant difference/);
    assert.doesNotMatch(c.headline, /say more often/);
  });

  test('leaves lines said by fewer than minCount listings untested', () => {
    const a = fixtureSide('A', 40, [fixtureItem('Go', ['go'], 4)], { go: 4 });
    const b = fixtureSide('B', 40, [fixtureItem('Rust', ['rust'], 3)], { rust: 3 });
    const c = compareProfiles([a, b]);
    assert.equal(c.tests.count, 0);
    assert.match(c.headline, /No line is said often enough to test/);
  });

  test('tests each of three sides against the others pooled, all under one correction', () => {
    const a = fixtureSide('A', 50, [fixtureItem('Hiring', ['hire'], 40)], { hire: 40 });
    const b = fixtureSide('B', 50, [fixtureItem('Hiring', ['hire'], 5)], { hire: 5 });
    const c3 = fixtureSide('C', 50, [], { hire: 4 });
    const c = compareProfiles([a, b, c3]);
    const hiring = c.distinctive[0]?.lines[0];
    assert.equal(hiring?.text, 'Hiring');
    assert.equal(hiring?.tests.length, 3);
    const t = winning(hiring as NonNullable<typeof hiring>, 0);
    assert.equal(t?.against, null);
    assert.equal(t?.difference, 0.71); // 40/50 against 9/100
    assert.equal(c.tests.count, 3);
    assert.match(c.headline, /A listings say more often than the others: Hiring \(80% vs 9%\)/);
  });

  test('counts listings in two selections as overlap and says so', () => {
    const a = fixtureSide('A', 20, [fixtureItem('Python', ['py'], 10)], { py: 10 });
    const b = {
      ...fixtureSide('B', 20, [fixtureItem('Python', ['py'], 10)], { py: 10 }),
      listings: fixtureSaid('A', 20, { py: 10 }),
    };
    const c = compareProfiles([a, b]);
    assert.equal(c.overlap, 20);
    assert.match(c.headline, /20 listings are in more than one selection/);
  });

  test('throws RangeError for fewer than two selections or an empty one', () => {
    const a = fixtureSide('A', 10, [], {});
    assert.throws(() => compareProfiles([a]), { name: 'RangeError', message: /Cannot compare 1 selection/ });
    assert.throws(() => compareProfiles([a, fixtureSide('Empty', 0, [], {})]), {
      name: 'RangeError',
      message: 'Cannot compare "Empty": the selection has no listings',
    });
  });
});

describe('newcombeInterval()', () => {
  test('matches Newcombe 1998 (method 10) and contains the difference', () => {
    assert.deepEqual(newcombeInterval(56, 70, 48, 80), [0.0524, 0.3339]);
    assert.deepEqual(newcombeInterval(5, 10, 5, 10), [-0.3725, 0.3725]);
    const [lo, hi] = newcombeInterval(0, 30, 10, 30);
    assert.ok(lo >= -1 && hi < 0);
  });
});
