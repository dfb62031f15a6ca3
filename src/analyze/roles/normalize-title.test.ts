import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadRoles } from './load-roles.ts';
import { cleanTitle, normalizeTitle, slugOf } from './normalize-title.ts';
import { ROLE_FAMILIES } from './role-families.ts';

const brief = (t: string) => {
  const m = normalizeTitle(t);
  return m ? [m.role, m.seniority] : null;
};

test('normalizeTitle() maps the issue’s example titles to role and seniority', () => {
  assert.deepEqual(brief('Co-Founder & CTO (Remote)'), ['cto', 'executive']);
  assert.deepEqual(brief('Chief Technical Officer'), ['cto', 'executive']);
  assert.deepEqual(brief('VP, Engineering'), ['vp-engineering', 'vp']);
  assert.deepEqual(brief('Sr. Director of Software Engineering'), ['engineering-director', 'director']);
  assert.deepEqual(brief('Head of Engineering'), ['head-of-engineering', 'director']);
  assert.deepEqual(brief('Staff Nurse - Band 5'), ['registered-nurse', 'mid']);
  assert.deepEqual(brief('Senior Data Scientist - New York, NY'), ['data-scientist', 'senior']);
  assert.deepEqual(brief('Senior Backend Engineer'), ['software-engineer', 'senior']);
});

test('normalizeTitle() carries the O*NET-SOC code and ESCO URI of the role', () => {
  const cto = normalizeTitle('Chief Technology Officer');
  assert.equal(cto?.onetSoc, '11-1011.00');
  assert.equal(
    cto?.escoOccupation,
    'http://data.europa.eu/esco/occupation/7b1b5da8-573a-49bb-a38e-68725a949f4f',
  );
  assert.equal(normalizeTitle('Software Engineer')?.onetSoc, '15-1252.00');
  assert.equal(normalizeTitle('Staff Nurse')?.onetSoc, '29-1141.00');
});

test('normalizeTitle() falls back to the O*NET/ESCO title index outside the families', () => {
  const m = normalizeTitle('Band 6 Physiotherapist');
  assert.deepEqual(
    [m?.role, m?.label, m?.seniority, m?.onetSoc],
    ['physical-therapist', 'Physical Therapists', 'mid', '29-1123.00'],
  );
});

test('normalizeTitle() on real titles of other sources (ids cited)', () => {
  // hn-whoishiring-2026 46946277, 46857494; yc-waas-nyc-2026 waas-87352, waas-90522, waas-87375; nhs 916056372
  assert.deepEqual(brief('CTO'), ['cto', 'executive']);
  assert.deepEqual(brief('Head of Engineering & Infrastructure'), ['head-of-engineering', 'director']);
  assert.deepEqual(brief('VP of Engineering (Venture Studio Team)'), ['vp-engineering', 'vp']);
  assert.deepEqual(brief('Director of Sales Development'), ['account-executive', 'director']);
  assert.equal(normalizeTitle('Demand Planning Director'), null);
  assert.deepEqual(brief('Staff Nurse (Band 5), Acute Adult Mental Health'), ['registered-nurse', 'mid']);
  // nhs-jobs-2020: 38 listings titled "Support Worker", 17 "Healthcare Support Worker"
  assert.deepEqual(brief('Clinical Support Worker (XR02)'), ['support-worker', null]);
  assert.deepEqual(brief('Nursing Assistant - Band 2'), ['support-worker', 'junior']);
  // hn 46873054: the CTO in a parenthetical is a track, not the role or its level.
  assert.deepEqual(brief('Founding Engineer (CTO-track)'), ['software-engineer', null]);
  assert.deepEqual(brief('Executive Assistant to the CTO'), [
    'executive-secretary-and-executive-administrative-assistant',
    null,
  ]);
});

test('normalizeTitle() returns null for empty titles', () => {
  assert.equal(normalizeTitle(null), null);
  assert.equal(normalizeTitle('  '), null);
});

test('cleanTitle() drops location suffixes and parentheticals', () => {
  assert.equal(cleanTitle('Senior Data Scientist - New York, NY'), 'Senior Data Scientist');
  assert.equal(
    cleanTitle('Head of Engineering - Mobile, Move (Portugal - Hybrid/Remote)'),
    'Head of Engineering - Mobile, Move',
  );
  assert.equal(cleanTitle('Data Scientist - Remote'), 'Data Scientist');
});

test('slugOf() singularises the head nouns of O*NET titles', () => {
  assert.equal(slugOf('Registered Nurses'), 'registered-nurse');
  assert.equal(slugOf('Receptionists and Information Clerks'), 'receptionist-and-information-clerk');
  assert.equal(
    slugOf('Sales Representatives of Services, Except Advertising'),
    'sales-representative-of-services',
  );
  // Issue 12: "midwive" and "service-unit-operators-oil-and-ga" were slugs.
  assert.equal(slugOf('Midwives'), 'midwife');
  assert.equal(slugOf('Service Unit Operators, Oil and Gas'), 'service-unit-operator-oil-and-gas');
  assert.equal(slugOf('Coaches and Scouts'), 'coach-and-scout');
  assert.equal(slugOf('Dispatchers, Except Police, Fire, and Ambulance'), 'dispatcher');
});

test('one role has one slug: "Midwives" and "Midwife", O*NET "Software Developers" and the software-engineer family (issue 12)', () => {
  const roles = loadRoles();
  const role = (t: string) => normalizeTitle(t, roles)?.role;
  assert.equal(role('Midwives'), 'midwife');
  assert.equal(role('Registered Midwife'), 'midwife');
  assert.equal(role('Software Developers'), 'software-engineer');
  assert.equal(role('Applications Developer'), 'software-engineer');
  assert.equal(role('General and Operations Manager'), 'operations-manager');
  assert.equal(role('Sales Engineer'), 'solutions-engineer');
});

test('normalizeTitle() agrees with every hand-checked title_family of tech-leadership/postings.jsonl', () => {
  const file = join(import.meta.dirname, '../../../../shared/data/listings/tech-leadership/postings.jsonl');
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; title: string; title_family: string });
  const misses: string[] = [];
  for (const r of rows) {
    const role = normalizeTitle(r.title, loadRoles())?.role;
    const group = ROLE_FAMILIES.find((f) => f.role === role)?.group ?? `none (${role})`;
    if (group !== r.title_family) misses.push(`${r.id} ${r.title} → ${group}`);
  }
  // The family patterns were written with these titles in view: this checks them, it is not a held-out measure.
  assert.deepEqual(misses, []);
  assert.equal(rows.length, 116);
});

test('dental, nursery and veterinary nurses and nurse associates are not registered nurses (issue 12)', () => {
  const roles = loadRoles();
  for (const t of [
    'Dental Nurse',
    'Band 3 Civilian Dental Nurse',
    'Nursery Nurse',
    'Veterinary Nurse',
    'Nurse Associate',
  ])
    assert.notEqual(normalizeTitle(t, roles)?.role, 'registered-nurse', t);
  for (const t of ['Staff Nurse', 'Registered Nurse', 'Community Nurse', 'Band 5 Nurse'])
    assert.equal(normalizeTitle(t, roles)?.role, 'registered-nurse', t);
});

test('a QA engineer of a data-science team is not a data scientist (issue 12)', () => {
  const roles = loadRoles();
  assert.notEqual(normalizeTitle('Data Science QA Engineer', roles)?.role, 'data-scientist');
  assert.equal(normalizeTitle('Data Science QA Engineer', roles)?.onetSoc, '15-1253.00');
  assert.equal(normalizeTitle('Senior Data Scientist', roles)?.role, 'data-scientist');
});
