import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinNames, shortGroupName } from './theme-name.ts';

test('shortGroupName() shortens ESCO group labels into titles', () => {
  assert.equal(shortGroupName('information and communication technologies (icts)'), 'ICT');
  assert.equal(shortGroupName('management skills'), 'Management');
  assert.equal(
    shortGroupName('software and applications development and analysis'),
    'Software & Applications Development',
  );
  assert.equal(shortGroupName('database and network design and administration'), 'Database & Network Design');
  assert.equal(
    shortGroupName('information and communication technologies not elsewhere classified'),
    'Other ICT',
  );
  assert.equal(shortGroupName('supervising people'), 'Supervising People');
  assert.equal(shortGroupName('Web platform development software'), 'Web Platform Development Software');
});

test('joinNames() joins two names and never repeats one', () => {
  assert.equal(joinNames(['Management', 'Supervising People']), 'Management & Supervising People');
  assert.equal(joinNames(['Management', 'Management']), 'Management');
  assert.equal(joinNames([]), 'Other Skills');
});
