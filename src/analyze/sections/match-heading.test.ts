import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchHeading, normalizeHeading } from './match-heading.ts';

test('normalizeHeading() drops emoji, numbering, curly quotes and trailing colons', () => {
  assert.equal(normalizeHeading('🚀 What You’ll Do:'), "what you'll do");
  assert.equal(normalizeHeading('2. Requirements…'), 'requirements');
});

test('matchHeading() names the kind of common headings, loosely', () => {
  const kinds = [
    'What you’ll do',
    'Key Responsibilities',
    'Main duties of the job',
    'Requirements:',
    "What we're looking for",
    'Person specification',
    'Nice to have',
    'Bonus points',
    'Preferred Qualifications',
    'Benefits',
    'Perks',
    'Compensation',
    'Salary',
    'About us',
    'Who we are',
    'Equal Opportunity Employer',
    'How to apply',
    'For further details / informal visits contact',
  ].map((h) => matchHeading(h)?.kind);
  assert.deepEqual(kinds, [
    'responsibilities',
    'responsibilities',
    'responsibilities',
    'requirements',
    'requirements',
    'requirements',
    'preferred',
    'preferred',
    'preferred',
    'benefits',
    'benefits',
    'compensation',
    'compensation',
    'about',
    'about',
    'legal',
    'apply',
    'apply',
  ]);
});

test('matchHeading() treats "Job summary" and "The role" as headings of no kind', () => {
  assert.deepEqual(matchHeading('Job summary'), { kind: null, length: 11 });
  assert.deepEqual(matchHeading('About the Role'), { kind: null, length: 14 });
});

test('matchHeading() leaves sentences alone', () => {
  assert.equal(matchHeading('We build tools for nurses.'), null);
  assert.equal(
    matchHeading('Requirements gathering with stakeholders across the business is key to this role'),
    null,
  );
});

test('matchHeading() finds distinctive headings glued to content without punctuation (one-line scrapes)', () => {
  assert.deepEqual(matchHeading('Responsibilities Build a product for patients'), {
    kind: 'responsibilities',
    length: 17,
  });
  assert.deepEqual(matchHeading("What You'll Do Build and ship core platform features"), {
    kind: 'responsibilities',
    length: 15,
  });
  assert.equal(matchHeading('Experience Design is our craft'), null);
  assert.deepEqual(matchHeading('Education/License:'), { kind: 'requirements', length: 18 });
});

test('matchHeading() reads "We’re looking for someone who has:" and "Education and Certificates:" as requirements (indeed 1cfe22aa6cb, linkedin 381)', () => {
  assert.deepEqual(matchHeading('We’re looking for someone who has:'), { kind: 'requirements', length: 34 });
  assert.deepEqual(matchHeading('Education and Certificates:'), { kind: 'requirements', length: 27 });
  // A vacancy announcement with a duty is not a heading.
  assert.equal(matchHeading('We are looking for a Data Scientist to focus on leading analyses'), null);
});

test('matchHeading() finds a list heading glued to its first item without a space (linkedin mubashirsidiki 382)', () => {
  assert.deepEqual(
    matchHeading("RequirementsState-issued real estate broker's license and relevant certifications"),
    { kind: 'requirements', length: 12 },
  );
  // Only the distinctive one-word headings: other glued words are left alone.
  assert.equal(matchHeading('DataScience is what we do'), null);
});
