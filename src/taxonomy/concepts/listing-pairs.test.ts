import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listingPairs, removeRanges } from './listing-pairs.ts';
import type { OnetDwa } from './read-onet-activities.ts';

test('removeRanges() cuts the ranges and squeezes the spaces', () => {
  assert.equal(removeRanges('Hire and retain engineers', [[9, 15]]), 'Hire and engineers');
  assert.equal(
    removeRanges('abc', [
      [0, 1],
      [0, 3],
    ]),
    '',
  );
});

test('listingPairs() pairs a statement without the skill span with the skill label, capped per concept', () => {
  const statements = [
    {
      text: 'Recruit and retain top engineering talent',
      mentions: [['u', 0, 7]] as [string, number, number][],
    },
    {
      text: 'Recruit great people for the growing team',
      mentions: [['u', 0, 7]] as [string, number, number][],
    },
    { text: 'Use Python daily', mentions: [['tool', 4, 10]] as [string, number, number][] },
  ];
  const labelOf = (uri: string): string | undefined => (uri === 'u' ? 'recruit employees' : undefined);
  const all = listingPairs(statements, { labelOf, minWords: 2 });
  assert.deepEqual(all.map((p) => p.query).sort(), [
    'and retain top engineering talent',
    'great people for the growing team',
  ]);
  assert.ok(all.every((p) => p.target === 'recruit employees' && p.source === 'listing-skill'));
  assert.equal(listingPairs(statements, { labelOf, minWords: 2, perConcept: 1 }).length, 1);
  const exclude = new Set(['recruit great people for the growing team']);
  assert.equal(listingPairs(statements, { labelOf, minWords: 2, exclude }).length, 1);
});

test('listingPairs() matches a short DWA title by its content words in order and removes them', () => {
  const dwas = [{ id: 'd', title: 'Prepare financial reports.' } as OnetDwa];
  const p = listingPairs([{ text: 'Prepare monthly financial reports for the board', mentions: [] }], {
    labelOf: () => undefined,
    dwas,
    minWords: 2,
  });
  assert.deepEqual(p, [
    { query: 'monthly for the board', target: 'Prepare financial reports.', source: 'listing-dwa' },
  ]);
});
