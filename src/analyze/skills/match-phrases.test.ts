import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSkills, loadTaxonomy } from './index.ts';
import { listingLine } from './testing/shared-sentences.ts';

const taxonomy = loadTaxonomy();
const labels = (text: string): string[] => extractSkills(text, { taxonomy }).map((s) => s.label);

describe('matchPhrases(): names, titles and participles are no skill (precision round 2)', () => {
  it('reads "Division of Surgery" as a department (nhs-jobs-2020#916257668)', () => {
    assert.ok(!labels(listingLine('nhs-jobs-2020', '916257668', 'Division of Surgery')).includes('surgery'));
  });

  it('reads "Kingsway Surgery is looking for" as a GP practice (nhs-jobs-2020#916258148)', () => {
    assert.ok(!labels(listingLine('nhs-jobs-2020', '916258148', 'Kingsway Surgery')).includes('surgery'));
  });

  it('keeps a specialty named by an adjective: "Colorectal Surgery" (nhs-jobs-2020, adjective rule)', () => {
    assert.ok(labels('Experience in Colorectal Surgery is desirable.').includes('surgery'));
  });

  it('reads "Rehabilitation of Offenders Act" as a law (nhs-jobs-2020#916258043)', () => {
    const line = listingLine('nhs-jobs-2020', '916258043', 'Rehabilitation of Offenders Act');
    assert.ok(!labels(line).includes('rehabilitation'));
  });

  it('reads "report to the Software Development Manager" as a person (ethical-tech-jobs-2020/ectj_postings.csv#33)', () => {
    const line = 'The Full Stack Web Developer will report to the Software Development Manager.';
    assert.ok(!labels(line).includes('computer programming'));
  });

  it('reads "Scrum masters" as colleagues (tech-leadership#db1fe04722b84de3)', () => {
    const line = listingLine('tech-leadership', 'db1fe04722b84de3', 'Scrum masters');
    assert.ok(!labels(line).includes('ICT project management methodologies'));
  });

  it('keeps a skill before "Masters" after a slash: "Non-Medical Prescribing/ Masters (Desirable)" (nhs)', () => {
    assert.ok(labels('Non-Medical Prescribing/ Masters (Desirable)').includes('prescribe medication'));
  });

  it('reads "prescribed medication" as the medicine, not prescribing (nhs-jobs-2020#916250629)', () => {
    const line = listingLine('nhs-jobs-2020', '916250629', 'prescribed medication');
    assert.ok(!labels(line).includes('prescribe medication'));
  });

  it('keeps a participle after an auxiliary: "You have built and managed teams" (tech-leadership#eaef941478829f58)', () => {
    const line = listingLine('tech-leadership', 'eaef941478829f58', 'built and managed teams');
    assert.ok(labels(line).includes('manage staff'));
  });

  it('reads "GCSE at grades A to C" as an exam grade (nhs-jobs-2020#916222684)', () => {
    assert.ok(!labels(listingLine('nhs-jobs-2020', '916222684', 'grades A to C')).includes('C'));
  });

  it('keeps C in "Python, Java, C or equivalent programming language" (indeed#4e97c151cc30ceeb)', () => {
    const line = listingLine('indeed-datascientist-2019', '4e97c151cc30ceeb_fccid.html', 'Java, C or');
    assert.ok(labels(line).includes('C'));
  });
});
