import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCleanListing } from '../../../test/sections/real-listings.ts';
import { bulletLength, segmentText, splitSentences } from './segment-text.ts';

test('segmentText() gives one segment per line and per sentence, with line numbers', () => {
  const segs = segmentText('About us\nWe build tools. We ship fast.');
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.line, s.lineStart]),
    [
      [0, 8, 0, true],
      [9, 24, 1, true],
      [25, 38, 1, false],
    ],
  );
});

test('splitSentences() keeps abbreviations, initials and decimals inside a sentence', () => {
  assert.deepEqual(splitSentences('Lead teams. Hire e.g. engineers.'), [
    [0, 11],
    [12, 32],
  ]);
  assert.deepEqual(splitSentences('Work in the U.S. office with Dr. Smith on v3.5 releases.'), [[0, 56]]);
});

test('splitSentences() splits glued sentences but not Node.js', () => {
  const line = 'Build APIs in Node.js for the team.Experience with Go';
  assert.deepEqual(
    splitSentences(line).map(([s, e]) => line.slice(s, e)),
    ['Build APIs in Node.js for the team.', 'Experience with Go'],
  );
});

test('bulletLength() measures list markers and numbering', () => {
  assert.equal(bulletLength('- Lead'), 2);
  assert.equal(bulletLength('2) Hire'), 3);
  assert.equal(bulletLength('Lead'), 0);
});

test('segmentText() marks the list items of tech-leadership 44854931d07053d4 as bullets', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#44854931d07053d4');
  const segs = segmentText(l.text);
  const build = segs.find((s) => l.text.slice(s.start, s.end).startsWith('- Build, lead, and maintain'));
  assert.equal(build?.bullet, true);
  assert.equal(
    l.text.slice(build.start, build.end),
    '- Build, lead, and maintain a high-performance development team.',
  );
});

test('splitSentences() ends a sentence at "etc." before a capital, but not before a lower-case word', () => {
  // The shape of indeed-datascientist lines: "… Spark, Hive, etc. Experience with cloud is a plus."
  const line = 'Tools: Spark, Hive, etc. Experience with cloud is a plus.';
  assert.deepEqual(
    splitSentences(line).map(([s, e]) => line.slice(s, e)),
    ['Tools: Spark, Hive, etc.', 'Experience with cloud is a plus.'],
  );
  const same = 'Python, R, etc. and a degree';
  assert.equal(splitSentences(same).length, 1);
});
