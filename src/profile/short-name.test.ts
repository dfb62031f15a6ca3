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
  // Acronyms keep their capitals; ESCO's "ICT" qualifier is not said (data/wording/labels.json dropWords).
  assert.equal(shortName('conduct ICT code review'), 'Code review');
  assert.equal(shortName('apply SQL queries'), 'SQL queries');
});

test('shortName() keeps a noun label, without qualifiers', () => {
  assert.equal(shortName('Python (computer programming)'), 'Python');
  assert.equal(shortName('cloud technologies'), 'Cloud technologies');
});

test('themeName() names a competency area from the dominant lines', () => {
  const n = (name: string, proper = false) => ({ name, proper });
  assert.equal(themeName([n('Recruiting'), n('Mentoring')]), 'Leadership & hiring');
  assert.equal(themeName([n('Cloud technologies'), n('AWS', true)]), 'Architecture & cloud');
  // "Communication" beside data lines is the data scientist's "Communicating insight".
  assert.equal(
    themeName([n('Communication'), n('technical communication skills')]),
    'Communication & stakeholders',
  );
  assert.equal(themeName([n('Communication'), n('Data visualization')]), 'Communicating insight');
  // Palliative and wound care outweigh a leading line of another area.
  assert.equal(themeName([n('Leading'), n('Palliative care'), n('Wound care')]), 'Clinical care');
});

test('themeName() joins two names and keeps proper names capitalized where no area fits', () => {
  assert.equal(themeName([n('Onboarding'), n('Offboarding')]), 'Onboarding & offboarding');
  assert.equal(themeName([n('Quantum sensing'), n('Rust', true)]), 'Quantum sensing & Rust');
  assert.equal(themeName([n('Onboarding'), n('onboarding')]), 'Onboarding');
  // Names read as an analyst writes them.
  assert.equal(themeName([n('Principles of quantum sensing'), n('Optics')]), 'Quantum sensing & optics');
  // Tech leadership: a security line followed by lines of two other areas names no area; with a second line of its
  // own area it does.
  assert.equal(
    themeName([n('Cyber security'), n('Automation'), n('Database')]),
    'Cyber security & automation',
  );
  assert.equal(themeName([n('Cyber security'), n('Compliance'), n('Database')]), 'Security & compliance');
});

function n(name: string, proper = false) {
  return { name, proper };
}

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
