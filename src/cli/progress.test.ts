import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress, formatProgress, totalInputBytes } from './progress.ts';

test('formatProgress() shows bar, percent of bytes, records, rate and ETA', () => {
  assert.equal(
    formatProgress(500, 50, 100, 10, 80),
    '[##########..........]  50%  500 records  50/s  ETA 0:10',
  );
  assert.equal(formatProgress(0, 0, 0, 0, 80), '[....................]   0%  0 records  0/s  ETA -:--');
  assert.equal(
    formatProgress(9000, 1, 4, 1200, 80),
    '[#####...............]  25%  9000 records  8/s  ETA 1:00:00',
  );
});

test('createProgress() draws on a TTY at most once per interval and clears its line when finished', () => {
  const writes: string[] = [];
  let clock = 0;
  const bar = createProgress({
    totalBytes: 200,
    stream: { isTTY: true, columns: 80, write: (s) => writes.push(s) },
    now: () => clock,
  });
  clock = 1000;
  bar.update(100, 100);
  clock = 1050;
  bar.update(150, 150);
  clock = 2000;
  bar.update(200, 200);
  bar.finish();
  assert.deepEqual(writes, [
    '\r[##########..........]  50%  100 records  100/s  ETA 0:01\x1b[K',
    '\r[####################] 100%  200 records  100/s  ETA -:--\x1b[K',
    '\r\x1b[K',
  ]);
});

test('createProgress() writes nothing when the stream is not a TTY (piped)', () => {
  const writes: string[] = [];
  const bar = createProgress({ totalBytes: 10, stream: { isTTY: false, write: (s) => writes.push(s) } });
  bar.update(1, 5);
  bar.finish();
  assert.deepEqual(writes, []);
});

test('totalInputBytes() sums the files under directories and ignores missing paths', () => {
  // tech-leadership holds postings.jsonl (658,964 bytes) and SOURCE.md (2,363 bytes).
  const dir = '../shared/data/listings/tech-leadership';
  assert.equal(totalInputBytes([dir, 'no/such/path']), 661_327);
  assert.equal(totalInputBytes([`${dir}/postings.jsonl`]), 658_964);
});
