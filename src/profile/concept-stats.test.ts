import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ConceptLink } from '../analyze/index.ts';
import { loadConcepts } from '../taxonomy/index.ts';
import { countedLinks } from './concept-stats.ts';

const BUDGETS = 'onet:dwa/4.A.4.b.4.I09.D05'; // Manage organizational or project budgets.

test('countedLinks() counts a weak link by meaning only when its sentence names the concept subject', () => {
  const link = (score: number, named?: true): ConceptLink => ({
    id: BUDGETS,
    score,
    start: 0,
    end: 10,
    section: 'responsibilities',
    by: 'meaning',
    ...(named ? { named } : {}),
  });
  const counted = (l: ConceptLink) => countedLinks({ concepts: [l] }, loadConcepts()).length === 1;
  assert.equal(counted(link(0.3)), true, 'a link over the cut counts');
  assert.equal(counted(link(0.22)), false, 'a weak link alone does not');
  assert.equal(counted(link(0.22, true)), true, 'a weak link whose sentence says "budget" does');
  assert.equal(counted(link(0.15, true)), true, 'the analyzer keeps one this weak only for a listed subject');
  assert.equal(counted(link(0.12, true)), false, 'naming the word does not rescue a link under 0.13');
  assert.equal(
    counted({ ...link(0.3, true), section: 'benefits' }),
    false,
    '"a learning budget" is a benefit',
  );
});
