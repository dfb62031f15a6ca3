import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLexicon } from '../lexicon.ts';
import { labelHasVerb, peopleClauses, verbClauses } from './verb-clauses.ts';

test('verbClauses() splits coordinated leading verbs onto the shared object', () => {
  assert.deepEqual(verbClauses('Hire, coach, and retain a team of engineers'), [
    'Hire a team of engineers',
    'coach a team of engineers',
    'retain a team of engineers',
  ]);
  assert.deepEqual(verbClauses('Design and build scalable APIs'), [
    'Design scalable APIs',
    'build scalable APIs',
  ]);
});

test('verbClauses() gives nothing without a leading coordination or when it starts with a pronoun', () => {
  assert.deepEqual(verbClauses('Design scalable APIs'), []);
  assert.deepEqual(verbClauses('You and your team own the roadmap'), []);
});

test('verbClauses() splits up to six coordinated verbs', () => {
  assert.equal(verbClauses('Hire, develop, motivate, inspire and lead a team of data engineers').length, 5);
});

test('peopleClauses() names duties done to people by their verb, with the lexicon', () => {
  const lexicon = loadLexicon();
  const verbs = (s: string) => peopleClauses(s, lexicon).map((p) => p.text);
  assert.deepEqual(verbs('Mentor junior engineers on design and code quality'), ['mentor people']);
  assert.deepEqual(verbs('Proven experience hiring and developing engineers.'), [
    'hire people',
    'develop people',
  ]);
  assert.deepEqual(verbs('You will recruit, mentor, and retain a world-class team'), [
    'recruit people',
    'mentor people',
    'retain people',
  ]);
  // A count in the object is read past (a résumé's "Hired and mentored 40 engineers").
  assert.deepEqual(verbs('Hired and mentored 40 engineers across three teams'), [
    'hire people',
    'mentor people',
  ]);
  assert.deepEqual(verbs('Grow the team to 25+ engineers'), ['grow people']);
  // Not a duty to people: a modifier ("product managers") is no verb, and an object that is not people.
  assert.deepEqual(verbs('Work with product managers to ship features'), []);
  assert.deepEqual(verbs('Build data pipelines for analytics'), []);
  // Titles and compounds are nouns, not duties.
  assert.deepEqual(verbs('As part of the team, the Lead Data Scientist will build models'), []);
  assert.deepEqual(verbs('Partner with hiring managers on role definitions'), []);
  // The object ends at a sentence break or a preposition.
  assert.deepEqual(verbs('Build dashboards. Engineers love them'), []);
});

test('labelHasVerb() matches a label named by the verb, inflections aside', () => {
  assert.ok(labelHasVerb('Hire personnel.', 'hire'));
  assert.ok(labelHasVerb('hire human resources', 'hiring'));
  assert.ok(labelHasVerb('mentor individuals', 'mentor'));
  assert.ok(!labelHasVerb('trace people', 'lead'));
  assert.ok(!labelHasVerb('liaise with engineers', 'mentor'));
});

test('peopleClauses() reads a noun that names a duty to people on its own, but not a company that is hiring', () => {
  const lexicon = loadLexicon();
  const verbs = (t: string) => peopleClauses(t, lexicon).map((c) => c.text);
  // Real tech-leadership phrasings that no verb + people object carried.
  assert.deepEqual(verbs('Leadership - team mentoring, hiring, team career planning'), [
    'mentor people',
    'hire people',
  ]);
  assert.deepEqual(verbs('Help refine and drive our hiring efforts.'), ['hire people']);
  assert.deepEqual(verbs('Lead the recruitment, motivation, and management of technical teams'), [
    'recruit people',
  ]);
  // People, or the company's news: not a duty.
  assert.deepEqual(verbs('Work with hiring managers to close roles'), []);
  assert.deepEqual(verbs('We are hiring for this position immediately'), []);
  assert.deepEqual(verbs('EcoCart is currently only hiring folks eligible to work in the US'), []);
  // Real NHS sentences: the Trust speaking of itself.
  assert.deepEqual(verbs('so we are keen to recruit staff with a teaching and assessing qualification'), []);
  assert.deepEqual(verbs('The Trust aims to recruit and retain the best possible staff'), []);
  assert.ok(verbs('Support recruitment of unqualified staff').includes('recruit people'));
});
