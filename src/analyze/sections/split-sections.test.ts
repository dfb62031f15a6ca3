import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCleanListing } from '../../../test/sections/real-listings.ts';
import type { Section } from '../analyzed-listing.ts';
import { labelSegments, splitSections } from './split-sections.ts';

function kindAt(text: string, sections: Section[], needle: string): [string, string | null, string] | null {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in the text`);
  const s = sections.find((x) => x.start <= at && at < x.end);
  return s ? [s.kind, s.heading, s.by] : null;
}

test('splitSections() opens a section at each heading and covers the lines under it', () => {
  const s = splitSections('Responsibilities\n- Lead the team\nRequirements\n- 5+ years of Go');
  assert.deepEqual(
    s.map((x) => [x.kind, x.start, x.end, x.heading, x.by]),
    [
      ['responsibilities', 0, 32, 'Responsibilities', 'heading'],
      ['requirements', 33, 62, 'Requirements', 'heading'],
    ],
  );
});

test('splitSections() returns no sections for blank text', () => {
  assert.deepEqual(splitSections(' \n\n '), []);
});

test('splitSections() follows the headings of tech-leadership 44854931d07053d4 (ChainGPT CTO)', async () => {
  const l = await loadCleanListing('tech-leadership/postings.jsonl#44854931d07053d4');
  const s = splitSections(l.text, { title: l.title, company: l.company });
  assert.deepEqual(kindAt(l.text, s, 'Shape and lead the technical direction'), [
    'responsibilities',
    'Key Responsibilities',
    'heading',
  ]);
  assert.deepEqual(kindAt(l.text, s, 'Proven experience with AI/ML'), [
    'requirements',
    'Requirements',
    'heading',
  ]);
  assert.deepEqual(kindAt(l.text, s, 'To apply, please submit your resume'), [
    'apply',
    'Application Process',
    'heading',
  ]);
  assert.deepEqual(kindAt(l.text, s, 'Location: Remote'), ['other', 'Location', 'content']);
});

test('splitSections() classifies by content where linkedin 921716 has no usable headings', async () => {
  const l = await loadCleanListing('linkedin-2023-2024/mubashirsidiki_postings.csv#921716');
  const s = splitSections(l.text, { title: l.title, company: l.company });
  assert.equal(kindAt(l.text, s, 'All qualified applicants will receive consideration')?.[0], 'legal');
  assert.equal(kindAt(l.text, s, 'Pay: $18-20/hour')?.[0], 'compensation');
  assert.equal(kindAt(l.text, s, 'You must be a well-organized')?.[0], 'requirements');
});

test('splitSections() reads the free-form HN comment 46467610: header line, duties, pay, how to apply', async () => {
  const l = await loadCleanListing('hn-whoishiring-2026/raw_2026-01-01.json#46467610');
  const s = splitSections(l.text, { title: l.title, company: l.company });
  assert.equal(kindAt(l.text, s, 'MiLaboratories | Bilbao')?.[0], 'other');
  assert.equal(kindAt(l.text, s, 'You will build distributed systems')?.[0], 'responsibilities');
  assert.equal(kindAt(l.text, s, 'Comp: Top-tier EU salaries')?.[0], 'compensation');
  assert.equal(kindAt(l.text, s, 'Email me (I am the CEO)')?.[0], 'apply');
});

test('labelSegments() lets strong EEO wording override the heading above it', () => {
  const text =
    'Benefits\n- Unlimited PTO\nAcme is an equal opportunity employer and does not discriminate on the basis of race or gender identity.';
  assert.deepEqual(
    labelSegments(text).map((x) => x.kind),
    ['benefits', 'benefits', 'legal'],
  );
});
