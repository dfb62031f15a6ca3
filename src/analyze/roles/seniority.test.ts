import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSeniority, stripSeniority } from './seniority.ts';
import { titleKey } from './title-key.ts';

test('findSeniority() takes the most senior word of a title', () => {
  const s = (t: string) => findSeniority(titleKey(t));
  assert.deepEqual(
    [
      'Sr. Director of Software Engineering',
      'Senior Vice President - Software Engineering',
      'Chief Technology Officer',
      'Lead Developer',
      'Staff Software Engineer',
      'Staff Nurse',
      'Junior Java Developer',
      'Data Science Intern',
      'Product Manager',
      'Engineering Manager',
      'Chief of Staff',
    ].map(s),
    ['director', 'vp', 'executive', 'lead', 'lead', null, 'junior', 'intern', null, 'manager', null],
  );
});

test('findSeniority() reads NHS Agenda for Change bands', () => {
  assert.deepEqual(['band 3', 'band 5', 'band 7', 'band 8a', 'band 8c'].map(findSeniority), [
    'junior',
    'mid',
    'senior',
    'lead',
    'director',
  ]);
});

test('stripSeniority() leaves the occupation', () => {
  assert.equal(stripSeniority('senior staff software engineer ii'), 'software engineer');
  assert.equal(stripSeniority('staff nurse'), 'staff nurse');
});
