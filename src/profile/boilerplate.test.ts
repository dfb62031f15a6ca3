import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBoilerplate, isFragment } from './boilerplate.ts';

test('isBoilerplate() catches EEO, benefit and apply text', () => {
  for (const t of [
    'We are an equal opportunity employer',
    'Comprehensive benefits package including dental insurance',
    "Here, you'll have the opportunity to expand and apply your skills",
    '401(k) with company match',
    'Other duties as assigned',
  ])
    assert.equal(isBoilerplate(t), true, t);
});

test('isBoilerplate() leaves real duties alone, even about disability, insurance or holidays', () => {
  for (const t of [
    'Support adults with learning disabilities in the community',
    'Sell commercial insurance products to small businesses',
    'Plan holiday cover for the ward rota',
    'Lead the data platform team',
    'Provide counseling to patients and families',
  ])
    assert.equal(isBoilerplate(t), false, t);
});

test('isFragment() flags cut-off clauses and two-word headings', () => {
  assert.equal(isFragment('And supporting the Open Door Policy'), true);
  assert.equal(isFragment('Software Engineering'), true);
  assert.equal(isFragment("The post holder's key responsibilities will be"), true);
  assert.equal(isFragment('Are you a Registered Nurse?'), true);
  assert.equal(isFragment('Marches Medical Practice is looking for a enthusiastic nurse'), true);
  assert.equal(isFragment('Mentor and coach engineers'), false);
});
