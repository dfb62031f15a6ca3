import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayLabel } from './collect-skills.ts';

test('displayLabel() keeps the acronym of an O*NET name glued to it (AWS, XML, JSON)', () => {
  assert.equal(displayLabel('Amazon Web Services AWS software'), 'AWS');
  assert.equal(displayLabel('Extensible markup language XML'), 'XML');
  assert.equal(displayLabel('JavaScript Object Notation JSON'), 'JSON');
});

test('displayLabel() leaves a trailing capitalized name that is no acronym of the words before it', () => {
  assert.equal(displayLabel('Atlassian JIRA'), 'Atlassian JIRA');
  assert.equal(displayLabel('tools for ICT test automation'), 'tools for ICT test automation');
  assert.equal(displayLabel('Python (computer programming)'), 'Python');
  assert.equal(displayLabel('Microsoft Azure software'), 'Microsoft Azure');
});
