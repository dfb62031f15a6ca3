import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreSegment } from './score-segment.ts';

function top(text: string, bullet = false): string {
  const s = scoreSegment(text, bullet);
  return Object.entries(s).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

test('scoreSegment() reads each kind from its cue words', () => {
  assert.equal(top('We are an equal opportunity employer.'), 'legal');
  assert.equal(top('The salary range for this role is $150,000 - $180,000.'), 'compensation');
  assert.equal(top('We offer unlimited PTO, a 401(k) match and health insurance.'), 'benefits');
  assert.equal(top('5+ years of experience with Kubernetes'), 'requirements');
  assert.equal(top('Experience with Terraform is a plus'), 'preferred');
  assert.equal(top('Please send your CV to jobs@example.com'), 'apply');
  assert.equal(top('Acme is a fast-growing startup backed by Sequoia.'), 'about');
  assert.equal(top('You will lead a team of ten engineers.'), 'responsibilities');
  assert.equal(top('Design and build data pipelines', true), 'responsibilities');
  assert.equal(top('Location: Remote'), 'other');
});

test('scoreSegment() treats an HN header line as other whatever it mentions (hn 46467610)', () => {
  assert.equal(
    top('MiLaboratories | Bilbao, Spain | ONSITE | VISA SPONSORSHIP | RELOCATION SUPPORT'),
    'other',
  );
});
