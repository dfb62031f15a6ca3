import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateSections, formatSectionsEvaluation } from './sections-eval.ts';

test('evaluateSections() counts segment and character agreement per kind', () => {
  const text = 'Requirements\n- 5 years of Go\nWe offer PTO';
  const e = evaluateSections(
    [
      {
        key: 'x',
        split: 'dev',
        text,
        title: null,
        gold: [
          { start: 0, end: 12, kind: 'requirements' },
          { start: 13, end: 28, kind: 'requirements' },
          { start: 29, end: 41, kind: 'benefits' },
        ],
      },
    ],
    () => [
      { kind: 'requirements', start: 0, end: 28, heading: 'Requirements', by: 'heading' },
      { kind: 'about', start: 29, end: 41, heading: null, by: 'content' },
    ],
  );
  assert.equal(e.segments, 3);
  assert.equal(e.accuracy, 2 / 3);
  assert.equal(e.charAccuracy, 27 / 39);
  const req = e.perKind.find((k) => k.kind === 'requirements');
  assert.deepEqual([req?.support, req?.predicted, req?.precision, req?.recall], [2, 2, 1, 1]);
  const ben = e.perKind.find((k) => k.kind === 'benefits');
  assert.deepEqual([ben?.support, ben?.predicted, ben?.recall], [1, 0, 0]);
});

test('evaluateSections() counts text outside every section as other', () => {
  const e = evaluateSections(
    [{ key: 'x', split: 'dev', text: 'abc', title: null, gold: [{ start: 0, end: 3, kind: 'other' }] }],
    () => [],
  );
  assert.equal(e.accuracy, 1);
});

test('formatSectionsEvaluation() prints one row per kind and the totals', () => {
  const out = formatSectionsEvaluation(evaluateSections([]), '[x] ');
  assert.equal(out.split('\n').length, 12);
  assert.match(out, /^\[x\] 0 listings, 0 segments/);
});
