import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSkills, loadTaxonomy } from './index.ts';
import { SENSE_RULES } from './sense-rules.ts';
import { listingLine } from './testing/shared-sentences.ts';

const taxonomy = loadTaxonomy();
const labels = (text: string): string[] => extractSkills(text, { taxonomy }).map((s) => s.label);

describe('sense rules: a broad label counts only in its sense', () => {
  it('every rule names a concept of the taxonomy by its label', () => {
    for (const [uri, rule] of SENSE_RULES) assert.equal(taxonomy.byUri(uri)?.label, rule.label, uri);
  });

  it('reads software "Operational Excellence" as no lean manufacturing (tech-leadership#ebb5d36c55b49b05)', () => {
    const line = listingLine('tech-leadership', 'ebb5d36c55b49b05', 'Operational Excellence');
    assert.ok(!labels(line).includes('lean manufacturing'));
  });

  it('reads "elevate the user experience" as a goal, not UX prototyping (tech-leadership#c7ab894405c74216)', () => {
    const line = listingLine('tech-leadership', 'c7ab894405c74216', 'elevate the user experience');
    assert.ok(!labels(line).includes('create prototype of user experience solutions'));
  });

  it('keeps user experience next to design work (tech-leadership#760ae83753247687)', () => {
    const line = listingLine('tech-leadership', '760ae83753247687', 'mobile app design principles');
    assert.ok(labels(line).includes('create prototype of user experience solutions'));
  });

  it('reads "to the highest quality standards" as doing good work (tech-leadership#bc15975d26450d2e)', () => {
    const line = listingLine('tech-leadership', 'bc15975d26450d2e', 'highest quality standards');
    assert.ok(!labels(line).includes('quality standards'));
    const kept = listingLine('tech-leadership', 'e7f385137b2cd421', 'to ensure quality standards');
    assert.ok(labels(kept).includes('quality standards'));
  });

  it('reads "performance management" of people as evaluating employees, not enterprise finance', () => {
    const team = listingLine('tech-leadership', 'bc15975d26450d2e', 'mentoring & performance management');
    assert.ok(labels(team).includes('evaluate employees'));
    const epm = listingLine(
      'indeed-datascientist-2019',
      '0902c2b9d57bac44_fccid.html',
      'Performance Management(EPM)',
    );
    assert.ok(!labels(epm).includes('evaluate employees'));
  });

  it('reads "Team working to support staff" as a team that works (nhs-jobs-2020#916254688)', () => {
    const line = listingLine('nhs-jobs-2020', '916254688', 'Team working to support');
    assert.ok(!labels(line).includes('work in teams'));
  });

  it('reads "English and/or Welsh speakers are equally welcome" as asking for neither (nhs-jobs-2020#916214755)', () => {
    const line = listingLine('nhs-jobs-2020', '916214755', 'equally welcome');
    assert.ok(!labels(line).includes('English'));
    // "The ability to speak Welsh is desirable", earlier in the line, still asks for Welsh.
    assert.deepEqual(labels(line), ['interact verbally in Welsh']);
    assert.ok(
      !labels('English and/or Welsh speaking applicants are equally welcome to apply.').includes('Welsh'),
    );
    assert.ok(labels('Fluent English and Welsh speakers preferred.').includes('English'));
  });

  it('reads "Communication and Interaction difficulties" as the pupils\' needs (nhs-jobs-2020#916258187)', () => {
    const line = listingLine('nhs-jobs-2020', '916258187', 'Interaction difficulties');
    assert.ok(!labels(line).includes('communication'));
  });
});

describe('names and descriptions of units', () => {
  it('reads "City Primary Care Networks" as an organisation (nhs-jobs-2020#916255207)', () => {
    const line = listingLine('nhs-jobs-2020', '916255207', 'Primary Care Networks');
    assert.ok(!labels(line).includes('primary care'));
  });

  it('reads "Small agile teams of data scientists" as the team, not Agile (indeed#2922c51dbfc916e3)', () => {
    const line = listingLine('indeed-datascientist-2019', '2922c51dbfc916e3_fccid.html', 'agile teams');
    assert.ok(!labels(line).includes('Agile development'));
  });
});

describe('sense rules, precision round 2', () => {
  it('reads "in accordance with Company policy" as the manner of a duty (nhs-jobs-2020#916212015)', () => {
    const line = listingLine('nhs-jobs-2020', '916212015', 'in accordance with Company policy');
    assert.ok(!extractSkills(line, { taxonomy }).some((s) => s.label === 'company policies'));
  });

  it('drops loose links: crafting (indeed#032a60df9899fe1c), identify opportunities (indeed#30af8c722a93ceaf)', () => {
    const a = listingLine(
      'indeed-datascientist-2019',
      '032a60df9899fe1c_fccid.html',
      'crafting deep learning',
    );
    const b = listingLine(
      'indeed-datascientist-2019',
      '30af8c722a93ceaf_fccid.html',
      'identify opportunities',
    );
    const found = [...extractSkills(a, { taxonomy }), ...extractSkills(b, { taxonomy })].map((s) => s.label);
    assert.ok(!found.includes('crafting') && !found.includes('show entrepreneurial spirit'));
    assert.ok(found.includes('deep learning'));
  });

  it('reads "first responders" as people (ethical-tech-jobs-2020/postings.csv#91)', () => {
    const line = 'Radio communications network that supports first responders Mesh Wifi network';
    assert.ok(!extractSkills(line, { taxonomy }).some((s) => s.label === 'first response'));
  });
});
