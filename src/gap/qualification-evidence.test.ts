import assert from 'node:assert/strict';
import { test } from 'node:test';
import { qualificationEvidence, statedYears } from './qualification-evidence.ts';

test('statedYears() reads a stated total on a line about experience, in years or months', () => {
  assert.equal(statedYears('Sales manager with 8+ years of experience'), 8);
  assert.equal(statedYears('Java - Experience - 24 months\nPython - Experience - 36 months'), 3);
  assert.equal(statedYears('Total experience: 2 yrs 6 months'), 2.5);
  assert.equal(statedYears('over 15 yrs exp in operations'), 15);
  // A duration not about experience, or an implausible one, is not a stated total.
  assert.equal(statedYears('Python (3 years)\nWarranty of 99 years experience'), null);
});

test('qualificationEvidence() reads dotted Indian degrees (M.C.A, B.C.A) as master and bachelor', () => {
  const resume = (line: string) =>
    ({
      text: `Education\n${line}`,
      sections: [{ kind: 'education', start: 0, end: 10 + line.length, heading: 'Education' }],
      roles: [],
    }) as never;
  assert.equal(
    qualificationEvidence(resume('M.C.A from Pune University'), 'qualification:master', null)?.line,
    'M.C.A from Pune University',
  );
  assert.equal(
    qualificationEvidence(resume('B.C.A, 2012'), 'qualification:degree', null)?.concept.id,
    'qualification:bachelor',
  );
  assert.equal(qualificationEvidence(resume('B.C.A, 2012'), 'qualification:master', null), null);
  assert.equal(qualificationEvidence(resume('Member of ACM'), 'qualification:degree', null), null);
});
