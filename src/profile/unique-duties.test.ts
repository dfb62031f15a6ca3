import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gerund, isDutyVerb, nameDuty } from './unique-duties.ts';

test('gerund() forms -ing for common duty verbs', () => {
  assert.deepEqual(
    ['manage', 'plan', 'lead', 'identify', 'tie', 'set', 'develop', 'Advocate', 'build', 'ship', 'argue'].map(
      gerund,
    ),
    [
      'managing',
      'planning',
      'leading',
      'identifying',
      'tying',
      'setting',
      'developing',
      'Advocating',
      'building',
      'shipping',
      'arguing',
    ],
  );
});

test('nameDuty() names a duty after its key phrase, else after the activity', () => {
  assert.deepEqual(nameDuty('Lead technology due diligence for acquisitions', ['due', 'diligence']), {
    name: 'Technology due diligence',
    text: 'lead technology due diligence for acquisitions',
  });
  assert.equal(
    nameDuty('Advocate for the needs of the engineering team', ['advocate', 'need']).name,
    'Advocating for engineering team needs',
  );
  assert.equal(
    nameDuty('Identify and address technical challenges and risks', ['identify', 'address']).name,
    'Identifying and addressing technical challenges',
  );
  assert.equal(nameDuty('Own the iOS app end-to-end', ['ios', 'app']).name, 'iOS app');
  assert.equal(
    nameDuty('Improve code maintainability and extensibility through targeted refactoring', []).name,
    'Improving code maintainability',
  );
  assert.equal(
    nameDuty('Work in a clinical environment of no more than 28 patient beds', []).name,
    'Working in clinical environment',
  );
  assert.equal(nameDuty('Ensure the quality of our code through reviews', []).name, 'Ensuring code quality');
  assert.equal(
    nameDuty('Partner with product managers to shape the roadmap', []).name,
    'Partnering with product managers',
  );
});

test('nameDuty() names a key phrase that opens on a verb as an activity', () => {
  assert.equal(
    nameDuty('Design and implement backend services that power our platform', ['implement', 'service']).name,
    'Implementing backend services',
  );
});

test('isDutyVerb() rejects past tense (a company story), keeps bare verbs', () => {
  assert.deepEqual(['Launched', 'Build', 'Embed', 'Founded', 'Lead'].map(isDutyVerb), [
    false,
    true,
    true,
    false,
    true,
  ]);
});

test('nameDuty() prefers the activity when the key phrase is cut mid-thought', () => {
  assert.equal(
    nameDuty('Provide post-operative care such as wound dressing, IVs and drains', ['care', 'wound']).name,
    'Providing post-operative care',
  );
  assert.equal(
    nameDuty('Take full ownership of high-impact, full-stack features', ['ownership', 'high-impact']).name,
    'Taking full ownership',
  );
});
