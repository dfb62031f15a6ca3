import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowerFirst, shortName, themeName } from './short-name.ts';

test('shortName() turns an activity into the noun an analyst uses', () => {
  // O*NET DWA titles and ESCO skill labels as the catalog holds them.
  assert.equal(shortName('Recruit personnel.'), 'Recruiting');
  assert.equal(shortName('mentor individuals'), 'Mentoring');
  assert.equal(shortName('manage budgets'), 'Budget management');
  assert.equal(
    shortName('Develop organizational policies or programs.'),
    'Organizational policy development',
  );
  assert.equal(shortName('perform quality audits'), 'Quality audits');
  // Acronyms keep their capitals.
  assert.equal(shortName('conduct ICT code review'), 'ICT code review');
});

test('shortName() keeps a noun label, without qualifiers', () => {
  assert.equal(shortName('Python (computer programming)'), 'Python');
  assert.equal(shortName('cloud technologies'), 'Cloud technologies');
});

test('themeName() joins two names and keeps proper names capitalized', () => {
  assert.equal(
    themeName([
      { name: 'Recruiting', proper: false },
      { name: 'Mentoring', proper: false },
    ]),
    'Recruiting & mentoring',
  );
  assert.equal(
    themeName([
      { name: 'Cloud technologies', proper: false },
      { name: 'AWS', proper: true },
    ]),
    'Cloud technologies & AWS',
  );
  assert.equal(
    themeName([
      { name: 'Recruiting', proper: false },
      { name: 'recruiting', proper: false },
    ]),
    'Recruiting',
  );
});

test('lowerFirst() leaves names and acronyms alone', () => {
  assert.equal(lowerFirst('Lead the team'), 'lead the team');
  assert.equal(lowerFirst('JavaScript'), 'JavaScript');
});

test('shortName() reads past "computer or information" to the head and stops at any preposition', () => {
  // Before: both were "Computer development", so security policy work merged with building information systems, and
  // a distinctive duty read "Between department development".
  assert.equal(
    shortName('Develop computer or information security policies or procedures.'),
    'Security policy development',
  );
  assert.equal(shortName('Develop computer or information systems.'), 'Information system development');
  assert.equal(
    shortName('Develop collaborative relationships between departments or with external organizations.'),
    'Collaborative relationship development',
  );
});
