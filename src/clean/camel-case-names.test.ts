import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCamelCaseName } from './camel-case-names.ts';
import { canEndLine, canStartLine, isCommonLineEnd } from './glue-lexicon.ts';

test('isCamelCaseName() knows product names and Mc/Mac surnames, not glued words', () => {
  for (const name of [
    'JavaScript',
    'iOS',
    'McDonald',
    'MacArthur',
    'PhD',
    'GitHub',
    'PowerPoint',
    'YouTube',
    'LinkedIn',
    'eBay',
    'macOS',
    'DevOps',
    'OpenAI',
  ]) {
    assert.equal(isCamelCaseName(name), true, name);
  }
  assert.equal(isCamelCaseName('descriptionA'), false);
  assert.equal(isCamelCaseName('skillsAbility'), false);
});

test('the glue lexicon knows line ends and line starts from well-formatted listings', () => {
  assert.equal(canEndLine('skills'), true);
  assert.equal(canEndLine('Power'), false);
  assert.equal(isCommonLineEnd('Insurance'), true);
  assert.equal(isCommonLineEnd('Zoom'), false);
  assert.equal(canStartLine('Ability'), true);
  assert.equal(canStartLine('We'), true);
  assert.equal(canStartLine('Script'), false);
});
