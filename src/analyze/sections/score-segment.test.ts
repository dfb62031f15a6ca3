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

test('scoreSegment() does not read a sentence about the job as about the company (hn 47985200)', () => {
  const s = scoreSegment(
    'You’ll work in the AI Foundations team which exists to enable AI across the entire company.',
    false,
  );
  assert.equal(
    top('You’ll work in the AI Foundations team which exists to enable AI across the entire company.'),
    'responsibilities',
  );
  // "company" is a 1.5 cue for about; addressing "you" takes it back.
  assert.equal(s.about, 0);
});

test('scoreSegment() reads vacancy announcements, header and location lines as other (yc-waas, hn, nhs, tech-leadership)', () => {
  assert.equal(top('We have one role open:'), 'other'); // hn 47984711
  assert.equal(top('Join Us as a CTO / Lead Developer:'), 'other'); // tech-leadership f327fc208d4d263e
  assert.equal(top('VectorShift · Full-time · Remote'), 'other'); // yc-waas 98420
  assert.equal(top('New York, NY'), 'other'); // yc-waas 98602
  assert.equal(
    top(
      'An exciting opportunity has arisen for an individual to join our Integrated Community Teams (ICT) working within the Gloucester Integrated Community Team.',
    ),
    'other',
  ); // nhs-jobs-2020 (dev set)
  assert.equal(
    top('We’re in person 5 days a week in our new NYC HQ in Flatiron , where we collaborate tightly.'),
    'other',
  ); // yc-waas 98602
});

test('scoreSegment() reads pay lines without a figure as compensation (yc-waas 98602, nhs-jobs-2020 dev set)', () => {
  assert.equal(top('We offer top-of-the-market compensation in both cash and equity.'), 'compensation');
  assert.equal(
    top(
      '- ENHANCED BANK PAYMENTS - The hourly rate of bank pay in HMP Woodhill is closer to what you agency rates',
    ),
    'compensation',
  );
  // linkedin-2023-2024 mubashirsidiki 382
  assert.equal(
    top(
      'Competitive Flat Fee Split: Earn what you deserve with our competitive flat fee split on commissions, offering $1500 per transaction.',
    ),
    'compensation',
  );
});

test('scoreSegment() reads accommodation, vetting and disclosure notices as legal (tech-leadership aaa4ae3a9274edbf, indeed 263f803b8c2, nhs)', () => {
  assert.equal(
    top('Please contact us at hiringaccommodation@mozilla.com to request accommodation.'),
    'legal',
  );
  assert.equal(
    top(
      'If you need assistance or an accommodation due to a disability, you may contact us at accommodations-ext@fb.com.',
    ),
    'legal',
  );
  assert.equal(
    top('As part of the recruitment process you will be required to complete an enhanced CRB check.'),
    'legal',
  );
  assert.equal(
    top(
      'Failure to disclose such a relationship may disqualify a candidate and, if appointed, may render him/her liable to dismissal.',
    ),
    'legal',
  );
  // ethical-tech-jobs-2020 postings.csv#54
  assert.equal(
    top('Diversity is more than a commitment at Arris Composites—it is the foundation ofwhat we do.'),
    'legal',
  );
});

test('scoreSegment() reads closing calls and submission steps as apply (linkedin mubashirsidiki 348, yc-waas 98602)', () => {
  assert.equal(top('Please submit your resume and cover letter.'), 'apply');
  assert.equal(top('We look forward to hearing from you!'), 'apply');
  assert.equal(top('Ready to architect the future of finance & AI?'), 'apply');
});

test('scoreSegment() counts a sentence describing the role against about (yc-waas 98420, 98602)', () => {
  assert.equal(scoreSegment('This is not a backlog-grooming job.', false).about, -1.5);
  assert.equal(
    scoreSegment(
      'This is a high-impact role for someone who loves building backend systems, enjoys solving complex data and integration challenges.',
      false,
    ).about,
    -1.5,
  );
});

test('scoreSegment() reads where and how the job is done as other, not as a duty (ethical-tech 120, yc-waas 94611, linkedin 382)', () => {
  assert.equal(top('Work will be performed primarily from your home office.'), 'other');
  assert.equal(top('📍 NYC, 5 days/week'), 'other');
  assert.equal(scoreSegment('Join the Premier Team at KB Ranch and Home!', false).responsibilities, 0);
  // A task verb followed by an object still opens a duty.
  assert.equal(top('Work closely with product managers', true), 'responsibilities');
});
