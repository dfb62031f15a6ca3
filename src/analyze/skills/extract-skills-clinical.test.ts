import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSkills, loadTaxonomy } from './index.ts';
import { listingLine } from './testing/shared-sentences.ts';

const taxonomy = loadTaxonomy();

/** [ESCO label, evidence text] of every skill found in an NHS listing's line, in text order. */
function found(id: string, fragment: string): [string, string][] {
  const line = listingLine('nhs-jobs-2020', id, fragment);
  return extractSkills(line, { taxonomy })
    .flatMap((s) => s.spans.map((sp) => [sp.start, s.label, sp.text] as const))
    .sort((a, b) => a[0] - b[0])
    .map(([, label, span]) => [label, span]);
}

describe('extractSkills() on NHS nursing listings (ids: the vacancy number in the listing url)', () => {
  it('reads "wound care" as the ESCO verb-phrase skill (nhs-jobs-2020#916160333)', () => {
    assert.deepEqual(found('916160333', 'wound care'), [
      ['manage emergency procedures', 'emergency response'],
      ['triage clients', 'triage'],
      ['carry out wound care', 'wound care'],
    ]);
  });

  it('"triage" without clinical words is not the clinical skill (tech-leadership#0dfd4c794dadf64e)', () => {
    const line = listingLine('tech-leadership', '0dfd4c794dadf64e', 'triage critical issues');
    assert.equal(
      extractSkills(line, { taxonomy }).some((s) => s.label === 'triage clients'),
      false,
    );
  });

  it('reads safeguarding as protecting individuals from harm (nhs-jobs-2020#915916494)', () => {
    assert.deepEqual(found('915916494', 'Safeguarding Training'), [
      ['contribute to protecting individuals from harm', 'Safeguarding'],
    ]);
  });

  it('reads venepuncture (nhs-jobs-2020#916194201)', () => {
    assert.deepEqual(found('916194201', 'venepuncture'), [
      ['perform venepuncture procedures', 'venepuncture'],
    ]);
  });

  it('reads a mentor qualification as mentorship (nhs-jobs-2020#916203415)', () => {
    assert.deepEqual(found('916203415', 'mentor qualification'), [
      ['provide mentorship', 'mentor qualification'],
    ]);
  });

  it('reads a non-medical prescriber as prescribing (nhs-jobs-2020#916205172)', () => {
    assert.deepEqual(found('916205172', 'Non-medical prescriber'), [
      ['prescribe medication', 'Non-medical prescriber'],
    ]);
  });

  it('"critical care Nurses" is a job, not nursing care reordered (nhs-jobs-2020#916248229)', () => {
    assert.deepEqual(found('916248229', 'critical care Nurses'), []);
  });

  it('"planned care" (elective services) is not care planning (nhs-jobs-2020#916068092)', () => {
    assert.deepEqual(found('916068092', 'planned care'), [['lead others', 'leadership']]);
  });

  it('"Food and Drug Administration" is not medication administration (hand-written edge case)', () => {
    const text = 'A research opportunity at the U.S. Food and Drug Administration (FDA).';
    const labels = extractSkills(text, { taxonomy }).map((s) => s.label);
    assert.equal(labels.includes('administer prescribed medication'), false);
  });
});
