import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConceptStat } from './concept-stats.ts';
import { conciseLabel, memberLabel } from './profile-lines.ts';

test('conciseLabel() cuts a long O*NET title before its setting, never leaving a dangling conjunction', () => {
  assert.equal(conciseLabel('Prepare operational budgets'), 'Prepare operational budgets');
  assert.equal(
    conciseLabel('Develop collaborative relationships between departments or with external organizations.'),
    'Develop collaborative relationships between departments',
  );
  assert.equal(
    conciseLabel(
      'Apply mathematical principles or statistical approaches to solve problems in scientific or applied fields.',
    ),
    'Apply mathematical principles or statistical approaches',
  );
});

test('memberLabel() sentence-cases activities and drops the final period', () => {
  const stat = { info: { id: 'x', label: 'Recruit personnel.', kind: 'activity' } } as unknown as ConceptStat;
  assert.equal(memberLabel(stat), 'Recruit personnel');
});
