import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceAround, splitSentencesWithOffsets } from './sentences.ts';
import { listingText } from './skills/testing/shared-sentences.ts';

test('splitSentencesWithOffsets() drops list markers and keeps UTF-16 offsets', () => {
  const text = '- Go. Rust\n\n• café skills\n1. Lead teams';
  const s = splitSentencesWithOffsets(text);
  assert.deepEqual(
    s.map((x) => [x.start, x.end, x.text]),
    [
      [2, 5, 'Go.'],
      [6, 10, 'Rust'],
      [14, 25, 'café skills'],
      [29, 39, 'Lead teams'],
    ],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('splitSentencesWithOffsets() leaves out blank lines and bare list markers', () => {
  assert.deepEqual(splitSentencesWithOffsets('\n  \n- \n'), []);
});

test('splitSentencesWithOffsets() cuts a real paragraph at sentence ends only (tech-leadership#096d21d9119b4f20)', () => {
  const text = listingText('tech-leadership', '096d21d9119b4f20');
  const s = splitSentencesWithOffsets(text).slice(0, 4);
  assert.deepEqual(
    s.map((x) => x.text),
    [
      'Salary: ~255k',
      'You Lead the Way.',
      'We’ve Got Your Back.',
      'With the right backing, people and businesses have the power to progress in incredible ways.',
    ],
  );
  for (const x of s) assert.equal(text.slice(x.start, x.end), x.text);
});

test('sentenceAround() returns the sentence holding the span with its offsets', () => {
  assert.deepEqual(sentenceAround('Intro. Go is a plus. Next', 7, 9), {
    start: 7,
    end: 20,
    text: 'Go is a plus.',
  });
  assert.deepEqual(sentenceAround('We ship. You know Go well. Apply!', 18, 20), {
    start: 9,
    end: 26,
    text: 'You know Go well.',
  });
});

test('sentenceAround() keeps "e.g." inside the list item (tech-leadership#11fcb94dbe96379d)', () => {
  const text = listingText('tech-leadership', '11fcb94dbe96379d');
  const at = text.indexOf('Flink');
  assert.equal(
    sentenceAround(text, at, at + 5).text,
    'Expertise in scaling data environments with distributed/RT systems, e.g. Apache Spark, Flink, and self-serve visualization environments',
  );
});

test('sentenceAround() stays on the span’s line and drops its list marker', () => {
  const text = 'Requirements\n- 5+ years with Python and SQL\n- A degree';
  const at = text.indexOf('Python');
  assert.deepEqual(sentenceAround(text, at, at + 6), {
    start: 15,
    end: 43,
    text: '5+ years with Python and SQL',
  });
});

test('sentenceAround() joins the sentences a span crosses, and an empty span sits in its sentence', () => {
  const text = 'Lead teams. Hire engineers. Ship.';
  assert.equal(sentenceAround(text, 5, 16).text, 'Lead teams. Hire engineers.');
  assert.equal(sentenceAround(text, 12, 12).text, 'Hire engineers.');
});

test('sentenceAround() gives the trimmed span itself when it holds no sentence', () => {
  assert.deepEqual(sentenceAround('a\n- \nb', 2, 4), { start: 2, end: 3, text: '-' });
});
